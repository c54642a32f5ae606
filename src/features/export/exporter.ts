// Runs an export: gathers what is on the map, renders, and downloads. The shell around the
// pure renderer.
import type { ReactFlowInstance } from "@xyflow/react";
import { FRAMING_LABEL, mapIndex } from "../../model/core/mapIndex";
import { serializeMap } from "../../model/format/serializeMap";
import { activeFilters, FRAMING } from "../../model/view/viewFilter";
import { subsetMap } from "../../model/format/subsetMap";
import type { AppState } from "../../store/appStore";
import {
  selectDragged,
  selectEvaluation,
  selectMap,
  selectVisibility,
} from "../../store/selectors";
import { fileStem } from "../../model/format/fileStem";
import { download } from "../../ui/download";
import { scopeExport, type ExportScope, type PlacedClaim } from "./exportScope";
import { canvasMeasure, rasterize } from "./rasterize";
import { renderMapSvg } from "./renderMapSvg";
import { renderOverviewSvg } from "./renderOverviewSvg";
import { overviewOf, regionFrames } from "../../model/view/overview";

export type ExportFormat = "png" | "svg" | "json" | "aif" | "argdown" | "kialo";

/** The formats written as text through the format registry (the others are pictures or JSON). */
export const TEXT_FORMATS: Partial<Record<ExportFormat, { extension: string; type: string }>> = {
  aif: { extension: "json", type: "application/json" },
  argdown: { extension: "argdown", type: "text/plain" },
  kialo: { extension: "txt", type: "text/plain" },
};

export interface ExportOptions {
  format: ExportFormat;
  scope: ExportScope;
  scale: 1 | 2 | 3;
  background: "white" | "transparent";
  json: "document" | "view";
  /** Kialo: the claim at the top of the tree (default: the top claim with most below it). */
  root?: string;
}

export interface ExportOutcome {
  fileName: string;
  message: string;
  /** What the format could not carry, one line per kind of thing. */
  lost?: string[];
}

/** Where the layout put each claim, and its size: for claims React Flow has no card for. */
export interface LaidClaims {
  positions: ReadonlyMap<string, { x: number; y: number }>;
  sizes: ReadonlyMap<string, { width: number; height: number }>;
}

/**
 * The claims React Flow has placed, with their size on screen (or the layout's estimate); a
 * big map's overview hands React Flow no cards, so the others come from the layout, where the
 * user's drags are applied.
 */
function placedClaims(
  flow: ReactFlowInstance,
  laid?: LaidClaims,
  dragged?: ReadonlyMap<string, { x: number; y: number }>,
): PlacedClaim[] {
  const placed: PlacedClaim[] = flow.getNodes().map((node) => ({
    id: node.id,
    x: node.position.x,
    y: node.position.y,
    width: node.measured?.width ?? node.width ?? 260,
    height: node.measured?.height ?? node.initialHeight ?? node.height ?? 100,
  }));
  if (!laid) return placed;
  const have = new Set(placed.map((p) => p.id));
  for (const [id, at] of laid.positions) {
    const size = laid.sizes.get(id);
    if (have.has(id) || !size) continue;
    placed.push({ id, ...(dragged?.get(id) ?? at), ...size });
  }
  return placed;
}

function viewportBox(flow: ReactFlowInstance, pane: Element | null) {
  const { x, y, zoom } = flow.getViewport();
  const rect = pane?.getBoundingClientRect();
  return {
    x: -x / zoom,
    y: -y / zoom,
    width: (rect?.width ?? 1000) / zoom,
    height: (rect?.height ?? 700) / zoom,
  };
}

/** The claims "the selection" exports: all that are selected, the one in the details too. */
export function selectedClaims(state: AppState): Set<string> {
  const selected = new Set(state.selectedIds);
  if (state.selectedId !== null) selected.add(state.selectedId);
  return selected;
}

