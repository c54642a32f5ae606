// Edits to a map as pure functions: each returns a new, still-valid map, or says why not.
// Pure: no DOM, no store. The store's actions call these; the history keeps their results.
import { mapIndex } from "./mapIndex";
import { freeColour, withOwnColours } from "./speakerColours";
import { reanchor } from "../source/anchoring";
import { isSafeUrl, LIMITS } from "./schema";
import type {
  ArgumentMap,
  Claim,
  ClaimId,
  Link,
  LinkId,
  LinkType,
  Source,
  SourceId,
  Speaker,
  SpeakerId,
  Topic,
  TopicId,
} from "./types";

export type EditResult = { ok: true; map: ArgumentMap } | { ok: false; message: string };

const refuse = (message: string): EditResult => ({ ok: false, message });
const done = (map: ArgumentMap): EditResult => ({ ok: true, map });

/** The existing name the new one would duplicate (ignoring case, accents and spacing), if any. */
function nameTaken(existing: readonly { name: string }[], name: string): string | undefined {
  const key = (s: string) =>
    s
      .normalize("NFKD")
      .replace(/[\u0300-\u036f]/g, "")
      .toLowerCase()
      .replace(/\s+/g, " ")
      .trim();
  return existing.find((e) => key(e.name) === key(name))?.name;
}

/**
 * A readable id from a name, in any script: "Kim Dae-jung" → "kim-dae-jung",
 * "김서연" → "김서연", "Café Müller" → "café-müller". Empty names give `fallback`.
 */
export function idStem(name: string, fallback = "item"): string {
  const stem = name
    .normalize("NFKC")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\p{M}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 60)
    .replace(/-+$/g, "");
  return stem || fallback;
}

/** An id not yet used in `taken`, from a readable stem: "c1", "c2", … */
export function freshId(stem: string, taken: (id: string) => boolean): string {
  for (let n = 1; ; n++) {
    const id = `${stem}${n}`;
    if (!taken(id)) return id;
  }
}

function checkClaim(map: ArgumentMap, claim: Claim): string | undefined {
  const index = mapIndex(map);
  if (claim.text.trim() === "") return "A claim needs some text.";
  if (claim.speaker !== undefined && !index.speakers.has(claim.speaker))
    return `There is no speaker "${claim.speaker}".`;
  for (const t of claim.topics ?? []) if (!index.topics.has(t)) return `There is no topic "${t}".`;
  if (new Set(claim.topics ?? []).size !== (claim.topics ?? []).length)
    return "A topic is listed twice.";
  if (claim.quote) {
    const source = index.sources.get(claim.quote.source);
    if (!source) return `There is no source "${claim.quote.source}".`;
    if (claim.quote.text.trim() === "") return "A quote needs some text.";
    if (
      !claim.quote.detached &&
      source.text !== undefined &&
      !source.text.includes(claim.quote.text)
    ) {
      return `The quote does not occur word for word in "${source.title}".`;
    }
    if (
      !claim.quote.detached &&
      source.text !== undefined &&
      claim.quote.at !== undefined &&
      !source.text.startsWith(claim.quote.text, claim.quote.at)
    )
      return `The quote does not start where it says in "${source.title}".`;
  }
  return undefined;
}

/**
 * The map without the given claims and links, and without every link left dangling by
 * their going: links to or from a claim that went, and links disputing a link that went
 * (down a chain of attacks on attacks).
 */
export function withoutItems(
  map: ArgumentMap,
  claims: ReadonlySet<ClaimId>,
  links: ReadonlySet<LinkId> = new Set(),
): ArgumentMap {
  const gone = new Set(links);
  const keptLinks = map.links.filter((l) => {
    const keep = !gone.has(l.id) && !claims.has(l.from) && !claims.has(l.to);
    if (!keep) gone.add(l.id);
    return keep;
  });
  let disputes = map.linkDisputes;
  for (let changed = true; changed;) {
    changed = false;
    disputes = disputes.filter((d) => {
      const keep = !gone.has(d.id) && !claims.has(d.from) && !gone.has(d.toLink);
      if (!keep) {
        gone.add(d.id);
        changed = true;
      }
      return keep;
    });
  }
  return {
    ...map,
    claims: claims.size === 0 ? map.claims : map.claims.filter((c) => !claims.has(c.id)),
    links: keptLinks,
    linkDisputes: disputes,
  };
}

/** Adds a claim; its id must be new. */
export function addClaim(map: ArgumentMap, claim: Claim): EditResult {
  if (mapIndex(map).claims.has(claim.id)) return refuse(`There is already a claim "${claim.id}".`);
  const problem = checkClaim(map, claim);
  return problem ? refuse(problem) : done({ ...map, claims: [...map.claims, claim] });
}

