// Re-anchors quotes after a source's text was edited: kept where the words still are, or lost.
// Pure: no DOM, no store. Never guesses: a quote is kept only where its exact words occur.

/** A quote as the map holds it: its words, and where they start when they occur more than once. */
export interface QuoteAnchor {
  text: string;
  at?: number;
}

/**
 * What became of a quote after an edit. `kept`: the words still occur verbatim, and `at` is set
 * when they occur more than once (the occurrence that corresponds to the old one). `lost`: they
 * no longer occur verbatim, and the user must re-quote or drop the claim's quote.
 */
export type Reanchored = { kind: "kept"; at?: number } | { kind: "lost" };

/**
 * The edit between two texts, as their common prefix and suffix: everything in `old` before
 * `prefix` and in the last `suffix` characters is unchanged.
 */
export interface TextEdit {
  prefix: number;
  suffix: number;
  /** `new.length - old.length`: how far positions after the change move. */
  shift: number;
  oldLength: number;
}

/**
 * The smallest single replacement that turns `oldText` into `newText`: the longest common
 * prefix, then the longest common suffix of what remains.
 * @example editBetween("the cat sat", "the dog sat") // { prefix: 4, suffix: 4, shift: 0, oldLength: 11 }
 */
export function editBetween(oldText: string, newText: string): TextEdit {
  const limit = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < limit && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < limit - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) ===
      newText.charCodeAt(newText.length - 1 - suffix)
  ) {
    suffix++;
  }
  return { prefix, suffix, shift: newText.length - oldText.length, oldLength: oldText.length };
}

/**
 * Where the start of a stretch of the old text lands in the new one: shifted by the change in
 * length when it is in the unchanged suffix, unchanged before the edit, and at the start of the
 * replacement when it was inside it. The suffix is tested first: after a pure insertion, text
 * that started where the insertion went now starts after it.
 * @example mapPosition(editBetween("ab", "aXb"), 1) // 2: "b" moved right
 */
export function mapPosition(edit: TextEdit, position: number): number {
  if (position >= edit.oldLength - edit.suffix) return position + edit.shift;
  if (position <= edit.prefix) return position;
  return edit.prefix;
}

/** Every start of `words` in `text`, overlapping ones included. */
function occurrences(text: string, words: string): number[] {
  const found: number[] = [];
  for (let i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + 1)) found.push(i);
  return found;
}

/** Where a quote sat in the old text: its `at` when that still points at its words, else the first occurrence. */
function oldStart(oldText: string, quote: QuoteAnchor): number {
  if (quote.at !== undefined && oldText.startsWith(quote.text, quote.at)) return quote.at;
  return oldText.indexOf(quote.text);
}

/**
 * Re-anchors each quote after `oldText` was edited into `newText`. A quote whose words no
 * longer occur verbatim is `lost`. Otherwise it is `kept`; when its words occur more than once,
 * `at` is the occurrence nearest to where the old one lands through the edit (positions after
 * the changed region shift by the change in length), so an edit elsewhere keeps `at` on the
 * same words. A quote with empty text is lost: it anchors nowhere.
 * @example
 * reanchor("I said no. I said no.", "Oh, I said no. I said no.", [{ text: "I said no.", at: 11 }])
 * // [{ kind: "kept", at: 15 }]
 */
export function reanchor(
  oldText: string,
  newText: string,
  quotes: readonly QuoteAnchor[],
): Reanchored[] {
  const edit = editBetween(oldText, newText);
  return quotes.map((quote): Reanchored => {
    if (quote.text === "") return { kind: "lost" };
    const found = occurrences(newText, quote.text);
    if (found.length === 0) return { kind: "lost" };
    if (found.length === 1) return { kind: "kept" };
    const before = oldStart(oldText, quote);
    const target = before >= 0 ? mapPosition(edit, before) : 0;
    let best = found[0] as number;
    for (const at of found) if (Math.abs(at - target) < Math.abs(best - target)) best = at;
    return { kind: "kept", at: best };
  });
}
