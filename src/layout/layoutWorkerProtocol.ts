// Messages between the map and the layout worker. Plain data only.
import type { CardContent } from "./cardSize";
import type { LayoutDirection, LayoutEdge, LayoutResult } from "./layoutTypes";

export interface LayoutJob {
  requestId: number;
  cards: (CardContent & { id: string; group?: string; minHeight?: number })[];
  edges: LayoutEdge[];
  direction: LayoutDirection;
  aspect?: number;
}

export type LayoutReply =
  | {
      requestId: number;
      ok: true;
      result: LayoutResult;
      sizes: Record<string, { width: number; height: number }>;
    }
  | { requestId: number; ok: false; message: string };
