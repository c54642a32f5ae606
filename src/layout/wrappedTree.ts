// A layout for big maps: a tidy layered tree over a spanning tree of each connected part,
// whose broad ranks are wrapped into rows. Linear in the number of claims, so it takes
// milliseconds where dot takes seconds, and the wrapping keeps the shape near the screen's
// instead of one very wide row: argument maps are broad and shallow (most claims are reasons
// nobody answered, spread over many claims). A claim's reasons sit below it (top-down) or
// left of it (left-right), its own reasons below them, and so on; a claim with many reasons
// wraps them into several rows under it. Links left out of the spanning tree (a reason given
// for two claims, cycles) are drawn, not laid out. No DOM, no React.
import { SPACING } from "./dotLayout";
import type { LayoutDirection, LayoutEdge, LayoutNode } from "./layoutTypes";
import { shelfPack } from "./shelfPack";

/** Maps with more claims than this are laid out as wrapped trees rather than with dot. */
export const TREE_LAYOUT_CLAIMS = 1000;

export interface Laid {
  positions: Record<string, { x: number; y: number }>;
  width: number;
  height: number;
}

/**
 * A spanning forest of a connected part, each claim under the claim it supports: roots are the
 * claims that support nothing in the part (the first claim if every claim supports another),
 * and each claim hangs under the first claim, breadth first, that it is a reason for.
 * @returns the roots, and each claim's children, as node indexes.
 */
export function spanningForest(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
): { roots: number[]; children: number[][] } {
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const reasons: number[][] = nodes.map(() => []);
  const supportsSomething = new Uint8Array(nodes.length);
  for (const e of edges) {
    const from = index.get(e.from);
    const to = index.get(e.to);
    if (from === undefined || to === undefined || from === to) continue;
    reasons[to]!.push(from);
    supportsSomething[from] = 1;
  }
  const children: number[][] = nodes.map(() => []);
  const seen = new Uint8Array(nodes.length);
  const roots: number[] = [];
  const grow = (root: number) => {
    roots.push(root);
    seen[root] = 1;
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
      const v = queue[head]!;
      for (const r of reasons[v]!) {
        if (seen[r]) continue;
        seen[r] = 1;
        children[v]!.push(r);
        queue.push(r);
      }
    }
  };
  for (let i = 0; i < nodes.length; i++) if (!supportsSomething[i] && !seen[i]) grow(i);
  for (let i = 0; i < nodes.length; i++) if (!seen[i]) grow(i);
  return { roots, children };
}

/** Space between wrapped rows of reasons: room for the links of the rows below to pass. */
const ROW_GAP = SPACING.rank;

/**
 * Lays out a connected part as a wrapped tree whose whole comes close to `aspect` (width over
 * height). Top-down: each claim is centred above the block of its reasons' subtrees, which
 * are laid side by side in rows no wider than a limit (or the widest subtree), smallest
 * first; the limit is chosen, by bisection, for the shape. Left-right is the same turned on
 * its side, reasons to the left.
 */
