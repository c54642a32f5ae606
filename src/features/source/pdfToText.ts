// PDF to plain text with pdfjs-dist, loaded only when a PDF is opened. The parsing runs in
// pdf.js's own worker, off the main thread; each page's words come back to be joined into
// lines and paragraphs here, with progress reported page by page.

export type PdfText =
  | { ok: true; text: string; title: string | undefined; pages: number }
  | { ok: false; message: string };

interface TextItem {
  str: string;
  hasEOL?: boolean;
  transform?: number[];
  height?: number;
}

/** Joins a page's text items into lines, and lines into paragraphs where a gap opens. */
function pageText(items: TextItem[]): string {
  const lines: { y: number; height: number; text: string }[] = [];
  let line = "";
  let y: number | undefined;
  let height = 0;
  for (const item of items) {
    const itemY = item.transform?.[5];
    if (y === undefined && itemY !== undefined) y = itemY;
    line += item.str;
    height = Math.max(height, item.height ?? 0);
    if (item.hasEOL) {
      lines.push({ y: y ?? 0, height, text: line });
      line = "";
      y = undefined;
      height = 0;
    }
  }
  if (line.trim() !== "") lines.push({ y: y ?? 0, height, text: line });
  let out = "";
  lines.forEach((l, i) => {
    const text = l.text.replace(/\s+/g, " ").trim();
    if (text === "") {
      if (out !== "" && !out.endsWith("\n\n")) out += "\n\n";
      return;
    }
    if (i > 0 && out !== "" && !out.endsWith("\n\n")) {
      const previous = lines[i - 1]!;
      const gap = Math.abs(previous.y - l.y);
      // A gap wider than a line and a half starts a paragraph; otherwise the line goes on.
      if (previous.height > 0 && gap > previous.height * 1.7) out += "\n\n";
      else if (out.endsWith("-") && /[a-z]$/i.test(out.slice(0, -1))) out = out.slice(0, -1);
      else out += " ";
    }
    out += text;
  });
  return out.trim();
}

/**
 * The text of a PDF, page by page. A PDF that is encrypted, that does not parse, or that has
 * no text layer (a scan) gets a message saying so.
 */
export async function pdfToText(
  data: ArrayBuffer,
  onProgress?: (page: number, pages: number) => void,
  signal?: AbortSignal,
): Promise<PdfText> {
  const pdfjs = await import("pdfjs-dist");
  const workerUrl = (await import("pdfjs-dist/build/pdf.worker.min.mjs?url")).default;
  pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;
  const task = pdfjs.getDocument({
    data: new Uint8Array(data),
    // No code is ever generated from a file's contents (and the page's policy forbids it).
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
  });
  signal?.addEventListener("abort", () => void task.destroy());
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (error) {
    const name = (error as { name?: string }).name;
    if (name === "PasswordException")
      return {
        ok: false,
        message:
          "This PDF is protected by a password, so its text cannot be read. Open it in a PDF reader, copy its text and paste it instead.",
      };
    return {
      ok: false,
      message: `This file could not be read as a PDF (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
  try {
    const pages: string[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      if (signal?.aborted) return { ok: false, message: "Cancelled." };
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageText(content.items as TextItem[]));
      page.cleanup();
      onProgress?.(n, doc.numPages);
    }
    const text = pages.filter((p) => p !== "").join("\n\n");
    if (text.replace(/\s/g, "").length < 20)
      return {
        ok: false,
        message:
          "This PDF has no text layer (it may be a scan of printed pages), so there are no words to read. Paste the text instead, or use a PDF with selectable text.",
      };
    const meta = await doc.getMetadata().catch(() => undefined);
    const info = meta?.info as { Title?: unknown } | undefined;
    const title =
      typeof info?.Title === "string" && info.Title.trim() ? info.Title.trim() : undefined;
    return { ok: true, text, title, pages: doc.numPages };
  } finally {
    void doc.destroy();
  }
}
