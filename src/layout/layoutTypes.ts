// The small interface every layout engine sits behind. Plain data only, so that a request
// and its result can cross to and from a Web Worker. Pure: no DOM, no React, no store.

export type LayoutDirection = "TB" | "LR";

export interface LayoutNode {
  id: string;
  width: number;
  height: number;
  /** The region (topic) the node belongs to, if any. */
  group?: string;
}

/** A link in argument terms: `from` supports or disputes `to`, so `to` is ranked first. */
export interface LayoutEdge {
  from: string;
  to: string;
}

export interface LayoutRequest {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  direction: LayoutDirection;
  /** Width over height of the screen the map is shown on; packing aims for it. */
  aspect?: number;
}

export interface LayoutResult {
  /** Top-left corner of each node, in the order of the request's nodes. */
  positions: Record<string, { x: number; y: number }>;
  width: number;
  height: number;
  engine: string;
  milliseconds: number;
}

export type LayoutEngine = (request: LayoutRequest) => Promise<LayoutResult>;
