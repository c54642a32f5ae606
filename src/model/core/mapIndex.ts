// Lookups over a map, built once per map object. Pure: no DOM, no store.
import type {
  ArgumentMap,
  Claim,
  ClaimId,
  Link,
  Source,
  Speaker,
  SpeakerId,
  Topic,
  TopicId,
} from "./types";

export interface MapIndex {
  claims: ReadonlyMap<ClaimId, Claim>;
  speakers: ReadonlyMap<SpeakerId, Speaker>;
  topics: ReadonlyMap<TopicId, Topic>;
  sources: ReadonlyMap<string, Source>;
  /** Links leaving a claim: the claims it supports or disputes. */
  outgoing: ReadonlyMap<ClaimId, readonly Link[]>;
  /** Links arriving at a claim: the claims that support or dispute it. */
  incoming: ReadonlyMap<ClaimId, readonly Link[]>;
}

const cache = new WeakMap<ArgumentMap, MapIndex>();

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * The map's lookups, memoised per map object (maps are immutable: an edit makes a new one).
 */
export function mapIndex(map: ArgumentMap): MapIndex {
  const cached = cache.get(map);
  if (cached) return cached;
  const outgoing = new Map<ClaimId, Link[]>();
  const incoming = new Map<ClaimId, Link[]>();
  for (const link of map.links) {
    push(outgoing, link.from, link);
    push(incoming, link.to, link);
  }
  const index: MapIndex = {
    claims: new Map(map.claims.map((c) => [c.id, c])),
    speakers: new Map(map.speakers.map((s) => [s.id, s])),
    topics: new Map(map.topics.map((t) => [t.id, t])),
    sources: new Map(map.sources.map((s) => [s.id, s])),
    outgoing,
    incoming,
  };
  cache.set(map, index);
  return index;
}

export interface Neighbour {
  link: Link;
  claim: Claim;
}

/** The claims a claim points at, and those pointing at it, with the links between. */
export function neighbours(
  map: ArgumentMap,
  id: ClaimId,
): { outgoing: Neighbour[]; incoming: Neighbour[] } {
  const index = mapIndex(map);
  const resolve = (links: readonly Link[] | undefined, end: "from" | "to"): Neighbour[] =>
    (links ?? []).flatMap((link) => {
      const claim = index.claims.get(link[end]);
      return claim ? [{ link, claim }] : [];
    });
  return {
    outgoing: resolve(index.outgoing.get(id), "to"),
    incoming: resolve(index.incoming.get(id), "from"),
  };
}

/** How a claim's speaker is named on screen; a claim without one is the source's framing. */
/** How a claim without a speaker is named: the source's own framing. */
export const FRAMING_LABEL = "Article's framing";

export function speakerLabel(map: ArgumentMap, claim: Claim): string {
  if (claim.speaker === undefined) return FRAMING_LABEL;
  return mapIndex(map).speakers.get(claim.speaker)?.name ?? claim.speaker;
}

/** A one-line description of a link for screen readers and tooltips. */
export function describeLink(map: ArgumentMap, link: Link): string {
  const index = mapIndex(map);
  const from = index.claims.get(link.from);
  const to = index.claims.get(link.to);
  const side = (claim: Claim | undefined) =>
    claim ? `${speakerLabel(map, claim)}: ${claim.text}` : "a missing claim";
  return `${side(from)} ${link.type === "support" ? "supports" : "disputes"} ${side(to)}`;
}
