// The layout worker: keeps Graphviz and the text measurer off the main thread.
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import { estimateMeasure, type Measure } from "./cardSize";
import { cachedMeasure } from "./canvasMeasure";
import { dotEngine } from "./dotLayout";
import { packedRegions } from "./packedRegions";
import type { LayoutJob } from "./layoutWorkerProtocol";
import { runLayoutJob } from "./runLayoutJob";

let graphviz: Promise<Graphviz> | undefined;
const engine = packedRegions(dotEngine(() => (graphviz ??= Graphviz.load())));

function canvasMeasure(): Measure {
  if (typeof OffscreenCanvas === "undefined") return estimateMeasure;
  const context = new OffscreenCanvas(1, 1).getContext("2d");
  return context ? cachedMeasure(context) : estimateMeasure;
}

const measure = canvasMeasure();

self.onmessage = (event: MessageEvent<LayoutJob | { warmUp: true }>) => {
  if ("warmUp" in event.data) {
    void (graphviz ??= Graphviz.load());
    return;
  }
  void runLayoutJob(event.data, engine, measure).then((reply) => self.postMessage(reply));
};
