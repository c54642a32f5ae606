// The whole job the worker does, as a plain function: size each region's cards and lay the
// region out. Never rejects: a failure comes back as `{ ok: false }`.
import type { Measure } from "./cardSize";
import type { LayoutEngine } from "./layoutTypes";
import type { LayoutJob, LayoutReply } from "./layoutWorkerProtocol";
import { layOutRegion, type LaidRegion, type PieceCache } from "./packedRegions";

export async function runLayoutJob(
  job: LayoutJob,
  engine: LayoutEngine,
  measure: Measure,
  cache?: PieceCache,
): Promise<LayoutReply> {
  const started = performance.now();
  try {
    const regions: LaidRegion[] = [];
    for (const region of job.regions)
      regions.push(await layOutRegion(region, engine, measure, cache));
    return {
      requestId: job.requestId,
      ok: true,
      regions,
      milliseconds: performance.now() - started,
    };
  } catch (error) {
    return {
      requestId: job.requestId,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
