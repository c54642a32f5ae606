// A valid map made of some of a map's claims and links. Pure: no DOM, no store.
import type { ArgumentMap, ClaimId, LinkId } from "../core/types";

/**
 * Keeps the given claims, the given links whose two ends are kept, and the speakers, topics
 * and sources those use. The result loads like any map.
 */
export function subsetMap(
  map: ArgumentMap,
  claims: ReadonlySet<ClaimId>,
  links: ReadonlySet<LinkId>,
): ArgumentMap {
  const keptClaims = map.claims.filter((c) => claims.has(c.id));
  const keptLinks = map.links.filter(
    (l) => links.has(l.id) && claims.has(l.from) && claims.has(l.to),
  );
  // A link that disputes a link stays only with the link it disputes (and its own claim).
  const keptIds = new Set(keptLinks.map((l) => l.id));
  const keptDisputes: ArgumentMap["linkDisputes"] = [];
  for (let added = true; added;) {
    added = false;
    for (const d of map.linkDisputes) {
      if (keptIds.has(d.id) || !links.has(d.id) || !claims.has(d.from) || !keptIds.has(d.toLink))
        continue;
      keptIds.add(d.id);
      keptDisputes.push(d);
      added = true;
    }
  }
  const speakers = new Set(keptClaims.flatMap((c) => (c.speaker === undefined ? [] : [c.speaker])));
  const topics = new Set(keptClaims.flatMap((c) => c.topics ?? []));
  const sources = new Set(keptClaims.flatMap((c) => (c.quote ? [c.quote.source] : [])));
  return {
    ...map,
    speakers: map.speakers.filter((s) => speakers.has(s.id)),
    topics: map.topics.filter((t) => topics.has(t.id)),
    sources: map.sources.filter((s) => sources.has(s.id)),
    claims: keptClaims,
    links: keptLinks,
    linkDisputes: map.linkDisputes.filter((d) => keptDisputes.includes(d)),
  };
}
