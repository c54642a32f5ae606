// Finds claims by their text, note, quote or speaker's name. Pure: no DOM, no store.
import { speakerLabel } from "../core/mapIndex";
import type { ArgumentMap, ClaimId } from "../core/types";

/** Lower case without accents, so "Roh" finds "roh" and "e" finds "é". */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
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
