// A new claim from a passage the user selected in a source: its verbatim quote and a first
// wording of its text. Pure: no DOM, no store; it proposes, the user edits.
import { LIMITS } from "../core/schema";
import type { Quote } from "../core/types";
import { readText } from "./speechFrames";
import { SKIPPABLE, TAG_VERBS } from "./speechLexicon";

/** A claim's first draft from a passage, or why there can be none. */
export type PassageClaim =
  | {
      /** The selected words exactly as the source has them; `at` only when they occur more than once. */
      quote: { text: string; at?: number };
      /** The claim's starting text: the passage without quotation marks and attribution. */
      text: string;
    }
  | { error: string };

/** True for a whitespace character. */
function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/u.test(char);
}

/** True for the first half of a character written as two UTF-16 units. */
function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** True for the second half of a character written as two UTF-16 units. */
function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The claim a selection `sourceText[start, end)` proposes. The selection is trimmed of
 * surrounding whitespace (and never splits a character in two); the quote is then exactly the
 * selected words, with `at` set only when they occur more than once in the text. Refuses an
 * empty, blank, out-of-range or overlong selection, with a reason.
 * @example
 * claimFromPassage('"It is ridiculous," said Mr. Oberdorfer.', 0, 40)
 * // { quote: { text: '"It is ridiculous," said Mr. Oberdorfer.' }, text: "It is ridiculous." }
 */
export function claimFromPassage(sourceText: string, start: number, end: number): PassageClaim {
  if (!Number.isInteger(start) || !Number.isInteger(end)) {
    return { error: "The selection is not a place in the text." };
  }
  if (start < 0 || end > sourceText.length || start > end) {
    return {
      error: `The selection (${start} to ${end}) is outside the text, which is ${sourceText.length} characters long.`,
    };
  }
  if (start === end) return { error: "Nothing is selected." };
  let from = start;
  let to = end;
  while (from < to && isSpace(sourceText[from])) from++;
  while (to > from && isSpace(sourceText[to - 1])) to--;
  if (from === to) return { error: "The selection is only blank space." };
  if (
    from > 0 &&
    isLowSurrogate(sourceText.charCodeAt(from)) &&
    isHighSurrogate(sourceText.charCodeAt(from - 1))
  ) {
    from--;
  }
  if (to < sourceText.length && isHighSurrogate(sourceText.charCodeAt(to - 1))) to++;
  const words = sourceText.slice(from, to);
  if (words.length > LIMITS.longText) {
    return {
      error: `The passage is ${words.length.toLocaleString("en")} characters long; a quote can be at most ${LIMITS.longText.toLocaleString("en")}. Select less.`,
    };
  }
  const repeated = sourceText.indexOf(words) !== from || sourceText.indexOf(words, from + 1) >= 0;
  return {
    quote: repeated ? { text: words, at: from } : { text: words },
    text: claimText(words),
  };
}

const OPENERS = new Set(['"', "“", "‘", "'", "«"]);
const CLOSERS = new Set(['"', "”", "’", "'", "»"]);

