// Sentence spans of a source's text, and which of them the map's quotes cover.
// Pure: no DOM, no store; offsets are UTF-16 code units into the text as given.

/** A stretch of a text, `start` inclusive, `end` exclusive (UTF-16 code units). */
export interface Span {
  start: number;
  end: number;
}

/**
 * Titles that stand before a name and never end a sentence: after "Mr." the sentence goes on,
 * whatever follows. Compared without the final full stop, case-sensitively.
 */
const TITLES = new Set([
  "Mr",
  "Mrs",
  "Ms",
  "Messrs",
  "Dr",
  "Prof",
  "St",
  "Mt",
  "Ft",
  "Gen",
  "Sen",
  "Rep",
  "Gov",
  "Lt",
  "Col",
  "Capt",
  "Cmdr",
  "Adm",
  "Maj",
  "Sgt",
  "Rev",
  "Fr",
  "Hon",
  "Pres",
  "Supt",
  "Amb",
  "vs",
  "cf",
]);

/**
 * Abbreviations that may also end a sentence ("They need the U.S."). After one of these the
 * sentence goes on unless the next word is one that usually opens a sentence.
 */
const MAYBE_FINAL = new Set([
  "U.S",
  "U.N",
  "U.K",
  "E.U",
  "D.C",
  "U.S.A",
  "Jr",
  "Sr",
  "Inc",
  "Ltd",
  "Co",
  "Corp",
  "No",
  "a.m",
  "p.m",
  "etc",
]);

/** Words that usually open a sentence: after "D.C." one of these means a new sentence began. */
const OPENERS = new Set(
  (
    "I He She It We They You This That These Those There Here The A An Some Many Most All " +
    "Each Every Our Their His Her Its My Your But And So Yet Or Nor However Still Then Now " +
    "Meanwhile Also In On At For After Before Since When While If As Although Though Because " +
    "What Why How Who Where Which Last Next Today Yesterday Tomorrow Such Both Neither Either"
  ).split(" "),
);

/** Hand-wrapped text has no line longer than this. */
const WRAP_MAX = 100;
/** A line this much shorter than the longest was not filled: it ends where its author ended it. */
const WRAP_SLACK = 25;
/** It takes this many filled lines to call a text wrapped by hand. */
const WRAP_EVIDENCE = 3;
const LIST_MARKER = /^\s*(?:[-*•+]\s|\d+[.)]\s|#)/u;

/** True for a whitespace character. */
function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/**
 * A copy of the text, of the same length, in which line breaks that do not end a sentence are
 * spaces; the segmenter ends a sentence at every line break otherwise. A break goes on when
 * the next line starts with a small letter, or when the text is wrapped by hand (most lines
 * that go on are filled to near one width, at most 100 characters) and the line is filled: a
 * short line in such a text (a heading, a caption, a list item) still ends where it ends.
 */
function joinWrappedLines(text: string): string {
  const lines = text.split("\n");
  let widest = 0;
  for (const line of lines) widest = Math.max(widest, line.trimEnd().length);
  const filled = (line: string) =>
    line.trimEnd().length >= Math.max(40, widest - WRAP_SLACK) && widest <= WRAP_MAX;
  const goingOn = lines.filter(
    (line, i) => line.trim() !== "" && (lines[i + 1] ?? "").trim() !== "",
  );
  const filledCount = goingOn.filter(filled).length;
  const wrapped = filledCount >= WRAP_EVIDENCE && filledCount >= 0.6 * goingOn.length;
  const chars = text.split("");
  let at = 0;
  lines.forEach((line, i) => {
    at += line.length;
    const next = lines[i + 1];
    if (next === undefined) return;
    const continues =
      line.trim() !== "" &&
      next.trim() !== "" &&
      (/^\s*\p{Ll}/u.test(next) || (wrapped && filled(line) && !LIST_MARKER.test(next)));
    if (continues) chars[at] = " ";
    at += 1;
  });
  return chars.join("");
}

/** The longest stretch given to the segmenter at once: it takes time quadratic in its input's length. */
const CHUNK = 4096;

/**
 * Cuts a text into stretches the segmenter can take quickly: at each line break (where it ends
 * a sentence anyway), and a line longer than `CHUNK` after the last sentence-ending mark before
 * that length (or a space, or anywhere, when there is none). A cut at an abbreviation is
 * joined back like any other wrong break.
 */