export async function runExport(
  options: ExportOptions,
  state: AppState,
  flow: ReactFlowInstance,
  signal: AbortSignal,
  onStep: (step: string) => void,
  laid?: LaidClaims,
): Promise<ExportOutcome> {
  const stem = fileStem(selectMap(state).title);
  const visible = selectVisibility(state);
  if (options.format === "json") {
    const map =
      options.json === "document"
        ? selectMap(state)
        : subsetMap(selectMap(state), visible.matching, visible.matchingLinks);
    const fileName = `${stem}${options.json === "view" ? "-view" : ""}.json`;
    download(new Blob([serializeMap(map)], { type: "application/json" }), fileName);
    return {
      fileName,
      message: `Saved ${fileName}: ${map.claims.length.toLocaleString("en-US")} claims, ${map.links.length.toLocaleString("en-US")} links.`,
    };
  }
  const textFormat = TEXT_FORMATS[options.format];
  if (textFormat) {
    onStep("Writing the file…");
    const { exportMap } = await import("../../model/interop/formats");
    const map =
      options.json === "view"
        ? subsetMap(selectMap(state), visible.matching, visible.matchingLinks)
        : selectMap(state);
    const written = exportMap(map, options.format, options.root ? { root: options.root } : {});
    if (!written) throw new Error(`no writer for ${options.format}`);
    const fileName = `${stem}${options.json === "view" ? "-view" : ""}.${options.format === "aif" ? "aif.json" : textFormat.extension}`;
    download(new Blob([written.text], { type: textFormat.type }), fileName);
    return {
      fileName,
      message: `Saved ${fileName}: ${map.claims.length.toLocaleString("en-US")} claims.${written.lost.length > 0 ? " Not carried by this format:" : " Everything was carried."}`,
      lost: written.lost,
    };
  }
  onStep("Gathering the claims…");
  const placed = placedClaims(flow, laid, selectDragged(state));
  if (options.scope === "overview") {
    const at = new Map(placed.map((p) => [p.id, p]));
    const map = selectMap(state);
    const rendered = renderOverviewSvg({
      map,
      overview: overviewOf(map, visible),
      frames: regionFrames(map, (id) => at.get(id)),
      background: options.format === "svg" ? "white" : options.background,
      measure: canvasMeasure(),
      filters: filterWords(state),
    });
    return savePicture(rendered, `${stem}-overview`, options, signal, onStep);
  }
  const scoped = scopeExport(selectMap(state), placed, visible, options.scope, {
    viewport: viewportBox(flow, document.querySelector(".react-flow")),
    selected: selectedClaims(state),
  });
  if (scoped.boxes.size === 0) throw new Error("there is nothing to export in this scope");
  await new Promise((resolve) => setTimeout(resolve, 0));
  if (signal.aborted) throw new DOMException("cancelled", "AbortError");
  onStep("Drawing the map…");
  const rendered = renderMapSvg({
    map: selectMap(state),
    ...scoped,
    direction: state.direction,
    ...(state.showStatus
      ? { statusOf: (id: string) => selectEvaluation(state).claimStatus.get(id) }
      : {}),
    filters: filterWords(state),
    background: options.format === "svg" ? "white" : options.background,
    measure: canvasMeasure(),
  });
  return savePicture(rendered, stem, options, signal, onStep);
}

/** The filters in force, in words, for a picture's caption ("only Don Oberdorfer"). */
function filterWords(state: AppState): string[] {
  const map = selectMap(state);
  return activeFilters(map, state.filter, (key) =>
    key === FRAMING ? FRAMING_LABEL : (mapIndex(map).speakers.get(key)?.name ?? key),
  ).map((f) => f.label);
}

/** Downloads a picture as SVG, or as PNG at the chosen scale (scaled down past the limits). */
async function savePicture(
  picture: { svg: string; width: number; height: number },
  stem: string,
  options: ExportOptions,
  signal: AbortSignal,
  onStep: (step: string) => void,
): Promise<ExportOutcome> {
  if (options.format === "svg") {
    const fileName = `${stem}.svg`;
    download(new Blob([picture.svg], { type: "image/svg+xml" }), fileName);
    return {
      fileName,
      message: `Saved ${fileName} (${picture.width.toLocaleString("en-US")} × ${picture.height.toLocaleString("en-US")}).`,
    };
  }
  const png = await rasterize(
    picture.svg,
    picture.width,
    picture.height,
    options.scale,
    signal,
    onStep,
  );
  const scaleLabel = Number.isInteger(png.fitted.scale)
    ? `${png.fitted.scale}x`
    : `${png.fitted.scale.toFixed(2)}x`;
  const fileName = `${stem}-${png.fitted.reduced ? scaleLabel : `${options.scale}x`}.png`;
  download(png.blob, fileName);
  const size = `${png.pixelWidth.toLocaleString("en-US")} × ${png.pixelHeight.toLocaleString("en-US")} px`;
  return {
    fileName,
    message: png.fitted.reduced
      ? `Saved ${fileName} (${size}). The image was scaled down from ${options.scale}× to ${png.fitted.scale.toFixed(2)}× to stay within the browser's canvas limits (16,384 px a side, 100 megapixels).`
      : `Saved ${fileName} (${size}).`,
  };
}
