// Which claims and links a view shows, dims or hides. Pure: no DOM, no store.
import { FRAMING_LABEL, mapIndex } from "../core/mapIndex";
import { FRAMING_COLOUR, speakerColours } from "../core/speakerColours";
import type { ArgumentMap, ClaimId, LinkId, LinkType, SpeakerId, TopicId } from "../core/types";
import type { Status } from "../evaluate/evaluateMap";

/** Stands for "no speaker" (the source's framing) in speaker filters and lenses. */
export const FRAMING = "\u0000framing";
/** Stands for "no topic" in topic filters. */
export const NO_TOPIC = "\u0000none";

export type FilterMode = "dim" | "hide";

export interface ViewFilter {
  /** Speakers switched off; FRAMING switches off claims without a speaker. */
  hiddenSpeakers: ReadonlySet<SpeakerId>;
  /** Topics switched off; a claim stays while any of its topics is on. NO_TOPIC for claims without topics. */
  hiddenTopics: ReadonlySet<TopicId>;
  hiddenRelations: ReadonlySet<LinkType>;
  mode: FilterMode;
  /** Only this claim's neighbourhood, `depth` steps along links either way. */
  focus: { claimId: ClaimId; depth: number } | null;
  /** Only the links from one speaker's claims to another's (a cell of the lens matrix). */
  pair: { from: SpeakerId; to: SpeakerId } | null;
  /** Claims whose evaluated status is switched off ("show only what falls"). */
  hiddenStatuses: ReadonlySet<Status>;
}

export const NO_FILTER: ViewFilter = {
  hiddenSpeakers: new Set(),
  hiddenTopics: new Set(),
  hiddenRelations: new Set(),
  mode: "dim",
  focus: null,
  pair: null,
  hiddenStatuses: new Set(),
};

export interface Visibility {
  /** Claims that pass every filter. */
  matching: ReadonlySet<ClaimId>;
  /** Claims drawn: all of them in dim mode, the matching ones in hide mode. */
  drawn: ReadonlySet<ClaimId>;
  /** Links drawn: both ends drawn and their relation switched on. */
  drawnLinks: ReadonlySet<LinkId>;
  /** Drawn links that are shown at full strength: both ends matching (and in the pair, if any). */
  matchingLinks: ReadonlySet<LinkId>;
  /** Links disputing a link that are drawn: their claim and the link they dispute are drawn. */
  drawnLinkDisputes: ReadonlySet<LinkId>;
  /** Those shown at full strength: their claim matches and the link they dispute does. */
  matchingLinkDisputes: ReadonlySet<LinkId>;
}

export const speakerKey = (speaker: SpeakerId | undefined): SpeakerId => speaker ?? FRAMING;

/**
 * The claims within `depth` steps of a claim, following links in either direction.
 * @example neighbourhood(map, "c1", 1) // c1, what it points at, and what points at it
 */
export function neighbourhood(map: ArgumentMap, start: ClaimId, depth: number): Set<ClaimId> {
  const index = mapIndex(map);
  const seen = new Set<ClaimId>();
  if (!index.claims.has(start)) return seen;
  seen.add(start);
  let frontier = [start];
  for (let step = 0; step < depth && frontier.length > 0; step++) {
    const next: ClaimId[] = [];
    for (const id of frontier) {
      const around = [
        ...(index.outgoing.get(id) ?? []).map((l) => l.to),
        ...(index.incoming.get(id) ?? []).map((l) => l.from),
      ];
      for (const other of around) {
        if (seen.has(other)) continue;
        seen.add(other);
        next.push(other);
      }
    }
    frontier = next;
  }
  return seen;
}

/** True when a filter hides or dims nothing. */
export function isUnfiltered(filter: ViewFilter): boolean {
  return (
    filter.hiddenSpeakers.size === 0 &&
    filter.hiddenTopics.size === 0 &&
    filter.hiddenRelations.size === 0 &&
    filter.focus === null &&
    filter.pair === null &&
    filter.hiddenStatuses.size === 0
  );
}

/**
 * Applies every filter at once: speakers, topics, relations, focus and a speaker pair combine.
 * Positions are not its business: filtering never moves a claim.
 */
