// Text for a new source, from a file (.txt, .md, .html, .pdf) or a paste: checked for size,
// binary content and emptiness before anything changes. The shell around the pure helpers
// of model/source/sourceText.ts.
import {
  looksBinary,
  markdownToText,
  normaliseSourceText,
  sourceTooLarge,
} from "../../model/source/sourceText";
import { htmlToText } from "./htmlToText";
import { pdfToText } from "./pdfToText";

export type SourceIntake =
  | { ok: true; title: string; text: string; kind: "text" | "markdown" | "html" | "pdf" }
  | { ok: false; message: string };

const MB = 1024 * 1024;
/** A PDF's file is larger than its text: it may be up to this size. */
const PDF_FILE_LIMIT = 100 * MB;
/** Any other file: text, so its limit is the text's, with room for markup. */
const TEXT_FILE_LIMIT = 20 * MB;

const refuse = (message: string): SourceIntake => ({ ok: false, message });

/** A title from a file name: "south-korea_us alliance.pdf" → "south-korea us alliance". */
function titleOf(fileName: string): string {
  return (
    fileName
      .replace(/\.[^.]+$/, "")
      .replace(/[_]+/g, " ")
      .trim() || "Untitled source"
  );
}

function finish(
  raw: string,
  title: string,
  kind: "text" | "markdown" | "html" | "pdf",
  where: string,
): SourceIntake {
  const text = normaliseSourceText(raw);
  if (text.trim() === "") return refuse(`${where} has no text.`);
  const tooLarge = sourceTooLarge(text);
  if (tooLarge) return refuse(`${where}: ${tooLarge}`);
  return { ok: true, title, text, kind };
}

/** Whether text looks like an HTML page. */
const isHtml = (text: string) =>
  /^\s*(<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text);

/** Text pasted as a source. */
export function sourceFromPaste(text: string, title: string): SourceIntake {
  if (text.trim() === "") return refuse("The pasted text is empty.");
  const binary = looksBinary(text);
  if (binary) return refuse(binary);
  if (isHtml(text)) {
    const html = htmlToText(text);
    return finish(html.text, title || html.title || "Pasted page", "html", "The pasted page");
  }
  return finish(text, title || "Pasted text", "text", "The pasted text");
}

/**
 * A file's text as a source: recognised from its content (a PDF by its signature, a page by
 * its markup), its name only breaking ties (.md).
 */
export async function readSourceFile(
  file: File,
  onProgress?: (message: string) => void,
  signal?: AbortSignal,
): Promise<SourceIntake> {
  const where = `“${file.name}”`;
  if (file.size === 0) return refuse(`${where} is empty.`);
  const head = new Uint8Array(await file.slice(0, 5).arrayBuffer());
  const isPdf = String.fromCharCode(...head) === "%PDF-";
  if (isPdf) {
    if (file.size > PDF_FILE_LIMIT)
      return refuse(
        `${where} is ${(file.size / MB).toFixed(1)} MB, larger than the ${PDF_FILE_LIMIT / MB} MB a PDF may be.`,
      );
    onProgress?.("Reading the PDF…");
    const pdf = await pdfToText(
      await file.arrayBuffer(),
      (page, pages) => onProgress?.(`Reading page ${page} of ${pages}…`),
      signal,
    );
    if (!pdf.ok) return refuse(`${where}: ${pdf.message}`);
    return finish(pdf.text, pdf.title ?? titleOf(file.name), "pdf", where);
  }
  if (file.size > TEXT_FILE_LIMIT)
    return refuse(
      `${where} is ${(file.size / MB).toFixed(1)} MB, larger than the ${TEXT_FILE_LIMIT / MB} MB a text file may be.`,
    );
  const binary = looksBinary(new Uint8Array(await file.slice(0, 8192).arrayBuffer()));
  if (binary) return refuse(`${where}: ${binary}`);
  const text = await file.text();
  if (isHtml(text) || /\.html?$/i.test(file.name)) {
    const html = htmlToText(text);
    return finish(html.text, html.title ?? titleOf(file.name), "html", where);
  }
  if (/\.(md|markdown)$/i.test(file.name))
    return finish(markdownToText(text), titleOf(file.name), "markdown", where);
  return finish(text, titleOf(file.name), "text", where);
}
