// The size of a claim card, computed from its text before it is drawn, so layout can run
// in a worker. The card's CSS reads the same tokens (model/geometry/tokens.ts). No DOM here:
// text measurement is injected (a canvas in the browser, an estimate in tests).
import { CARD } from "../model/geometry/tokens";

export type Measure = (text: string, font: string) => number;

/** A rough measure for environments without a canvas: average glyph widths. */
export const estimateMeasure: Measure = (text, font) =>
  text.length * (font.startsWith("11px") ? 6.2 : 7.9);

/**
 * The lines a greedy word wrap gives, as the browser wraps `overflow-wrap: anywhere` text.
 * @example wrapLines("a b c", 12, "", () => 4) // ["a b", "c"]: words and spaces 4px wide
 */
export function wrapLines(
  text: string,
  maxWidth: number,
  font: string,
  measure: Measure,
): string[] {
  const lines: string[] = [];
  const space = measure(" ", font);
  for (const paragraph of text.split("\n")) {
    let line = "";
    let width = 0;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const w = measure(word, font);
      if (line !== "" && width + space + w <= maxWidth) {
        line += ` ${word}`;
        width += space + w;
        continue;
      }
      if (line !== "") lines.push(line);
      if (w <= maxWidth) {
        line = word;
        width = w;
        continue;
      }
      // A word longer than the line breaks anywhere.
      let rest = word;
      while (measure(rest, font) > maxWidth) {
        let cut = Math.max(1, Math.floor((rest.length * maxWidth) / measure(rest, font)));
        while (cut > 1 && measure(rest.slice(0, cut), font) > maxWidth) cut--;
        lines.push(rest.slice(0, cut));
        rest = rest.slice(cut);
      }
      line = rest;
      width = measure(rest, font);
    }
    lines.push(line);
  }
  return lines.length === 0 ? [""] : lines;
}

/** How many lines `wrapLines` gives. */
export function wrapLineCount(
  text: string,
  maxWidth: number,
  font: string,
  measure: Measure,
): number {
  return wrapLines(text, maxWidth, font, measure).length;
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
