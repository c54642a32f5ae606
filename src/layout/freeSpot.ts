// Where a dropped card may rest without covering another. No DOM, no React.
import { boxesOverlap, type Box } from "../model/geometry/geometry";

function overlapsAny(box: Box, others: readonly Box[], gap: number): boolean {
  return others.some((o) => boxesOverlap(box, o, gap));
}

/**
 * The free position nearest to where a card was dropped: the drop point itself when it covers
 * nothing, else the first free point on rings of growing radius around it.
 * @example nearestFreeSpot({ x: 0, y: 0, width: 10, height: 10 }, []) // { x: 0, y: 0 }
 */
export function nearestFreeSpot(
  box: Box,
  others: readonly Box[],
  gap = 12,
): { x: number; y: number } {
  if (!overlapsAny(box, others, gap)) return { x: box.x, y: box.y };
  const step = 24;
  for (let ring = 1; ring <= 400; ring++) {
    const radius = ring * step;
    const points = Math.max(8, Math.round((2 * Math.PI * radius) / step));
    let best: { x: number; y: number; d: number } | undefined;
    for (let k = 0; k < points; k++) {
      const angle = (2 * Math.PI * k) / points;
      const x = Math.round(box.x + radius * Math.cos(angle));
      const y = Math.round(box.y + radius * Math.sin(angle));
      if (!overlapsAny({ ...box, x, y }, others, gap)) {
        const d = (x - box.x) ** 2 + (y - box.y) ** 2;
        if (!best || d < best.d) best = { x, y, d };
      }
    }
    if (best) return { x: best.x, y: best.y };
  }
  return { x: box.x, y: box.y };
}
