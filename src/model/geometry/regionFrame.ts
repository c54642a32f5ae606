// The frame drawn around a topic region's claims: one definition for the canvas, the layout
// and the SVG export. Pure.
import type { Box } from "./geometry";
import { REGION } from "./tokens";

/**
 * The frame around some cards: their bounding box, with room for the region's label on top
 * and padding on the other sides. Undefined for no cards.
 * @example frameAround([{ x: 0, y: 0, width: 10, height: 10 }]) // { x: -20, y: -40, width: 50, height: 70 }
 */
export function frameAround(boxes: Iterable<Box>): Box | undefined {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  for (const b of boxes) {
    x1 = Math.min(x1, b.x);
    y1 = Math.min(y1, b.y);
    x2 = Math.max(x2, b.x + b.width);
    y2 = Math.max(y2, b.y + b.height);
  }
  if (x1 === Infinity) return undefined;
  const { side, top, bottom } = REGION.padding;
  return { x: x1 - side, y: y1 - top, width: x2 - x1 + 2 * side, height: y2 - y1 + top + bottom };
}
