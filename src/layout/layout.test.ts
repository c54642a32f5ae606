import { readFileSync } from "node:fs";
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import { describe, expect, test } from "vitest";
import { generateMap } from "../model/testing/generateMap";
import { parseMap } from "../model/format/loadMap";
import type { ArgumentMap } from "../model/core/types";
import { CARD } from "../model/geometry/tokens";
import { cardSize, estimateMeasure, wrapLineCount } from "./cardSize";
import { dotEngine, toDot } from "./dotLayout";
import type { LayoutDirection } from "./layoutTypes";
import { components, layOutRegions } from "./packedRegions";
import { shelfPack } from "./shelfPack";
import { regionInputsOf } from "./regionInputs";
import { nearestFreeSpot } from "./freeSpot";
import { spanningForest, TREE_LAYOUT_CLAIMS } from "./wrappedTree";

const engine = dotEngine(() => Graphviz.load());
const builtIn = parseMap(readFileSync("data/south-korea-us-alliance.json", "utf8"));
if (!builtIn.ok) throw new Error("built-in map does not load");

type Placed = { id: string; x: number; y: number; width: number; height: number };

/** The app's own first layout: its region inputs, its engine, estimated text widths. */
async function layOut(map: ArgumentMap, direction: LayoutDirection): Promise<Placed[]> {
  const laid = await layOutRegions(regionInputsOf(map, direction), engine, estimateMeasure, 1.3);
  return map.claims.map((c) => ({ id: c.id, ...laid.positions[c.id]!, ...laid.sizes[c.id]! }));
}

function overlaps(boxes: Placed[]): string[] {
  const sorted = [...boxes].sort((a, b) => a.x - b.x);
  const found: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i]!;
    for (let j = i + 1; j < sorted.length && sorted[j]!.x < a.x + a.width; j++) {
      const b = sorted[j]!;
      if (a.y < b.y + b.height && b.y < a.y + a.height) found.push(`${a.id} × ${b.id}`);
    }
  }
  return found;
}

describe.each<LayoutDirection>(["TB", "LR"])("layout, %s", (direction) => {
  test("the built-in map: every claim placed, no two cards overlap", async () => {
    const boxes = await layOut(builtIn.map, direction);
    expect(boxes.every((b) => Number.isFinite(b.x) && Number.isFinite(b.y))).toBe(true);
    expect(overlaps(boxes)).toEqual([]);
  });

  test.each([50, 400])("a generated map of %i claims: no two cards overlap", async (claims) => {
    const map = generateMap({ claims, seed: claims });
    const boxes = await layOut(map, direction);
    expect(boxes).toHaveLength(claims);
    expect(overlaps(boxes)).toEqual([]);
  });
});

test("a claim is ranked after the claim it supports: below it top-down, left of it left-right", async () => {
  const map = builtIn.map;
  const link = map.links.find((l) => l.from === "soft-power" && l.to === "balancing-power")!;
  const tb = new Map((await layOut(map, "TB")).map((b) => [b.id, b]));
  expect(tb.get(link.from)!.y).toBeGreaterThan(tb.get(link.to)!.y);
  const lr = new Map((await layOut(map, "LR")).map((b) => [b.id, b]));
  expect(lr.get(link.from)!.x).toBeLessThan(lr.get(link.to)!.x);
});

test("claims of one topic share a region: regions do not interleave", async () => {
  const boxes = await layOut(builtIn.map, "TB");
  const topicOf = new Map(builtIn.map.claims.map((c) => [c.id, c.topics?.[0]]));
  const bounds = new Map<string, { x1: number; y1: number; x2: number; y2: number }>();
  for (const b of boxes) {
    const t = topicOf.get(b.id) ?? "";
    const r = bounds.get(t) ?? { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
    bounds.set(t, {
      x1: Math.min(r.x1, b.x),
      y1: Math.min(r.y1, b.y),
      x2: Math.max(r.x2, b.x + b.width),
      y2: Math.max(r.y2, b.y + b.height),
    });
  }
  const regions = [...bounds.values()];
  for (let i = 0; i < regions.length; i++) {
    for (let j = i + 1; j < regions.length; j++) {
      const a = regions[i]!;
      const b = regions[j]!;
      expect(a.x1 < b.x2 && b.x1 < a.x2 && a.y1 < b.y2 && b.y1 < a.y2).toBe(false);
    }
  }
});

test("ids from a file never reach the dot program", () => {
  const dot = toDot({
    direction: "TB",
    nodes: [
      { id: '"]; evil [label="x', width: 100, height: 50 },
      { id: "b", width: 100, height: 50 },
    ],
    edges: [{ from: "b", to: '"]; evil [label="x' }],
  });
  expect(dot).not.toContain("evil");
  expect(dot).toContain("n0 -> n1;");
});

test("shelf packing never overlaps and aims for the screen's shape", () => {
  const boxes = [300, 200, 500, 120, 80, 640].map((w, i) => ({ w, h: 100 + i * 37, x: 0, y: 0 }));
  const wide = shelfPack(
    boxes.map((b) => ({ ...b })),
    3,
  );
  const tall = shelfPack(
    boxes.map((b) => ({ ...b })),
    0.5,
  );
  expect(wide.w / wide.h).toBeGreaterThan(tall.w / tall.h);
  const placed = boxes.map((b) => ({ ...b }));
  shelfPack(placed, 1.4);
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++) {
      const a = placed[i]!;
      const b = placed[j]!;
      expect(a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h).toBe(false);
    }
});

