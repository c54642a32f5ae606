// The view as a URL fragment, and back. Values that do not fit the map are dropped with a
// note, never an error. Pure: no DOM, no store.
import { mapIndex } from "../core/mapIndex";
import type { ArgumentMap, ClaimId, LinkType, SpeakerId, TopicId } from "../core/types";
import type { Status } from "../evaluate/evaluateMap";
import { FRAMING, NO_TOPIC, type FilterMode } from "./viewFilter";

export interface SharedView {
  hiddenSpeakers: SpeakerId[];
  hiddenTopics: TopicId[];
  hiddenRelations: LinkType[];
  mode: FilterMode;
  focus: { claimId: ClaimId; depth: number } | null;
  pair: { from: SpeakerId; to: SpeakerId } | null;
  hiddenStatuses: Status[];
  search: string;
  selectedId: ClaimId | null;
  lens: SpeakerId | null;
  viewport: { x: number; y: number; zoom: number } | null;
  direction: "TB" | "LR";
  view: "map" | "outline";
}

export const DEFAULT_VIEW: SharedView = {
  hiddenSpeakers: [],
  hiddenTopics: [],
  hiddenRelations: [],
  mode: "dim",
  focus: null,
  pair: null,
  hiddenStatuses: [],
  search: "",
  selectedId: null,
  lens: null,
  viewport: null,
  direction: "TB",
  view: "map",
};

const round = (n: number, digits: number) => Number(n.toFixed(digits));

/** A minimal query string of repeated keys (URLSearchParams is a web API; the model has none). */
class Params {
  private readonly entries: [string, string][] = [];
  static parse(text: string): Params {
    const params = new Params();
    for (const part of text.split("&")) {
      if (part === "") continue;
      const eq = part.indexOf("=");
      const decode = (s: string) => {
        try {
          return decodeURIComponent(s.replace(/\+/g, " "));
        } catch {
          return s;
        }
      };
      params.append(
        decode(eq < 0 ? part : part.slice(0, eq)),
        decode(eq < 0 ? "" : part.slice(eq + 1)),
      );
    }
    return params;
  }
  append(key: string, value: string): void {
    this.entries.push([key, value]);
  }
  set(key: string, value: string): void {
    this.append(key, value);
  }
  get(key: string): string | null {
    return this.entries.find(([k]) => k === key)?.[1] ?? null;
  }
  getAll(key: string): string[] {
    return this.entries.filter(([k]) => k === key).map(([, v]) => v);
  }
  keys(): string[] {
    return this.entries.map(([k]) => k);
  }
  toString(): string {
    return this.entries
      .map(([k, v]) => `${encodeURIComponent(k)}=${encodeURIComponent(v)}`)
      .join("&");
  }
}

/**
 * The fragment (without "#") that restores a view. Defaults are left out, so an untouched
 * view has an empty fragment.
 */
export function encodeView(view: SharedView): string {
  const p = new Params();
  for (const s of view.hiddenSpeakers) p.append("hs", s === FRAMING ? "~framing" : s);
  for (const t of view.hiddenTopics) p.append("ht", t === NO_TOPIC ? "~none" : t);
  for (const r of view.hiddenRelations) p.append("hr", r);
  for (const s of view.hiddenStatuses) p.append("hst", s);
  if (view.mode !== "dim") p.set("mode", view.mode);
  if (view.focus) {
    p.set("focus", view.focus.claimId);
    p.set("depth", String(view.focus.depth));
  }
  if (view.pair) {
    p.set("from", view.pair.from === FRAMING ? "~framing" : view.pair.from);
    p.set("to", view.pair.to === FRAMING ? "~framing" : view.pair.to);
  }
  if (view.search) p.set("q", view.search);
  if (view.selectedId !== null) p.set("sel", view.selectedId);
  if (view.lens !== null) p.set("lens", view.lens === FRAMING ? "~framing" : view.lens);
  if (view.direction !== "TB") p.set("dir", view.direction);
  if (view.view !== "map") p.set("view", view.view);
  if (view.viewport) {
    const { x, y, zoom } = view.viewport;
    p.set("v", `${round(x, 0)},${round(y, 0)},${round(zoom, 3)}`);
  }
  return p.toString();
}

export interface DecodedView {
  view: SharedView;
  /** What was in the URL but could not be used, in words. */
  ignored: string[];
}

/**
 * Reads a fragment against a map: unknown ids and malformed values are ignored, each with a
 * note saying what was dropped.
 */
