import { readFileSync } from "node:fs";
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import { describe, expect, test } from "vitest";
import { addClaim, addLink, updateClaim, updateLink } from "../model/core/edits";
import { parseMap } from "../model/format/loadMap";
import type { ArgumentMap } from "../model/core/types";
import { boxesOverlap } from "../model/geometry/geometry";
import { cardSize, estimateMeasure } from "./cardSize";
import { dotEngine } from "./dotLayout";
import {
  createLayoutSession,
  type LayoutInputs,
  type LayoutSessionOptions,
  type LayoutSnapshot,
} from "./layoutSession";
import { layOutRegion, type LaidRegion } from "./packedRegions";
import { regionInputsOf } from "./regionInputs";
import type { LayoutJob } from "./layoutWorkerProtocol";
import { runLayoutJob } from "./runLayoutJob";

const builtIn = parseMap(readFileSync("data/south-korea-us-alliance.json", "utf8"));
if (!builtIn.ok) throw new Error("built-in map does not load");
const engine = dotEngine(() => Graphviz.load());

/** A session over a hand-driven source, laying out in this thread as the worker would. */
function sessionOver(start: ArgumentMap, known?: LayoutSessionOptions["known"]) {
  let inputs: LayoutInputs = { map: start, direction: "TB", epoch: 0 };
  const listeners = new Set<() => void>();
  const jobs: Omit<LayoutJob, "requestId">[] = [];
  const session = createLayoutSession({
    source: {
      get: () => inputs,
      subscribe: (listener) => {
        listeners.add(listener);
        return () => listeners.delete(listener);
      },
    },
    request: (job) => {
      jobs.push(job);
      return runLayoutJob({ ...job, requestId: jobs.length }, engine, estimateMeasure);
    },
    measureCard: (card) => cardSize(card, estimateMeasure),
    aspect: () => 1.5,
    placementHint: () => ({ x: -5000, y: -5000 }),
    ...(known ? { known } : {}),
  });
  const set = (next: Partial<LayoutInputs>) => {
    inputs = { ...inputs, ...next };
    for (const listener of listeners) listener();
  };
  const edit = (change: (map: ArgumentMap) => ReturnType<typeof updateClaim>) => {
    const result = change(inputs.map);
    if (!result.ok) throw new Error(result.message);
    set({ map: result.map });
  };
  /** Waits until nothing is being laid out. */
  const settled = async (): Promise<LayoutSnapshot> => {
    for (let i = 0; i < 200; i++) {
      const snap = session.getSnapshot();
      if (snap.status !== "pending" && !snap.refreshing) return snap;
      await new Promise((r) => setTimeout(r, 5));
    }
    throw new Error("the layout never settled");
  };
  return { session, jobs, set, edit, settled, map: () => inputs.map };
}

const regionCount = (jobs: Omit<LayoutJob, "requestId">[]) =>
  jobs.reduce((n, job) => n + job.regions.length, 0);

function overlaps(snap: LayoutSnapshot): string[] {
  const boxes = [...snap.positions].map(([id, p]) => ({ id, ...p, ...snap.sizes.get(id)! }));
  const found: string[] = [];
  for (let i = 0; i < boxes.length; i++)
    for (let j = i + 1; j < boxes.length; j++)
      if (boxesOverlap(boxes[i]!, boxes[j]!)) found.push(`${boxes[i]!.id} × ${boxes[j]!.id}`);
  return found;
}

