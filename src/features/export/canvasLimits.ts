// How big a PNG the browser can draw. Pure.

/** Chromium refuses canvases wider or taller than this. */
export const MAX_CANVAS_SIDE = 16_384;
/**
 * Chromium's area limit is 268 megapixels, but a canvas that big takes a gigabyte and a very
 * long encode; past 100 megapixels (10,000 × 10,000 px) we scale down instead.
 */
export const MAX_CANVAS_AREA = 100_000_000;

export interface FittedScale {
  scale: number;
  /** True when the requested scale had to be lowered. */
  reduced: boolean;
}

/**
 * The largest scale, up to the requested one, at which an image of `width` × `height` CSS px
 * fits the canvas limits.
 * @example fitScale(10_000, 1_000, 2) // { scale: 1.6384, reduced: true }
 */
export function fitScale(width: number, height: number, requested: number): FittedScale {
  const bySide = MAX_CANVAS_SIDE / Math.max(width, height, 1);
  const byArea = Math.sqrt(MAX_CANVAS_AREA / Math.max(width * height, 1));
  const limit = Math.min(bySide, byArea);
  if (requested <= limit) return { scale: requested, reduced: false };
  // Round down a little so that rounding pixels up never crosses the limit.
  return { scale: Math.floor(limit * 1000) / 1000, reduced: true };
}