export type ClaimPatch = Partial<Omit<Claim, "id">>;

/** Changes a claim's fields; a field set to undefined is removed. */
export function updateClaim(map: ArgumentMap, id: ClaimId, patch: ClaimPatch): EditResult {
  const current = mapIndex(map).claims.get(id);
  if (!current) return refuse(`There is no claim "${id}".`);
  const next = { ...current, ...patch } as Claim;
  for (const key of Object.keys(next) as (keyof Claim)[])
    if (next[key] === undefined) delete next[key];
  if (next.topics?.length === 0) delete next.topics;
  const problem = checkClaim(map, next);
  return problem
    ? refuse(problem)
    : done({ ...map, claims: map.claims.map((c) => (c.id === id ? next : c)) });
}

/** Deletes a claim and every link to or from it. */
export function deleteClaim(map: ArgumentMap, id: ClaimId): EditResult {
  if (!mapIndex(map).claims.has(id)) return refuse(`There is no claim "${id}".`);
  return done(withoutItems(map, new Set([id])));
}

/** How many links go when a claim is deleted: for the confirmation. */
export function linksOfClaim(map: ArgumentMap, id: ClaimId): number {
  const after = withoutItems(map, new Set([id]));
  return (
    map.links.length + map.linkDisputes.length - after.links.length - after.linkDisputes.length
  );
}

/** Links two claims; refuses a link to itself, a second link between the same two, or unknown ends. */
export function addLink(
  map: ArgumentMap,
  link: { from: ClaimId; to: ClaimId; type: LinkType; note?: string; id?: LinkId },
): EditResult {
  const index = mapIndex(map);
  if (!index.claims.has(link.from) || !index.claims.has(link.to))
    return refuse("Both ends of a link must be claims of this map.");
  if (link.from === link.to) return refuse("A claim cannot support or dispute itself.");
  if (map.links.some((l) => l.from === link.from && l.to === link.to))
    return refuse("These two claims are already linked.");
  const taken = new Set([...map.links, ...map.linkDisputes].map((l) => l.id));
  const id = link.id ?? freshId("l", (x) => taken.has(x));
  if (taken.has(id)) return refuse(`There is already a link "${id}".`);
  const next: Link = {
    id,
    from: link.from,
    to: link.to,
    type: link.type,
    ...(link.note ? { note: link.note } : {}),
  };
  return done({ ...map, links: [...map.links, next] });
}

/** Changes a link's type or note. */
export function updateLink(
  map: ArgumentMap,
  id: LinkId,
  patch: { type?: LinkType; note?: string | undefined },
): EditResult {
  const current = map.links.find((l) => l.id === id);
  if (!current) return refuse(`There is no link "${id}".`);
  const next: Link = { ...current, ...(patch.type ? { type: patch.type } : {}) };
  // Only supports are premises of a linked argument.
  if (next.type !== "support") delete next.group;
  if ("note" in patch) {
    if (patch.note) next.note = patch.note;
    else delete next.note;
  }
  return done({ ...map, links: map.links.map((l) => (l.id === id ? next : l)) });
}

/** Deletes a link, and the links that dispute it. */
export function deleteLink(map: ArgumentMap, id: LinkId): EditResult {
  if (!map.links.some((l) => l.id === id) && !map.linkDisputes.some((l) => l.id === id))
    return refuse(`There is no link "${id}".`);
  return done(withoutItems(map, new Set(), new Set([id])));
}

export function addSpeaker(map: ArgumentMap, speaker: Speaker): EditResult {
  if (mapIndex(map).speakers.has(speaker.id))
    return refuse(`There is already a speaker "${speaker.id}".`);
  if (speaker.name.trim() === "") return refuse("A speaker needs a name.");
  const taken = nameTaken(map.speakers, speaker.name);
  if (taken) return refuse(`There is already a speaker called “${taken}”.`);
  // A new speaker gets a colour of their own, one no one else shows if the palette allows.
  const colour = speaker.colour ?? freeColour(map);
  return done({ ...map, speakers: [...map.speakers, { ...speaker, colour }] });
}

export function renameSpeaker(map: ArgumentMap, id: SpeakerId, name: string): EditResult {
  if (!mapIndex(map).speakers.has(id)) return refuse(`There is no speaker "${id}".`);
  if (name.trim() === "") return refuse("A speaker needs a name.");
  const taken = nameTaken(
    map.speakers.filter((s) => s.id !== id),
    name,
  );
  if (taken) return refuse(`There is already a speaker called “${taken}”.`);
  return done({ ...map, speakers: map.speakers.map((s) => (s.id === id ? { ...s, name } : s)) });
}

