// The main thread's side of the layout worker: one worker, promises keyed by request id.
import { revived } from "./knownLayouts";
import type { LayoutJob, LayoutReply } from "./layoutWorkerProtocol";

type Pending = { resolve: (reply: LayoutReply) => void };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<LayoutReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.requestId);
    pending.delete(reply.requestId);
    // A message's records have Object.prototype again: back to null-prototype records.
    waiting?.resolve(reply.ok ? { ...reply, regions: reply.regions.map(revived) } : reply);
  };
  worker.onerror = (event) => {
    event.preventDefault();
    for (const [requestId, waiting] of pending) {
      waiting.resolve({
        requestId,
        ok: false,
        message: event.message || "the layout worker failed",
      });
    }
    pending.clear();
    worker?.terminate();
    worker = undefined;
  };
  return worker;
}

/** Lays out a map in the worker. Never rejects: failures come back as `{ ok: false }`. */
export function requestLayout(job: Omit<LayoutJob, "requestId">): Promise<LayoutReply> {
  const requestId = nextId++;
  return new Promise((resolve) => {
    pending.set(requestId, { resolve });
    getWorker().postMessage({ ...job, requestId });
  });
}

/**
 * Starts the worker and its Graphviz now, while the page is still starting, so that the
 * first layout does not wait for them.
 */
export function warmUpLayout(): void {
  getWorker().postMessage({ warmUp: true });
}
