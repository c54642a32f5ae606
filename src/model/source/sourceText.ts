// Text arriving from a file, made fit to be a source: normalised, checked for binary content
// and size, and Markdown read as plain words. Pure: no DOM, no store, no file access.
import { LIMITS } from "../core/schema";

/**
 * Normalises a source's text: strips a byte-order mark, turns CRLF and lone CR into LF, trims
 * spaces and tabs at the ends of lines, collapses runs of more than two blank lines to two,
 * and composes characters (NFC), so that "é" typed two ways is one string to search. Offsets
 * change: re-anchor existing quotes with `reanchor` from anchoring.ts.
 * @example normaliseSourceText("\uFEFFOne  \r\n\r\n\r\n\r\n\r\nTwo") // "One\n\n\nTwo"
 */
export function normaliseSourceText(text: string): string {
  return text
    .replace(/^\uFEFF/u, "")
    .replace(/\r\n?/gu, "\n")
    .replace(/[ \t]+$/gmu, "")
    .replace(/\n{4,}/gu, "\n\n\n")
    .normalize("NFC");
}

/** How much of a file is looked at to tell text from binary. */
const SAMPLE = 8192;

/** File signatures worth naming, so the message can say what the file is. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x25, 0x50, 0x44, 0x46], what: "a PDF document" },
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a ZIP archive (a .docx, .odt or .epub is one)" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an old Microsoft Office document (.doc)" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF document" },
];

const ADVICE = "open it in its own program and save or copy it as plain text (.txt or .md)";

/** True for a control character other than tab, line feed, form feed and carriage return. */
function isControl(code: number): boolean {
  return (code < 32 && code !== 9 && code !== 10 && code !== 12 && code !== 13) || code === 127;
}

/**
 * Whether a file's bytes, or text already decoded, look binary rather than text: a known
 * file signature (PDF, ZIP, images, Word), NUL bytes, or more than one in ten characters
 * being control characters or U+FFFD (bytes the decoder could not read). UTF-16 text, which
 * is full of NUL bytes, is named as such. Looks at the first 8 KB.
 * @returns a message for the user, or null when it looks like text.
 * @example looksBinary(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])) // "This file is a PDF document, not plain text: open it in …"
 */
export function looksBinary(bytesOrText: Uint8Array | string): string | null {
  if (typeof bytesOrText !== "string") {
    const bytes = bytesOrText.subarray(0, SAMPLE);
    for (const { bytes: signature, what } of SIGNATURES) {
      if (signature.every((b, i) => bytes[i] === b)) {
        return `This file is ${what}, not plain text: ${ADVICE}.`;
      }
    }
    if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
      return "This file is text in UTF-16, which is not read here: save it as UTF-8 and try again.";
    }
    let control = 0;
    for (const byte of bytes) {
      if (byte === 0) return `This file looks binary (it contains NUL bytes), not text: ${ADVICE}.`;
      if (isControl(byte)) control++;
    }
    return bytes.length > 0 && control / bytes.length > 0.1
      ? `This file looks binary (${Math.round((100 * control) / bytes.length)}% control characters), not text: ${ADVICE}.`
      : null;
  }
  const sample = bytesOrText.slice(0, SAMPLE);
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return `This text looks binary (it contains NUL characters): ${ADVICE}.`;
    if (isControl(code) || code === 0xfffd) odd++;
  }
  return sample.length > 0 && odd / sample.length > 0.1
    ? `This text looks binary (${Math.round((100 * odd) / sample.length)}% unreadable or control characters): ${ADVICE}.`
    : null;
}

/**
 * Whether a text is too long to be a source (the format's limit, 5,000,000 characters, about
 * 5 MB): a message that names its size, or null.
 * @example sourceTooLarge("x".repeat(6_200_000)) // "This text is 6,200,000 characters long (about 6.2 MB); a source can hold at most 5,000,000 (about 5 MB)."
 */