/**
 * Deletes a speaker. Their claims either become the source's framing (`unassign`), go to
 * another speaker (`{ reassign }`), or are deleted with their links (`delete-claims`).
 */
export function deleteSpeaker(
  map: ArgumentMap,
  id: SpeakerId,
  claims: "unassign" | "delete-claims" | { reassign: SpeakerId },
): EditResult {
  const index = mapIndex(map);
  if (!index.speakers.has(id)) return refuse(`There is no speaker "${id}".`);
  // Everyone else keeps the colour they show now: colours are written down before one goes.
  const speakers = withOwnColours(map).filter((s) => s.id !== id);
  if (claims === "delete-claims") {
    const gone = new Set(map.claims.filter((c) => c.speaker === id).map((c) => c.id));
    return done({ ...withoutItems(map, gone), speakers });
  }
  if (
    typeof claims === "object" &&
    (claims.reassign === id || !index.speakers.has(claims.reassign))
  ) {
    return refuse("Choose another speaker of this map to take the claims.");
  }
  return done({
    ...map,
    speakers,
    claims: map.claims.map((c) => {
      if (c.speaker !== id) return c;
      if (typeof claims === "object") return { ...c, speaker: claims.reassign };
      const { speaker: _gone, ...rest } = c;
      return rest;
    }),
  });
}

export function addTopic(map: ArgumentMap, topic: Topic): EditResult {
  if (mapIndex(map).topics.has(topic.id)) return refuse(`There is already a topic "${topic.id}".`);
  if (topic.label.trim() === "") return refuse("A topic needs a label.");
  const taken = nameTaken(
    map.topics.map((t) => ({ name: t.label })),
    topic.label,
  );
  if (taken) return refuse(`There is already a topic called “${taken}”.`);
  return done({ ...map, topics: [...map.topics, topic] });
}

export function renameTopic(map: ArgumentMap, id: TopicId, label: string): EditResult {
  if (!mapIndex(map).topics.has(id)) return refuse(`There is no topic "${id}".`);
  if (label.trim() === "") return refuse("A topic needs a label.");
  const taken = nameTaken(
    map.topics.filter((t) => t.id !== id).map((t) => ({ name: t.label })),
    label,
  );
  if (taken) return refuse(`There is already a topic called “${taken}”.`);
  return done({ ...map, topics: map.topics.map((t) => (t.id === id ? { ...t, label } : t)) });
}

/** Deletes a topic: its claims lose the tag (`untag`), or are deleted with their links. */
export function deleteTopic(
  map: ArgumentMap,
  id: TopicId,
  claims: "untag" | "delete-claims",
): EditResult {
  if (!mapIndex(map).topics.has(id)) return refuse(`There is no topic "${id}".`);
  const topics = map.topics.filter((t) => t.id !== id);
  if (claims === "delete-claims") {
    const gone = new Set(map.claims.filter((c) => c.topics?.includes(id)).map((c) => c.id));
    return done({ ...withoutItems(map, gone), topics });
  }
  return done({
    ...map,
    topics,
    claims: map.claims.map((c) => {
      if (!c.topics?.includes(id)) return c;
      const rest = c.topics.filter((t) => t !== id);
      const { topics: _old, ...without } = c;
      return rest.length > 0 ? { ...without, topics: rest } : without;
    }),
  });
}

/** The map's title and description. */
export function setMapDetails(
  map: ArgumentMap,
  details: { title: string; description?: string | undefined },
): EditResult {
  const title = details.title.trim();
  if (title === "") return refuse("A map needs a title.");
  if (title.length > LIMITS.shortText)
    return refuse(`A title has at most ${LIMITS.shortText} characters.`);
  const description = details.description?.trim();
  if (description !== undefined && description.length > LIMITS.longText)
    return refuse(
      `A description has at most ${LIMITS.longText.toLocaleString("en-US")} characters.`,
    );
  const { description: _old, ...rest } = map;
  return done({ ...rest, title, ...(description ? { description } : {}) });
}

/** What the user can set of a source besides its text. */
export interface SourceDetails {
  title: string;
  publisher?: string | undefined;
  date?: string | undefined;
  url?: string | undefined;
}

function checkSourceDetails(details: SourceDetails): string | undefined {
  if (details.title.trim() === "") return "A source needs a title.";
  for (const field of ["title", "publisher", "date", "url"] as const) {
    const value = details[field];
    if (typeof value === "string" && value.length > LIMITS.shortText)
      return `The ${field} has at most ${LIMITS.shortText} characters.`;
  }
  if (details.url !== undefined && details.url.trim() !== "" && !isSafeUrl(details.url.trim()))
    return "The address must be a web address (http:// or https://) or a mailto: address.";
  return undefined;
}

