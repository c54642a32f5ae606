// The layout worker: keeps Graphviz and the text measurer off the main thread. Graphviz is
// imported on its own (a chunk of 800 KB): the worker answers at once, and its WebAssembly
// compiles while the main thread is still starting.
import type { Graphviz } from "@hpcc-js/wasm-graphviz";
import { estimateMeasure } from "./cardSize";
import { threadMeasure } from "./canvasMeasure";
import { dotEngine } from "./dotLayout";
import type { LayoutJob } from "./layoutWorkerProtocol";
import type { PieceCache } from "./packedRegions";
import { runLayoutJob } from "./runLayoutJob";

let graphviz: Promise<Graphviz> | undefined;
const loadGraphviz = () =>
  (graphviz ??= import("@hpcc-js/wasm-graphviz").then((module) => module.Graphviz.load()));
const engine = dotEngine(loadGraphviz);
// Parts of regions laid out before: a region laid out again re-runs dot only where it changed.
const pieces: PieceCache = new Map();

const measure = threadMeasure(estimateMeasure);

self.onmessage = (event: MessageEvent<LayoutJob | { warmUp: true }>) => {
  if ("warmUp" in event.data) {
    void loadGraphviz();
    return;
  }
  void runLayoutJob(event.data, engine, measure, pieces).then((reply) => self.postMessage(reply));
};
