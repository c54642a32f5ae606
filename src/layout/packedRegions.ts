// Lays out each region (topic) on its own, then packs the regions into a rectangle close to
// the screen's shape. Regions stay readable, the engine only ever sees one region at a
// time, which keeps big maps fast, and a region can be laid out again alone. No DOM, no React.
import { cardSize, type Measure } from "./cardSize";
import { boxesOverlap, type Box } from "../model/geometry/geometry";
import { REGION } from "../model/geometry/tokens";
import type { LayoutEdge, LayoutEngine, LayoutNode, LayoutRequest } from "./layoutTypes";
import type { RegionInput } from "./regionInputs";
import { layOutTree } from "./wrappedTree";
import { shelfPack } from "./shelfPack";

/** Room around a region's claims (its label sits in the top band), and between regions. */
const REGION_PADDING = REGION.padding;
const REGION_GAP = REGION.gap;

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

/** Remembers engine results by everything they depend on. */
export type PieceCache = Map<string, Laid>;

/**
 * Lays out each connected part of a graph on its own and packs the parts: a forest of
 * small trees packs into a block instead of one very wide row, and the engine, which
 * grows faster than linearly, sees small graphs. With a cache, a part that did not change
 * since an earlier call is not laid out again.
 */
export async function layOutByComponent(
  inner: LayoutEngine,
  request: LayoutRequest,
  aspect: number,
  cache?: PieceCache,
  tree = false,
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
  // One engine run, remembered by everything it depends on.
  const run = async (nodes: LayoutNode[], edges: LayoutEdge[]): Promise<Laid> => {
    const key = JSON.stringify([
      request.direction,
      nodes.map((n) => [n.id, n.width, n.height]),
      edges.map((e) => [e.from, e.to]),
    ]);
    let laid = cache?.get(key);
    if (!laid) {
      laid = await inner({ nodes, edges, direction: request.direction });
      if (cache) {
        // A bounded cache: the oldest entries go first.
        if (cache.size >= 2_000) cache.delete(cache.keys().next().value as string);
        cache.set(key, laid);
      }
    }
    return laid;
  };
  for (let p = 0; p < parts.length; p++) {
    const part = parts[p]!;
    if (part.length === 1) continue;
    const nodes = part.map((i) => ({ ...request.nodes[i]!, group: undefined }));
    // A big map's parts are wrapped trees (see wrappedTree.ts): milliseconds, not seconds.
    pieces.push(
      tree
        ? layOutTree(nodes, edgesOf[p]!, request.direction, aspect)
        : await run(nodes, edgesOf[p]!),
    );
  }
  return packPieces(pieces, COMPONENT_GAP, aspect);
}

/** The shape a region's connected parts are packed into, whatever the screen. */
export const REGION_ASPECT = 1.6;

/** A region laid out on its own: positions are relative to its frame's top-left corner. */
export interface LaidRegion {
  id: string;
  key: string;
  sizes: Record<string, { width: number; height: number }>;
  positions: Record<string, { x: number; y: number }>;
  /** The frame: the region's claims plus room for its label and padding. */
  width: number;
  height: number;
}

/**
 * Sizes a region's cards from their text and lays the region out with `inner`, its
 * connected parts packed, inside a frame with room for the region's label.
 */
export async function layOutRegion(
  region: RegionInput,
  inner: LayoutEngine,
  measure: Measure,
  cache?: PieceCache,
): Promise<LaidRegion> {
  const sizes: LaidRegion["sizes"] = Object.create(null) as LaidRegion["sizes"];
  const nodes = region.cards.map((card) => {
    const size = cardSize(card, measure);
    size.height = Math.max(size.height, card.minHeight ?? 0);
    sizes[card.id] = size;
    return { id: card.id, ...size };
  });
  const laid = await layOutByComponent(
    inner,
    { nodes, edges: region.edges, direction: region.direction },
    REGION_ASPECT,
    cache,
    region.engine === "tree",
  );
  const positions: LaidRegion["positions"] = Object.create(null) as LaidRegion["positions"];
  for (const [id, p] of Object.entries(laid.positions))
    positions[id] = {
      x: Math.round(p.x + REGION_PADDING.side),
      y: Math.round(p.y + REGION_PADDING.top),
    };
  return {
    id: region.id,
    key: region.key,
    sizes,
    positions,
    width: Math.round(laid.width + 2 * REGION_PADDING.side),
    height: Math.round(laid.height + REGION_PADDING.top + REGION_PADDING.bottom),
  };
}

/**
 * Packs laid-out regions into a rectangle close to the screen's shape.
 * @returns the top-left corner of each region's frame, by region id.
 */
export function packRegions(
  regions: readonly { id: string; width: number; height: number }[],
  aspect: number,
): Map<string, { x: number; y: number }> {
  const boxes = regions.map((r) => ({
    id: r.id,
    w: r.width + REGION_GAP,
    h: r.height + REGION_GAP,
    x: 0,
    y: 0,
  }));
  shelfPack(boxes, aspect);
  return new Map(boxes.map((b) => [b.id, { x: b.x, y: b.y }]));
}

/**
 * Moves frames out of the way of frames that grew, keeping everything else where it is:
 * a frame that overlaps one placed before it (the changed ones first, then from the top)
 * slides down just below it, and so on down the page.
 * @returns how far each moved frame slid down, by id; frames that stay are absent.
 */
export function pushApart(
  frames: ReadonlyMap<string, Box>,
  changed: ReadonlySet<string>,
  gap = REGION_GAP,
): Map<string, number> {
  const order = [...frames.keys()].sort((a, b) => {
    const fixed = Number(changed.has(b)) - Number(changed.has(a));
    return fixed !== 0 ? fixed : frames.get(a)!.y - frames.get(b)!.y;
  });
  const placed: Box[] = [];
  const moved = new Map<string, number>();
  for (const id of order) {
    const box = { ...frames.get(id)! };
    for (let again = true; again;) {
      again = false;
      for (const other of placed) {
        if (boxesOverlap(box, other, gap)) {
          box.y = other.y + other.height + gap;
          again = true;
        }
      }
    }
    const dy = box.y - frames.get(id)!.y;
    if (dy !== 0) moved.set(id, dy);
    placed.push(box);
  }
  return moved;
}

/**
 * Lays out a whole map, region by region, and packs the regions: what the app does on a
 * first layout, as one function for tests and the bench.
 */
export async function layOutRegions(
  regions: readonly RegionInput[],
  inner: LayoutEngine,
  measure: Measure,
  aspect: number,
): Promise<{
  positions: Record<string, { x: number; y: number }>;
  sizes: Record<string, { width: number; height: number }>;
  width: number;
  height: number;
}> {
  const laid: LaidRegion[] = [];
  for (const region of regions) laid.push(await layOutRegion(region, inner, measure));
  const origins = packRegions(laid, aspect);
  const positions: Record<string, { x: number; y: number }> = Object.create(null) as Record<
    string,
    { x: number; y: number }
  >;
  const sizes: Record<string, { width: number; height: number }> = Object.create(null) as Record<
    string,
    { width: number; height: number }
  >;
  let width = 0;
  let height = 0;
  for (const region of laid) {
    const origin = origins.get(region.id)!;
    width = Math.max(width, origin.x + region.width);
    height = Math.max(height, origin.y + region.height);
    for (const [id, p] of Object.entries(region.positions)) {
      positions[id] = { x: origin.x + p.x, y: origin.y + p.y };
      sizes[id] = region.sizes[id]!;
    }
  }
  return { positions, sizes, width, height };
}
