import { readFileSync } from "node:fs";
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import { expect, test } from "vitest";
import { updateClaim } from "../model/core/edits";
import { parseMap } from "../model/format/loadMap";
import { estimateMeasure } from "./cardSize";
import { dotEngine } from "./dotLayout";
import type { LayoutEngine } from "./layoutTypes";
import { regionInputsOf } from "./regionInputs";
import { runLayoutJob } from "./runLayoutJob";
import { memoryLayouts } from "./storedLayouts";

const loaded = parseMap(readFileSync("data/south-korea-us-alliance.json", "utf8"));
if (!loaded.ok) throw new Error("built-in map does not load");
const map = loaded.map;
const dot = dotEngine(() => Graphviz.load());

/** The engine, counting the graphs it is given. */
function counting(): LayoutEngine & { calls: number } {
  const engine = Object.assign(
    (request: Parameters<LayoutEngine>[0]) => {
      engine.calls++;
      return dot(request);
    },
    { calls: 0 },
  );
  return engine;
}

test("a map laid out on an earlier visit comes back from storage, as it was, without the engine", async () => {
  const layouts = memoryLayouts();
  const regions = regionInputsOf(map, "TB");
  const first = counting();
  let written: Promise<number> | undefined;
  const storage = {
    layouts,
    measure: "fonts A",
    written: (done: Promise<number>) => (written = done),
  };
  const made = await runLayoutJob(
    { requestId: 1, regions },
    first,
    estimateMeasure,
    undefined,
    storage,
  );
  expect(first.calls).toBeGreaterThan(0);
  expect(await written).toBe(regions.length);
  expect(layouts.size()).toBe(regions.length);

  const again = counting();
  const found = await runLayoutJob(
    { requestId: 2, regions },
    again,
    estimateMeasure,
    undefined,
    storage,
  );
  expect(again.calls).toBe(0);
  expect(found.ok && found.stored).toBe(regions.length);
  expect(found.ok && found.regions).toEqual(made.ok && made.regions);
});

test("a changed card, another direction or other fonts are laid out again", async () => {
  const layouts = memoryLayouts();
  const storage = { layouts, measure: "fonts A" };
  const regions = regionInputsOf(map, "TB");
  await runLayoutJob({ requestId: 1, regions }, dot, estimateMeasure, undefined, storage);
  const claim = map.claims.find((c) => c.topics?.[0] !== undefined)!;
  const edited = updateClaim(map, claim.id, { text: `${claim.text} And more.` });
  if (!edited.ok) throw new Error(edited.message);
  const one = counting();
  const reply = await runLayoutJob(
    { requestId: 2, regions: regionInputsOf(edited.map, "TB") },
    one,
    estimateMeasure,
    undefined,
    storage,
  );
  expect(reply.ok && reply.stored).toBe(regions.length - 1);
  const lr = await runLayoutJob(
    { requestId: 3, regions: regionInputsOf(map, "LR") },
    dot,
    estimateMeasure,
    undefined,
    storage,
  );
  expect(lr.ok && lr.stored).toBe(0);
  const otherFonts = await runLayoutJob(
    { requestId: 4, regions },
    dot,
    estimateMeasure,
    undefined,
    {
      layouts,
      measure: "fonts B",
    },
  );
  expect(otherFonts.ok && otherFonts.stored).toBe(0);
});
