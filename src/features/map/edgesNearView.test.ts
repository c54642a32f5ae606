import { expect, test } from "vitest";
import type { Box } from "../../model/geometry/geometry";
import { edgesNearView, nodesNearView, viewCell } from "./edgesNearView";

const boxes: Record<string, Box> = {
  here: { x: 100, y: 100, width: 200, height: 80 },
  near: { x: 1500, y: 100, width: 200, height: 80 },
  farA: { x: -20_000, y: 0, width: 200, height: 80 },
  farB: { x: 20_000, y: 0, width: 200, height: 80 },
  farC: { x: 0, y: 30_000, width: 200, height: 80 },
};
const boxOf = (id: string) => boxes[id];
const edge = (source: string, target: string) => ({ id: `${source}-${target}`, source, target });
const pane = { width: 1000, height: 700 };

test("a link is drawn when one of its ends is within a screen of the view; a long line between two far claims is not", () => {
  const { area } = viewCell([0, 0, 1], pane);
  const edges = [
    edge("here", "farA"),
    edge("farB", "near"),
    edge("farA", "farB"),
    edge("farC", "farB"),
  ];
  const drawn = edgesNearView(edges, boxOf, area, new Set());
  expect(drawn.map((e) => e.id)).toEqual(["here-farA", "farB-near"]);
});

test("the selected claim's links are drawn wherever they go", () => {
  const { area } = viewCell([0, 0, 1], pane);
  const drawn = edgesNearView(
    [edge("farA", "farB"), edge("farC", "farB")],
    boxOf,
    area,
    new Set(["farC"]),
  );
  expect(drawn.map((e) => e.id)).toEqual(["farC-farB"]);
});

test("the links drawn change only every half screen of panning, and follow the view", () => {
  const at = (x: number, y: number, zoom = 1) => viewCell([x, y, zoom], pane);
  expect(at(0, 0).key).toBe(at(-100, -100).key);
  expect(at(0, 0).key).not.toBe(at(-600, 0).key);
  // Panned far right (the view's x goes negative), the far-right claim's links come in.
  const right = at(-19_800, 0).area;
  expect(edgesNearView([edge("farA", "farB")], boxOf, right, new Set())).toHaveLength(1);
  expect(edgesNearView([edge("here", "farA")], boxOf, right, new Set())).toHaveLength(0);
  // The area always holds the view itself, at any zoom.
  for (const [x, y, zoom] of [
    [0, 0, 1],
    [-5_000, 3_000, 0.4],
    [1_234, -987, 2.2],
  ] as const) {
    const { area } = viewCell([x, y, zoom], pane);
    const view = {
      x: -x / zoom,
      y: -y / zoom,
      width: pane.width / zoom,
      height: pane.height / zoom,
    };
    expect(area.x).toBeLessThanOrEqual(view.x);
    expect(area.y).toBeLessThanOrEqual(view.y);
    expect(area.x + area.width).toBeGreaterThanOrEqual(view.x + view.width);
    expect(area.y + area.height).toBeGreaterThanOrEqual(view.y + view.height);
  }
});

test("React Flow is handed the cards near the view, and the selection wherever it is", () => {
  const node = (id: string) => ({
    id,
    position: { x: boxes[id]!.x, y: boxes[id]!.y },
    width: boxes[id]!.width,
    initialHeight: boxes[id]!.height,
  });
  const nodes = Object.keys(boxes).map(node);
  const { area } = viewCell([0, 0, 1], pane);
  expect(nodesNearView(nodes, area, new Set()).map((n) => n.id)).toEqual(["here", "near"]);
  expect(nodesNearView(nodes, area, new Set(["farC"])).map((n) => n.id)).toEqual([
    "here",
    "near",
    "farC",
  ]);
});
