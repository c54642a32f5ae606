// Opening a map from a file, pasted text or a URL, in any format the registry knows (the
// app's own JSON, AIF, Argdown, Kialo): every map goes through the one loader, and the map
// on screen is untouched on failure. The shell around model/interop/formats.ts.
import { LIMITS } from "../../model/core/schema";
import type { ArgumentMap, Problem } from "../../model/core/types";
import { parseMap } from "../../model/format/loadMap";
import type { ImportReport } from "../../model/interop/importReport";
import type { AppStore } from "../../store/appStore";
import { selectMap } from "../../store/selectors";

const MB = 1024 * 1024;

/** The registry, loaded when a file of another format is opened (it stays out of the start-up). */
const registry = () => import("../../model/interop/formats");

/** Texts this long are read in a worker: converting them on the main thread would freeze it. */
const WORKER_FROM = 256 * 1024;

type ImportOptions = Parameters<Awaited<ReturnType<typeof registry>>["importMap"]>[1];
type ImportResult = Awaited<ReturnType<Awaited<ReturnType<typeof registry>>["importMap"]>>;

/**
 * Converts and checks a map of any format: in a worker when the text is long and workers
 * exist, else (or if the worker fails) here.
 */
async function importAnywhere(text: string, options: ImportOptions): Promise<ImportResult> {
  if (text.length >= WORKER_FROM && typeof Worker !== "undefined") {
    const worker = new Worker(new URL("./import.worker.ts", import.meta.url), { type: "module" });
    try {
      return await new Promise<ImportResult>((resolve, reject) => {
        worker.onmessage = (event: MessageEvent<ImportResult>) => resolve(event.data);
        worker.onerror = (event) => reject(new Error(event.message));
        worker.postMessage({ text, options });
      });
    } catch {
      // A worker that cannot start (a restrictive browser setting): convert here instead.
    } finally {
      worker.terminate();
    }
  }
  return (await registry()).importMap(text, options);
}

/** Shows an opened map, and says how to get back the one it replaced. */
function opened(
  store: AppStore,
  map: ArgumentMap,
  imported?: { format: string; report: ImportReport },
) {
  const before = selectMap(store.getState());
  store.getState().openMap(map);
  store.getState().setNotice(`Opened “${map.title}”. Undo (Ctrl+Z) brings back “${before.title}”.`);
  if (imported) store.getState().setImportReport({ title: map.title, ...imported });
}

function refused(store: AppStore, where: string, problems: readonly Problem[]) {
  store.getState().setOpenProblems({ title: `${where} could not be opened`, problems });
}

/** The app's own JSON, recognised at a glance, needs no registry. */
const isOwnFormat = (text: string) => /^\s*\{[\s\S]{0,400}"format"\s*:\s*"argument-map"/.test(text);

/**
 * Opens text as a map, in whichever format it is; or reports its problems. The map on screen
 * is untouched on failure.
 * @param companion the text a map analyses (a `.txt` opened with an AIF file), for quotes.
 */
export async function openText(
  store: AppStore,
  text: string,
  where: string,
  options: { fileName?: string; companion?: { text: string; title: string } } = {},
): Promise<boolean> {
  if (isOwnFormat(text) && !options.companion) {
    const result = parseMap(text);
    if (result.ok) opened(store, result.map);
    else refused(store, where, result.problems);
    return result.ok;
  }
  const { formatById } = await registry();
  const result = await importAnywhere(text, {
    ...(options.fileName ? { fileName: options.fileName } : {}),
    ...(options.companion
      ? { sourceText: options.companion.text, sourceTitle: options.companion.title }
      : {}),
  });
  if (!result.ok) {
    refused(store, where, result.problems);
    return false;
  }
  opened(
    store,
    result.map,
    result.format === "argument-map"
      ? undefined
      : { format: formatById(result.format)?.label ?? result.format, report: result.report },
  );
  return true;
}

/** Reads a file's text after checking its size; problems come back as the file's. */
async function readText(
  file: File,
): Promise<{ ok: true; text: string } | { ok: false; problems: Problem[] }> {
  if (file.size > LIMITS.fileBytes)
    return {
      ok: false,
      problems: [
        {
          path: "(file)",
          message: `is ${(file.size / MB).toFixed(1)} MB, larger than the ${LIMITS.fileBytes / MB} MB limit`,
        },
      ],
    };
  try {
    return { ok: true, text: await file.text() };
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: "(file)",
          message: `could not be read (${error instanceof Error ? error.message : String(error)})`,
        },
      ],
    };
  }
}

/**
 * Checks a file's size before reading it, then opens it. With a second, plain-text file (an
 * AIF map and the text it analyses), the text gives the claims their quotes.
 */
export async function openFile(store: AppStore, file: File, companion?: File): Promise<boolean> {
  const name = `“${file.name}”`;
  const read = await readText(file);
  if (!read.ok) {
    refused(store, name, read.problems);
    return false;
  }
  let text: { text: string; title: string } | undefined;
  if (companion) {
    const other = await readText(companion);
    if (!other.ok) {
      refused(store, `“${companion.name}”`, other.problems);
      return false;
    }
    text = { text: other.text, title: companion.name.replace(/\.[^.]+$/, "") };
  }
  return openText(store, read.text, name, {
    fileName: file.name,
    ...(text ? { companion: text } : {}),
  });
}

/**
 * Of two files chosen together, the map and the text it analyses: the text is the one that
 * no map format claims.
 */
export async function pairOf(files: readonly File[]): Promise<{ map: File; text?: File }> {
  if (files.length < 2) return { map: files[0]! };
  const { detectFormat } = await registry();
  const [a, b] = files as [File, File];
  const claimed = async (f: File) =>
    detectFormat(await f.slice(0, 200_000).text(), f.name) !== undefined;
  if ((await claimed(a)) && !(await claimed(b))) return { map: a, text: b };
  if ((await claimed(b)) && !(await claimed(a))) return { map: b, text: a };
  return { map: a };
}

/**
 * Whether a file is a map (to open) or an article (to add as a source), from its content:
 * a PDF or a web page is an article; JSON, Argdown and Kialo are maps; other text is an article.
 */
export async function fileKind(file: File): Promise<"map" | "source"> {
  const head = (await file.slice(0, 512).text()).trimStart();
  if (head.startsWith("%PDF-") || /^<(!doctype html|html)/i.test(head)) return "source";
  if (head.startsWith("{") || head.startsWith("[")) return "map";
  if (/\.(json|argdown|ad)$/i.test(file.name) || /^Discussion Title:/i.test(head)) return "map";
  const { detectFormat } = await registry();
  return detectFormat(await file.slice(0, 200_000).text(), file.name) ? "map" : "source";
}
