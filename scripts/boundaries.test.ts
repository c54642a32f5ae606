// The lint rules that keep the layers apart are tests too: each must fire on a file that
// breaks it, and stay quiet on a file that keeps it.
import { ESLint } from "eslint";
import { expect, test } from "vitest";

const cases: [file: string, source: string, fires: boolean][] = [
  ["src/model/core/x.ts", 'import { useAppStore } from "../../store/AppStoreContext";', true],
  ["src/model/core/x.ts", 'import { mapIndex } from "./mapIndex";', false],
  ["src/model/core/x.ts", 'import { useState } from "react";', true],
  ["src/layout/x.ts", 'import { MapCanvas } from "../features/map/MapCanvas";', true],
  ["src/layout/x.ts", 'import { mapIndex } from "../model/core/mapIndex";', false],
  ["src/store/x.ts", 'import { Legend } from "../features/legend/Legend";', true],
  ["src/ui/x.ts", 'import { Legend } from "../features/legend/Legend";', true],
  ["src/features/map/x.ts", 'import { Legend } from "../../features/legend/Legend";', true],
  ["src/features/search/x.ts", 'import { Legend } from "../legend/Legend";', true],
  ["src/features/search/x.ts", 'import { App } from "../../app/App";', true],
  ["src/features/map/x.ts", 'import { ClaimNode } from "./ClaimNode";', false],
  ["src/features/map/x.ts", 'import { selectMap } from "../../store/selectors";', false],
];

test.each(cases)(
  "%s: %s → fires: %s",
  async (file, source, fires) => {
    const eslint = new ESLint();
    const [result] = await eslint.lintText(`${source}\nexport const used = 1;\n`, {
      filePath: file,
    });
    const boundaries = (result?.messages ?? []).filter(
      (m) => m.ruleId === "import-x/no-restricted-paths" || m.ruleId === "no-restricted-imports",
    );
    expect(boundaries.length > 0, boundaries.map((m) => m.message).join("; ")).toBe(fires);
  },
  60_000,
);
