// Lays out each region (topic) on its own, then packs the regions into a rectangle close to
// the screen's shape. Regions stay readable, and the engine only ever sees one region at a
// time, which keeps big maps fast. No DOM, no React.
import type {
  LayoutEdge,
  LayoutEngine,
  LayoutNode,
  LayoutRequest,
  LayoutResult,
} from "./layoutTypes";

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

/** Space between two unconnected parts of one region. */
export const COMPONENT_GAP = 36;

/** The connected parts of a graph (links taken both ways), each a list of node indexes. */
export function components(nodes: readonly LayoutNode[], edges: readonly LayoutEdge[]): number[][] {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const parent = nodes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  for (const e of edges) {
    const a = index.get(e.from);
    const b = index.get(e.to);
    if (a !== undefined && b !== undefined) parent[find(a)] = find(b);
  }
  const parts = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const root = find(i);
    const part = parts.get(root);
    if (part) part.push(i);
    else parts.set(root, [i]);
  });
  return [...parts.values()];
}

interface Laid {
  positions: Record<string, { x: number; y: number }>;
  width: number;
  height: number;
}

/** Packs laid-out pieces with `gap` between them, aiming for `aspect`; one result. */
function packPieces(pieces: Laid[], gap: number, aspect: number): Laid {
  if (pieces.length === 1) return pieces[0]!;
  const boxes = pieces.map((piece) => ({
    piece,
    w: piece.width + gap,
    h: piece.height + gap,
    x: 0,
    y: 0,
  }));
  const { w, h } = shelfPack(boxes, aspect);
  const positions: Laid["positions"] = Object.create(null) as Laid["positions"];
  for (const box of boxes) {
    for (const [id, p] of Object.entries(box.piece.positions))
      positions[id] = { x: p.x + box.x, y: p.y + box.y };
  }
  return { positions, width: Math.max(0, w - gap), height: Math.max(0, h - gap) };
}

/**
 * Lays out each connected part of a graph on its own and packs the parts: a forest of
 * small trees packs into a block instead of one very wide row, and the engine, which
 * grows faster than linearly, sees small graphs.
 */
export async function layOutByComponent(
  inner: LayoutEngine,
  request: LayoutRequest,
  aspect: number,
): Promise<Laid> {
  const parts = components(request.nodes, request.edges);
  const pieces: Laid[] = [];
  const partOf = new Map<string, number>();
  parts.forEach((part, p) => part.forEach((i) => partOf.set(request.nodes[i]!.id, p)));
  const edgesOf = parts.map((): LayoutEdge[] => []);
  for (const e of request.edges) {
    const p = partOf.get(e.from);
    if (p !== undefined && p === partOf.get(e.to)) edgesOf[p]!.push(e);
  }
  // Lone claims are laid out together in one grid-like piece, not one engine run each.
  const singles = parts.filter((part) => part.length === 1).map((part) => request.nodes[part[0]!]!);
  if (singles.length > 0) {
    const gridded = packPieces(
      singles.map((n) => ({
        positions: { [n.id]: { x: 0, y: 0 } },
        width: n.width,
        height: n.height,
      })),
      COMPONENT_GAP / 2,
      aspect,
    );
    pieces.push(gridded);
  }
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (part.length === 1) continue;
    const result = await inner({
      nodes: part.map((i) => ({ ...request.nodes[i]!, group: undefined })),
      edges: edgesOf[p]!,
      direction: request.direction,
    });
    pieces.push(result);
  }
  return packPieces(pieces, COMPONENT_GAP, aspect);
}

/**
 * A layout engine that lays out each group (topic) on its own, its connected parts packed
 * within it, and packs the groups into the screen's shape. Nodes without a group form a
 * region of their own. Links between groups and parts are left to the renderer.
 */
export function packedRegions(inner: LayoutEngine): LayoutEngine {
  return async (request: LayoutRequest): Promise<LayoutResult> => {
    const started = performance.now();
    const aspect = request.aspect ?? 1.4;
    const groups = new Map<string | undefined, LayoutNode[]>();
    for (const node of request.nodes) {
      const members = groups.get(node.group);
      if (members) members.push(node);
      else groups.set(node.group, [node]);
    }
    const groupOf = new Map(request.nodes.map((n) => [n.id, n.group]));
    const edgesOf = new Map<string | undefined, LayoutEdge[]>();
    for (const e of request.edges) {
      if (!groupOf.has(e.from) || !groupOf.has(e.to)) continue;
      const group = groupOf.get(e.from);
      if (group !== groupOf.get(e.to)) continue;
      const list = edgesOf.get(group);
      if (list) list.push(e);
      else edgesOf.set(group, [e]);
    }
    const regions: Laid[] = [];
    for (const [group, nodes] of groups) {
      const laid = await layOutByComponent(
        inner,
        { nodes, edges: edgesOf.get(group) ?? [], direction: request.direction },
        aspect,
      );
      // Room for the region's frame and label around its claims.
      const framed: Laid["positions"] = Object.create(null) as Laid["positions"];
      for (const [id, p] of Object.entries(laid.positions)) {
        framed[id] = { x: p.x + REGION_PADDING.side, y: p.y + REGION_PADDING.top };
      }
      regions.push({
        positions: framed,
        width: laid.width + 2 * REGION_PADDING.side,
        height: laid.height + REGION_PADDING.top + REGION_PADDING.bottom,
      });
    }
    const packed = packPieces(regions, REGION_GAP, aspect);
    const positions: LayoutResult["positions"] = Object.create(null) as LayoutResult["positions"];
    for (const [id, p] of Object.entries(packed.positions))
      positions[id] = { x: Math.round(p.x), y: Math.round(p.y) };
    return {
      positions,
      width: packed.width,
      height: packed.height,
      engine: "graphviz-dot, by component, regions packed",
      milliseconds: performance.now() - started,
    };
  };
}
