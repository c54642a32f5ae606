// Shelf packing of boxes into a shape near a given aspect. Pure: no DOM, no React.

export interface Packable {
  w: number;
  h: number;
  x: number;
  y: number;
}

/**
 * Packs boxes in shelves (rows, tallest first) into the width that lets the whole fit a
 * screen of the given aspect at the largest zoom. Tries every row width that changes the
 * packing, so at most one try per box.
 * @returns the packed bounds; the boxes get their x and y.
 */
export function shelfPack(boxes: Packable[], aspect: number): { w: number; h: number } {
  if (boxes.length === 0) return { w: 0, h: 0 };
  const order = [...boxes].sort((a, b) => b.h - a.h);
  const place = (limit: number, commit: boolean) => {
    let x = 0;
    let y = 0;
    let rowHeight = 0;
    let width = 0;
    for (const box of order) {
      if (x > 0 && x + box.w > limit) {
        y += rowHeight;
        x = 0;
        rowHeight = 0;
      }
      if (commit) {
        box.x = x;
        box.y = y;
      }
      x += box.w;
      width = Math.max(width, x);
      rowHeight = Math.max(rowHeight, box.h);
    }
    return { w: width, h: y + rowHeight };
  };
  const widest = Math.max(...order.map((b) => b.w));
  const total = order.reduce((sum, b) => sum + b.w, 0);
  let best = { limit: total, zoom: -Infinity };
  for (let limit = widest; ;) {
    const { w, h } = place(limit, false);
    const zoom = Math.min(aspect / w, 1 / h);
    if (zoom > best.zoom) best = { limit, zoom };
    if (limit >= total) break;
    // The next width worth trying lets one more box onto some row.
    let next = Infinity;
    let x = 0;
    for (const box of order) {
      if (x > 0 && x + box.w > limit) {
        next = Math.min(next, x + box.w);
        x = 0;
      }
      x += box.w;
    }
    limit = Number.isFinite(next) ? next : total;
  }
  return place(best.limit, true);
}
