// Finds claims by their text, note, quote or speaker's name. Pure: no DOM, no store.
import { speakerLabel } from "../core/mapIndex";
import type { ArgumentMap, ClaimId } from "../core/types";

/**
 * Lower case without accents, with typographic quotes as plain ones, so "Roh" finds "roh",
 * "e" finds "é" and "Seoul's" finds "Seoul’s".
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u201a\u201b\u2032\u02bc]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .toLowerCase();
}

/** The words that name a claim's status: typed in a search, they also find claims by it. */
const STATUS_WORDS: ReadonlySet<string> = new Set(["stands", "falls", "undecided"]);

/**
 * The claims matching every word of a query, in the map's order. A word matches a claim's
 * text, note, quote or speaker's name; "stands", "falls" and "undecided" also match claims
 * with that status, when `statusOf` tells it.
 * @example searchClaims(map, "oberdorfer china") // his claims that mention China
 * @example searchClaims(map, "roh falls", statusOf) // Roh's claims that fall
 */
export function searchClaims(
  map: ArgumentMap,
  query: string,
  statusOf?: (id: ClaimId) => string | undefined,
): ClaimId[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return map.claims
    .filter((claim) => {
      const haystack = foldText(
        [claim.text, claim.note ?? "", claim.quote?.text ?? "", speakerLabel(map, claim)].join(
          "\n",
        ),
      );
      return words.every(
        (w) => haystack.includes(w) || (STATUS_WORDS.has(w) && statusOf?.(claim.id) === w),
      );
    })
    .map((c) => c.id);
}
