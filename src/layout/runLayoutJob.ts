// The whole job the worker does, as a plain function: for each region, its stored layout if it
// was laid out on an earlier visit, else size its cards and lay it out (then keep it). Never
// rejects: a failure comes back as `{ ok: false }`.
import type { Measure } from "./cardSize";
import { storedLayoutKey } from "./layoutKey";
import type { LayoutEngine } from "./layoutTypes";
import type { LayoutJob, LayoutReply } from "./layoutWorkerProtocol";
import { layOutRegion, type LaidRegion, type PieceCache } from "./packedRegions";
import type { StoredLayouts, StoredRegion } from "./storedLayouts";

/** Layouts kept between visits, and how this thread measures text (part of their key). */
export interface JobStorage {
  layouts: StoredLayouts;
  /** A signature of the fonts cards are measured in: see `measureSignature`. */
  measure: string;
  /** Told when the new layouts of a job are written (with how many regions). */
  written?: (done: Promise<number>) => void;
}

export async function runLayoutJob(
  job: LayoutJob,
  engine: LayoutEngine,
  measure: Measure,
  cache?: PieceCache,
  storage?: JobStorage,
): Promise<LayoutReply> {
  const started = performance.now();
  try {
    const keys = storage
      ? job.regions.map((region) => storedLayoutKey(region.key, storage.measure))
      : [];
    const found = storage ? await storage.layouts.get(keys) : [];
    const regions: LaidRegion[] = [];
    const made: [string, StoredRegion][] = [];
    const used: [string, StoredRegion][] = [];
    const now = Date.now();
    for (const [i, region] of job.regions.entries()) {
      const stored = found[i];
      if (stored) {
        const { at: _at, ...laid } = stored;
        regions.push({ ...laid, key: region.key });
        used.push([keys[i]!, { ...stored, at: now }]);
        continue;
      }
      const laid = await layOutRegion(region, engine, measure, cache);
      regions.push(laid);
      if (storage) {
        const { key: _key, ...kept } = laid;
        made.push([keys[i]!, { ...kept, at: now }]);
      }
    }
    if (storage) {
      // Written after the reply is sent; a layout used again is marked as recently used.
      const write = Promise.resolve().then(async () => {
        await storage.layouts.put([...made, ...used]);
        return made.length;
      });
      storage.written?.(write);
    }
    return {
      requestId: job.requestId,
      ok: true,
      regions,
      milliseconds: performance.now() - started,
      stored: used.length,
    };
  } catch (error) {
    return {
      requestId: job.requestId,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
