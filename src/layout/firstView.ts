// Where a map opens, and how far out a big map is seen as an overview. Pure.
//
// A small map opens fitted whole. A big one opens fitted too, as an overview: its topic
// regions, their main claims and the links between them, in legible type; its cards appear
// as the user zooms in past OVERVIEW_ZOOM. The bench's baseline (bare React Flow, which has
// no overview) opens a big map at a reading zoom on its top-left card (`bigMapViewport`), the
// cheapest first view of cards it can draw.
import type { XY } from "../model/geometry/geometry";

/** Above this many claims the map opens as an overview (the baseline: at a reading zoom). */
export const BIG_MAP = 400;
/** Below this zoom a big map is shown as its overview; from it on, as cards. */
export const OVERVIEW_ZOOM = 0.25;
/** Where search, focus or a claim chosen in the overview takes the view: cards can be read. */
export const READING_ZOOM = 0.9;

/**
 * The lowest zoom a map of this extent needs (fitted whole in a small pane), never above
 * React Flow's usual 0.05.
 */
export function minZoomFor(extent: { width: number; height: number }): number {
  return Math.min(0.05, 320 / Math.max(1, extent.width, extent.height));
}

/** The reading zoom the baseline opens a big map at. */
export const BIG_MAP_ZOOM = 0.6;
/** How a small map is fitted: a margin around it, and never blown up past its natural size. */
export const FIT_OPTIONS = { padding: 0.08, maxZoom: 1 } as const;

/**
 * The viewport the bench's baseline opens a big map with: the card nearest its top-left
 * corner (corners of big layouts are often empty) near the top-left of the screen.
 */
export function bigMapViewport(positions: Iterable<XY>): { x: number; y: number; zoom: number } {
  let topLeft = { x: Infinity, y: Infinity };
  for (const p of positions) if (p.x + p.y < topLeft.x + topLeft.y) topLeft = p;
  if (!Number.isFinite(topLeft.x)) topLeft = { x: 0, y: 0 };
  return { x: 24 - topLeft.x * BIG_MAP_ZOOM, y: 24 - topLeft.y * BIG_MAP_ZOOM, zoom: BIG_MAP_ZOOM };
}
