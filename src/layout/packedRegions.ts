// Lays out each region (topic) on its own, then packs the regions into a rectangle close to
// the screen's shape. Regions stay readable, and the engine only ever sees one region at a
// time, which keeps big maps fast. No DOM, no React.
import type { LayoutEngine, LayoutNode, LayoutRequest, LayoutResult } from "./layoutTypes";

/** Room around a region's claims: its label sits in the top band. */
export const REGION_PADDING = { side: 20, top: 40, bottom: 20 } as const;
/** Space between two regions. */
export const REGION_GAP = 48;

interface Packable {
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

/**
 * A layout engine that runs `inner` once per group and packs the groups. Nodes without a
 * group form a region of their own. Links between groups are left to the renderer.
 */
export function packedRegions(inner: LayoutEngine): LayoutEngine {
  return async (request: LayoutRequest): Promise<LayoutResult> => {
    const started = performance.now();
    const groups = new Map<string | undefined, LayoutNode[]>();
    for (const node of request.nodes) {
      const members = groups.get(node.group);
      if (members) members.push(node);
      else groups.set(node.group, [node]);
    }
    const groupOf = new Map(request.nodes.map((n) => [n.id, n.group]));
    const laid: { result: LayoutResult; w: number; h: number; x: number; y: number }[] = [];
    let engine = "";
    for (const [group, nodes] of groups) {
      const edges = request.edges.filter(
        (e) =>
          groupOf.has(e.from) &&
          groupOf.has(e.to) &&
          groupOf.get(e.from) === group &&
          groupOf.get(e.to) === group,
      );
      const result = await inner({
        nodes: nodes.map((n) => ({ ...n, group: undefined })),
        edges,
        direction: request.direction,
      });
      engine = result.engine;
      laid.push({
        result,
        w: result.width + 2 * REGION_PADDING.side + REGION_GAP,
        h: result.height + REGION_PADDING.top + REGION_PADDING.bottom + REGION_GAP,
        x: 0,
        y: 0,
      });
    }
    const { w, h } = shelfPack(laid, request.aspect ?? 1.4);
    const positions: LayoutResult["positions"] = Object.create(null) as LayoutResult["positions"];
    for (const box of laid) {
      const offsetX = box.x + REGION_PADDING.side;
      const offsetY = box.y + REGION_PADDING.top;
      for (const [id, p] of Object.entries(box.result.positions)) {
        positions[id] = { x: Math.round(p.x + offsetX), y: Math.round(p.y + offsetY) };
      }
    }
    return {
      positions,
      width: w - REGION_GAP,
      height: h - REGION_GAP,
      engine: `${engine}, regions packed`,
      milliseconds: performance.now() - started,
    };
  };
}
