// fast-check generators of maps thick with disputes of links, for property tests. Test-only; pure.
import fc from "fast-check";
import type { ArgumentMap } from "../core/types";

/**
 * Maps heavy with link disputes: random supports and disputes among a few claims, then link
 * disputes each aimed at an earlier link or link dispute (so never in a circle).
 */
export const disputeHeavyArb: fc.Arbitrary<ArgumentMap> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) =>
    fc.record({
      n: fc.constant(n),
      links: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.boolean()), { maxLength: 2 * n }),
      challenges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(100)), { maxLength: 8 }),
    }),
  )
  .map(({ n, links, challenges }) => {
    const ids = Array.from({ length: n }, (_, i) => (i === 0 ? "__proto__" : `c${i}`));
    const map: ArgumentMap = {
      format: "argument-map",
      version: 2,
      title: "heavy",
      speakers: [],
      topics: [],
      sources: [],
      claims: ids.map((id) => ({ id, text: id })),
      links: links.map(([f, t, dispute], i) => ({
        id: `l${i}`,
        from: ids[f]!,
        to: ids[t]!,
        type: dispute ? ("dispute" as const) : ("support" as const),
      })),
      linkDisputes: [],
    };
    const targets = map.links.map((l) => l.id);
    challenges.forEach(([f, k], i) => {
      if (targets.length === 0) return;
      const id = `d${i}`;
      map.linkDisputes.push({
        id,
        from: ids[f]!,
        toLink: targets[k % targets.length]!,
        type: "dispute",
      });
      targets.push(id);
    });
    return map;
  });