/** Whether the quotation mark at `i` opens (by its shape, or by what stands around it). */
function opens(text: string, i: number): boolean {
  const char = text[i] as string;
  if (char === "“" || char === "‘" || char === "«") return true;
  if (char === "”" || char === "’" || char === "»") return false;
  const before = text[i - 1];
  return before === undefined || /[\s([{—–-]/u.test(before);
}

/** Index pairs of quotation marks in `text` (openers to closers), and the marks left unpaired. */
function pairMarks(text: string): { pairs: Map<number, number>; unpaired: Set<number> } {
  const pairs = new Map<number, number>();
  const unpaired = new Set<number>();
  const stack: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    const isDouble = char === '"' || char === "“" || char === "”" || char === "«" || char === "»";
    // Single marks count only at the ends: inside they are apostrophes ("can't", "nations’").
    const isSingleEnd =
      (char === "'" || char === "‘" || char === "’") &&
      (i === 0 ||
        i === text.length - 1 ||
        (i === text.length - 2 && /[.,]/u.test(text[i + 1] ?? "")));
    if (!isDouble && !isSingleEnd) continue;
    const top = stack[stack.length - 1];
    if ((char === '"' || char === "'") && top !== undefined && text[top] === char) {
      pairs.set(stack.pop() as number, i); // a straight mark closes the one it matches
    } else if (opens(text, i)) {
      stack.push(i);
    } else if (top !== undefined) {
      pairs.set(stack.pop() as number, i);
    } else {
      unpaired.add(i);
    }
  }
  for (const i of stack) unpaired.add(i);
  return { pairs, unpaired };
}

/**
 * Removes quotation marks around the whole text: a pair that encloses it, an opening mark
 * whose quotation goes on past the passage, a closing mark of one that began before it.
 * Inner quotations ("a “balancing power” in the region") stay.
 */
function stripQuotationMarks(text: string): string {
  let s = text.trim();
  for (let round = 0; round < 3; round++) {
    const { pairs, unpaired } = pairMarks(s);
    let last = s.length - 1;
    // A comma or full stop written inside the closing mark: `ridiculous,"`.
    const closing = CLOSERS.has(s[last] as string) ? last : -1;
    if (closing < 0 && /[.,]/u.test(s[last] ?? "") && CLOSERS.has(s[last - 1] as string)) last--;
    const end = CLOSERS.has(s[last] as string) ? last : -1;
    const leading = OPENERS.has(s[0] as string) ? 0 : -1;
    let next = s;
    if (leading === 0 && end > 0 && pairs.get(0) === end) {
      next = s.slice(1, end) + s.slice(end + 1);
    } else if (leading === 0 && unpaired.has(0)) {
      next = s.slice(1);
    } else if (end > 0 && unpaired.has(end)) {
      next = s.slice(0, end) + s.slice(end + 1);
    }
    next = next.trim();
    if (next === s) break;
    s = next;
  }
  return s;
}

const TAG_VERB_PATTERN = [...TAG_VERBS].join("|");
const NAME = String.raw`(?:(?:Mr|Mrs|Ms|Dr|Prof)\.\s+)?\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}`;
/** `, said Mr. Oberdorfer.` / `," he said.` / `" Moon Hee-sang added.` / `, officials say.` at the end. */
const TAIL = new RegExp(
  String.raw`(?:,\s*["”’»]?|["”’»],?)\s*(?:(?:${TAG_VERB_PATTERN})\s+(?:${NAME}|he|she|they)|(?:${NAME}|[Hh]e|[Ss]he|[Tt]hey|(?:the\s+)?\p{Ll}+)\s+(?:${TAG_VERB_PATTERN})(?:\s+\p{Ll}+){0,2})\s*[.]?$`,
  "u",
);
const ACCORDING_TAIL = /,\s+according to [^,.;:"“”]+[.]?$/iu;
const ACCORDING_HEAD = /^according to [^,;:"“”]+,\s*/iu;
/** "says the alliance is vital", "who say it implies …": a passage that starts at the verb. */
const LEADING_VERB = new RegExp(
  String.raw`^(?:(?:who|which)\s+)?(?:${TAG_VERB_PATTERN}|believes|believed)\s+(?:that\s+)?`,
  "u",
);

/**
 * Cuts a frame "X says (that)" off the start, when X is at the very start and what follows
 * does not lean on it with a pronoun ("President Roh says he is aiming …" keeps its head).
 */
function withoutHead(text: string): string {
  const reading = readText(text);
  const frame = reading.frames.find((f) => f.form === "head" || f.form === "according");
  if (!frame || frame.verb.kind === "position") return text;
  const subjectStart = frame.subject.start;
  if (
    !/^[\s"“‘]*(?:(?:But|And|So|However),?\s+)?$/u.test(
      text.slice(0, Math.min(subjectStart, frame.verb.start)),
    )
  ) {
    return text;
  }
  if (frame.form === "according") return text;
  // Only "X says", "X, chairman of Y, says", "X has also said": not "X came to power pledging".
  const gap = reading.tokens.filter(
    (t) => t.start >= frame.subject.end && t.end <= frame.verb.start,
  );
  const appositive = gap[0]?.text === "," && gap[gap.length - 1]?.text === ",";
  if (!appositive && !gap.every((t) => t.word && (SKIPPABLE.has(t.text) || /ly$/u.test(t.text)))) {
    return text;
  }
  let rest = text.slice(frame.verb.end).replace(/^\s*(?:that\b)?[\s,:]*/u, "");
  if (/^(?:he|she|they|it|I|we)\b/iu.test(rest) || rest.length === 0) return text;
  // A head that only introduces a quotation: `He said: "…"`.
  if (/^["“]/u.test(rest)) rest = stripQuotationMarks(rest);
  return rest;
}

/**
 * A first wording of a claim from a quoted passage: without surrounding quotation marks
 * (straight or curly, with a comma left inside the closing one), without an attribution at
 * either end (`," said Mr. Oberdorfer.`, `" Moon Hee-sang added.`, `according to X, …`, `Mr.
 * Moon says …`), capitalised, and ending with a full stop.
 * @example claimText('"It is, in my mind, ridiculous," he said.') // "It is, in my mind, ridiculous."
 */
export function claimText(passage: string): string {
  let s = passage.replace(/\s+/gu, " ").trim();
  s = s.replace(/^(?:…|\.\.\.)\s*/u, "");
  for (let round = 0; round < 2; round++) {
    const before = s;
    s = s.replace(ACCORDING_TAIL, "").replace(ACCORDING_HEAD, "");
    const cut = s.replace(TAIL, "");
    if (cut.trim().length > 0) s = cut;
    s = s.replace(LEADING_VERB, "");
    s = withoutHead(s);
    s = stripQuotationMarks(s);
    s = s.replace(/^(?:…|\.\.\.)\s*/u, "").replace(/[\s,;:—–-]+$/u, "");
    if (s === before) break;
  }
  if (s === "") return s;
  s = s.replace(/\p{L}/u, (letter) => letter.toUpperCase());
  if (!/[.!?…]["”’»)\]]*$/u.test(s)) s += ".";
  if (s.length > LIMITS.longText) s = `${s.slice(0, LIMITS.longText - 1)}…`;
  return s;
}

/**
 * The quote a claim keeps after its editor is saved: the one it had, with the occurrence the
 * user chose (`at`) and any mark that its words are gone (`detached`), while source and words
 * are unchanged; otherwise the words as now typed, whose place is found afresh.
 */
export function editedQuote(previous: Quote | undefined, next: Quote): Quote {
  return previous !== undefined && previous.source === next.source && previous.text === next.text
    ? previous
    : next;
}
