// Turns the export SVG into a PNG in the browser (the shell: Image, canvas, Blob).
import { estimateMeasure, type Measure } from "../../layout/cardSize";
import { cachedMeasure } from "../../layout/canvasMeasure";
import { fitScale, type FittedScale } from "./canvasLimits";

export class ExportCancelled extends Error {
  constructor() {
    super("The export was cancelled.");
  }
}

/**
 * Draws the SVG onto a canvas at `requestedScale` (lowered to fit the canvas limits) and
 * encodes a PNG. The SVG is drawn as vector at the final size, so text stays crisp.
 */
export async function rasterize(
  svg: string,
  width: number,
  height: number,
  requestedScale: number,
  signal: AbortSignal,
  onStep: (step: string) => void,
): Promise<{ blob: Blob; fitted: FittedScale; pixelWidth: number; pixelHeight: number }> {
  const fitted = fitScale(width, height, requestedScale);
  const pixelWidth = Math.max(1, Math.round(width * fitted.scale));
  const pixelHeight = Math.max(1, Math.round(height * fitted.scale));
  onStep("Drawing the image…");
  const url = URL.createObjectURL(new Blob([svg], { type: "image/svg+xml;charset=utf-8" }));
  try {
    const image = new Image(pixelWidth, pixelHeight);
    image.src = url;
    await image.decode();
    if (signal.aborted) throw new ExportCancelled();
    const canvas = document.createElement("canvas");
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext("2d");
    if (!context) throw new Error("this browser gave no 2D canvas for the image");
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight);
    onStep("Encoding the PNG…");
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (signal.aborted) throw new ExportCancelled();
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (signal.aborted) throw new ExportCancelled();
    if (!blob) throw new Error("the browser could not encode the PNG (the image may be too large)");
    return { blob, fitted, pixelWidth, pixelHeight };
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Canvas text metrics for the export's wrapping, the same as the layout worker's. */
export function canvasMeasure(): Measure {
  const context = document.createElement("canvas").getContext("2d");
  return context ? cachedMeasure(context) : estimateMeasure;
}
