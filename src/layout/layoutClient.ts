// The main thread's side of the layout worker: one worker, promises keyed by request id.
import { revived } from "./knownLayouts";
import type { LayoutJob, LayoutReply, LayoutStored, WarmUp } from "./layoutWorkerProtocol";

type Pending = { resolve: (reply: LayoutReply) => void };

let worker: Worker | undefined;
let nextId = 1;
const pending = new Map<number, Pending>();

function getWorker(): Worker {
  if (worker) return worker;
  worker = new Worker(new URL("./layout.worker.ts", import.meta.url), { type: "module" });
  worker.onmessage = (event: MessageEvent<LayoutReply | LayoutStored>) => {
    const message = event.data;
    if ("stored" in message && !("ok" in message)) {
      // For `npm run bench`: a reload from now on finds this map's layout stored.
      performance.mark("argmap:layout-stored", { detail: { regions: message.stored } });
      return;
    }
    const reply = message;
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
 * Starts the worker now, while the page is still starting: it opens the stored layouts at
 * once, so that a map opened before finds its layout without waiting.
 */
export function startLayoutWorker(): void {
  getWorker();
}

/** Starts the worker and has it load Graphviz now, so that the first layout need not wait. */
export function warmUpLayout(): void {
  getWorker().postMessage({ warmUp: true } satisfies WarmUp);
}
