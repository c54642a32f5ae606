import { readFileSync } from "node:fs";
import fc from "fast-check";
import { expect, test } from "vitest";
import { parseMap } from "../format/loadMap";
import { mapArbitrary } from "../testing/mapArbitrary";
import { FRAMING } from "../view/viewFilter";
import { disputeHeavyArb } from "./disputeArbitrary";
import { evaluateMap } from "./evaluateMap";
import { sketchMap } from "./sketchMap";
import { acceptSpeakers } from "./speakerPosition";
import { underminingMatrix } from "./underminingMatrix";

const cell = (matrix: ReturnType<typeof underminingMatrix>, from: string, to: string) =>
  matrix.cells.get(from)?.get(to);

test("an effective dispute counts; an answered one does not", () => {
  // x (bo) knocks out a (ann); y (bo) disputes b (ann) but k (ann) answers y.
  const map = sketchMap("x>a y>b k>y", { ann: ["a", "b", "k"], bo: ["x", "y"] });
  const matrix = underminingMatrix(evaluateMap(map));
  expect(matrix.speakers).toEqual(["ann", "bo"]);
  expect(cell(matrix, "bo", "ann")).toEqual({ disputes: 1, undercuts: 0, links: ["x>a"] });
  expect(cell(matrix, "ann", "bo")).toEqual({ disputes: 1, undercuts: 0, links: ["k>y"] });
  expect(cell(matrix, "ann", "ann")).toEqual({ disputes: 0, undercuts: 0, links: [] });
});

test("an undercut that stands counts against the speaker of the link it defeats", () => {
  const map = sketchMap("x>a u>[x>a]", { ann: ["a", "u"], bo: ["x"] });
  const matrix = underminingMatrix(evaluateMap(map));
  expect(cell(matrix, "ann", "bo")).toEqual({ disputes: 0, undercuts: 1, links: ["u>[x>a]"] });
  expect(cell(matrix, "bo", "ann")).toEqual({ disputes: 0, undercuts: 0, links: [] });
});

test("claims without a speaker are the framing; ids such as __proto__ are plain keys", () => {
  const map = sketchMap("f>p p>q", { ["__proto__"]: ["p"], toString: ["q"] });
  const matrix = underminingMatrix(evaluateMap(map));
  expect(matrix.speakers).toEqual(["__proto__", "toString", FRAMING]);
  expect(cell(matrix, FRAMING, "__proto__")?.disputes).toBe(1);
  expect(cell(matrix, "__proto__", "toString")?.disputes).toBe(0);
});

test("under a position, disputes of the given claims are set aside", () => {
  const map = sketchMap("x>a", { ann: ["a"], bo: ["x"] });
  const position = acceptSpeakers(map, ["ann"]);
  expect(cell(underminingMatrix(position.evaluation), "bo", "ann")?.disputes).toBe(0);
  expect(cell(underminingMatrix(evaluateMap(map)), "bo", "ann")?.disputes).toBe(1);
});

test("the built-in map: the effective disputes are the links whose target falls by a standing source", () => {
  const loaded = parseMap(
    readFileSync(new URL("../../../data/south-korea-us-alliance.json", import.meta.url), "utf8"),
  );
  if (!loaded.ok) throw new Error("the built-in map does not load");
  const map = loaded.map;
  const evaluation = evaluateMap(map);
  const matrix = underminingMatrix(evaluation);
  let total = 0;
  for (const row of matrix.cells.values()) for (const c of row.values()) total += c.disputes;
  const effective = map.links.filter(
    (l) =>
      l.type === "dispute" &&
      evaluation.claimStatus.get(l.from) === "stands" &&
      evaluation.claimStatus.get(l.to) === "falls",
  );
  expect(total).toBe(effective.length);
  expect(total).toBeGreaterThan(0);
});

test("on generated maps, the counts add up to the dispute links and link disputes that stand", () => {
  fc.assert(
    fc.property(fc.oneof(mapArbitrary, disputeHeavyArb), (map) => {
      const evaluation = evaluateMap(map);
      const matrix = underminingMatrix(evaluation);
      let disputes = 0;
      let undercuts = 0;
      for (const row of matrix.cells.values())
        for (const c of row.values()) {
          disputes += c.disputes;
          undercuts += c.undercuts;
        }
      const standing = (id: string) => evaluation.linkStatus.get(id) === "stands";
      // Claims without a listed speaker (an unknown speaker id) are not in the matrix.
      const listed = new Set(matrix.speakers);
      const speakerOf = (id: string) => {
        const claim = map.claims.find((c) => c.id === id);
        return claim?.speaker ?? FRAMING;
      };
      const sourceOf = (link: string) =>
        [...map.links, ...map.linkDisputes].find((l) => l.id === link)?.from ?? "";
      const inMatrix = (from: string, to: string) =>
        listed.has(speakerOf(from)) && listed.has(speakerOf(to));
      expect(disputes).toBe(
        map.links.filter((l) => l.type === "dispute" && standing(l.id) && inMatrix(l.from, l.to))
          .length,
      );
      expect(undercuts).toBe(
        map.linkDisputes.filter((d) => standing(d.id) && inMatrix(d.from, sourceOf(d.toLink)))
          .length,
      );
    }),
    { numRuns: 300 },
  );
});