test("card sizes grow with text and topics, and long words wrap", () => {
  const short = cardSize({ text: "Short.", topicLabels: [] }, estimateMeasure);
  const long = cardSize(
    { text: "word ".repeat(60), topicLabels: ["A topic", "Another topic"] },
    estimateMeasure,
  );
  expect(long.width).toBe(short.width);
  expect(long.height).toBeGreaterThan(short.height + 100);
  const perChar = (t: string) => t.length * 5;
  expect(wrapLineCount("x".repeat(100), 100, "", perChar)).toBe(5);
  expect(wrapLineCount("a b c", 10, "", perChar)).toBe(3);
  expect(wrapLineCount("a b c", 15, "", perChar)).toBe(2);
  expect(wrapLineCount("one\ntwo", 1000, "", perChar)).toBe(2);
  const huge = cardSize({ text: "word ".repeat(2000), topicLabels: [] }, estimateMeasure);
  expect(huge.height).toBeLessThan(400);
});

test("a card dropped onto another moves to the nearest free spot; a free drop stays", () => {
  const others = [
    { x: 0, y: 0, width: 260, height: 100 },
    { x: 300, y: 0, width: 260, height: 100 },
  ];
  expect(nearestFreeSpot({ x: 0, y: 300, width: 260, height: 100 }, others)).toEqual({
    x: 0,
    y: 300,
  });
  const moved = nearestFreeSpot({ x: 20, y: 30, width: 260, height: 100 }, others);
  const box = { ...moved, width: 260, height: 100 };
  for (const o of others) {
    expect(
      box.x < o.x + o.width &&
        o.x < box.x + box.width &&
        box.y < o.y + o.height &&
        o.y < box.y + box.height,
    ).toBe(false);
  }
  expect(Math.hypot(moved.x - 20, moved.y - 30)).toBeLessThan(150);
});

test("a region's unconnected parts are laid out apart and packed, without overlaps", async () => {
  const parts = components(
    [
      { id: "a", width: 10, height: 10 },
      { id: "b", width: 10, height: 10 },
      { id: "c", width: 10, height: 10 },
      { id: "d", width: 10, height: 10 },
    ],
    [
      { from: "a", to: "b" },
      { from: "c", to: "b" },
    ],
  );
  expect(parts.map((p) => p.sort())).toEqual([[0, 1, 2], [3]]);
  const forest = generateMap({ claims: 300, seed: 5, crossLinkShare: 0, topics: 1 });
  const boxes = await layOut(forest, "TB");
  expect(overlaps(boxes)).toEqual([]);
});

test("the layout's card size is built from the card's tokens", () => {
  const one = cardSize({ text: "One line.", topicLabels: [] }, estimateMeasure);
  expect(one).toEqual({
    width: CARD.width,
    height:
      2 * CARD.border + 2 * CARD.paddingY + CARD.headerHeight + CARD.gap + CARD.textLineHeight,
  });
});

test("a claim with 199 reasons lays out as a block, not one row 28,000 px wide", async () => {
  const claims = [
    { id: "hub", text: "A claim with many reasons." },
    ...Array.from({ length: 199 }, (_, i) => ({ id: `r${i}`, text: `Reason number ${i}.` })),
  ];
  const map = {
    ...builtIn.map,
    topics: [],
    claims,
    links: claims.slice(1).map((c) => ({
      id: `l-${c.id}`,
      from: c.id,
      to: "hub",
      type: "support" as const,
    })),
    linkDisputes: [],
  };
  const boxes = await layOut(map, "TB");
  const width = Math.max(...boxes.map((b) => b.x + b.width)) - Math.min(...boxes.map((b) => b.x));
  const height = Math.max(...boxes.map((b) => b.y + b.height)) - Math.min(...boxes.map((b) => b.y));
  expect(width).toBeLessThan(6000);
  expect(width / height).toBeLessThan(3);
  expect(width / height).toBeGreaterThan(0.5);
  expect(overlaps(boxes)).toEqual([]);
  // The reasons still sit below what they support.
  const hub = boxes.find((b) => b.id === "hub")!;
  expect(boxes.filter((b) => b.id !== "hub" && b.y <= hub.y)).toEqual([]);
});

describe.each<LayoutDirection>(["TB", "LR"])("big maps: wrapped trees, %s", (direction) => {
  test.each([2000, 5000])(
    "%i claims: no overlaps, a box between 1:2 and 3:1, and every reason of the spanning tree before its claim",
    async (claims) => {
      expect(claims).toBeGreaterThan(TREE_LAYOUT_CLAIMS);
      const map = generateMap({ claims, seed: claims });
      const regions = regionInputsOf(map, direction);
      expect(regions.every((r) => r.engine === "tree")).toBe(true);
      const laid = await layOutRegions(regions, engine, estimateMeasure, 1.3);
      const boxes = map.claims.map((c) => ({
        id: c.id,
        ...laid.positions[c.id]!,
        ...laid.sizes[c.id]!,
      }));
      expect(overlaps(boxes)).toEqual([]);
      const aspect = laid.width / laid.height;
      expect(aspect).toBeGreaterThanOrEqual(0.5);
      expect(aspect).toBeLessThanOrEqual(3);
      // The links the layout follows: each region's spanning forest. Reasons sit wholly below
      // the claim they support (top-down) or wholly left of it (left-right).
      const at = new Map(boxes.map((b) => [b.id, b]));
      let checked = 0;
      for (const region of regions) {
        const nodes = region.cards.map((c) => ({ id: c.id, width: 1, height: 1 }));
        const { children } = spanningForest(nodes, region.edges);
        children.forEach((kids, v) => {
          const claim = at.get(nodes[v]!.id)!;
          for (const k of kids) {
            const reason = at.get(nodes[k]!.id)!;
            if (direction === "TB") expect(reason.y).toBeGreaterThan(claim.y + claim.height);
            else expect(reason.x + reason.width).toBeLessThan(claim.x);
            checked++;
          }
        });
      }
      expect(checked).toBeGreaterThan(claims * 0.8);
    },
  );
});
