// fast-check generators of valid argument maps, for property tests. Test-only; pure.
import fc from "fast-check";
import type { ArgumentMap, Claim, Link, LinkDispute } from "../core/types";

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
        // A quote has words: five characters of the text that are not all spaces.
        quote:
          next(2) && /\S/.test(sourceText.slice(start, start + 5))
            ? withoutUndefined({
                source: "src",
                text: sourceText.slice(start, start + 5),
                // Version 2: sometimes the quote says which occurrence it is.
                at: next(3) === 0 ? start : undefined,
              })
            : undefined,
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
      const type = next(2) ? "support" : "dispute";
      // Version 2: some supports of one claim are premises of one linked argument.
      const group = type === "support" && next(4) === 0 ? `g-${to}` : undefined;
      links.push(withoutUndefined({ id: `link-${i}`, from, to, type, group }));
    }
    // Version 2: claims that dispute a link (undercuts, attacks on attacks), never in a circle.
    const linkDisputes: LinkDispute[] = [];
    const targets = links.map((l) => l.id);
    for (let i = 0; i < next(4) && targets.length > 0; i++) {
      const from = claimIds[next(claimIds.length)] as string;
      const toLink = targets[next(targets.length)] as string;
      // One dispute per claim and inference: the links of a linked argument share one.
      const inference = (id: string) => {
        const l = links.find((x) => x.id === id);
        return l?.group !== undefined ? `${l.group}>${l.to}` : id;
      };
      if (linkDisputes.some((d) => d.from === from && inference(d.toLink) === inference(toLink)))
        continue;
      const id = `undercut-${i}`;
      linkDisputes.push({ id, from, toLink, type: "dispute" });
      targets.push(id);
    }
    return withoutUndefined({
      format: "argument-map" as const,
      version: 2 as const,
      title,
      description,
      speakers: speakerIds.map((id) => ({ id, name: `Speaker ${id}` })),
      topics: topicIds.map((id) => ({ id, label: `Topic ${id}` })),
      sources: [{ id: "src", title: "Source", text: sourceText }],
      claims,
      links,
      linkDisputes,
      ext,
    });
  });