function cleanDetails(details: SourceDetails): Omit<Source, "id" | "text"> {
  const out: Omit<Source, "id" | "text"> = { title: details.title.trim() };
  for (const key of ["publisher", "date", "url"] as const) {
    const value = details[key]?.trim();
    if (value) out[key] = value;
  }
  return out;
}

/** Adds a source with its text; its id must be new, its text within the size limit. */
export function addSource(
  map: ArgumentMap,
  source: SourceDetails & { id: SourceId; text?: string },
): EditResult {
  if (mapIndex(map).sources.has(source.id))
    return refuse(`There is already a source "${source.id}".`);
  const problem = checkSourceDetails(source);
  if (problem) return refuse(problem);
  if (source.text !== undefined) {
    if (source.text.trim() === "") return refuse("The source's text is empty.");
    if (source.text.length > LIMITS.sourceText)
      return refuse(
        `The text has ${source.text.length.toLocaleString("en-US")} characters; a source holds at most ${LIMITS.sourceText.toLocaleString("en-US")}.`,
      );
  }
  const next: Source = {
    id: source.id,
    ...cleanDetails(source),
    ...(source.text === undefined ? {} : { text: source.text }),
  };
  return done({ ...map, sources: [...map.sources, next] });
}

/** Changes a source's title, publisher, date or address (its text is changed on its own). */
export function updateSourceDetails(
  map: ArgumentMap,
  id: SourceId,
  details: SourceDetails,
): EditResult {
  const current = mapIndex(map).sources.get(id);
  if (!current) return refuse(`There is no source "${id}".`);
  const problem = checkSourceDetails(details);
  if (problem) return refuse(problem);
  const next: Source = {
    id,
    ...cleanDetails(details),
    ...(current.text === undefined ? {} : { text: current.text }),
    ...(current.ext === undefined ? {} : { ext: current.ext }),
  };
  return done({ ...map, sources: map.sources.map((s) => (s.id === id ? next : s)) });
}

/**
 * Deletes a source. The claims that quote it either lose their quote and stay
 * (`drop-quotes`), or are deleted with their links (`delete-claims`).
 */
export function deleteSource(
  map: ArgumentMap,
  id: SourceId,
  claims: "drop-quotes" | "delete-claims",
): EditResult {
  if (!mapIndex(map).sources.has(id)) return refuse(`There is no source "${id}".`);
  const sources = map.sources.filter((s) => s.id !== id);
  const quoting = map.claims.filter((c) => c.quote?.source === id);
  if (claims === "delete-claims")
    return done({ ...withoutItems(map, new Set(quoting.map((c) => c.id))), sources });
  return done({
    ...map,
    sources,
    claims: map.claims.map((c) => {
      if (c.quote?.source !== id) return c;
      const { quote: _gone, ...rest } = c;
      return rest;
    }),
  });
}

/**
 * Replaces a source's text. Every quote of it is anchored again: quotes whose words still
 * occur stay attached (at the occurrence that corresponds to theirs); quotes whose words are
 * gone are kept, marked `detached`, for the user to fix. Nothing is dropped.
 */
export function updateSourceText(map: ArgumentMap, id: SourceId, text: string): EditResult {
  const source = mapIndex(map).sources.get(id);
  if (!source) return refuse(`There is no source "${id}".`);
  if (text.trim() === "")
    return refuse("A source's text cannot be empty; delete the source instead.");
  if (text.length > LIMITS.sourceText)
    return refuse(
      `The text has ${text.length.toLocaleString("en-US")} characters; a source holds at most ${LIMITS.sourceText.toLocaleString("en-US")}.`,
    );
  const oldText = source.text ?? "";
  const quoting = map.claims.filter((c) => c.quote?.source === id);
  const anchored = reanchor(
    oldText,
    text,
    quoting.map((c) => ({
      text: c.quote!.text,
      ...(c.quote!.at === undefined ? {} : { at: c.quote!.at }),
    })),
  );
  const next = new Map(
    quoting.map((claim, i) => {
      const result = anchored[i]!;
      const { at: _at, detached: _detached, ...quote } = claim.quote!;
      return [
        claim.id,
        {
          ...claim,
          quote:
            result.kind === "lost"
              ? { ...quote, detached: true as const }
              : { ...quote, ...(result.at === undefined ? {} : { at: result.at }) },
        },
      ];
    }),
  );
  return done({
    ...map,
    sources: map.sources.map((s) => (s.id === id ? { ...s, text } : s)),
    claims: map.claims.map((c) => next.get(c.id) ?? c),
  });
}
