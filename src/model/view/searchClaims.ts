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

/**
 * The claims matching every word of a query, in the map's order.
 * @example searchClaims(map, "oberdorfer china") // his claims that mention China
 */
export function searchClaims(map: ArgumentMap, query: string): ClaimId[] {
  const words = foldText(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return map.claims
    .filter((claim) => {
      const haystack = foldText(
        [claim.text, claim.note ?? "", claim.quote?.text ?? "", speakerLabel(map, claim)].join(
          "\n",
        ),
      );
      return words.every((w) => haystack.includes(w));
    })
    .map((c) => c.id);
}
