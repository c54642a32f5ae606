// Which links a big map draws: those with an end on screen or near it. Pure: no DOM, no React.
//
// React Flow draws every link whose line crosses the view, even when neither of its claims is
// there. On a big map at reading zoom that is most of the links in view (177 of 192 on a
// 2,000-claim map), and long lines, dashed ones above all, cost the browser up to a second a
// frame to paint while panning. A link whose ends are both far away says nothing the reader
// can follow from this view; it is drawn again as soon as the view comes near either end.
import type { Box } from "../../model/geometry/geometry";

/** A view cell: the view moves in steps of half a screen before the links drawn change. */
export interface ViewCell {
  /** The area, in map coordinates, whose cards' links are drawn: the view and a screen around. */
  area: Box;
  /** Changes when, and only when, the area does. */
  key: string;
}

/**
 * The view cell of a viewport: the view snapped to a grid of half screens, grown by a screen
 * on every side. So the links drawn change only every half screen of panning, and every card
 * within a screen of the view has its links drawn.
 * @param transform React Flow's [x, y, zoom]; @param pane the pane's size in screen px.
 */
export function viewCell(
  transform: readonly [number, number, number],
  pane: { width: number; height: number },
): ViewCell {
  const [x, y, zoom] = transform;
  // Zoom snapped to powers of √2, so that a zoom animation changes the cell a few times only.
  const z = Math.SQRT2 ** Math.round(Math.log(Math.max(zoom, 1e-3)) / Math.log(Math.SQRT2));
  const width = pane.width / z;
  const height = pane.height / z;
  const step = { x: width / 2, y: height / 2 };
  const col = Math.floor(-x / zoom / step.x);
  const row = Math.floor(-y / zoom / step.y);
  return {
    area: {
      x: (col - 2) * step.x,
      y: (row - 2) * step.y,
      width: width * 3 + step.x,
      height: height * 3 + step.y,
    },
    key: `${col},${row},${z.toFixed(4)},${pane.width}x${pane.height}`,
  };
}

const meets = (a: Box, b: Box) =>
  a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/**
 * The links to draw: each whose source or target card meets the area, and every link of the
 * claims in `always` (the selection: its links are followed wherever they go).
 */
export function edgesNearView<E extends { source: string; target: string }>(
  edges: readonly E[],
  boxOf: (id: string) => Box | undefined,
  area: Box,
  always: ReadonlySet<string>,
): E[] {
  const near = new Map<string, boolean>();
  const isNear = (id: string) => {
    let found = near.get(id);
    if (found === undefined) {
      const box = boxOf(id);
      found = box !== undefined && meets(box, area);
      near.set(id, found);
    }
    return found;
  };
  return edges.filter(
    (e) => always.has(e.source) || always.has(e.target) || isNear(e.source) || isNear(e.target),
  );
}

/**
 * The cards to hand React Flow on a big map: those that meet the area, and the claims in
 * `always` (the selection). React Flow draws only what is in view, but it takes in every
 * node it is given on every change; near the view is all it needs.
 */
export function nodesNearView<
  N extends {
    id: string;
    position: { x: number; y: number };
    width?: number;
    initialHeight?: number;
  },
>(nodes: readonly N[], area: Box, always: ReadonlySet<string>): N[] {
  return nodes.filter(
    (n) =>
      always.has(n.id) ||
      meets({ ...n.position, width: n.width ?? 0, height: n.initialHeight ?? 0 }, area),
  );
}
