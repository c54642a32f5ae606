import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ArgumentMap } from "../core/types";
import { generateMap } from "../testing/generateMap";
import { mapArbitrary } from "../testing/mapArbitrary";
import { claimStrength, combine } from "./claimStrength";
import { disputeHeavyArb } from "./disputeArbitrary";
import { sketchMap } from "./sketchMap";

const scores = (sketch: string) => Object.fromEntries(claimStrength(sketchMap(sketch)).score);

describe("DF-QuAD on small trees, by hand", () => {
  test("a claim alone keeps the base score", () => {
    expect(scores("a")).toEqual({ a: 0.5 });
  });

  test("one disputer: 0.5 − 0.5 × 0.5", () => {
    expect(scores("a>b")).toEqual({ a: 0.5, b: 0.25 });
  });

  test("one supporter: 0.5 + 0.5 × 0.5", () => {
    expect(scores("a+b")).toEqual({ a: 0.5, b: 0.75 });
  });

  test("two disputers aggregate to 1 − 0.5 × 0.5 = 0.75: 0.5 − 0.5 × 0.75", () => {
    expect(scores("a>c b>c").c).toBe(0.125);
  });

  test("a disputer and a supporter of equal force cancel", () => {
    expect(scores("a>b s+b").b).toBe(0.5);
  });

  test("more attack than support: 0.5 − 0.5 × (0.75 − 0.5)", () => {
    expect(scores("a>b c>b s+b").b).toBe(0.375);
  });

  test("more support than attack: 0.5 + 0.5 × (0.75 − 0.5)", () => {
    expect(scores("a>b s+b t+b").b).toBe(0.625);
  });

  test("a chain: c weakens b to 0.25, so b weakens a only to 0.375", () => {
    expect(scores("c>b b>a")).toEqual({ c: 0.5, b: 0.25, a: 0.375 });
  });

  test("a deeper tree", () => {
    // d supports c: 0.75. c disputes b: 0.5 − 0.5 × 0.75 = 0.125. e supports b too:
    // b = 0.5 − 0.5 × (0.75 − 0.5) = 0.375. b supports a: a = 0.5 + 0.5 × 0.375 = 0.6875.
    expect(scores("d+c c>b e+b b+a")).toEqual({ d: 0.5, e: 0.5, c: 0.75, b: 0.375, a: 0.6875 });
  });

  test("a linked group counts once, with its weakest premise", () => {
    // q is disputed: 0.25. The group {p, q} supports c with min(0.5, 0.25).
    expect(scores("p+c@g q+c@g x>q").c).toBe(0.625);
    // Two separate supporters would give 1 − 0.5 × 0.75 = 0.625 of support: 0.8125.
    expect(scores("p+c q+c x>q").c).toBe(0.8125);
  });

  test("an undercut scales the support it targets by (1 − its force)", () => {
    // The support brings 0.5 × (1 − 0.5) = 0.25: b = 0.5 + 0.5 × 0.25.
    expect(scores("a+b u>[a+b]")).toEqual({ a: 0.5, b: 0.625, u: 0.5 });
  });

  test("an attack on an attack scales the attack; and attacks on that, in turn", () => {
    expect(scores("a>b u>[a>b]").b).toBe(0.375);
    // w weakens u's attack to 0.25, so the attack on b keeps 0.5 × 0.75 = 0.375.
    expect(scores("a>b u>[a>b] w>[u>[a>b]]").b).toBe(0.3125);
  });

  test("combine is DF-QuAD's C", () => {
    expect(combine(0.5, 0, 0)).toBe(0.5);
    expect(combine(0.5, 1, 0)).toBe(0);
    expect(combine(0.5, 0, 1)).toBe(1);
    expect(combine(0.2, 0.3, 0.8)).toBeCloseTo(0.2 + 0.8 * 0.5, 12);
    expect(combine(0.2, 0.8, 0.3)).toBeCloseTo(0.2 - 0.2 * 0.5, 12);
  });

  test("another base score", () => {
    const strength = claimStrength(sketchMap("a>b c+d"), { baseScore: 0.2 });
    // b = 0.2 − 0.2 × 0.2; d = 0.2 + 0.8 × 0.2.
    expect(strength.score.get("b")).toBeCloseTo(0.16, 12);
    expect(strength.score.get("d")).toBeCloseTo(0.36, 12);
  });
});

