// Text measurement on a 2D canvas context (a worker's OffscreenCanvas or a page's canvas),
// cached per font and text. The context is passed in, so this module touches no DOM itself.
import type { Measure } from "./cardSize";

interface TextContext {
  font: string;
  measureText(text: string): { width: number };
}

export function cachedMeasure(context: TextContext): Measure {
  const cache = new Map<string, number>();
  let current = "";
  return (text, font) => {
    const key = `${font}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      // Setting the font is costly (it is parsed each time): only when it changes.
      if (font !== current) context.font = current = font;
      width = context.measureText(text).width;
      if (cache.size < 100_000) cache.set(key, width);
    }
    return width;
  };
}

/** A measure on this thread's own canvas (OffscreenCanvas), or estimates where there is none. */
export function threadMeasure(estimate: Measure): Measure {
  if (typeof OffscreenCanvas === "undefined") return estimate;
  const context = new OffscreenCanvas(1, 1).getContext("2d");
  return context ? cachedMeasure(context) : estimate;
}