export function decodeView(fragment: string, map: ArgumentMap): DecodedView {
  const p = Params.parse(fragment.startsWith("#") ? fragment.slice(1) : fragment);
  const index = mapIndex(map);
  const ignored: string[] = [];
  const view: SharedView = { ...DEFAULT_VIEW };
  const speakerId = (raw: string, what: string): SpeakerId | undefined => {
    if (raw === "~framing") return FRAMING;
    if (index.speakers.has(raw)) return raw;
    ignored.push(`${what}: no speaker "${raw}" in this map`);
    return undefined;
  };
  const claimId = (raw: string, what: string): ClaimId | undefined => {
    if (index.claims.has(raw)) return raw;
    ignored.push(`${what}: no claim "${raw}" in this map`);
    return undefined;
  };
  const known = new Set([
    "hs",
    "ht",
    "hr",
    "hst",
    "mode",
    "focus",
    "depth",
    "from",
    "to",
    "q",
    "sel",
    "lens",
    "dir",
    "view",
    "v",
    "m",
  ]);
  for (const key of new Set(p.keys()))
    if (!known.has(key)) ignored.push(`unknown setting "${key}"`);

  view.hiddenSpeakers = p.getAll("hs").flatMap((s) => speakerId(s, "hidden speaker") ?? []);
  view.hiddenTopics = p.getAll("ht").flatMap((t) => {
    if (t === "~none") return [NO_TOPIC];
    if (index.topics.has(t)) return [t];
    ignored.push(`hidden topic: no topic "${t}" in this map`);
    return [];
  });
  view.hiddenRelations = p.getAll("hr").flatMap((r) => {
    if (r === "support" || r === "dispute") return [r];
    ignored.push(`hidden relation: "${r}" is not support or dispute`);
    return [];
  });
  view.hiddenStatuses = p.getAll("hst").flatMap((s) => {
    if (s === "stands" || s === "falls" || s === "undecided") return [s];
    ignored.push(`hidden status: "${s}" is not stands, falls or undecided`);
    return [];
  });
  const mode = p.get("mode");
  if (mode === "hide" || mode === "dim") view.mode = mode;
  else if (mode !== null) ignored.push(`mode: "${mode}" is not dim or hide`);
  const focus = p.get("focus");
  if (focus !== null) {
    const id = claimId(focus, "focus");
    const depth = Number(p.get("depth") ?? "1");
    if (id !== undefined) {
      if (Number.isInteger(depth) && depth >= 1 && depth <= 3) view.focus = { claimId: id, depth };
      else {
        view.focus = { claimId: id, depth: 1 };
        ignored.push(`depth: "${p.get("depth")}" is not 1, 2 or 3`);
      }
    }
  }
  const from = p.get("from");
  const to = p.get("to");
  if (from !== null && to !== null) {
    const a = speakerId(from, "speaker pair");
    const b = speakerId(to, "speaker pair");
    if (a !== undefined && b !== undefined) view.pair = { from: a, to: b };
  }
  view.search = (p.get("q") ?? "").slice(0, 200);
  const sel = p.get("sel");
  if (sel !== null) view.selectedId = claimId(sel, "selection") ?? null;
  const lens = p.get("lens");
  if (lens !== null) view.lens = speakerId(lens, "lens") ?? null;
  const dir = p.get("dir");
  if (dir === "LR" || dir === "TB") view.direction = dir;
  else if (dir !== null) ignored.push(`direction: "${dir}" is not TB or LR`);
  const mapView = p.get("view");
  if (mapView === "outline" || mapView === "map") view.view = mapView;
  else if (mapView !== null) ignored.push(`view: "${mapView}" is not map or outline`);
  const v = p.get("v");
  if (v !== null) {
    const [x, y, zoom] = v.split(",").map(Number);
    if (
      [x, y, zoom].every((n) => n !== undefined && Number.isFinite(n)) &&
      (zoom ?? 0) > 0 &&
      (zoom ?? 0) <= 10
    ) {
      view.viewport = { x: x as number, y: y as number, zoom: zoom as number };
    } else ignored.push(`viewport: "${v}" is not x,y,zoom`);
  }
  return { view, ignored };
}

/** The fragment with the token of the document it belongs to (`m=`), for the browser's history. */
export function withDocumentToken(fragment: string, token: string): string {
  return fragment === "" ? `m=${token}` : `${fragment}&m=${token}`;
}

/** The document token a fragment carries, if any. */
export function documentTokenOf(fragment: string): string | null {
  return Params.parse(fragment.startsWith("#") ? fragment.slice(1) : fragment).get("m");
}