describe("the layout follows edits, region by region", () => {
  test("a first layout places every claim without overlaps, and asks once for a fit", async () => {
    const { settled } = sessionOver(builtIn.map);
    const snap = await settled();
    expect(snap.status).toBe("ready");
    expect(snap.positions.size).toBe(builtIn.map.claims.length);
    expect(overlaps(snap)).toEqual([]);
    expect(snap.fitRequest).toBe(1);
  });

  test("an edit that changes no geometry (a note, a speaker, a link's note) lays out nothing", async () => {
    const { jobs, edit, settled, session } = sessionOver(builtIn.map);
    const before = await settled();
    const asked = regionCount(jobs);
    const claim = builtIn.map.claims[3]!;
    edit((m) => updateClaim(m, claim.id, { note: "A new note." }));
    edit((m) => updateClaim(m, claim.id, { speaker: builtIn.map.speakers[0]!.id }));
    edit((m) => updateLink(m, builtIn.map.links[0]!.id, { note: "Another reading." }));
    const after = await settled();
    expect(regionCount(jobs)).toBe(asked);
    expect(session.requests()).toBe(asked);
    expect(after.positions).toEqual(before.positions);
    expect(after.fitRequest).toBe(before.fitRequest);
  });

  test("a card whose size changes lays out its region only; other regions do not move unless in its way", async () => {
    const { jobs, edit, settled, session } = sessionOver(builtIn.map);
    const before = await settled();
    const asked = jobs.length;
    const claim = builtIn.map.claims.find((c) => c.topics?.[0] !== undefined)!;
    const region = claim.topics![0]!;
    edit((m) => updateClaim(m, claim.id, { text: `${claim.text} ${"More words. ".repeat(30)}` }));
    // While its region is laid out again, the old positions stay on screen.
    expect(jobs.length).toBe(asked + 1);
    expect(jobs.at(-1)!.regions.map((r) => r.id)).toEqual([region]);
    const during = session.getSnapshot();
    expect(during.refreshing).toBe(true);
    expect(during.positions).toEqual(before.positions);
    const after = await settled();
    expect(after.fitRequest).toBe(before.fitRequest);
    expect(after.settle).toBe(before.settle + 1);
    expect(after.sizes.get(claim.id)!.height).toBeGreaterThan(before.sizes.get(claim.id)!.height);
    expect(overlaps(after)).toEqual([]);
    // Claims of regions above the changed one, or beside it and clear of it, keep their place.
    const topicOf = new Map(builtIn.map.claims.map((c) => [c.id, c.topics?.[0] ?? ""]));
    const top = Math.min(
      ...[...before.positions].filter(([id]) => topicOf.get(id) === region).map(([, p]) => p.y),
    );
    for (const [id, p] of before.positions) {
      if (topicOf.get(id) === region || p.y >= top) continue;
      expect(after.positions.get(id), id).toEqual(p);
    }
  });

  test("a new claim is put beside what it relates to, and no other card moves", async () => {
    const { jobs, edit, settled } = sessionOver(builtIn.map);
    const before = await settled();
    const asked = jobs.length;
    const target = builtIn.map.links[0]!.to;
    edit((m) => addClaim(m, { id: "fresh", text: "A new reason." }));
    edit((m) => addLink(m, { from: "fresh", to: target, type: "support" }));
    const after = await settled();
    // The new claim has no topic: it joins the region of claims without one, linked across.
    expect(jobs.length).toBe(asked);
    for (const [id, p] of before.positions) expect(after.positions.get(id), id).toEqual(p);
    expect(after.positions.has("fresh")).toBe(true);
    expect(overlaps(after)).toEqual([]);
  });

  test("a new claim with nothing to relate to goes where the user looks", async () => {
    const { edit, settled } = sessionOver(builtIn.map);
    await settled();
    edit((m) => addClaim(m, { id: "alone", text: "Unrelated." }));
    const after = await settled();
    const at = after.positions.get("alone")!;
    expect(Math.hypot(at.x + 5000, at.y + 5000)).toBeLessThan(400);
  });

  test("undo finds the earlier layout in the cache", async () => {
    const { jobs, edit, set, settled } = sessionOver(builtIn.map);
    const before = await settled();
    const claim = builtIn.map.claims[5]!;
    edit((m) => updateClaim(m, claim.id, { text: "Short." }));
    await settled();
    const asked = jobs.length;
    set({ map: builtIn.map });
    const after = await settled();
    expect(jobs.length).toBe(asked);
    expect(after.positions).toEqual(before.positions);
  });

  test("a card measured taller than its estimate has its region laid out again with that height", async () => {
    const { jobs, session, settled } = sessionOver(builtIn.map);
    const before = await settled();
    const claim = builtIn.map.claims[0]!;
    const planned = before.sizes.get(claim.id)!.height;
    const asked = jobs.length;
    session.reportHeights(new Map([[claim.id, planned + 80]]));
    const after = await settled();
    expect(jobs.length).toBe(asked + 1);
    expect(after.sizes.get(claim.id)!.height).toBe(planned + 80);
    expect(overlaps(after)).toEqual([]);
    // The same height reported again changes nothing.
    session.reportHeights(new Map([[claim.id, planned + 80]]));
    expect(jobs.length).toBe(asked + 1);
  });

  test("Re-arrange, a new direction, or another map lay the whole map out afresh and ask for a fit", async () => {
    const { set, settled } = sessionOver(builtIn.map);
    await settled();
    set({ epoch: 1 });
    expect((await settled()).fitRequest).toBe(2);
    set({ direction: "LR" });
    expect((await settled()).fitRequest).toBe(3);
    const other = parseMap(
      '{"title":"T","speakers":[],"claims":[{"id":"x","text":"X"}],"links":[]}',
    );
    if (!other.ok) throw new Error("bad test map");
    set({ map: other.map });
    const snap = await settled();
    expect(snap.fitRequest).toBe(4);
    expect([...snap.positions.keys()]).toEqual(["x"]);
  });
});

describe("layouts known before any layout runs (the built-in map's, shipped)", () => {
  test("a map whose every region is known is ready at once, in the same task, and asks for nothing", async () => {
    const regions = regionInputsOf(builtIn.map, "TB");
    const laid = new Map<string, LaidRegion>();
    for (const region of regions)
      laid.set(region.key, await layOutRegion(region, engine, estimateMeasure));
    const { session, jobs, set } = sessionOver(builtIn.map, (region) => laid.get(region.key));
    const snap = session.getSnapshot();
    expect(snap.status).toBe("ready");
    expect(snap.positions.size).toBe(builtIn.map.claims.length);
    expect(snap.fitRequest).toBe(1);
    expect(overlaps(snap)).toEqual([]);
    expect(jobs).toEqual([]);
    // Another direction is not known: it is laid out (the old positions stay meanwhile).
    set({ direction: "LR" });
    expect(session.getSnapshot().refreshing).toBe(true);
    expect(regionCount(jobs)).toBe(regions.length);
  });

  test("a map with one region unknown waits for that one region only", async () => {
    const regions = regionInputsOf(builtIn.map, "TB");
    const unknown = regions[1]!.key;
    const laid = new Map<string, LaidRegion>();
    for (const region of regions)
      if (region.key !== unknown)
        laid.set(region.key, await layOutRegion(region, engine, estimateMeasure));
    const { session, jobs, settled } = sessionOver(builtIn.map, (region) => laid.get(region.key));
    expect(session.getSnapshot().status).toBe("pending");
    expect(jobs.map((j) => j.regions.map((r) => r.key))).toEqual([[unknown]]);
    expect((await settled()).positions.size).toBe(builtIn.map.claims.length);
  });
});
