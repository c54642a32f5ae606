// Suggests the nearest known word for a typo. Pure: no DOM, no store.
import { distance } from "fastest-levenshtein";

/**
 * The candidate nearest to `word`, if it is close enough to be a likely typo.
 * @example closest("speker", ["speaker", "text"]) === "speaker"
 */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  // Short words are too alike to guess between: "c3" is one letter from "c1" and "c4".
  if (word.length < 4) return undefined;
  let best: string | undefined;
  let bestDistance = Infinity;
  const allowed = Math.max(1, Math.min(3, Math.floor(word.length / 3)));
  for (const candidate of candidates) {
    const d = distance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance && d <= allowed) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

export function didYouMean(word: string, candidates: Iterable<string>): string {
  const suggestion = closest(word, candidates);
  return suggestion === undefined ? "" : ` — did you mean "${suggestion}"?`;
}
