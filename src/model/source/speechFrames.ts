// Reads a text for who says what: its paragraphs, quotations, the tags that attribute them
// ("…," she said), and the clauses that frame reported speech ("X says …"). It finds the
// words that name a speaker, never whom they name: that is attribution.ts's job.
// Pure: no DOM, no store; rules over sentence structure, no dictionary, no model.
import {
  bare,
  isNameWord,
  phraseAfter,
  phraseBefore,
  tokenize,
  type Phrase,
  type Token,
} from "./nounPhrases";
import { sentencesOf, type Span } from "./sentences";
import {
  FUNCTION_WORDS,
  RELATIVE_PRONOUNS,
  SKIPPABLE,
  SUBJECT_PRONOUNS,
  TAG_VERBS,
  verbKind,
  type VerbKind,
} from "./speechLexicon";

/** Who a frame says is speaking, as the text writes it. */
export type Subject =
  | { kind: "name"; phrase: Phrase; start: number; end: number }
  | { kind: "pronoun"; pronoun: "he" | "she" | "they" | "it" | "self"; start: number; end: number };

/**
 * One attribution in the text: a verb of saying with its subject, and the words it attributes.
 * `form` says how it reads: `head` "X says …", `tail` "…, X said.", `according` "according
 * to X", `tag` a quotation's tag, `nested` someone quoted inside a quotation ("Kim assured me
 * that …").
 */
export interface Frame {
  form: "head" | "tail" | "according" | "tag" | "nested";
  /** Where the attribution's words begin ("What he declared was that" begins at "What"). */
  start: number;
  verb: Span & { kind: VerbKind };
  subject: Subject;
  /** The attributed words (for a tag, the quotation's inside). */
  content: Span;
  /** The attribution as written, for a reason shown to the user: "said Mr. Oberdorfer". */
  label: string;
  sentence: number;
  paragraph: number;
}

/** A quotation: the words between a pair of quotation marks, within one paragraph. */
export interface Quotation {
  /** Offset of the opening mark. */
  open: number;
  /** The words inside, from just after the opening mark to just before the closing one. */
  start: number;
  end: number;
  /** Offset of the closing mark; null when the paragraph ends first (a quotation going on in the next). */
  close: number | null;
  paragraph: number;
  /** True when the quotation opens a sentence, as a quoted statement does (a quoted term does not). */
  opensSentence: boolean;
  /** The tag attributing it: `"…," he said` after, or `he said: "…"` before. */
  tag: Frame | null;
}

/** Everything attribution needs to know about one text. */
export interface TextReading {
  text: string;
  tokens: Token[];
  sentences: readonly Span[];
  paragraphs: Span[];
  quotations: Quotation[];
  /** Attributions outside quotations (heads, tails, "according to") and quotation tags, in order. */
  frames: Frame[];
  /** Attributions inside quotations: someone the speaker quotes or reports. */
  nested: Frame[];
  /** `sentenceOf[i]`: the sentence of token i (or -1). */
  sentenceOf: Int32Array;
  /** `quotationOf[i]`: the quotation token i is inside (or -1). */
  quotationOf: Int32Array;
}

const OPENING = new Set(["“", "«", "‘"]);
const CLOSING = new Map([
  ["”", "“"],
  ["»", "«"],
  ["’", "‘"],
]);

/** Paragraphs: stretches between blank lines, trimmed. */
export function paragraphsOf(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /\n[ \t\r]*\n/gu;
  let start = 0;
  const push = (from: number, to: number) => {
    let s = from;
    let e = to;
    while (s < e && /\s/u.test(text[s] as string)) s++;
    while (e > s && /\s/u.test(text[e - 1] as string)) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    push(start, match.index);
    start = match.index + match[0].length;
  }
  push(start, text.length);
  return spans;
}

/**
 * The quotations of one paragraph. Straight double quotes alternate; curly and angle quotes
 * pair by shape; curly single quotes count only in a paragraph with no double quotes (in
 * British style), a ‘ opens only after a space or a bracket, and a ’ followed by a letter is
 * an apostrophe ("it’s"). A plural possessive ("nations’ needs") still ends a single-quoted
 * quotation early. An unclosed quotation runs to the end of the paragraph.
 */
