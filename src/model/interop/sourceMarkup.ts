// OVA keeps its source text as HTML-ish markup. This turns it into plain text and back, by
// string rules alone: the markup is read as text, never parsed by a browser or run.
// Pure: no DOM, no store.

const ENTITIES = new Map<string, string>([
  ["amp", "&"],
  ["lt", "<"],
  ["gt", ">"],
  ["quot", '"'],
  ["apos", "'"],
  ["nbsp", " "],
]);

function decodeEntity(entity: string, name: string): string {
  if (name.startsWith("#x") || name.startsWith("#X")) {
    const code = Number.parseInt(name.slice(2), 16);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  if (name.startsWith("#")) {
    const code = Number.parseInt(name.slice(1), 10);
    return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : entity;
  }
  return ENTITIES.get(name.toLowerCase()) ?? entity;
}

/**
 * OVA's `text` as plain text: `<br>` and block ends become line breaks, other tags go,
 * entities are decoded.
 * @example markupToText('<span id="n3">A</span> because B<br>') === "A because B\n"
 */
export function markupToText(markup: string): string {
  return readMarkup(markup).text;
}

/**
 * OVA's `text` as plain text (as `markupToText`), with where each highlighted span
 * (`<span id="node…">`) starts and ends in it, by node id: OVA's record of which words
 * each L-node is.
 */
export function readMarkup(markup: string): {
  text: string;
  spans: Map<string, { start: number; end: number }>;
} {
  const spans = new Map<string, { start: number; end: number }>();
  const open: ({ id: string; start: number } | null)[] = [];
  let text = "";
  const token = /<!--[\s\S]*?-->|<\/?[A-Za-z][^<>]*>|[^<]+|</g;
  for (let m = token.exec(markup); m !== null; m = token.exec(markup)) {
    const part = m[0];
    if (part.startsWith("<!--")) continue;
    if (part.length > 1 && part.startsWith("<")) {
      const tag = /^<(\/?)([A-Za-z][A-Za-z0-9]*)/.exec(part);
      const closing = tag?.[1] === "/";
      const name = (tag?.[2] ?? "").toLowerCase();
      if (name === "br") text += "\n";
      else if ((name === "p" || name === "div") && closing) text += "\n";
      else if (name === "span" && !closing) {
        const id = /\sid\s*=\s*"node([^"]*)"/.exec(part)?.[1];
        open.push(id === undefined ? null : { id: decodeEntities(id), start: text.length });
      } else if (name === "span" && closing) {
        const span = open.pop();
        if (span && !spans.has(span.id))
          spans.set(span.id, { start: span.start, end: text.length });
      }
      continue;
    }
    text += decodeEntities(part);
  }
  return { text, spans };
}

function decodeEntities(text: string): string {
  return text.replace(/&(#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z]{2,8});/g, decodeEntity);
}

/** Escapes text for markup; `markupToText(textToMarkup(t)) === t`. */
export function textToMarkup(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\n/g, "<br>");
}

/**
 * The source text as OVA markup, with the given spans (start, end, node id) highlighted
 * the way OVA does; overlapping spans after the first are left plain.
 */
export function highlightedMarkup(
  text: string,
  spans: readonly { start: number; end: number; nodeID: string }[],
): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = "";
  let at = 0;
  for (const span of sorted) {
    if (span.start < at || span.end <= span.start) continue;
    out += textToMarkup(text.slice(at, span.start));
    out += `<span id="node${textToMarkup(span.nodeID).replace(/"/g, "&quot;")}" class="highlighted">${textToMarkup(text.slice(span.start, span.end))}</span>`;
    at = span.end;
  }
  return out + textToMarkup(text.slice(at));
}