export function sourceTooLarge(text: string): string | null {
  if (text.length <= LIMITS.sourceText) return null;
  const mb = (n: number) => `about ${Number((n / 1_000_000).toFixed(1))} MB`;
  return (
    `This text is ${text.length.toLocaleString("en")} characters long (${mb(text.length)}); ` +
    `a source can hold at most ${LIMITS.sourceText.toLocaleString("en")} (${mb(LIMITS.sourceText)}).`
  );
}

/** Characters Markdown lets a backslash escape. */
const ESCAPABLE = "\\`*_{}[]()#+-.!>~|";
/**
 * An escaped character is hidden behind a noncharacter (U+FDD0 onwards, which never occur in
 * real text) while markup is removed, so that "\*" is not taken for emphasis.
 */
const hide = (char: string) => String.fromCharCode(0xfdd0 + ESCAPABLE.indexOf(char));

/** Inline markup: images and links keep their words, emphasis and code marks go. */
function inlineText(line: string): string {
  return line
    .replace(/\\([\\`*_{}[\]()#+\-.!>~|])/gu, (_, char: string) => hide(char))
    .replace(/!\[([^\]]*)\]\([^)]*\)/gu, "$1")
    .replace(/\[([^\]]+)\]\((?:[^()]|\([^)]*\))*\)/gu, "$1")
    .replace(/\[([^\]]+)\]\[[^\]]*\]/gu, "$1")
    .replace(/<((?:https?|mailto):[^>\s]+)>/gu, "$1")
    .replace(/<\/?[A-Za-z][^<>]*>/gu, "")
    .replace(/`+([^`]+)`+/gu, "$1")
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/gu, "$2")
    .replace(/(^|[^\p{L}\p{N}*])\*(?=\S)([^*]*?\S)\*(?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}])/gu, "$1$2")
    .replace(/~~(?=\S)([\s\S]*?\S)~~/gu, "$1")
    .replace(/[\uFDD0-\uFDE5]/gu, (code) => ESCAPABLE[code.charCodeAt(0) - 0xfdd0] ?? code);
}

/**
 * Reads Markdown as plain text: keeps the words and the paragraphs, drops the markup. Headings
 * lose their #s, emphasis and inline code their marks, links and images keep their text,
 * block quotes and list items their markers; rules and link definitions go. The inside of a
 * code block is kept as it is, as text.
 * @example markdownToText("# Title\n\nSee [the *report*](https://x.org).") // "Title\n\nSee the report."
 */
export function markdownToText(md: string): string {
  const lines = md.replace(/\r\n?/gu, "\n").split("\n");
  const out: string[] = [];
  let fence: string | null = null;
  for (const line of lines) {
    const fenceMark = /^\s*(`{3,}|~{3,})/u.exec(line)?.[1];
    if (fence !== null) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = null;
      else out.push(line);
      continue;
    }
    if (fenceMark) {
      fence = fenceMark;
      continue;
    }
    if (/^\s{0,3}\[[^\]]+\]:\s*\S+/u.test(line)) continue; // a link definition
    if (/^\s{0,3}(=+|-+)\s*$/u.test(line) && out.length > 0 && out[out.length - 1] !== "") {
      continue; // a setext heading's underline
    }
    if (/^\s{0,3}([-*_])(\s*\1){2,}\s*$/u.test(line)) {
      out.push(""); // a rule
      continue;
    }
    const stripped = line
      .replace(/^\s{0,3}(?:>\s?)+/u, "")
      .replace(/^\s{0,3}#{1,6}\s+(.*?)(?:\s+#+)?\s*$/u, "$1")
      .replace(/^(\s*)(?:[-*+]|\d{1,9}[.)])\s+(?:\[[ xX]\]\s+)?/u, "$1");
    out.push(inlineText(stripped).replace(/[ \t]+$/u, ""));
  }
  return out.join("\n");
}
