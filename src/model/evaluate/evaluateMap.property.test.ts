import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ArgumentMap } from "../core/types";
import { mapArbitrary } from "../testing/mapArbitrary";
import { evaluateMap } from "./evaluateMap";
import { naiveEvaluation } from "./naiveEvaluation";
import { disputeHeavyArb } from "./disputeArbitrary";
import { IN, OUT, UNDEC, attackGraph, groundedLabelling } from "./groundedLabelling";

/** Random abstract frameworks: n arguments, any attacks (self-attacks and loops included). */
const frameworkArb = fc.integer({ min: 1, max: 14 }).chain((n) =>
  fc.record({
    n: fc.constant(n),
    attacks: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1)), { maxLength: n * 3 }),
    weights: fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }),
  }),
);

/** The grounded extension by the book: iterate F(S) = {a | every attacker of a is attacked by S} from ∅. */
function naiveGrounded(n: number, attacks: [number, number][]) {
  const attackersOf = (a: number) => attacks.filter(([, t]) => t === a).map(([f]) => f);
  const attackedBy = (set: Set<number>, a: number) => attackersOf(a).some((f) => set.has(f));
  const inRound = new Array<number>(n).fill(Infinity);
  const outRound = new Array<number>(n).fill(Infinity);
  let set = new Set<number>();
  for (let round = 1; ; round++) {
    const next = new Set<number>();
    for (let a = 0; a < n; a++) if (attackersOf(a).every((f) => attackedBy(set, f))) next.add(a);
    for (const a of next) if (inRound[a] === Infinity) inRound[a] = round;
    for (let a = 0; a < n; a++)
      if (outRound[a] === Infinity && attackedBy(next, a)) outRound[a] = round;
    if (next.size === set.size) break;
    set = next;
  }
  return { set, inRound, outRound };
}