function chunksOf(text: string): Span[] {
  const chunks: Span[] = [];
  let start = 0;
  while (start < text.length) {
    const newline = text.indexOf("\n", start);
    let end = newline < 0 ? text.length : newline + 1;
    if (end - start > CHUNK) {
      const window = text.slice(start, start + CHUNK);
      const sentenceEnd = /[.!?…]["”’)\]]*\s+(?=\S)/gu;
      let cut = -1;
      for (let m = sentenceEnd.exec(window); m; m = sentenceEnd.exec(window)) {
        cut = m.index + m[0].length;
      }
      if (cut <= 0) cut = window.lastIndexOf(" ") + 1;
      if (cut <= 0) {
        const last = text.charCodeAt(start + CHUNK - 1);
        cut = CHUNK - (last >= 0xd800 && last <= 0xdbff ? 1 : 0); // not between a surrogate pair
      }
      end = start + cut;
    }
    chunks.push({ start, end });
    start = end;
  }
  return chunks;
}

/** The last word of a sentence, without its final full stop, when it ends with one. */
function finalAbbreviation(sentence: string): string | null {
  const match = /(?:^|[\s("“'‘[])([\p{L}.]+)\.$/u.exec(sentence);
  return match ? (match[1] as string) : null;
}

/**
 * Whether the segmenter wrongly ended `left` before `right`: never across a line break; yes
 * before a small letter or after a title; after "U.S." or an initial, unless a word that opens
 * sentences follows; after "No." only before a number.
 */
function shouldJoin(text: string, left: Span, right: Span): boolean {
  const between = text.slice(left.end, right.start);
  if (between.includes("\n")) return false;
  const next = text.slice(right.start, right.end);
  // A sentence does not start with a small letter: `"Wait!" she said.` is one sentence.
  if (/^\p{Ll}/u.test(next)) return true;
  const word = finalAbbreviation(text.slice(left.start, left.end));
  if (word === null) return false;
  if (TITLES.has(word)) return true;
  const single = /^\p{Lu}$/u.test(word); // an initial, as in "John F. Kennedy"
  if (!MAYBE_FINAL.has(word) && !single) return false;
  const nextWord = /^[\p{L}\p{N}]+/u.exec(next)?.[0] ?? "";
  if (word === "No") return /^\d/.test(nextWord);
  return nextWord !== "" && !OPENERS.has(nextWord);
}

/**
 * Splits a text into sentences, each trimmed of surrounding whitespace. A blank line always
 * ends a sentence, and so does a single line break unless the paragraph looks wrapped by hand
 * or the next line starts with a small letter. The platform's sentence segmenter
 * (`Intl.Segmenter`) does the splitting; sentences it wrongly ends at a title or an
 * abbreviation ("Mr.", "Dr.", "U.S.", "D.C.") are joined with the next one.
 * @example sentencesOf("Mr. Roh spoke. He left.") // [{ start: 0, end: 14 }, { start: 15, end: 23 }]
 */
export function sentencesOf(text: string): readonly Span[] {
  // The source pane asks again after every edit of the map; the text has rarely changed.
  if (lastSentences?.text !== text) lastSentences = { text, sentences: splitSentences(text) };
  return lastSentences.sentences;
}

/** The last text split, and its sentences: a one-entry cache for `sentencesOf`. */
let lastSentences: { text: string; sentences: readonly Span[] } | undefined;

function splitSentences(text: string): Span[] {
  const segmenter = new Intl.Segmenter("en", { granularity: "sentence" });
  const joined = joinWrappedLines(text);
  const raw: Span[] = [];
  for (const chunk of chunksOf(joined)) {
    for (const { segment, index } of segmenter.segment(joined.slice(chunk.start, chunk.end))) {
      let start = chunk.start + index;
      let end = start + segment.length;
      while (start < end && isSpace(text[start])) start++;
      while (end > start && isSpace(text[end - 1])) end--;
      if (end > start) raw.push({ start, end });
    }
  }
  const sentences: Span[] = [];
  for (const span of raw) {
    const last = sentences[sentences.length - 1];
    if (last && shouldJoin(text, last, span)) last.end = span.end;
    else sentences.push({ ...span });
  }
  return sentences;
}

/**
 * The index of the span that holds `offset`, in spans that are in order and disjoint (such as
 * sentences), or -1 when it falls between them.
 * @example spanAt([{ start: 0, end: 4 }, { start: 5, end: 9 }], 6) // 1
 */
export function spanAt(spans: readonly Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((spans[mid] as Span).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const span = spans[lo];
  return span && span.start <= offset ? lo : -1;
}

/** How much of a text the quotes cover, sentence by sentence. */
export interface Coverage {
  sentences: readonly Span[];
  /** `covered[i]` is true when some quote overlaps `sentences[i]`. */
  covered: boolean[];
  /** How many sentences are covered. */
  mapped: number;
  total: number;
  /** "31 of 58 sentences". */
  summary: string;
}

/**
 * Which sentences of a text overlap at least one quoted span. Spans that only touch a
 * sentence's edge do not cover it; empty spans cover nothing.
 * @example coverage("One. Two. Three.", [{ start: 5, end: 9 }]).summary // "1 of 3 sentences"
 */
export function coverage(text: string, quoteSpans: readonly Span[]): Coverage {
  const sentences = sentencesOf(text);
  const spans = quoteSpans.filter((q) => q.end > q.start).sort((a, b) => a.start - b.start);
  const covered = sentences.map(() => false);
  // Sweep: sentences are in order and disjoint; for each, the spans starting before its end
  // are candidates, and the furthest end among them decides.
  let next = 0;
  let furthest = -Infinity;
  sentences.forEach((sentence, i) => {
    while (next < spans.length && (spans[next] as Span).start < sentence.end) {
      furthest = Math.max(furthest, (spans[next] as Span).end);
      next++;
    }
    covered[i] = furthest > sentence.start;
  });
  const mapped = covered.filter(Boolean).length;
  const total = sentences.length;
  return {
    sentences,
    covered,
    mapped,
    total,
    summary: `${mapped} of ${total} sentence${total === 1 ? "" : "s"}`,
  };
}

/**
 * The index of the first sentence not covered by a quote that starts at or after `from` (a
 * text offset, such as the end of the current selection), wrapping round to the start of the
 * text; `null` when every sentence is covered.
 * @example nextUnmapped([{ start: 0, end: 4 }, { start: 5, end: 9 }], [false, true], 5) // 0 (wrapped round)
 */
export function nextUnmapped(
  sentences: readonly Span[],
  covered: readonly boolean[],
  from: number,
): number | null {
  let wrapped: number | null = null;
  for (let i = 0; i < sentences.length; i++) {
    if (covered[i]) continue;
    if ((sentences[i] as Span).start >= from) return i;
    wrapped ??= i;
  }
  return wrapped;
}
