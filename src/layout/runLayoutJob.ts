// Sizes the cards and lays them out: the whole job the worker does, as a plain function.
import { cardSize, type Measure } from "./cardSize";
import type { LayoutEngine } from "./layoutTypes";
import type { LayoutJob, LayoutReply } from "./layoutWorkerProtocol";

export async function runLayoutJob(
  job: LayoutJob,
  engine: LayoutEngine,
  measure: Measure,
): Promise<LayoutReply> {
  try {
    const sizes: Record<string, { width: number; height: number }> = Object.create(null) as Record<
      string,
      { width: number; height: number }
    >;
    const nodes = job.cards.map((card) => {
      const size = cardSize(card, measure);
      size.height = Math.max(size.height, card.minHeight ?? 0);
      sizes[card.id] = size;
      return { id: card.id, ...size, ...(card.group === undefined ? {} : { group: card.group }) };
    });
    const result = await engine({
      nodes,
      edges: job.edges,
      direction: job.direction,
      ...(job.aspect === undefined ? {} : { aspect: job.aspect }),
    });
    return { requestId: job.requestId, ok: true, result, sizes };
  } catch (error) {
    return {
      requestId: job.requestId,
      ok: false,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
