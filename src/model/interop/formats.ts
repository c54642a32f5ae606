// The registry of file formats: the app's own JSON, AIF, Argdown and Kialo, each a plug-in
// with detect, parse and serialise. The format is recognised from the content; the file
// name only breaks ties. Pure: no DOM, no store. Never throws.
import type { ArgumentMap } from "../core/types";
import type { ImportOutcome } from "./admitMap";
import { aifFormat } from "./aifFormat";
import { argdownFormat } from "./argdownFormat";
import { argumentMapFormat } from "./argumentMapFormat";
import type { ExportOutcome } from "./exportOutcome";
import { kialoFormat } from "./kialoFormat";
import type { ExportOptions, FormatSample, ImportOptions, MapFormat } from "./mapFormat";

/** Every format the app knows, its own first. */
export const FORMATS: readonly MapFormat[] = [
  argumentMapFormat,
  aifFormat,
  argdownFormat,
  kialoFormat,
];

/** The format with this id, or undefined. */
export function formatById(id: string): MapFormat | undefined {
  return FORMATS.find((f) => f.id === id);
}

/** The text with its JSON value, parsed once for all detectors. */
export function sampleOf(text: string, fileName?: string): FormatSample {
  const start = text.trimStart()[0];
  let json: unknown;
  if (start === "{" || start === "[") {
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
  }
  return { text, json, ...(fileName === undefined ? {} : { fileName }) };
}

/**
 * The format the text is in, by content: the highest score wins, and between equal scores
 * the one whose extension the file name has. Undefined when no format claims the text.
 * @example detectFormat("Discussion Title: T\n\n1. Thesis")?.format.id === "kialo"
 */
export function detectFormat(
  text: string,
  fileName?: string,
  formats: readonly MapFormat[] = FORMATS,
): { format: MapFormat; score: number } | undefined {
  const sample = sampleOf(text, fileName);
  const extension = fileName?.toLowerCase().match(/\.[^./\\]+$/)?.[0];
  let best: { format: MapFormat; score: number; named: boolean } | undefined;
  for (const format of formats) {
    let score: number;
    try {
      score = format.detect(sample);
    } catch {
      continue;
    }
    if (!(score > 0)) continue;
    const named = extension !== undefined && format.extensions.includes(extension);
    if (!best || score > best.score || (score === best.score && named && !best.named)) {
      best = { format, score, named };
    }
  }
  return best && { format: best.format, score: best.score };
}

/**
 * Opens text in whichever format it is in. Text that is no known format goes to the app's
 * own loader, so it gets the same path-precise problems as before. Never throws.
 */
export async function importMap(
  text: string,
  options: ImportOptions & { format?: string } = {},
): Promise<ImportOutcome & { format: string }> {
  const { format: forced, ...rest } = options;
  const format =
    (forced === undefined ? undefined : formatById(forced)) ??
    detectFormat(text, options.fileName)?.format ??
    argumentMapFormat;
  try {
    return { ...(await format.parse(text, rest)), format: format.id };
  } catch (error) {
    return {
      ok: false,
      format: format.id,
      problems: [
        {
          path: "(file)",
          message: `could not be read as ${format.label}: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
}

/** Writes the map in a format, with what that format could not carry. */
export function exportMap(
  map: ArgumentMap,
  formatId: string,
  options: ExportOptions = {},
): ExportOutcome | undefined {
  return formatById(formatId)?.serialise(map, options);
}
