// The built-in map's layout ships with the app (data/south-korea-us-alliance.layout.json), so
// its first view waits for no worker. This test lays the map out as the worker would and
// checks the shipped file is exactly that: it cannot go stale silently. After changing the
// built-in map or the layout, run `npm run layout:built-in`.
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import { expect, test } from "vitest";
import { parseMap } from "../model/format/loadMap";
import { estimateMeasure } from "./cardSize";
import { dotEngine } from "./dotLayout";
import { knownLayoutOf, knownLayouts, SHIPPED_MEASURE, type ShippedRegion } from "./knownLayouts";
import { LAYOUT_VERSION, storedLayoutKey } from "./layoutKey";
import { layOutRegion } from "./packedRegions";
import { regionInputsOf } from "./regionInputs";

const file = new URL("../../data/south-korea-us-alliance.layout.json", import.meta.url);
const loaded = parseMap(
  readFileSync(new URL("../../data/south-korea-us-alliance.json", import.meta.url), "utf8"),
);
if (!loaded.ok) throw new Error("the built-in map does not load");
const map = loaded.map;

interface ShippedFile {
  layoutVersion: number;
  regions: ShippedRegion[];
}

async function layOutAsTheWorker(): Promise<ShippedFile> {
  const engine = dotEngine(() => Graphviz.load());
  const regions: ShippedRegion[] = [];
  for (const region of regionInputsOf(map, "TB")) {
    const laid = await layOutRegion(region, engine, estimateMeasure);
    regions.push({ ...laid, key: storedLayoutKey(laid.key, SHIPPED_MEASURE) });
  }
  return { layoutVersion: LAYOUT_VERSION, regions };
}

const read = (): ShippedFile | undefined =>
  existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as ShippedFile) : undefined;

test("the shipped layout of the built-in map is what the layout makes of it", async () => {
  const made = await layOutAsTheWorker();
  const shipped = read();
  const sameInputs =
    shipped !== undefined &&
    JSON.stringify(shipped.regions.map((r) => r.key)) ===
      JSON.stringify(made.regions.map((r) => r.key));
  // The same inputs laid out differently by the same version: the layout code changed.
  const changedUnderSameVersion =
    sameInputs &&
    shipped.layoutVersion === LAYOUT_VERSION &&
    JSON.stringify(shipped) !== JSON.stringify(made);
  if (process.env.UPDATE_BUILT_IN_LAYOUT === "1" && !changedUnderSameVersion)
    writeFileSync(file, `${JSON.stringify(made, null, 1)}\n`);
  expect(
    changedUnderSameVersion,
    "The layout code now places the built-in map differently: bump LAYOUT_VERSION in " +
      "src/layout/layoutKey.ts (layouts stored in browsers would be stale), then run " +
      "`npm run layout:built-in`.",
  ).toBe(false);
  expect(read(), "Run `npm run layout:built-in` after changing the built-in map.").toEqual(made);
});

test("every region of the built-in map, top-down, is found among the shipped layouts", () => {
  const known = knownLayouts(read()!.regions);
  const regions = regionInputsOf(map, "TB");
  expect(regions.length).toBeGreaterThan(1);
  for (const region of regions) expect(knownLayoutOf(known, region)?.id).toBe(region.id);
  // Another direction, or one word changed, is not the shipped layout.
  for (const region of regionInputsOf(map, "LR"))
    expect(knownLayoutOf(known, region)).toBeUndefined();
  const edited = {
    ...map,
    claims: map.claims.map((c, i) => (i === 0 ? { ...c, text: `${c.text}!` } : c)),
  };
  const changed = regionInputsOf(edited, "TB").filter((r) => !knownLayoutOf(known, r));
  expect(changed.map((r) => r.id)).toEqual([map.claims[0]!.topics?.[0] ?? ""]);
});