export function visibility(
  map: ArgumentMap,
  filter: ViewFilter,
  statusOf?: (claim: ClaimId) => Status | undefined,
): Visibility {
  const index = mapIndex(map);
  const around = filter.focus ? neighbourhood(map, filter.focus.claimId, filter.focus.depth) : null;
  const pairLinks = filter.pair
    ? new Set(
        map.links
          .filter((l) => {
            const from = index.claims.get(l.from);
            const to = index.claims.get(l.to);
            return (
              from &&
              to &&
              speakerKey(from.speaker) === filter.pair?.from &&
              speakerKey(to.speaker) === filter.pair.to
            );
          })
          .map((l) => l.id),
      )
    : null;
  const pairEnds = pairLinks
    ? new Set(map.links.filter((l) => pairLinks.has(l.id)).flatMap((l) => [l.from, l.to]))
    : null;
  const matching = new Set<ClaimId>();
  for (const claim of map.claims) {
    if (filter.hiddenSpeakers.has(speakerKey(claim.speaker))) continue;
    const topics = claim.topics && claim.topics.length > 0 ? claim.topics : [NO_TOPIC];
    if (topics.every((t) => filter.hiddenTopics.has(t))) continue;
    if (around && !around.has(claim.id)) continue;
    if (pairEnds && !pairEnds.has(claim.id)) continue;
    if (filter.hiddenStatuses.size > 0) {
      const status = statusOf?.(claim.id);
      if (status !== undefined && filter.hiddenStatuses.has(status)) continue;
    }
    matching.add(claim.id);
  }
  const drawn = filter.mode === "hide" ? matching : new Set(map.claims.map((c) => c.id));
  const drawnLinks = new Set<LinkId>();
  const matchingLinks = new Set<LinkId>();
  for (const link of map.links) {
    if (filter.hiddenRelations.has(link.type)) continue;
    if (pairLinks && filter.mode === "hide" && !pairLinks.has(link.id)) continue;
    if (!drawn.has(link.from) || !drawn.has(link.to)) continue;
    drawnLinks.add(link.id);
    if (
      matching.has(link.from) &&
      matching.has(link.to) &&
      (!pairLinks || pairLinks.has(link.id))
    ) {
      matchingLinks.add(link.id);
    }
  }
  // A dispute of a link is drawn with the link it disputes (down a chain of them).
  const drawnLinkDisputes = new Set<LinkId>();
  const matchingLinkDisputes = new Set<LinkId>();
  if (!filter.hiddenRelations.has("dispute") && map.linkDisputes.length > 0) {
    const byId = new Map(map.linkDisputes.map((d) => [d.id, d]));
    const drawnTarget = (id: LinkId, seen: Set<LinkId>): boolean => {
      if (drawnLinks.has(id)) return true;
      const d = byId.get(id);
      if (!d || seen.has(id)) return false;
      seen.add(id);
      return drawn.has(d.from) && drawnTarget(d.toLink, seen);
    };
    for (const d of map.linkDisputes) {
      if (!drawn.has(d.from) || !drawnTarget(d.toLink, new Set([d.id]))) continue;
      drawnLinkDisputes.add(d.id);
    }
    for (const d of map.linkDisputes)
      if (
        drawnLinkDisputes.has(d.id) &&
        matching.has(d.from) &&
        (matchingLinks.has(d.toLink) || matchingLinkDisputes.has(d.toLink))
      )
        matchingLinkDisputes.add(d.id);
  }
  return { matching, drawn, drawnLinks, matchingLinks, drawnLinkDisputes, matchingLinkDisputes };
}

/** How many claims each speaker has (FRAMING for claims without one). */
export function claimCounts(map: ArgumentMap): Map<SpeakerId, number> {
  const counts = new Map<SpeakerId, number>();
  for (const claim of map.claims) {
    const key = speakerKey(claim.speaker);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

/** One filter in force, as the status line names it. */
export interface ActiveFilter {
  kind: "speakers" | "topics" | "relations" | "focus" | "pair" | "statuses";
  label: string;
}

/**
 * Every filter in force, in words, so that none can stay on unseen: "only Don Oberdorfer",
 * "2 topics off", "disputes off", "focus on “…” · 2 steps", "pair Oberdorfer → Moon Hee-sang".
 */
export function activeFilters(
  map: ArgumentMap,
  filter: ViewFilter,
  nameOf: (speaker: SpeakerId) => string,
): ActiveFilter[] {
  const index = mapIndex(map);
  const out: ActiveFilter[] = [];
  const speakers = [...claimCounts(map).keys()];
  const hiddenSpeakers = speakers.filter((s) => filter.hiddenSpeakers.has(s));
  if (hiddenSpeakers.length > 0) {
    const shown = speakers.filter((s) => !filter.hiddenSpeakers.has(s));
    out.push({
      kind: "speakers",
      label:
        shown.length === 1
          ? `only ${nameOf(shown[0]!)}`
          : shown.length === 0
            ? "no speakers"
            : `${hiddenSpeakers.length} ${hiddenSpeakers.length === 1 ? "speaker" : "speakers"} off`,
    });
  }
  const topics =
    map.topics.filter((t) => filter.hiddenTopics.has(t.id)).length +
    (filter.hiddenTopics.has(NO_TOPIC) ? 1 : 0);
  if (topics > 0)
    out.push({ kind: "topics", label: `${topics} ${topics === 1 ? "topic" : "topics"} off` });
  for (const type of ["support", "dispute"] as const)
    if (filter.hiddenRelations.has(type))
      out.push({ kind: "relations", label: `${type === "support" ? "supports" : "disputes"} off` });
  if (filter.focus) {
    const text = index.claims.get(filter.focus.claimId)?.text ?? filter.focus.claimId;
    out.push({
      kind: "focus",
      label: `focus on “${text.length > 40 ? `${text.slice(0, 38)}…` : text}” · ${filter.focus.depth} ${filter.focus.depth === 1 ? "step" : "steps"}`,
    });
  }
  if (filter.pair)
    out.push({
      kind: "pair",
      label: `pair ${nameOf(filter.pair.from)} → ${nameOf(filter.pair.to)}`,
    });
  if (filter.hiddenStatuses.size > 0) {
    const shown = (["stands", "falls", "undecided"] as const).filter(
      (s) => !filter.hiddenStatuses.has(s),
    );
    out.push({
      kind: "statuses",
      label: shown.length === 0 ? "no status" : `only what ${shown.join(" or ")}`,
    });
  }
  return out;
}

/** The name of a speaker key: a speaker's name, or the article's own framing. */
export function speakerKeyName(map: ArgumentMap, key: SpeakerId): string {
  return key === FRAMING ? FRAMING_LABEL : (mapIndex(map).speakers.get(key)?.name ?? key);
}

/** The colour of a speaker key. */
export function speakerKeyColour(map: ArgumentMap, key: SpeakerId): string {
  return key === FRAMING ? FRAMING_COLOUR : (speakerColours(map).get(key) ?? FRAMING_COLOUR);
}
