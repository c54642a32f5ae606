// Points and boxes on the map, in px: the one definition that layout, the canvas, the store
// and the export share. Pure types.

/** A point on the map, in px; y grows downwards. */
export interface XY {
  x: number;
  y: number;
}

/** A box on the map: its top-left corner and its size, in px. */
export interface Box extends XY {
  width: number;
  height: number;
}

/** Whether two boxes overlap, with `gap` px of room kept around them. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return (
    a.x < b.x + b.width + gap &&
    b.x < a.x + a.width + gap &&
    a.y < b.y + b.height + gap &&
    b.y < a.y + a.height + gap
  );
}
