// Turns file text into a JSON value, or a problem that says where the text goes wrong.
// Pure: no DOM, no store. Never throws.
import { parse as lenientParse, printParseErrorCode, type ParseError } from "jsonc-parser";
import { LIMITS } from "../core/schema";
import type { Problem } from "../core/types";

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; problem: Problem };

const FILE = "(file)";

/** Line and column (both from 1) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** UTF-8 size of a string, stopping early once past `limit`. */
export function utf8Bytes(text: string, limit = Infinity): number {
  let bytes = 0;
  for (let i = 0; i < text.length && bytes <= limit; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4096);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const code = sample.charCodeAt(i);
    if (code === 0) return true;
    if ((code < 32 && code !== 9 && code !== 10 && code !== 13) || code === 0xfffd) control++;
  }
  return control > 8;
}

/** Finds the first place where brackets nest deeper than `limit`, outside strings. */
function tooDeepAt(text: string, limit: number): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92)
        i++; // backslash: skip the escaped character
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 91 || c === 123) {
      if (++depth > limit) return i;
    } else if (c === 93 || c === 125) depth--;
  }
  return undefined;
}

function describeSyntaxError(text: string): Problem {
  const errors: ParseError[] = [];
  lenientParse(text, errors, { disallowComments: true, allowTrailingComma: false });
  const first = errors[0];
  if (!first) return { path: FILE, message: "is not valid JSON" };
  const { line, column } = lineColumn(text, first.offset);
  const what = printParseErrorCode(first.error)
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .toLowerCase();
  return { path: FILE, message: `is not valid JSON: ${what} at line ${line}, column ${column}` };
}

/**
 * Parses JSON text defensively: size, emptiness, binary content and nesting are checked
 * before the parser runs, and syntax errors carry a line and column.
 * @example parseJsonText('{"a": }') // { ok: false, problem: { path: "(file)", message: "is not valid JSON: value expected at line 1, column 7" } }
 */
export function parseJsonText(text: string): JsonTextResult {
  const bytes = utf8Bytes(text, LIMITS.fileBytes);
  if (bytes > LIMITS.fileBytes) {
    return {
      ok: false,
      problem: {
        path: FILE,
        message: `is larger than the ${LIMITS.fileBytes / 1024 / 1024} MB limit`,
      },
    };
  }
  if (text.trim() === "") return { ok: false, problem: { path: FILE, message: "is empty" } };
  if (looksBinary(text)) {
    return {
      ok: false,
      problem: { path: FILE, message: "looks like a binary file, not JSON text" },
    };
  }
  const deep = tooDeepAt(text, LIMITS.nestingDepth);
  if (deep !== undefined) {
    const { line, column } = lineColumn(text, deep);
    return {
      ok: false,
      problem: {
        path: FILE,
        message: `nests deeper than ${LIMITS.nestingDepth} levels at line ${line}, column ${column}`,
      },
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, problem: describeSyntaxError(text) };
  }
}
