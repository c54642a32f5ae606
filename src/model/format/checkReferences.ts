// Cross-reference checks that a schema cannot express: unique ids, resolvable references,
// sane links and verbatim quotes. Pure: no DOM, no store. Ids live in Maps, never in plain
// objects, so an id such as "__proto__" is just another string.
import { didYouMean } from "./closest";
import { formatPath } from "./jsonPath";
import type { ArgumentMapFile } from "../core/schema";
import type { Problem } from "../core/types";

/** A list whose items failed their own check are left out (undefined), keeping every place. */
type Loose<T> = readonly (T | undefined)[];

/**
 * A file's lists for the reference checks. In a schema-valid file every item is there; in one
 * with problems, the items that failed are undefined (their ids, if readable, are in `known`),
 * so that every problem can still be reported in one pass.
 */
export interface ReferenceInput {
  speakers: Loose<ArgumentMapFile["speakers"][number]>;
  topics?: Loose<NonNullable<ArgumentMapFile["topics"]>[number]>;
  sources?: Loose<NonNullable<ArgumentMapFile["sources"]>[number]>;
  claims: Loose<ArgumentMapFile["claims"][number]>;
  links: Loose<ArgumentMapFile["links"][number]>;
}

/** Ids of items that failed their own check: references to them are not reported missing. */
export interface KnownIds {
  speakers: ReadonlySet<string>;
  topics: ReadonlySet<string>;
  sources: ReadonlySet<string>;
  claims: ReadonlySet<string>;
  links: ReadonlySet<string>;
}

function indexIds(
  list: Loose<{ id?: string | undefined }>,
  kind: string,
  problems: Problem[],
  known: ReadonlySet<string> = new Set(),
): Map<string, number> {
  const seen = new Map<string, number>();
  for (const id of known) seen.set(id, -1);
  list.forEach((item, index) => {
    if (item?.id === undefined) return;
    const earlier = seen.get(item.id);
    if (earlier !== undefined && earlier >= 0) {
      problems.push({
        path: formatPath([kind, index, "id"]),
        message: `duplicate id "${item.id}": ${formatPath([kind, earlier])} has it too`,
      });
    } else seen.set(item.id, index);
  });
  return seen;
}

/**
 * The longest start of `quote` that occurs in `text`; used to say where a quote stops
 * being verbatim. Occurrence of prefixes is monotone, so a binary search suffices.
 */
export function verbatimPrefixLength(quote: string, text: string): number {
  let low = 0;
  let high = quote.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (text.includes(quote.slice(0, mid))) low = mid;
    else high = mid - 1;
  }
  return low;
}

/** Where `part` occurs in `text`, overlaps included. */
export function occurrences(text: string, part: string): number[] {
  const found: number[] = [];
  if (part === "") return found;
  for (let at = text.indexOf(part); at !== -1; at = text.indexOf(part, at + 1)) found.push(at);
  return found;
}

function excerpt(text: string, at: number): string {
  const shown = text.slice(at, at + 30);
  return `"${shown}${text.length > at + 30 ? "…" : ""}"`;
}

