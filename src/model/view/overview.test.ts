import { expect, test } from "vitest";
import { generateMap } from "../testing/generateMap";
import type { ArgumentMap } from "../core/types";
import { overviewOf, regionOfClaim } from "./overview";

const all = (map: ArgumentMap) => ({
  drawn: new Set(map.claims.map((c) => c.id)),
  matching: new Set(map.claims.map((c) => c.id)),
  drawnLinks: new Set(map.links.map((l) => l.id)),
});

const small: ArgumentMap = {
  format: "argument-map",
  version: 2,
  title: "Small",
  speakers: [],
  topics: [
    { id: "a", label: "Alpha" },
    { id: "b", label: "Beta" },
  ],
  sources: [],
  claims: [
    { id: "x", text: "X", topics: ["a"] },
    { id: "y", text: "Y", topics: ["a"] },
    { id: "z", text: "Z", topics: ["b", "a"] },
    { id: "w", text: "W" },
  ],
  links: [
    { id: "l1", from: "y", to: "x", type: "support" },
    { id: "l2", from: "z", to: "x", type: "dispute" },
    { id: "l3", from: "z", to: "y", type: "support" },
    { id: "l4", from: "w", to: "z", type: "support" },
  ],
  linkDisputes: [],
};

test("regions by first topic, with counts, most-linked claims and one bundle per pair", () => {
  const overview = overviewOf(small, all(small));
  expect(overview.regions).toEqual([
    { id: "a", label: "Alpha", shown: 2, total: 2, matching: 2, top: ["x", "y"] },
    { id: "b", label: "Beta", shown: 1, total: 1, matching: 1, top: ["z"] },
    { id: "", label: "Claims without a topic", shown: 1, total: 1, matching: 1, top: ["w"] },
  ]);
  expect(overview.bundles).toEqual([
    { a: "a", b: "b", count: 2, supports: 1, disputes: 1 },
    { a: "b", b: "", count: 1, supports: 1, disputes: 0 },
  ]);
});

test("the filters: hidden claims and links are left out, dimmed claims are counted but not shown on top", () => {
  const visible = {
    drawn: new Set(["x", "y", "z"]),
    matching: new Set(["y", "z"]),
    drawnLinks: new Set(["l1", "l2"]),
  };
  const overview = overviewOf(small, visible);
  expect(overview.regions.map((r) => [r.id, r.shown, r.matching, r.top])).toEqual([
    ["a", 2, 1, ["y"]],
    ["b", 1, 1, ["z"]],
    ["", 0, 0, []],
  ]);
  expect(overview.bundles).toEqual([{ a: "a", b: "b", count: 1, supports: 0, disputes: 1 }]);
});

test("a generated map: every claim counted once, top claims are the most linked of their region", () => {
  const map = generateMap({ claims: 2000, seed: 2000 });
  const overview = overviewOf(map, all(map), 4);
  expect(overview.regions.reduce((n, r) => n + r.total, 0)).toBe(2000);
  const degree = new Map<string, number>();
  for (const l of map.links) {
    degree.set(l.from, (degree.get(l.from) ?? 0) + 1);
    degree.set(l.to, (degree.get(l.to) ?? 0) + 1);
  }
  for (const region of overview.regions) {
    expect(region.top).toHaveLength(4);
    const members = map.claims.filter((c) => regionOfClaim(c) === region.id);
    const best = Math.max(...members.map((c) => degree.get(c.id) ?? 0));
    expect(degree.get(region.top[0]!)).toBe(best);
    const degrees = region.top.map((id) => degree.get(id) ?? 0);
    expect(degrees).toEqual([...degrees].sort((a, b) => b - a));
  }
  const crossing = map.links.filter(
    (l) =>
      regionOfClaim(map.claims[Number(l.from.slice(1))]!) !==
      regionOfClaim(map.claims[Number(l.to.slice(1))]!),
  ).length;
  expect(crossing).toBeGreaterThan(0);
  expect(overview.bundles.reduce((n, b) => n + b.count, 0)).toBe(crossing);
});
