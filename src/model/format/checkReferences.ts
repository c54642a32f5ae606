// Cross-reference checks that a schema cannot express: unique ids, resolvable references,
// sane links and verbatim quotes. Pure: no DOM, no store. Ids live in Maps, never in plain
// objects, so an id such as "__proto__" is just another string.
import { didYouMean } from "./closest";
import { formatPath } from "./jsonPath";
import type { ArgumentMapFile } from "../core/schema";
import type { Problem } from "../core/types";

function indexIds(
  list: readonly { id?: string | undefined }[],
  kind: string,
  problems: Problem[],
): Map<string, number> {
  const seen = new Map<string, number>();
  list.forEach((item, index) => {
    if (item.id === undefined) return;
    const earlier = seen.get(item.id);
    if (earlier !== undefined) {
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

function excerpt(text: string, at: number): string {
  const shown = text.slice(at, at + 30);
  return `"${shown}${text.length > at + 30 ? "…" : ""}"`;
}

/** Every reference problem in a schema-valid map, each at the path of the offending value. */
export function checkReferences(map: ArgumentMapFile): Problem[] {
  const problems: Problem[] = [];
  const topicsList = map.topics ?? [];
  const sourcesList = map.sources ?? [];
  const speakers = indexIds(map.speakers, "speakers", problems);
  const topics = indexIds(topicsList, "topics", problems);
  const sources = indexIds(sourcesList, "sources", problems);
  const claims = indexIds(map.claims, "claims", problems);
  indexIds(map.links, "links", problems);

  map.claims.forEach((claim, i) => {
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
        const sourceText = sourcesList[sourceIndex]?.text;
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

  const pairs = new Map<string, number>();
  map.links.forEach((link, i) => {
    let ends = true;
    for (const end of ["from", "to"] as const) {
      if (!claims.has(link[end])) {
        ends = false;
        problems.push({
          path: formatPath(["links", i, end]),
          message: `there is no claim with id "${link[end]}"${didYouMean(link[end], claims.keys())}`,
        });
      }
    }
    if (!ends) return;
    if (link.from === link.to) {
      problems.push({
        path: formatPath(["links", i]),
        message: `links claim "${link.from}" to itself`,
      });
      return;
    }
    const key = JSON.stringify([link.from, link.to]);
    const earlier = pairs.get(key);
    if (earlier !== undefined) {
      problems.push({
        path: formatPath(["links", i]),
        message: `duplicates ${formatPath(["links", earlier])}: both link "${link.from}" to "${link.to}"`,
      });
    } else pairs.set(key, i);
  });
  return problems;
}
