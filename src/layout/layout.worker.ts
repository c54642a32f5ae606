// The layout worker: keeps Graphviz, the text measurer and the stored layouts off the main
// thread. Graphviz is imported on its own (a chunk of 800 KB) and only when asked to warm up or
// when a region must be laid out: a map whose layouts are stored never waits for it.
import type { Graphviz } from "@hpcc-js/wasm-graphviz";
import { CARD } from "../model/geometry/tokens";
import { estimateMeasure } from "./cardSize";
import { threadMeasure } from "./canvasMeasure";
import { dotEngine } from "./dotLayout";
import { measureSignature } from "./layoutKey";
import type { LayoutJob, LayoutStored, WarmUp } from "./layoutWorkerProtocol";
import type { PieceCache } from "./packedRegions";
import { runLayoutJob } from "./runLayoutJob";
import { indexedDbLayouts } from "./storedLayouts";

let graphviz: Promise<Graphviz> | undefined;
const loadGraphviz = () =>
  (graphviz ??= import("@hpcc-js/wasm-graphviz").then((module) => module.Graphviz.load()));
const engine = dotEngine(loadGraphviz);
// Parts of regions laid out before: a region laid out again re-runs dot only where it changed.
const pieces: PieceCache = new Map();

const measure = threadMeasure(estimateMeasure);
const storage = {
  layouts: indexedDbLayouts(),
  measure: measureSignature(measure, [CARD.textFont, CARD.chipFont]),
};

self.onmessage = (event: MessageEvent<LayoutJob | WarmUp>) => {
  if ("warmUp" in event.data) {
    void loadGraphviz();
    return;
  }
  const { requestId } = event.data;
  void runLayoutJob(event.data, engine, measure, pieces, {
    ...storage,
    written: (done) =>
      void done.then((stored) => {
        if (stored > 0) self.postMessage({ requestId, stored } satisfies LayoutStored);
      }),
  }).then((reply) => self.postMessage(reply));
};