export function layOutTree(
  nodes: readonly LayoutNode[],
  edges: readonly LayoutEdge[],
  direction: LayoutDirection,
  aspect: number,
): Laid {
  const n = nodes.length;
  const { roots, children } = spanningForest(nodes, edges);
  // Sizes along the tree (w across ranks, h along them): left-right turns the cards.
  const w = new Float64Array(n);
  const h = new Float64Array(n);
  nodes.forEach((node, i) => {
    w[i] = direction === "TB" ? node.width : node.height;
    h[i] = direction === "TB" ? node.height : node.width;
  });
  // Children before parents: the reverse of a breadth-first order.
  const order: number[] = [];
  for (const root of roots) {
    const start = order.length;
    order.push(root);
    for (let head = start; head < order.length; head++) order.push(...children[order[head]!]!);
  }
  const boxW = new Float64Array(n);
  const boxH = new Float64Array(n);
  // Where a node sits in its subtree's box, and where each child's box sits in it.
  const ownX = new Float64Array(n);
  const childX = new Float64Array(n);
  const childY = new Float64Array(n);

  const measure = (limit: number) => {
    for (let k = order.length - 1; k >= 0; k--) {
      const v = order[k]!;
      const kids = children[v]!;
      if (kids.length === 0) {
        boxW[v] = w[v]!;
        boxH[v] = h[v]!;
        ownX[v] = 0;
        continue;
      }
      // Smallest subtrees first: the rows nearest the claim hold its direct answers, and the
      // links of the rows below cross short cards rather than tall subtrees.
      const sorted = [...kids].sort((a, b) => boxH[a]! - boxH[b]! || boxW[a]! - boxW[b]!);
      const cap = Math.max(limit, ...sorted.map((c) => boxW[c]!));
      const rows: { members: number[]; width: number; height: number }[] = [];
      let row = { members: [] as number[], width: 0, height: 0 };
      for (const c of sorted) {
        const add = (row.members.length > 0 ? SPACING.node : 0) + boxW[c]!;
        if (row.members.length > 0 && row.width + add > cap) {
          rows.push(row);
          row = { members: [], width: 0, height: 0 };
        }
        row.width += (row.members.length > 0 ? SPACING.node : 0) + boxW[c]!;
        row.height = Math.max(row.height, boxH[c]!);
        row.members.push(c);
      }
      rows.push(row);
      const blockW = Math.max(...rows.map((r) => r.width));
      const width = Math.max(w[v]!, blockW);
      let y = h[v]! + SPACING.rank;
      for (const r of rows) {
        let x = (width - r.width) / 2;
        for (const c of r.members) {
          childX[c] = x;
          childY[c] = y;
          x += boxW[c]! + SPACING.node;
        }
        y += r.height + ROW_GAP;
      }
      boxW[v] = width;
      boxH[v] = y - ROW_GAP;
      ownX[v] = (width - w[v]!) / 2;
    }
    const boxes = roots.map((r) => ({
      w: boxW[r]! + SPACING.rank,
      h: boxH[r]! + SPACING.rank,
      x: 0,
      y: 0,
    }));
    const packed = shelfPack(boxes, aspect);
    return { boxes, width: packed.w - SPACING.rank, height: packed.h - SPACING.rank };
  };

  // The row limit whose whole comes closest to the shape asked for (in the tree's own axes).
  const target = direction === "TB" ? aspect : 1 / aspect;
  const narrowest = Math.max(...Array.from(w));
  let low = narrowest;
  let high = Math.max(
    narrowest,
    w.reduce((s, x) => s + x + SPACING.node, 0),
  );
  let best = { limit: high, miss: Infinity };
  for (let step = 0; step < 18 && high - low > narrowest / 4; step++) {
    const limit = (low + high) / 2;
    const { width, height } = measure(limit);
    const ratio = width / Math.max(1, height);
    const miss = Math.abs(Math.log(ratio / target));
    if (miss < best.miss) best = { limit, miss };
    if (ratio > target) high = limit;
    else low = limit;
  }
  const { boxes, width, height } = measure(best.limit);

  // Absolute places, parents before children.
  const x0 = new Float64Array(n);
  const y0 = new Float64Array(n);
  roots.forEach((r, i) => {
    x0[r] = boxes[i]!.x;
    y0[r] = boxes[i]!.y;
  });
  const positions = Object.create(null) as Laid["positions"];
  for (let k = 0; k < order.length; k++) {
    const v = order[k]!;
    for (const c of children[v]!) {
      x0[c] = x0[v]! + childX[c]!;
      y0[c] = y0[v]! + childY[c]!;
    }
    const x = Math.round(x0[v]! + ownX[v]!);
    const y = Math.round(y0[v]!);
    positions[nodes[v]!.id] =
      direction === "TB" ? { x, y } : { x: Math.round(height - y - h[v]!), y: x };
  }
  return direction === "TB"
    ? { positions, width, height }
    : { positions, width: height, height: width };
}
