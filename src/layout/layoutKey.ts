// What identifies a region's layout across page loads: a hash of everything it depends on,
// and the version of the layout code. Pure: no DOM, no React, no store.

/**
 * The version of the layout's algorithm (engine, spacing, card sizes, packing inside a
 * region). Bump it when a change moves any card: layouts stored in browsers under the old
 * version are then ignored. `src/layout/builtInLayout.test.ts` fails if the built-in map's
 * layout changes while this stays the same.
 */
export const LAYOUT_VERSION = 1;

/**
 * A 106-bit hash of a text, as 27 hex digits (two 53-bit halves of cyrb53 with different
 * seeds): not cryptographic, but accidental collisions between layouts are out of reach.
 * @example hashText("a") !== hashText("b")
 */
export function hashText(text: string): string {
  const half = (seed: number) => {
    let h1 = 0xdeadbeef ^ seed;
    let h2 = 0x41c6ce57 ^ seed;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      h1 = Math.imul(h1 ^ c, 2654435761);
      h2 = Math.imul(h2 ^ c, 1597334677);
    }
    h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
    h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
    return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, "0");
  };
  return `${half(1)}${half(2)}`.slice(1);
}

/**
 * The key a region's layout is stored under: the layout version, how text was measured
 * (`measure`: a signature of the fonts, since card sizes follow from them) and the region's
 * own key (direction, cards' words and topics, links inside it).
 */
export function storedLayoutKey(regionKey: string, measure: string): string {
  return hashText(JSON.stringify([LAYOUT_VERSION, measure, regionKey]));
}

/** Text whose width tells one set of fonts from another. */
const FONT_SAMPLE = "Hamburgefonstiv Quartz 0123456789 — «éà»";

/**
 * A signature of the fonts cards are measured in (card sizes follow from them): the width
 * of a sample text in the card's and the chips' fonts.
 */
export function measureSignature(
  measure: (text: string, font: string) => number,
  fonts: readonly string[],
): string {
  return fonts.map((font) => measure(FONT_SAMPLE, font).toFixed(2)).join("/");
}