describe("loops", () => {
  test("two claims disputing each other settle at 1/3", () => {
    const strength = claimStrength(sketchMap("a>b b>a"));
    expect(strength.score.get("a")).toBeCloseTo(1 / 3, 8);
    expect(strength.score.get("b")).toBeCloseTo(1 / 3, 8);
    expect([...strength.looped].sort()).toEqual(["a", "b"]);
    expect(strength.unsettled.size).toBe(0);
    expect(strength.iterations).toBeGreaterThan(1);
  });

  test("a support loop climbs to 1", () => {
    const strength = claimStrength(sketchMap("a+b b+a"));
    expect(strength.score.get("a")).toBeCloseTo(1, 8);
  });

  test("a claim that undercuts the dispute against it depends on itself: a loop", () => {
    const strength = claimStrength(sketchMap("a>b b>[a>b]"));
    expect([...strength.looped]).toEqual(["b"]);
    // b = 0.5 − 0.5 × 0.5 × (1 − b): b = 1/3.
    expect(strength.score.get("b")).toBeCloseTo(1 / 3, 8);
  });

  test("every claim disputing every other (20 of them) still settles", () => {
    const ids = Array.from({ length: 20 }, (_, i) => `k${i}`);
    const sketch = ids.flatMap((a) => ids.filter((b) => b !== a).map((b) => `${a}>${b}`));
    const strength = claimStrength(sketchMap(sketch.join(" ")));
    expect(strength.unsettled.size).toBe(0);
    // The symmetric fixpoint: s = 0.5 (1 − s)^19.
    const s = strength.score.get("k0")!;
    expect(s).toBeCloseTo(0.5 * (1 - s) ** 19, 8);
  });

  test("a loop that has not settled is flagged, with every claim downstream, and has no score", () => {
    const strength = claimStrength(sketchMap("a>b b>a b>c c+d e>a x>y"), { maxIterations: 2 });
    expect([...strength.unsettled].sort()).toEqual(["a", "b", "c", "d"]);
    expect(strength.score.get("c")).toBeNull();
    expect(strength.score.get("e")).toBe(0.5);
    expect(strength.score.get("y")).toBe(0.25);
    expect(strength.iterations).toBe(2);
  });

  test("generated maps of 1,000 claims settle", () => {
    const strength = claimStrength(generateMap({ claims: 1000, seed: 3 }));
    expect(strength.unsettled.size).toBe(0);
    expect(strength.looped.size).toBeGreaterThan(0);
  });
});

/** DF-QuAD's equations read straight off the map, for one claim, given everyone's scores. */
function update(map: ArgumentMap, score: (id: string) => number, claim: string): number {
  const force = (id: string, from: string): number =>
    map.linkDisputes
      .filter((d) => d.toLink === id)
      .reduce((v, d) => v * (1 - force(d.id, d.from)), score(from));
  const into = map.links.filter((l) => l.to === claim);
  const attack = into.filter((l) => l.type === "dispute").map((l) => force(l.id, l.from));
  const support = into
    .filter((l) => l.type === "support" && l.group === undefined)
    .map((l) => force(l.id, l.from));
  const groups = new Set(into.flatMap((l) => (l.type === "support" && l.group ? [l.group] : [])));
  for (const g of groups)
    support.push(
      Math.min(
        ...into
          .filter((l) => l.type === "support" && l.group === g)
          .map((l) => force(l.id, l.from)),
      ),
    );
  const F = (vs: number[]) => 1 - vs.reduce((p, v) => p * (1 - v), 1);
  return combine(0.5, F(attack), F(support));
}

describe("on generated maps", () => {
  test("scores are in [0, 1], and every settled score satisfies its equation", () => {
    fc.assert(
      fc.property(fc.oneof(mapArbitrary, disputeHeavyArb), (map) => {
        const strength = claimStrength(map);
        const score = (id: string) => strength.score.get(id) ?? NaN;
        for (const claim of map.claims) {
          const s = strength.score.get(claim.id);
          if (s === null) {
            expect(strength.unsettled.has(claim.id)).toBe(true);
            continue;
          }
          expect(s).toBeGreaterThanOrEqual(0);
          expect(s).toBeLessThanOrEqual(1);
          expect(Math.abs(update(map, score, claim.id) - s!)).toBeLessThan(1e-7);
        }
      }),
      { numRuns: 300 },
    );
  });

  test("without loops, scores are exact: equal to a recursive computation", () => {
    const acyclic = mapArbitrary.map((map) => {
      // Keep only links that go down the claim order, so no loop is possible.
      const order = new Map(map.claims.map((c, i) => [c.id, i]));
      const links = map.links.filter((l) => order.get(l.from)! > order.get(l.to)!);
      const kept = new Set(links.map((l) => l.id));
      const linkDisputes = map.linkDisputes.filter((d) => {
        const ok = kept.has(d.toLink);
        if (ok) kept.add(d.id);
        return ok;
      });
      return { ...map, links, linkDisputes };
    });
    fc.assert(
      fc.property(acyclic, (map) => {
        const strength = claimStrength(map);
        const memo = new Map<string, number>();
        const score = (id: string): number => {
          if (!memo.has(id)) memo.set(id, update(map, score, id));
          return memo.get(id)!;
        };
        // An undercutter placed before the claim its chain of disputes ends at would make a
        // loop (that claim depends on it): skip those maps.
        const position = (id: string) => map.claims.findIndex((c) => c.id === id);
        const endOf = (linkId: string): string | undefined => {
          const link = map.links.find((l) => l.id === linkId);
          if (link) return link.to;
          const dispute = map.linkDisputes.find((d) => d.id === linkId);
          return dispute && endOf(dispute.toLink);
        };
        const loopFree = map.linkDisputes.every(
          (d) => position(d.from) > position(endOf(d.toLink)!),
        );
        fc.pre(loopFree);
        expect(strength.looped.size).toBe(0);
        expect(strength.iterations).toBe(0);
        for (const claim of map.claims) expect(strength.score.get(claim.id)).toBe(score(claim.id));
      }),
      { numRuns: 300 },
    );
  });
});
