// Layered layout with Graphviz's dot (WebAssembly). No DOM, no React.
// Chosen by measurement: see README, "Layout".
import type { Graphviz } from "@hpcc-js/wasm-graphviz";
import type { LayoutEngine, LayoutRequest, LayoutResult } from "./layoutTypes";

/** Space between cards and around regions, in px (dot's points are taken as px). */
export const SPACING = { node: 20, rank: 44 } as const;

const inches = (px: number) => (px / 72).toFixed(4);

/**
 * The dot program for a request. Node names are generated (`n0`, `n1`, …),
 * so no id from a file is ever written into the dot text.
 */
export function toDot(request: LayoutRequest): string {
  const lines = [
    "digraph map {",
    `graph [rankdir=${request.direction === "LR" ? "RL" : "TB"}, splines=none, nodesep=${inches(SPACING.node)}, ranksep=${inches(SPACING.rank)}, margin=0];`,
    'node [shape=box, fixedsize=true, label=""];',
  ];
  const index = new Map<string, number>();
  request.nodes.forEach((node, i) => {
    index.set(node.id, i);
    lines.push(`n${i} [width=${inches(node.width)}, height=${inches(node.height)}];`);
  });
  const fans = fanRows(request);
  for (const edge of request.edges) {
    const to = index.get(edge.to);
    const from = index.get(edge.from);
    if (to === undefined || from === undefined || to === from) continue;
    // A folded reason below the first row hangs from the one above it, not from its claim:
    // a long edge would make dot reserve room for it in every rank it crosses.
    if (fans.lowered.has(from) && fans.parentOf.get(from) === to) continue;
    lines.push(`n${to} -> n${from};`);
  }
  for (const [above, below] of fans.pairs) lines.push(`n${above} -> n${below};`);
  lines.push("}");
  return lines.join("\n");
}

/** A fan wider than this many cards is folded into rows. */
export const FAN_LIMIT = 12;

/**
 * Folds wide fans into rows: when a claim has many reasons or objections with none of their
 * own (leaves), they would all sit in one rank, one very wide row; instead each is ranked
 * below the one a row-length before it, so the fan wraps into a block near the shape of a
 * square. Returns the pairs of node indexes (upper, lower) to chain, and the leaves below
 * the first row with the claim whose fan they are in.
 */
export function fanRows(request: LayoutRequest): {
  pairs: [number, number][];
  lowered: Set<number>;
  parentOf: Map<number, number>;
} {
  const index = new Map(request.nodes.map((n, i) => [n.id, i]));
  const hasReasons = new Set<number>();
  const reasons = new Map<number, number[]>();
  for (const edge of request.edges) {
    const to = index.get(edge.to);
    const from = index.get(edge.from);
    if (to === undefined || from === undefined || to === from) continue;
    hasReasons.add(to);
    const list = reasons.get(to);
    if (list) list.push(from);
    else reasons.set(to, [from]);
  }
  const pairs: [number, number][] = [];
  const folded = new Set<number>();
  const lowered = new Set<number>();
  const parentOf = new Map<number, number>();
  for (const [parent, children] of reasons) {
    const leaves = [...new Set(children)].filter((c) => !hasReasons.has(c) && !folded.has(c));
    if (leaves.length <= FAN_LIMIT) continue;
    const card = request.nodes[leaves[0]!]!;
    // Rows of about sqrt(n × height / width) cards make the block roughly square.
    const perRow = Math.max(
      4,
      Math.ceil(
        Math.sqrt((leaves.length * (card.height + SPACING.rank)) / (card.width + SPACING.node)),
      ),
    );
    for (let i = perRow; i < leaves.length; i++) {
      pairs.push([leaves[i - perRow]!, leaves[i]!]);
      lowered.add(leaves[i]!);
      parentOf.set(leaves[i]!, parent);
    }
    for (const leaf of leaves) folded.add(leaf);
  }
  return { pairs, lowered, parentOf };
}

/**
 * Reads dot's "plain" output (inches, y up, node centres) back into top-left positions in px,
 * y down. Lines look like `graph 1 10.5 4.2` and `node n3 1.25 2 3.61 1.5 "" solid box black lightgrey`.
 */
export function fromDotPlain(
  request: LayoutRequest,
  plain: string,
): Omit<LayoutResult, "engine" | "milliseconds"> {
  const positions: LayoutResult["positions"] = Object.create(null) as LayoutResult["positions"];
  let width = 0;
  let height = 0;
  for (const line of plain.split("\n")) {
    const parts = line.split(" ");
    if (parts[0] === "graph") {
      width = Number(parts[2]) * 72;
      height = Number(parts[3]) * 72;
    } else if (parts[0] === "node") {
      const node = request.nodes[Number(parts[1]?.slice(1))];
      if (!node) continue;
      const cx = Number(parts[2]) * 72;
      const cy = Number(parts[3]) * 72;
      positions[node.id] = {
        x: Math.round(cx - node.width / 2),
        y: Math.round(height - cy - node.height / 2),
      };
    }
  }
  return { positions, width, height };
}

/** A layout engine backed by a loaded Graphviz instance. */
export function dotEngine(load: () => Promise<Graphviz>): LayoutEngine {
  return async (request) => {
    const graphviz = await load();
    const started = performance.now();
    if (request.nodes.length === 0) {
      return { positions: {}, width: 0, height: 0, engine: "graphviz-dot", milliseconds: 0 };
    }
    const plain = graphviz.layout(toDot(request), "plain", "dot");
    return {
      ...fromDotPlain(request, plain),
      engine: "graphviz-dot",
      milliseconds: performance.now() - started,
    };
  };
}
