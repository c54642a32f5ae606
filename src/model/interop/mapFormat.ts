// The shape every file format has in the registry. Pure types and one helper: no DOM, no store.
import type { ArgumentMap } from "../core/types";
import type { ImportOutcome } from "./admitMap";
import type { ExportOutcome } from "./exportOutcome";

/** What `detect` looks at: the text, and its JSON value when the text is JSON (parsed once). */
export interface FormatSample {
  text: string;
  /** The parsed value when the text is a JSON object or array; undefined otherwise. */
  json: unknown;
  /** The file's name, when there is one: used only to break ties. */
  fileName?: string;
}

/** What an import may be given besides the text. */
export interface ImportOptions {
  /** The text the map analyses (a `.txt` opened with an AIF file): quotes are found in it. */
  sourceText?: string;
  /** The title of that text. */
  sourceTitle?: string;
  /** The file's name: a title for formats that have none. */
  fileName?: string;
}

/** What an export may be told. */
export interface ExportOptions {
  /** Kialo: the claim at the top of the tree; by default the top claim with most below it. */
  root?: string;
}

/** A file format the app opens and writes. */
export interface MapFormat {
  /** A stable id, such as "aif". */
  id: string;
  /** What a person calls it, such as "AIF (AIFdb, OVA)". */
  label: string;
  /** Usual file name endings, lower case with the dot: [".json"]. */
  extensions: readonly string[];
  /** The media type to save as. */
  mediaType: string;
  /** How sure the format is that the sample is its own, from 0 (not at all) to 1 (certain). */
  detect(sample: FormatSample): number;
  /** Reads the text into a map that has passed the loader, or gives problems; never throws. */
  parse(text: string, options?: ImportOptions): Promise<ImportOutcome>;
  /** Writes the map, and lists what the format could not carry. */
  serialise(map: ArgumentMap, options?: ExportOptions): ExportOutcome;
}

/** A title from a file name: "nodeset6443.json" → "nodeset6443". */
export function titleFromFileName(fileName: string | undefined): string | undefined {
  if (fileName === undefined) return undefined;
  const base = fileName.split(/[\\/]/).pop() ?? "";
  const stem = base.replace(/\.[^.]*$/, "").trim();
  return stem === "" ? undefined : stem.slice(0, 500);
}
