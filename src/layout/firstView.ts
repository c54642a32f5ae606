// Where a map opens: fitted whole if it is small enough to read that way, else at a reading
// zoom on its top-left card. One policy for the app and for the bench's baseline, so that
// the two draw the same first view. Pure.
import type { XY } from "../model/geometry/geometry";

/** Above this many claims the map opens at a readable zoom rather than fitted whole. */
export const BIG_MAP = 400;
/** The reading zoom a big map opens at. */
export const BIG_MAP_ZOOM = 0.6;
/** How a small map is fitted: a margin around it, and never blown up past its natural size. */
export const FIT_OPTIONS = { padding: 0.08, maxZoom: 1 } as const;

/**
 * The viewport a big map opens with: the card nearest its top-left corner (corners of big
 * layouts are often empty) near the top-left of the screen.
 */
export function bigMapViewport(positions: Iterable<XY>): { x: number; y: number; zoom: number } {
  let topLeft = { x: Infinity, y: Infinity };
  for (const p of positions) if (p.x + p.y < topLeft.x + topLeft.y) topLeft = p;
  if (!Number.isFinite(topLeft.x)) topLeft = { x: 0, y: 0 };
  return { x: 24 - topLeft.x * BIG_MAP_ZOOM, y: 24 - topLeft.y * BIG_MAP_ZOOM, zoom: BIG_MAP_ZOOM };
}
