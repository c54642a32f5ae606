import { expect, test } from "vitest";
import { sampleMap } from "../../model/testing/testMaps";
import { regionsOf } from "./regions";
import { DISPUTE_MARKER_ID, toClaimNodes, toRelationEdges, type PlacedLayout } from "./toFlow";

const map = sampleMap();
const layout: PlacedLayout = {
  positions: new Map([
    ["c1", { x: 0, y: 0 }],
    ["c2", { x: 0, y: 200 }],
    ["c3", { x: 300, y: 200 }],
  ]),
  sizes: new Map([
    ["c1", { width: 260, height: 90 }],
    ["c2", { width: 260, height: 110 }],
    ["c3", { width: 260, height: 70 }],
  ]),
};

test("one node per laid-out claim, at its layout position unless dragged", () => {
  const nodes = toClaimNodes(map, layout, new Map([["c2", { x: 5, y: 6 }]]), "TB");
  expect(nodes.map((n) => [n.id, n.position])).toEqual([
    ["c1", { x: 0, y: 0 }],
    ["c2", { x: 5, y: 6 }],
    ["c3", { x: 300, y: 200 }],
  ]);
  expect(nodes[0]).toMatchObject({
    type: "claim",
    width: 260,
    data: { claimId: "c1" },
  });
  // A card is named by its content (Label in Name), not by an aria-label.
  expect(nodes.every((n) => n.ariaLabel === undefined)).toBe(true);
});

test("handles face the flow: supporters below (TB) or left (LR)", () => {
  const [tb] = toClaimNodes(map, layout, new Map(), "TB");
  const [lr] = toClaimNodes(map, layout, new Map(), "LR");
  expect([tb?.sourcePosition, tb?.targetPosition]).toEqual(["top", "bottom"]);
  expect([lr?.sourcePosition, lr?.targetPosition]).toEqual(["right", "left"]);
});

test("a claim the layout has not placed yet gets no node", () => {
  const partial = { ...layout, positions: new Map([["c1", { x: 0, y: 0 }]]) };
  expect(toClaimNodes(map, partial, new Map(), "TB").map((n) => n.id)).toEqual(["c1"]);
});

test("one edge per link, from the supporter to the supported, with an accessible label", () => {
  const edges = toRelationEdges(map);
  expect(edges).toHaveLength(map.links.length);
  const dispute = edges.find((e) => e.id === "l1");
  expect(dispute).toMatchObject({
    source: "c2",
    target: "c1",
    type: "relation",
    markerEnd: DISPUTE_MARKER_ID,
    ariaLabel: "Bo: It is not disputes Ann: The sky is blue",
    data: { type: "dispute", note: "Bo denies Ann." },
  });
  const support = edges.find((e) => e.id === "c3->c1");
  expect(support?.ariaLabel).toBe("Article's framing: Framing supports Ann: The sky is blue");
  expect(typeof support?.markerEnd).toBe("object");
});

test("regions enclose their first topic's claims, wherever they stand", () => {
  const boxes = new Map([
    ["c1", { x: 0, y: 0, width: 260, height: 90 }],
    ["c2", { x: 0, y: 200, width: 260, height: 110 }],
  ]);
  const regions = regionsOf(map, (id) => boxes.get(id));
  expect(regions).toHaveLength(1);
  const [region] = regions;
  expect(region).toMatchObject({ id: "t1", label: "Topic one", count: 2 });
  expect(region!.x).toBeLessThan(0);
  expect(region!.y).toBeLessThan(0);
  expect(region!.x + region!.width).toBeGreaterThan(260);
  expect(region!.y + region!.height).toBeGreaterThan(310);
});

test("a card dragged far from its region does not stretch the region's frame over others", () => {
  const boxes = new Map([
    ["c1", { x: 0, y: 0, width: 260, height: 90 }],
    ["c2", { x: 3000, y: 2000, width: 260, height: 110 }],
  ]);
  const [far] = regionsOf(
    map,
    (id) => boxes.get(id),
    (id) => id === "c2",
  );
  expect(far!.x + far!.width).toBeLessThan(400);
  expect(far!.count).toBe(2);
  // Dropped near its region, it stretches it as before.
  boxes.set("c2", { x: 0, y: 150, width: 260, height: 110 });
  const [near] = regionsOf(
    map,
    (id) => boxes.get(id),
    (id) => id === "c2",
  );
  expect(near!.y + near!.height).toBeGreaterThan(260);
  // A topic carried by claims drawn in another region is counted apart.
  expect(near!.tagged).toBe(2);
});