/** Every reference problem in a map, each at the path of the offending value. */
export function checkReferences(map: ReferenceInput, known?: KnownIds): Problem[] {
  const problems: Problem[] = [];
  const topicsList = map.topics ?? [];
  const sourcesList = map.sources ?? [];
  const speakers = indexIds(map.speakers, "speakers", problems, known?.speakers);
  const topics = indexIds(topicsList, "topics", problems, known?.topics);
  const sources = indexIds(sourcesList, "sources", problems, known?.sources);
  const claims = indexIds(map.claims, "claims", problems, known?.claims);
  indexIds(map.links, "links", problems, known?.links);

  map.claims.forEach((claim, i) => {
    if (!claim) return;
    if (claim.speaker !== undefined && !speakers.has(claim.speaker)) {
      problems.push({
        path: formatPath(["claims", i, "speaker"]),
        message: `there is no speaker with id "${claim.speaker}"${didYouMean(claim.speaker, speakers.keys())}`,
      });
    }
    const ownTopics = new Set<string>();
    claim.topics?.forEach((topic, j) => {
      if (!topics.has(topic)) {
        problems.push({
          path: formatPath(["claims", i, "topics", j]),
          message: `there is no topic with id "${topic}"${didYouMean(topic, topics.keys())}`,
        });
      } else if (ownTopics.has(topic)) {
        problems.push({
          path: formatPath(["claims", i, "topics", j]),
          message: `lists topic "${topic}" twice`,
        });
      }
      ownTopics.add(topic);
    });
    if (claim.quote) {
      const sourceIndex = sources.get(claim.quote.source);
      if (sourceIndex === undefined) {
        problems.push({
          path: formatPath(["claims", i, "quote", "source"]),
          message: `there is no source with id "${claim.quote.source}"${didYouMean(claim.quote.source, sources.keys())}`,
        });
      } else {
        // A detached quote waits for the user to fix it: its words are not checked.
        const found = claim.quote.detached ? undefined : sourcesList[sourceIndex]?.text;
        const at = claim.quote.at;
        // A quote found where it says it starts needs no search of the whole text (a source
        // can be megabytes, and every quote of it is checked).
        const sourceText =
          at !== undefined && found?.startsWith(claim.quote.text, at) ? undefined : found;
        if (
          sourceText !== undefined &&
          at !== undefined &&
          sourceText.includes(claim.quote.text) &&
          !sourceText.startsWith(claim.quote.text, at)
        ) {
          problems.push({
            path: formatPath(["claims", i, "quote", "at"]),
            message: `is ${at}, but the quote does not start there in the text of source "${claim.quote.source}" (it occurs at ${occurrences(sourceText, claim.quote.text).slice(0, 5).join(", ")})`,
          });
        }
        if (sourceText !== undefined && !sourceText.includes(claim.quote.text)) {
          const matched = verbatimPrefixLength(claim.quote.text, sourceText);
          problems.push({
            path: formatPath(["claims", i, "quote", "text"]),
            message:
              matched === 0
                ? `does not occur in the text of source "${claim.quote.source}"`
                : `does not occur verbatim in the text of source "${claim.quote.source}": it departs from the source at character ${matched + 1}, ${excerpt(claim.quote.text, matched)}`,
          });
        }
      }
    }
  });

  const linkIds = new Map<string, number>();
  for (const id of known?.links ?? []) linkIds.set(id, -1);
  map.links.forEach((link, i) => {
    if (link?.id !== undefined && !linkIds.has(link.id)) linkIds.set(link.id, i);
  });
  const pairs = new Map<string, number>();
  const groups = new Map<string, { to: string | undefined; index: number }>();
  map.links.forEach((link, i) => {
    if (!link) return;
    let ends = true;
    if (!claims.has(link.from)) {
      ends = false;
      problems.push({
        path: formatPath(["links", i, "from"]),
        message: `there is no claim with id "${link.from}"${didYouMean(link.from, claims.keys())}`,
      });
    }
    if ((link.to === undefined) === (link.toLink === undefined)) {
      problems.push({
        path: formatPath(["links", i]),
        message:
          link.to === undefined
            ? 'needs "to" (the claim it supports or disputes) or "toLink" (the link it disputes)'
            : 'has both "to" and "toLink"; a link points at one claim or at one link',
      });
      return;
    }
    if (link.toLink !== undefined) {
      if (!linkIds.has(link.toLink)) {
        problems.push({
          path: formatPath(["links", i, "toLink"]),
          message: `there is no link with id "${link.toLink}" (a link that another link disputes needs an id)${didYouMean(link.toLink, linkIds.keys())}`,
        });
        ends = false;
      } else if (link.toLink === link.id) {
        problems.push({ path: formatPath(["links", i, "toLink"]), message: "disputes itself" });
        ends = false;
      }
      if (link.type !== "dispute") {
        problems.push({
          path: formatPath(["links", i, "type"]),
          message: 'is "support", but a link that points at another link can only dispute it',
        });
      }
      if (link.group !== undefined) {
        problems.push({
          path: formatPath(["links", i, "group"]),
          message: "groups premises of a claim; a link that disputes a link has no group",
        });
      }
    } else if (link.to !== undefined && !claims.has(link.to)) {
      ends = false;
      problems.push({
        path: formatPath(["links", i, "to"]),
        message: `there is no claim with id "${link.to}"${didYouMean(link.to, claims.keys())}`,
      });
    }
    if (ends && link.group !== undefined && link.to !== undefined && link.from !== link.to) {
      const earlier = groups.get(link.group);
      if (link.type !== "support") {
        problems.push({
          path: formatPath(["links", i, "group"]),
          message: "groups premises that support a claim together; a dispute has no group",
        });
      } else if (earlier && earlier.to !== link.to) {
        problems.push({
          path: formatPath(["links", i, "group"]),
          message: `is "${link.group}", as is ${formatPath(["links", earlier.index])}, which supports another claim ("${earlier.to}"); premises of one group support the same claim`,
        });
      } else if (!earlier) groups.set(link.group, { to: link.to, index: i });
    }
    if (!ends) return;
    const target = link.to ?? link.toLink;
    if (link.from === link.to) {
      problems.push({
        path: formatPath(["links", i]),
        message: `links claim "${link.from}" to itself`,
      });
      return;
    }
    // Disputing any premise's link of a linked argument disputes its one inference: two such
    // disputes from one claim are the same dispute twice.
    const targetIndex = link.toLink === undefined ? undefined : linkIds.get(link.toLink);
    const targetLink = targetIndex === undefined ? undefined : map.links[targetIndex];
    const inference =
      targetLink?.group !== undefined && targetLink.to !== undefined
        ? JSON.stringify(["group", targetLink.group, targetLink.to])
        : undefined;
    const key = JSON.stringify([
      link.from,
      link.to === undefined ? "link" : "claim",
      inference ?? target,
    ]);
    const earlier = pairs.get(key);
    if (earlier !== undefined) {
      problems.push({
        path: formatPath(["links", i]),
        message: inference
          ? `duplicates ${formatPath(["links", earlier])}: both dispute, from "${link.from}", the linked argument "${targetLink?.group}" (a dispute of one premise's link disputes the whole argument)`
          : `duplicates ${formatPath(["links", earlier])}: both link "${link.from}" to ${link.to === undefined ? "link " : ""}"${target}"`,
      });
    } else pairs.set(key, i);
  });
  // Links that dispute links must not go round in a circle: each must end at a claim link.
  const circled = new Set<string>();
  map.links.forEach((link, i) => {
    if (!link || (link.id !== undefined && circled.has(link.id))) return;
    const seen = new Set<string>();
    let at: string | undefined = link.toLink;
    while (at !== undefined && !seen.has(at)) {
      seen.add(at);
      const next = linkIds.get(at);
      at = next === undefined || next < 0 ? undefined : map.links[next]?.toLink;
    }
    if (at !== undefined && link.id !== undefined && seen.has(link.id)) {
      for (const member of seen) circled.add(member);
      problems.push({
        path: formatPath(["links", i, "toLink"]),
        message: `goes round in a circle of links disputing links (${[...seen].map((x) => `"${x}"`).join(" → ")}); one of them must point at a claim link`,
      });
    }
  });
  return problems;
}
