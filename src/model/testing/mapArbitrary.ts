// fast-check generators of valid argument maps, for property tests. Test-only; pure.
import fc from "fast-check";
import type { ArgumentMap, Claim, Link } from "../core/types";

const idArb = fc.oneof(
  fc.stringMatching(/^[a-z][a-z0-9-]{0,8}$/),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "ü-id",
    "id with spaces",
  ),
);
const textArb = fc.string({ minLength: 1, maxLength: 40 });
const optional = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** Valid maps: unique ids, every reference resolving, no self or duplicate links. */
export const mapArbitrary: fc.Arbitrary<ArgumentMap> = fc
  .record({
    title: textArb,
    description: optional(textArb),
    speakerIds: fc.uniqueArray(idArb, { maxLength: 5 }),
    topicIds: fc.uniqueArray(idArb, { maxLength: 4 }),
    claimIds: fc.uniqueArray(idArb, { minLength: 1, maxLength: 12 }),
    sourceText: fc.string({ minLength: 20, maxLength: 200 }),
    seed: fc.array(fc.nat(), { minLength: 80, maxLength: 80 }),
    // Through JSON once, as a file would be: JSON has no -0.
    ext: optional(
      fc
        .dictionary(fc.string(), fc.jsonValue({ maxDepth: 2 }))
        .map((v) => JSON.parse(JSON.stringify(v)) as Record<string, unknown>),
    ),
  })
  .map(({ title, description, speakerIds, topicIds, claimIds, sourceText, seed, ext }) => {
    let k = 0;
    const next = (n: number) => (n === 0 ? 0 : (seed[k++ % seed.length] ?? 0) % n);
    const claims: Claim[] = claimIds.map((id) => {
      const start = next(sourceText.length - 5);
      const speaker = next(speakerIds.length + 1);
      const topic = next(topicIds.length + 1);
      return withoutUndefined({
        id,
        text: `Claim ${id}`,
        speaker: speaker < speakerIds.length ? speakerIds[speaker] : undefined,
        topics: topic < topicIds.length ? [topicIds[topic] as string] : undefined,
        quote: next(2) ? { source: "src", text: sourceText.slice(start, start + 5) } : undefined,
        note: next(3) === 0 ? "a note" : undefined,
      });
    });
    const links: Link[] = [];
    const pairs = new Set<string>();
    for (let i = 0; i < claimIds.length * 1.5; i++) {
      const from = claimIds[next(claimIds.length)] as string;
      const to = claimIds[next(claimIds.length)] as string;
      const pair = JSON.stringify([from, to]);
      if (from === to || pairs.has(pair)) continue;
      pairs.add(pair);
      links.push({ id: `link-${i}`, from, to, type: next(2) ? "support" : "dispute" });
    }
    return withoutUndefined({
      format: "argument-map" as const,
      version: 1 as const,
      title,
      description,
      speakers: speakerIds.map((id) => ({ id, name: `Speaker ${id}` })),
      topics: topicIds.map((id) => ({ id, label: `Topic ${id}` })),
      sources: [{ id: "src", title: "Source", text: sourceText }],
      claims,
      links,
      ext,
    });
  });
