// Messages between the map and the layout worker. Plain data only.
import type { LaidRegion } from "./packedRegions";
import type { RegionInput } from "./regionInputs";

/** Regions to lay out, each on its own. */
export interface LayoutJob {
  requestId: number;
  regions: RegionInput[];
}

export type LayoutReply =
  | {
      requestId: number;
      ok: true;
      regions: LaidRegion[];
      milliseconds: number;
      /** How many of the regions were found stored from an earlier visit, not laid out. */
      stored?: number;
    }
  | { requestId: number; ok: false; message: string };

/** Sent once a job's new layouts are stored, so a later visit finds them. */
export interface LayoutStored {
  stored: number;
  requestId: number;
}

/** Asks the worker to load Graphviz now, before any layout needs it. */
export interface WarmUp {
  warmUp: true;
}
