// Messages between the map and the layout worker. Plain data only.
import type { LaidRegion } from "./packedRegions";
import type { RegionInput } from "./regionInputs";

/** Regions to lay out, each on its own. */
export interface LayoutJob {
  requestId: number;
  regions: RegionInput[];
}

export type LayoutReply =
  | { requestId: number; ok: true; regions: LaidRegion[]; milliseconds: number }
  | { requestId: number; ok: false; message: string };
