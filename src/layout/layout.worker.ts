// The layout worker: keeps Graphviz and the text measurer off the main thread.
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import { estimateMeasure, type Measure } from "./cardSize";
import { dotEngine } from "./dotLayout";
import { packedRegions } from "./packedRegions";
import type { LayoutJob } from "./layoutWorkerProtocol";
import { runLayoutJob } from "./runLayoutJob";

let graphviz: Promise<Graphviz> | undefined;
const engine = packedRegions(dotEngine(() => (graphviz ??= Graphviz.load())));

function canvasMeasure(): Measure {
  if (typeof OffscreenCanvas === "undefined") return estimateMeasure;
  const context = new OffscreenCanvas(1, 1).getContext("2d");
  if (!context) return estimateMeasure;
  const cache = new Map<string, number>();
  let current = "";
  return (text, font) => {
    const key = `${font}|${text}`;
    let width = cache.get(key);
    if (width === undefined) {
      // Setting the font is costly (it is parsed each time): only when it changes.
      if (font !== current) context.font = current = font;
      width = context.measureText(text).width;
      if (cache.size < 100_000) cache.set(key, width);
    }
    return width;
  };
}

const measure = canvasMeasure();

self.onmessage = (event: MessageEvent<LayoutJob | { warmUp: true }>) => {
  if ("warmUp" in event.data) {
    void (graphviz ??= Graphviz.load());
    return;
  }
  void runLayoutJob(event.data, engine, measure).then((reply) => self.postMessage(reply));
};