function quotationsIn(
  text: string,
  paragraph: Span,
  index: number,
): Omit<Quotation, "opensSentence" | "tag">[] {
  const found: Omit<Quotation, "opensSentence" | "tag">[] = [];
  const body = text.slice(paragraph.start, paragraph.end);
  const singles = !/["“”«»]/u.test(body);
  let open: { at: number; mark: string } | null = null;
  for (let i = paragraph.start; i < paragraph.end; i++) {
    const char = text[i] as string;
    const isSingle = char === "‘" || char === "’";
    if (isSingle && !singles) continue;
    if (open === null) {
      if (
        char === '"' ||
        (OPENING.has(char) && (char !== "‘" || /^\s|^$|[([—–-]/u.test(text[i - 1] ?? "")))
      ) {
        open = { at: i, mark: char };
      }
    } else if (
      (char === '"' && open.mark === '"') ||
      (CLOSING.get(char) === open.mark && (char !== "’" || !/\p{L}/u.test(text[i + 1] ?? "")))
    ) {
      found.push({ open: open.at, start: open.at + 1, end: i, close: i, paragraph: index });
      open = null;
    }
  }
  if (open) {
    found.push({
      open: open.at,
      start: open.at + 1,
      end: paragraph.end,
      close: null,
      paragraph: index,
    });
  }
  return found;
}

/** True for a punctuation token that is one of `chars`. */
function isPunct(token: Token | undefined, chars: string): boolean {
  return !!token && !token.word && chars.includes(token.text);
}

const QUOTE_MARKS = '"“”«»‘’';
const ENDS = ".!?;";

/** A name subject made of a phrase's tokens, or null when there is no phrase. */
function subjectFrom(tokens: readonly Token[], phrase: Phrase | null): Subject | null {
  if (!phrase) return null;
  const first = tokens[phrase.from] as Token;
  const last = tokens[phrase.to - 1] as Token;
  return { kind: "name", phrase, start: first.start, end: last.end };
}

/** The subject pronoun at token i ("he", "she", "I"), or null. */
function pronounAt(tokens: readonly Token[], i: number): Subject | null {
  const token = tokens[i];
  if (!token?.word) return null;
  const pronoun = SUBJECT_PRONOUNS.get(token.text === "I" ? "i" : token.text.toLowerCase());
  if (!pronoun) return null;
  return { kind: "pronoun", pronoun, start: token.start, end: token.end };
}

/**
 * Splits tokens `[from, to)` at commas into parts, each trimmed of a leading conjunction
 * ("But Don Oberdorfer").
 */
function commaParts(tokens: readonly Token[], from: number, to: number): Phrase[] {
  const parts: Phrase[] = [];
  let start = from;
  for (let i = from; i <= to; i++) {
    if (i === to || isPunct(tokens[i], ",")) {
      let s = start;
      while (s < i && ["but", "and", "so", "yet", "still"].includes(bare(tokens[s]))) s++;
      if (s < i) parts.push({ from: s, to: i });
      start = i + 1;
    }
  }
  return parts;
}

/**
 * The subject of a clause that opens at `from`: the first comma-separated part that is not an
 * introduction ("Last month,", "However,", "For many South Koreans,") must start with a noun
 * phrase, and that is the subject.
 */
function clauseSubject(tokens: readonly Token[], from: number, to: number): Subject | null {
  for (const part of commaParts(tokens, from, to)) {
    const first = tokens[part.from] as Token;
    if (!first.word) return null;
    const lower = bare(first);
    if (FUNCTION_WORDS.has(lower) && lower !== "the") continue;
    if (/ly$/u.test(lower) && part.to - part.from === 1) continue;
    const phrase = phraseAfter(tokens, part.from, part.to);
    if (!phrase || phrase.from !== part.from) return null;
    return subjectFrom(tokens, phrase);
  }
  return null;
}

/**
 * The subject of the verb at token `verb`, reading backwards within the sentence from
 * `sentenceFrom`: past auxiliaries, adverbs and hedges ("has also", "sort of [is]", "publicly");
 * then a pronoun; a relative pronoun after a comma ("lawmakers, who say"); an appositive
 * between commas ("Moon Chung-in, Chairman of …, says"); or the noun phrase just before. A verb
 * without a finite subject ("pledging", "to announce") takes the subject of its clause.
 */
function subjectBefore(
  tokens: readonly Token[],
  verb: number,
  sentenceFrom: number,
): Subject | null {
  let k = verb;
  let nonFinite = /ing$/u.test(tokens[verb]?.text ?? "");
  while (k - 1 >= sentenceFrom) {
    const token = tokens[k - 1] as Token;
    const lower = bare(token);
    if (
      token.word &&
      (SKIPPABLE.has(lower) || (/ly$/u.test(lower) && /^\p{Ll}/u.test(token.text)))
    ) {
      k--;
    } else if (isPunct(token, "]") && isPunct(tokens[k - 3], "[")) {
      k -= 3; // an editor's insertion: "sort of [is] saying"
    } else if (token.word && lower === "to") {
      nonFinite = true;
      k--;
    } else {
      break;
    }
  }
  const pronoun = pronounAt(tokens, k - 1);
  if (pronoun) return pronoun;
  const before = tokens[k - 1];
  if (before?.word && RELATIVE_PRONOUNS.has(before.text) && before.text !== "that") {
    const antecedentEnd = isPunct(tokens[k - 2], ",") ? k - 2 : k - 1;
    return subjectFrom(tokens, phraseBefore(tokens, antecedentEnd, sentenceFrom));
  }
  if (isPunct(before, ",")) {
    for (const part of commaParts(tokens, sentenceFrom, k - 1)) {
      const phrase = phraseAfter(tokens, part.from, part.to);
      if (phrase && phrase.from === part.from && phrase.to === part.to) {
        return subjectFrom(tokens, phrase);
      }
    }
    return nonFinite ? clauseSubject(tokens, sentenceFrom, verb) : null;
  }
  const direct = phraseBefore(tokens, k, sentenceFrom);
  if (direct && !nonFinite) return subjectFrom(tokens, direct);
  if (!direct && !nonFinite) {
    // "South Korean officials of most political stripes admit": the group before "of".
    for (let i = k - 1; i >= Math.max(sentenceFrom, k - 5); i--) {
      if (bare(tokens[i]) === "of") {
        const group = phraseBefore(tokens, i, sentenceFrom);
        if (group) return subjectFrom(tokens, group);
        break;
      }
    }
    return null;
  }
  return clauseSubject(tokens, sentenceFrom, verb);
}

/**
 * The token ending "take/took/taken … stance|position|line|view" begun at token i (taking a
 * stand, which attributes like a verb of saying), or null.
 */
function stanceEnd(tokens: readonly Token[], i: number): number | null {
  if (!/^(take|takes|took|taken|taking)$/u.test(tokens[i]?.text ?? "")) return null;
  for (let j = i + 1; j <= i + 5 && j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (!token.word) return null;
    if (/^(stance|position|line|view)$/u.test(token.text)) return j;
  }
  return null;
}

/** The verb starting at token i: a verb of saying, "what he called", or "taken a tough stance". */
function verbAt(tokens: readonly Token[], i: number): { last: number; kind: VerbKind } | null {
  const token = tokens[i] as Token;
  if (!token.word) return null;
  const kind = verbKind(token.text);
  if (kind) return { last: i, kind };
  if (/^(called|calls|call)$/u.test(token.text)) {
    // "what he called a balancing power", "called the vote “a victory”": naming as saying.
    if (/^(what|which|as)$/iu.test(tokens[i - 2]?.text ?? "")) return { last: i, kind: "speech" };
    for (let j = i + 1; j <= i + 5 && j < tokens.length; j++) {
      if (isPunct(tokens[j], '"“«')) return { last: i, kind: "speech" };
      if (isPunct(tokens[j], ENDS + ",")) break;
    }
    return null;
  }
  const stance = stanceEnd(tokens, i);
  return stance === null ? null : { last: stance, kind: "position" };
}

/**
 * Reads a text for quotations, their tags, and the clauses that attribute speech.
 * @example readText('"No," said Mr. Kim.').quotations[0]?.tag?.label // "said Mr. Kim"
 */
export function readText(text: string): TextReading {
  const tokens = tokenize(text);
  const sentences = sentencesOf(text);
  const paragraphs = paragraphsOf(text);
  const sentenceOf = new Int32Array(tokens.length).fill(-1);
  const quotationOf = new Int32Array(tokens.length).fill(-1);
  const paragraphOfToken = new Int32Array(tokens.length).fill(-1);
  let s = 0;
  let p = 0;
  tokens.forEach((token, i) => {
    while (s < sentences.length && (sentences[s] as Span).end <= token.start) s++;
    if (s < sentences.length && (sentences[s] as Span).start <= token.start) sentenceOf[i] = s;
    while (p < paragraphs.length && (paragraphs[p] as Span).end <= token.start) p++;
    if (p < paragraphs.length && (paragraphs[p] as Span).start <= token.start)
      paragraphOfToken[i] = p;
  });

  const starts = new Set([...sentences, ...paragraphs].map((span) => span.start));
  const marked = paragraphs.flatMap((paragraph, index) => quotationsIn(text, paragraph, index));
  const quotations: Quotation[] = marked.map((q) => ({
    ...q,
    opensSentence: starts.has(q.open),
    tag: null,
  }));
  {
    let q = 0;
    tokens.forEach((token, i) => {
      while (q < quotations.length && (quotations[q] as Quotation).end <= token.start) q++;
      const quotation = quotations[q];
      if (quotation && quotation.start <= token.start && token.end <= quotation.end)
        quotationOf[i] = q;
    });
  }
  const firstTokenAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((tokens[mid] as Token).start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const sentenceStartToken = (i: number): number => {
    const sentence = sentences[sentenceOf[i] ?? -1];
    return sentence ? firstTokenAt(sentence.start) : 0;
  };
  const frameOf = (
    form: Frame["form"],
    verbFrom: number,
    verbTo: number,
    kind: VerbKind,
    subject: Subject,
    content: Span,
  ): Frame => {
    const verb = {
      start: (tokens[verbFrom] as Token).start,
      end: (tokens[verbTo] as Token).end,
      kind,
    };
    const [a, b] = subject.start < verb.start ? [subject, verb] : [verb, subject];
    const gap = text.slice(a.end, b.start);
    // "Moon Chung-in, Chairman of …, says" is shown as "Moon Chung-in … says".
    const label =
      gap.length <= 24 && !gap.includes(",")
        ? text.slice(a.start, b.end)
        : `${text.slice(a.start, a.end)} … ${text.slice(b.start, b.end)}`;
    return {
      form,
      start: a.start,
      verb,
      subject,
      content,
      label: label.replace(/\s+/gu, " "),
      sentence: sentenceOf[verbFrom] ?? -1,
      paragraph: paragraphOfToken[verbFrom] ?? -1,
    };
  };

  // Tags of quotations, and the tokens they use (so that they are not read again as clauses).
  const used = new Set<number>();
  quotations.forEach((quotation) => {
    const inside: Span = { start: quotation.start, end: quotation.end };
    if (quotation.close !== null) {
      let j = firstTokenAt(quotation.close + 1);
      const sameParagraph = (i: number) => paragraphOfToken[i] === quotation.paragraph;
      if (isPunct(tokens[j], ",")) j++;
      if (sameParagraph(j) && tokens[j]?.word) {
        const token = tokens[j] as Token;
        const afterVerb = (last: number) => {
          const next = tokens[last + 1];
          return (
            !next ||
            !sameParagraph(last + 1) ||
            isPunct(next, ENDS + "," + QUOTE_MARKS) ||
            next.word
          );
        };
        if (TAG_VERBS.has(token.text)) {
          // "…," said Mr. Oberdorfer.
          const phrase = phraseAfter(tokens, j + 1);
          const subject = pronounAt(tokens, j + 1) ?? subjectFrom(tokens, phrase);
          if (subject) {
            const last = subject.kind === "pronoun" ? j + 1 : (phrase as Phrase).to - 1;
            if (afterVerb(last)) {
              quotation.tag = frameOf("tag", j, j, "speech", subject, inside);
              for (let u = j; u <= last; u++) used.add(u);
            }
          }
        } else {
          // "…," she said. / "…," Moon Hee-sang added.
          const pronoun = pronounAt(tokens, j);
          const phrase = pronoun ? null : phraseAfter(tokens, j);
          const subjectEnd = pronoun ? j + 1 : phrase?.to;
          if (subjectEnd !== undefined && (pronoun || phrase?.from === j)) {
            let v = subjectEnd;
            while (tokens[v]?.word && SKIPPABLE.has(bare(tokens[v]))) v++;
            if (tokens[v]?.word && TAG_VERBS.has((tokens[v] as Token).text)) {
              const subject = pronoun ?? subjectFrom(tokens, phrase);
              if (subject) {
                quotation.tag = frameOf("tag", v, v, "speech", subject, inside);
                for (let u = j; u <= v; u++) used.add(u);
              }
            }
          }
        }
      }
    }
    if (!quotation.tag) {
      // He said: "…" / Mr. Roh added, "…"
      const j = firstTokenAt(quotation.open) - 1;
      const verb = j - 1;
      const token = tokens[verb];
      if (
        isPunct(tokens[j], ":,") &&
        token?.word &&
        TAG_VERBS.has(token.text) &&
        quotationOf[verb] === -1 &&
        paragraphOfToken[verb] === quotation.paragraph
      ) {
        const subject = subjectBefore(tokens, verb, sentenceStartToken(verb));
        if (subject) {
          quotation.tag = frameOf("tag", verb, verb, "speech", subject, inside);
          used.add(verb);
        }
      }
    }
  });

  const frames: Frame[] = [];
  const nested: Frame[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (used.has(i)) continue;
    const token = tokens[i] as Token;
    const sentenceIndex = sentenceOf[i] ?? -1;
    const sentence = sentences[sentenceIndex];
    if (!sentence || !token.word) continue;
    const from = firstTokenAt(sentence.start);
    const to = firstTokenAt(sentence.end);
    if (quotationOf[i] !== -1) {
      const nestedFrame = nestedAt(i, from, to);
      if (nestedFrame) nested.push(nestedFrame);
      continue;
    }
    if (token.text.toLowerCase() === "according" && bare(tokens[i + 1]) === "to") {
      const phrase = phraseAfter(tokens, i + 2, to);
      const subject = subjectFrom(tokens, phrase);
      if (!phrase || !subject) continue;
      const opens =
        i === from ||
        isPunct(tokens[i - 1], QUOTE_MARKS) ||
        (i > from &&
          commaParts(tokens, from, i).every((part) => FUNCTION_WORDS.has(bare(tokens[part.from]))));
      const content: Span = opens
        ? { start: (tokens[phrase.to - 1] as Token).end, end: sentence.end }
        : { start: sentence.start, end: token.start };
      frames.push(frameOf("according", i, phrase.to - 1, "speech", subject, content));
      continue;
    }
    const verb = verbAt(tokens, i);
    if (!verb) continue;
    const frame = clauseFrame(i, verb.last, verb.kind, from, to, sentence);
    if (frame) frames.push(frame);
    i = verb.last;
  }
  frames.push(...quotations.flatMap((q) => (q.tag ? [q.tag] : [])));
  frames.sort((a, b) => a.verb.start - b.verb.start);

  /** A clause attributing speech outside quotations: a tail ("…, he said.") or a head ("X says …"). */
  function clauseFrame(
    v: number,
    last: number,
    kind: VerbKind,
    from: number,
    to: number,
    sentence: Span,
  ): Frame | null {
    const verbToken = tokens[v] as Token;
    // "…, said Mr. Kim." — the verb after a comma, a name after it, and the sentence ends.
    if (isPunct(tokens[v - 1], ",") && TAG_VERBS.has(verbToken.text)) {
      const phrase = phraseAfter(tokens, v + 1, to);
      if (phrase && (phrase.to === to || isPunct(tokens[phrase.to], ENDS + ","))) {
        const subject = subjectFrom(tokens, phrase) as Subject;
        return frameOf("tail", v, v, kind, subject, {
          start: sentence.start,
          end: (tokens[v - 1] as Token).start,
        });
      }
    }
    // "…, he said." / "…, officials say." — a short subject between a comma and the verb.
    let comma = v - 1;
    while (comma >= from && !isPunct(tokens[comma], ",")) comma--;
    if (comma >= from && v - comma <= 7 && TAG_VERBS.has(verbToken.text)) {
      const subject = v - comma === 2 ? pronounAt(tokens, comma + 1) : null;
      const phrase = subject ? null : phraseBefore(tokens, v, comma + 1);
      const named =
        subject ?? (phrase && phrase.from === comma + 1 ? subjectFrom(tokens, phrase) : null);
      let after = last + 1;
      while (
        after < to &&
        tokens[after]?.word &&
        after - last <= 4 &&
        bare(tokens[after]) !== "that"
      )
        after++;
      const ends = after >= to || isPunct(tokens[after], ENDS);
      const parenthetical = isPunct(tokens[last + 1], ",");
      if (named && (ends || parenthetical)) {
        const content: Span = parenthetical
          ? { start: sentence.start, end: sentence.end }
          : { start: sentence.start, end: (tokens[comma] as Token).start };
        return frameOf("tail", v, last, kind, named, content);
      }
    }
    // "It is said that …", "was announced": a passive has no speaker to name.
    let b = v - 1;
    while (b >= from && tokens[b]?.word && /ly$/u.test(bare(tokens[b]))) b--;
    if (
      !/ing$/u.test(verbToken.text) &&
      /^(is|are|was|were|be|been|being)$/iu.test(tokens[b]?.text ?? "")
    ) {
      return null;
    }
    const subject = subjectBefore(tokens, v, from);
    if (!subject) return null;
    let end = sentence.end;
    if (comma >= from && /^(who|which|whom)$/u.test(tokens[comma + 1]?.text ?? "")) {
      // "The deal, which critics call a surrender, passed.": the clause ends at its comma.
      for (let i = last + 2; i < to; i++) {
        if (isPunct(tokens[i], ",")) {
          end = (tokens[i] as Token).start;
          break;
        }
      }
    }
    return frameOf("head", v, last, kind, subject, { start: (tokens[last] as Token).end, end });
  }

  /**
   * Someone reported inside a quotation: "Kim Jong Il assured me that …", "What he declared
   * was that …". Only verbs of saying followed by "that" count: "I think", "they realize" and
   * "the Bush Administration sort of [is] saying, well, …" are the speaker's own words.
   */
  function nestedAt(v: number, from: number, to: number): Frame | null {
    const token = tokens[v] as Token;
    if (verbKind(token.text) !== "speech") return null;
    const quotation = quotationOf[v] as number;
    const within = (i: number) => quotationOf[i] === quotation;
    let that = v + 1;
    if (/^(me|us|him|her|them)$/u.test(tokens[that]?.text ?? "")) that++;
    let subject: Subject | null;
    let start = v;
    if (/^what$/iu.test(tokens[v - 2]?.text ?? "") && tokens[v + 1]?.text === "was") {
      that = v + 2;
      subject = pronounAt(tokens, v - 1);
      if (!subject && isNameWord(tokens[v - 1]))
        subject = subjectFrom(tokens, { from: v - 1, to: v });
      start = v - 2;
    } else {
      const found = subjectBefore(
        tokens,
        v,
        Math.max(from, firstTokenAt((quotations[quotation] as Quotation).start)),
      );
      subject = found;
      if (found) start = firstTokenAt(found.start);
    }
    if (!subject || !within(start) || tokens[that]?.text !== "that" || !within(that)) return null;
    if (subject.kind === "pronoun" && subject.pronoun === "self") return null;
    const sentenceEnd = Math.min(
      (tokens[Math.max(to - 1, that)] as Token).end,
      (quotations[quotation] as Quotation).end,
    );
    const frame = frameOf("nested", v, v, "speech", subject, {
      start: (tokens[that] as Token).end,
      end: sentenceEnd,
    });
    const first = (tokens[start] as Token).start;
    return { ...frame, start: first, label: text.slice(first, (tokens[that] as Token).end) };
  }

  return {
    text,
    tokens,
    sentences,
    paragraphs,
    quotations,
    frames,
    nested,
    sentenceOf,
    quotationOf,
  };
}