describe("grounded labelling of abstract frameworks", () => {
  test("is complete, is the least fixpoint, and numbers arguments by the round that settles them", () => {
    fc.assert(
      fc.property(frameworkArb, ({ n, attacks }) => {
        const { label, rank } = groundedLabelling(attackGraph(n, attacks.flat()));
        const attackersOf = (a: number) => attacks.filter(([, t]) => t === a).map(([f]) => f);
        for (let a = 0; a < n; a++) {
          const labels = attackersOf(a).map((f) => label[f]);
          if (label[a] === IN) expect(labels.every((l) => l === OUT)).toBe(true);
          if (label[a] === OUT) expect(labels).toContain(IN);
          if (label[a] === UNDEC) {
            expect(labels).toContain(UNDEC);
            expect(labels).not.toContain(IN);
          }
        }
        const { set, inRound, outRound } = naiveGrounded(n, attacks);
        for (let a = 0; a < n; a++) {
          expect(label[a] === IN, `argument ${a}`).toBe(set.has(a));
          if (label[a] === IN) expect(rank[a]).toBe(2 * inRound[a]! - 1);
          else if (label[a] === OUT) expect(rank[a]).toBe(2 * outRound[a]!);
          else expect(rank[a]).toBe(Infinity);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("with weights 0 and 1, labels are the same and numbers satisfy the min–max equations", () => {
    fc.assert(
      fc.property(frameworkArb, ({ n, attacks, weights }) => {
        const { label, rank } = groundedLabelling(
          attackGraph(n, attacks.flat(), Uint8Array.from(weights)),
        );
        // Weights change the numbers, never the labels.
        expect(label).toEqual(groundedLabelling(attackGraph(n, attacks.flat())).label);
        for (let a = 0; a < n; a++) {
          const attackers = attacks.filter(([, t]) => t === a).map(([f]) => f);
          const w = weights[a]!;
          if (label[a] === IN)
            expect(rank[a]).toBe(w + Math.max(0, ...attackers.map((f) => rank[f]!)));
          if (label[a] === OUT) {
            const ins = attackers.filter((f) => label[f] === IN).map((f) => rank[f]!);
            expect(rank[a]).toBe(w + Math.min(...ins));
          }
          if (label[a] === UNDEC) expect(rank[a]).toBe(Infinity);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("evaluation of generated maps", () => {
  test("equals the least fixpoint of the rules, for claims and links", () => {
    fc.assert(
      fc.property(fc.oneof(mapArbitrary, disputeHeavyArb), (map) => {
        const evaluation = evaluateMap(map);
        const naive = naiveEvaluation(map);
        expect(new Map(evaluation.claimStatus)).toEqual(naive.claim);
        expect(new Map(evaluation.linkStatus)).toEqual(naive.link);
      }),
      { numRuns: 400 },
    );
  });

  test("is complete: each status is justified by the statuses around it", () => {
    fc.assert(
      fc.property(fc.oneof(mapArbitrary, disputeHeavyArb), (map) => {
        const { claimStatus: claim, linkStatus: link } = evaluateMap(map);
        for (const c of map.claims) {
          const into = map.links.filter((l) => l.to === c.id && l.type === "dispute");
          const statuses = into.map((l) => link.get(l.id));
          const status = claim.get(c.id);
          if (status === "stands") expect(statuses.every((s) => s === "falls")).toBe(true);
          if (status === "falls") expect(statuses).toContain("stands");
          if (status === "undecided") {
            expect(statuses).toContain("undecided");
            expect(statuses).not.toContain("stands");
          }
          // Without link disputes, a link is as its source: claim-level completeness.
          if (map.linkDisputes.length === 0) {
            const attackers = into.map((l) => claim.get(l.from));
            if (status === "stands") expect(attackers.every((s) => s === "falls")).toBe(true);
            if (status === "falls") expect(attackers).toContain("stands");
            if (status === "undecided") expect(attackers).toContain("undecided");
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test("min–max numbers are consistent: claims count one, links carry their source's", () => {
    fc.assert(
      fc.property(fc.oneof(mapArbitrary, disputeHeavyArb), (map) => {
        const evaluation = evaluateMap(map);
        const { framework, labelling } = evaluation;
        const claims = framework.claimIds.length;
        const rankOfLink = (id: string) => labelling.rank[claims + framework.linkIndex.get(id)!]!;
        const statusOfLink = (id: string) => evaluation.linkStatus.get(id);
        for (const c of map.claims) {
          const into = map.links.filter((l) => l.to === c.id && l.type === "dispute");
          const rank = evaluation.claimRank.get(c.id)!;
          const status = evaluation.claimStatus.get(c.id);
          if (status === "stands")
            expect(rank).toBe(1 + Math.max(0, ...into.map((l) => rankOfLink(l.id))));
          if (status === "falls") {
            const effective = into.filter((l) => statusOfLink(l.id) === "stands");
            expect(rank).toBe(1 + Math.min(...effective.map((l) => rankOfLink(l.id))));
          }
          if (status === "undecided") expect(rank).toBe(Infinity);
          // Without link disputes: 1 + the smallest standing attacker, 1 + the largest answered one.
          if (map.linkDisputes.length === 0 && status === "falls") {
            const ranks = into
              .filter((l) => evaluation.claimStatus.get(l.from) === "stands")
              .map((l) => evaluation.claimRank.get(l.from)!);
            expect(rank).toBe(1 + Math.min(...ranks));
          }
        }
        for (const l of [...map.links, ...map.linkDisputes]) {
          const source = evaluation.claimRank.get(l.from)!;
          const challenges = map.linkDisputes.filter((d) => d.toLink === l.id);
          const rank = rankOfLink(l.id);
          if (statusOfLink(l.id) === "stands")
            expect(rank).toBe(Math.max(source, ...challenges.map((d) => rankOfLink(d.id))));
          if (statusOfLink(l.id) === "falls") {
            const sourceFalls = evaluation.claimStatus.get(l.from) === "falls" ? [source] : [];
            const standing = challenges.filter((d) => statusOfLink(d.id) === "stands");
            expect(rank).toBe(Math.min(...sourceFalls, ...standing.map((d) => rankOfLink(d.id))));
          }
        }
      }),
      { numRuns: 400 },
    );
  });

  test("on random dispute graphs, claims get the labels and numbers of the abstract framework", () => {
    fc.assert(
      fc.property(frameworkArb, ({ n, attacks }) => {
        const ids = Array.from({ length: n }, (_, i) => `c${i}`);
        const seen = new Set<string>();
        const links = attacks.flatMap(([f, t]) => {
          const id = `${f}>${t}`;
          if (seen.has(id)) return [];
          seen.add(id);
          return [{ id, from: ids[f]!, to: ids[t]!, type: "dispute" as const }];
        });
        const map: ArgumentMap = {
          format: "argument-map",
          version: 2,
          title: "random",
          speakers: [],
          topics: [],
          sources: [],
          claims: ids.map((id) => ({ id, text: id })),
          links,
          linkDisputes: [],
        };
        const evaluation = evaluateMap(map);
        const { set, inRound, outRound } = naiveGrounded(n, attacks);
        ids.forEach((id, a) => {
          const status = evaluation.claimStatus.get(id);
          expect(status === "stands").toBe(set.has(a));
          const rank = evaluation.claimRank.get(id);
          if (status === "stands") expect(rank).toBe(2 * inRound[a]! - 1);
          if (status === "falls") expect(rank).toBe(2 * outRound[a]!);
        });
      }),
      { numRuns: 500 },
    );
  });
});
