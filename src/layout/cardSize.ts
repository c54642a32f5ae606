// The size of a claim card, computed from its text before it is drawn, so layout can run
// in a worker. The CSS in features/map/ClaimNode.css uses the same numbers. No DOM here:
// text measurement is injected (a canvas in the browser, an estimate in tests).

export const CARD = {
  width: 260,
  paddingX: 12,
  paddingY: 10,
  border: 1,
  headerHeight: 18,
  gap: 6,
  textFont:
    "14px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
  textLineHeight: 20,
  chipFont:
    "11px system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif",
  chipHeight: 18,
  chipPaddingX: 7,
  chipGap: 4,
  /** Longer texts are cut off with an ellipsis on the card; the details panel has them whole. */
  maxLines: 12,
} as const;

export type Measure = (text: string, font: string) => number;

/** A rough measure for environments without a canvas: average glyph widths. */
export const estimateMeasure: Measure = (text, font) =>
  text.length * (font.startsWith("11px") ? 6.2 : 7.9);

/**
 * How many lines a greedy word wrap gives, as the browser wraps `overflow-wrap: anywhere` text.
 * @example wrapLineCount("a b c", 10, () => 4) // each word and space 4px wide: 3 lines
 */
export function wrapLineCount(
  text: string,
  maxWidth: number,
  font: string,
  measure: Measure,
): number {
  let lines = 0;
  for (const paragraph of text.split("\n")) {
    lines++;
    let line = 0;
    const space = measure(" ", font);
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      let width = measure(word, font);
      if (line > 0 && line + space + width <= maxWidth) {
        line += space + width;
        continue;
      }
      if (line > 0) lines++;
      // A word longer than the line breaks anywhere.
      while (width > maxWidth) {
        lines++;
        width -= maxWidth;
      }
      line = width;
    }
  }
  return Math.max(1, lines);
}

export interface CardContent {
  text: string;
  topicLabels: readonly string[];
}

/** The card's outer size in px. */
export function cardSize(card: CardContent, measure: Measure): { width: number; height: number } {
  const inner = CARD.width - 2 * CARD.paddingX - 2 * CARD.border;
  const lines = Math.min(CARD.maxLines, wrapLineCount(card.text, inner, CARD.textFont, measure));
  let chipRows = 0;
  let row = inner + 1;
  for (const label of card.topicLabels) {
    const chip = Math.min(inner, measure(label, CARD.chipFont) + 2 * CARD.chipPaddingX + 2);
    if (row + CARD.chipGap + chip > inner) {
      chipRows++;
      row = chip;
    } else row += CARD.chipGap + chip;
  }
  const height =
    2 * CARD.border +
    2 * CARD.paddingY +
    CARD.headerHeight +
    CARD.gap +
    lines * CARD.textLineHeight +
    (chipRows > 0 ? CARD.gap + chipRows * CARD.chipHeight + (chipRows - 1) * CARD.chipGap : 0);
  return { width: CARD.width, height: Math.ceil(height) };
}
