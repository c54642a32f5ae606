// Who said it: proposes a source's speakers, and the speaker of a passage, from how the text
// attributes its statements. Pure: no DOM, no store; rules over sentence structure (see
// speechFrames.ts), no dictionary, no model. It proposes; the user decides.
import {
  bare,
  cleanName,
  isNameWord,
  nameKeys,
  type CleanName,
  type Phrase,
  type Token,
} from "./nounPhrases";
import type { Span } from "./sentences";
import {
  FEMALE_HONORIFICS,
  GROUP_NOUNS,
  HONORIFICS,
  MALE_HONORIFICS,
  NAME_CONNECTORS,
  OFFICES,
  ORGANISATION_WORDS,
} from "./speechLexicon";
import { readText, type Frame, type Quotation, type TextReading } from "./speechFrames";

/** A speaker the map already has, as far as attribution needs it. */
export interface SpeakerRef {
  id: string;
  name: string;
}

/** Who probably said a passage, why, and how sure the rules are (0 to 1). */
export interface Attribution {
  /** A speaker's id, or null: the source's own framing, or no speaker in the list fits. */
  speakerId: string | null;
  /** A short human reason: "said Mr. Oberdorfer", "she said → Kongdan Oh". */
  reason: string;
  confidence: number;
}

/** A speaker proposed from a source's text. */
export interface ProposedSpeaker {
  /** The fullest name the text gives, without titles: "Don Oberdorfer", "South Korea's government". */
  name: string;
  kind: "person" | "organisation";
  /** How many times the text names them, by any form ("Don Oberdorfer", "Mr. Oberdorfer"). */
  mentions: number;
  /** Where the text first has them speak, as written: "said Mr. Oberdorfer". */
  evidence: string;
}

// ---------------------------------------------------------------------------------------------
// Entities: the speakers names are matched against (the map's, or those proposed so far).

interface Entity {
  id: string;
  name: string;
  keys: string[];
  kind: "person" | "organisation";
  gender: "male" | "female" | null;
}

/** How well a name fits an entity: 4 the same, 3 the name says more, 2 a short form, 1 a surname inside another name. */
type MatchLevel = 1 | 2 | 3 | 4;

interface Match {
  entity: Entity;
  level: MatchLevel;
  /** True when several entities fitted equally and the most recently named one was taken. */
  guessed: boolean;
}

function isSubset(small: readonly string[], large: readonly string[]): boolean {
  return small.length > 0 && small.every((key) => large.includes(key));
}

function kindOfKeys(keys: readonly string[], name: string): Entity["kind"] {
  const organisational =
    keys.some((k) => ORGANISATION_WORDS.has(k) || GROUP_NOUNS.has(k)) ||
    /\band\b|&|['’]s\b/u.test(name);
  return organisational ? "organisation" : "person";
}

/** A name run: a capitalised name as written in the text, outside titles. */
interface NameRun {
  phrase: Phrase;
  clean: CleanName;
  start: number;
  paragraph: number;
  inQuotation: boolean;
}

/**
 * Every capitalised name in the text, split after a possessive ("President Roh's Committee"
 * is "President Roh" and "Committee"), with a lower-case office before it kept as a sign of a
 * person ("then-president Kim Dae-jung").
 */
function nameRuns(reading: TextReading): NameRun[] {
  const { tokens, text } = reading;
  const runs: NameRun[] = [];
  const paragraphAt = (offset: number) =>
    reading.paragraphs.findIndex((p) => p.start <= offset && offset < p.end);
  let i = 0;
  while (i < tokens.length) {
    if (!isNameWord(tokens[i])) {
      i++;
      continue;
    }
    let from = i;
    const before = tokens[i - 1];
    if (before?.word && OFFICES.has(bare(before)) && /^\p{Ll}/u.test(before.text)) from = i - 1;
    let to = i + 1;
    while (!/['’]s$/u.test((tokens[to - 1] as Token).text)) {
      if (isNameWord(tokens[to])) to++;
      else if (
        tokens[to]?.word &&
        NAME_CONNECTORS.has((tokens[to] as Token).text) &&
        (tokens[to] as Token).text !== "and" &&
        isNameWord(tokens[to + 1])
      ) {
        to += 2;
      } else break;
    }
    const clean = cleanName(text, tokens, { from, to });
    if (clean) {
      runs.push({
        phrase: { from, to },
        clean,
        start: (tokens[from] as Token).start,
        paragraph: paragraphAt((tokens[from] as Token).start),
        inQuotation: reading.quotationOf[i] !== -1,
      });
    }
    i = to;
  }
  return runs;
}

/** Genders the text gives its entities: "Mr. Oberdorfer" makes Don Oberdorfer male. */
function gendersFromText(reading: TextReading, entities: Entity[]): void {
  const { tokens } = reading;
  tokens.forEach((token, i) => {
    const word = token.text.replace(/\.$/u, "");
    if (!HONORIFICS.has(word)) return;
    const gender = MALE_HONORIFICS.has(word)
      ? "male"
      : FEMALE_HONORIFICS.has(word)
        ? "female"
        : null;
    const next = bare(tokens[i + 1]);
    if (!gender || !next) return;
    for (const entity of entities) {
      if (entity.kind === "person" && entity.keys.includes(next)) entity.gender ??= gender;
    }
  });
}

/**
 * The entity a cleaned name refers to: the same name; a fuller one ("Current South Korean
 * President Roh Moo-hyun"); a short form ("Mr. Oberdorfer", "The government"); or, when
 * `partial`, a person whose first or last name occurs in it ("The Roh administration"). When
 * several fit equally, the one named most recently before `position` is taken.
 */
function matchName(
  clean: CleanName,
  entities: readonly Entity[],
  position: number,
  lastNamed: (entity: Entity, position: number) => number,
  partial: boolean,
): Match | null {
  const keys = clean.keys;
  let best: Entity[] = [];
  let level: MatchLevel | 0 = 0;
  const offer = (entity: Entity, l: MatchLevel) => {
    if (l > level) {
      level = l;
      best = [entity];
    } else if (l === level) best.push(entity);
  };
  for (const entity of entities) {
    const same = entity.keys.length === keys.length && isSubset(keys, entity.keys);
    if (same) offer(entity, 4);
    else if (isSubset(entity.keys, keys) && (entity.keys.length > 1 || entity.kind === "person")) {
      offer(entity, 3);
    } else if (
      isSubset(keys, entity.keys) &&
      (clean.kind !== "person" || entity.kind === "person")
    ) {
      offer(entity, 2);
    } else if (
      partial &&
      entity.kind === "person" &&
      keys.some((k) => k === entity.keys[0] || k === entity.keys[entity.keys.length - 1])
    ) {
      offer(entity, 1);
    }
  }
  if (level === 0 || best.length === 0) return null;
  if (best.length === 1) return { entity: best[0] as Entity, level, guessed: false };
  let chosen = best[0] as Entity;
  let latest = -1;
  for (const entity of best) {
    const at = lastNamed(entity, position);
    if (at > latest) {
      latest = at;
      chosen = entity;
    }
  }
  return { entity: chosen, level, guessed: true };
}

// ---------------------------------------------------------------------------------------------
// Resolving who each frame's subject is, in text order.

interface Resolved {
  entity: Entity | null;
  /** How the subject was read: a name, a pronoun or definite phrase referring back, or a name that fits no one. */
  via: "name" | "back" | "unknown";
  /** The subject as written, cleaned: "Mr. Moon", "The leaders". */
  written: string;
  guessed: boolean;
}

interface Event {
  position: number;
  paragraph: number;
  entity: Entity;
}

/** The state of one pass over a text: entities, what has been said by whom so far. */
interface Pass {
  reading: TextReading;
  entities: Entity[];
  runs: NameRun[];
  events: Event[];
  /** Whether a name may fit a person by a surname alone ("The Roh administration" → Roh Moo-hyun). */
  partial: boolean;
  /** Called for a name that fits no entity; may add one (proposing) or not (attributing). */
  unmatched: (clean: CleanName, frame: Frame) => Entity | null;
}

function compatible(entity: Entity, pronoun: string): boolean {
  if (pronoun === "he") return entity.kind === "person" && entity.gender !== "female";
  if (pronoun === "she") return entity.kind === "person" && entity.gender !== "male";
  if (pronoun === "it") return entity.kind === "organisation";
  return pronoun === "they";
}

function runEntity(pass: Pass, run: NameRun): Entity | null {
  return matchName(run.clean, pass.entities, run.start, () => -1, pass.partial)?.entity ?? null;
}

/**
 * Position of the last name run before `position` that names `entity` in full ("Moon Hee-sang",
 * not "Mr. Moon", which names either Moon), or -1.
 */
function lastNamedIn(pass: Pass, entity: Entity, position: number): number {
  for (let i = pass.runs.length - 1; i >= 0; i--) {
    const run = pass.runs[i] as NameRun;
    if (run.start < position && isSubset(entity.keys, run.clean.keys)) return run.start;
  }
  return -1;
}

/**
 * Whom a pronoun ("she said") or definite phrase ("the chamber said") at `position` refers
 * back to: the last speaker in the same paragraph; else, for he and she, the last person named
 * in the paragraph; else the last speaker before; else the last fitting name before.
 */
function referBack(
  pass: Pass,
  fits: (entity: Entity) => boolean,
  position: number,
  paragraph: number,
  personal: boolean,
): Entity | null {
  const earlier = pass.events.filter((e) => e.position < position && fits(e.entity));
  const sameParagraph = earlier.filter((e) => e.paragraph === paragraph);
  if (sameParagraph.length > 0) return (sameParagraph[sameParagraph.length - 1] as Event).entity;
  const runs = pass.runs.filter((r) => r.start < position && !r.inQuotation);
  if (personal) {
    for (let i = runs.length - 1; i >= 0 && (runs[i] as NameRun).paragraph === paragraph; i--) {
      const entity = runEntity(pass, runs[i] as NameRun);
      if (entity && fits(entity)) return entity;
    }
  }
  if (earlier.length > 0) return (earlier[earlier.length - 1] as Event).entity;
  for (let i = runs.length - 1; i >= 0; i--) {
    const entity = runEntity(pass, runs[i] as NameRun);
    if (entity && fits(entity)) return entity;
  }
  return null;
}

/** Words for a body that say nothing of which: "the group said" refers back to the last one that spoke. */
const GENERIC_BODIES = new Set(
  "group organisation organization body company firm chamber agency campaign charity coalition network association".split(
    " ",
  ),
);

function resolveSubject(pass: Pass, frame: Frame): Resolved {
  const { subject } = frame;
  const { text, tokens } = pass.reading;
  if (subject.kind === "pronoun") {
    const written = text.slice(subject.start, subject.end);
    if (subject.pronoun === "self")
      return { entity: null, via: "unknown", written, guessed: false };
    const pronoun = subject.pronoun;
    const entity = referBack(
      pass,
      (e) => compatible(e, pronoun),
      frame.verb.start,
      frame.paragraph,
      pronoun === "he" || pronoun === "she",
    );
    return { entity, via: entity ? "back" : "unknown", written, guessed: false };
  }
  const clean = cleanName(text, tokens, subject.phrase);
  if (!clean) return { entity: null, via: "unknown", written: "", guessed: false };
  const lastNamed = (entity: Entity, position: number) => lastNamedIn(pass, entity, position);
  let match = matchName(clean, pass.entities, frame.verb.start, lastNamed, pass.partial);
  if (!match) {
    // "Washington's Georgetown University": the name after the possessive.
    const { phrase } = subject;
    for (let i = phrase.to - 2; i >= phrase.from; i--) {
      if (/['’]s$/u.test((tokens[i] as Token).text)) {
        const rest = cleanName(text, tokens, { from: i + 1, to: phrase.to });
        if (rest) match = matchName(rest, pass.entities, frame.verb.start, lastNamed, pass.partial);
        break;
      }
    }
  }
  if (match) {
    return {
      entity: match.entity,
      via: "name",
      written: clean.display,
      guessed: match.guessed || match.level === 1,
    };
  }
  const first = tokens[subject.phrase.from] as Token;
  const head = clean.keys[clean.keys.length - 1] ?? "";
  if (/^the$/iu.test(first.text) && clean.keys.length === 1 && GENERIC_BODIES.has(head)) {
    // "the group said", of a group named otherwise: the last speaker not known to be a person
    // (a name alone does not tell "Human Rights Watch" from "Peter Beck").
    const entity = referBack(
      pass,
      (e) => e.gender === null,
      frame.verb.start,
      frame.paragraph,
      false,
    );
    if (entity) return { entity, via: "back", written: clean.display, guessed: true };
  }
  const added = pass.unmatched(clean, frame);
  return { entity: added, via: added ? "name" : "unknown", written: clean.display, guessed: false };
}

/** What the pass learned: each frame's resolution and each quotation's speaker. */
interface PassResult {
  frames: Map<Frame, Resolved>;
  quotations: (QuotationSpeaker | null)[];
}

interface QuotationSpeaker {
  entity: Entity;
  reason: string;
  confidence: number;
}

function reasonFor(frame: Frame, resolved: Resolved): string {
  const entity = resolved.entity as Entity;
  const arrow = resolved.via === "back" || resolved.guessed;
  return arrow ? `${frame.label} → ${entity.name}` : frame.label;
}

function confidenceFor(frame: Frame, resolved: Resolved): number {
  let confidence = frame.form === "tag" ? 0.9 : frame.form === "nested" ? 0.65 : 0.85;
  if (resolved.via === "back") confidence -= 0.15;
  if (resolved.guessed) confidence -= 0.1;
  if (frame.verb.kind !== "speech") confidence -= 0.1;
  return Math.round(confidence * 100) / 100;
}

/** Resolves every frame in text order, then every quotation's speaker. */
function runPass(pass: Pass): PassResult {
  const frames = new Map<Frame, Resolved>();
  for (const frame of pass.reading.frames) {
    const resolved = resolveSubject(pass, frame);
    frames.set(frame, resolved);
    if (resolved.entity) {
      pass.events.push({
        position: frame.verb.start,
        paragraph: frame.paragraph,
        entity: resolved.entity,
      });
    }
  }
  return { frames, quotations: quotationSpeakers(pass, frames) };
}

/**
 * The speaker of each quotation: its own tag; else the quotation it continues (an earlier one
 * in the same paragraph, or one left open at the end of the previous paragraph, or a previous
 * paragraph that was all quotation); else the tag of the part that closes it; else the speaker
 * the previous paragraph ends on ("Kongdan Oh … recalls …" before her quotation).
 */
function quotationSpeakers(pass: Pass, frames: Map<Frame, Resolved>): (QuotationSpeaker | null)[] {
  const { quotations, paragraphs } = pass.reading;
  const result: (QuotationSpeaker | null)[] = quotations.map(() => null);
  const own = (q: Quotation): QuotationSpeaker | null => {
    if (!q.tag) return null;
    const resolved = frames.get(q.tag);
    if (!resolved?.entity) return null;
    return {
      entity: resolved.entity,
      reason: reasonFor(q.tag, resolved),
      confidence: confidenceFor(q.tag, resolved),
    };
  };
  const continues = (from: QuotationSpeaker, confidence: number): QuotationSpeaker => ({
    entity: from.entity,
    reason: `continues ${from.entity.name}'s quotation`,
    confidence,
  });
  quotations.forEach((q, i) => {
    const mine = own(q);
    if (mine || !q.opensSentence) {
      result[i] = mine;
      return;
    }
    const previous = i > 0 ? (quotations[i - 1] as Quotation) : null;
    const before = result[i - 1] ?? null;
    const paragraphStart = (paragraphs[q.paragraph] as Span).start === q.open;
    if (previous && before && previous.paragraph === q.paragraph) {
      result[i] = continues(before, 0.75);
    } else if (previous && before && paragraphStart && previous.paragraph === q.paragraph - 1) {
      const previousParagraph = paragraphs[previous.paragraph] as Span;
      const allQuoted =
        previousParagraph.start ===
        quotations.find((x) => x.paragraph === previous.paragraph)?.open;
      if (previous.close === null) result[i] = continues(before, 0.75);
      else if (allQuoted) result[i] = continues(before, 0.6);
    }
  });
  // Backwards: a quotation left open whose continuation is tagged ("…" ¶ "…," she said).
  for (let i = quotations.length - 2; i >= 0; i--) {
    const q = quotations[i] as Quotation;
    const next = quotations[i + 1] as Quotation;
    const after = result[i + 1];
    if (
      !result[i] &&
      q.opensSentence &&
      q.close === null &&
      next.paragraph === q.paragraph + 1 &&
      after
    ) {
      result[i] = {
        entity: after.entity,
        reason: `${after.reason} (the quotation goes on)`,
        confidence: after.confidence - 0.1,
      };
    }
  }
  // A quotation paragraph after a paragraph that ends on someone speaking.
  quotations.forEach((q, i) => {
    if (result[i] || !q.opensSentence || (paragraphs[q.paragraph] as Span).start !== q.open) return;
    const lastFrame = [...frames.entries()]
      .filter(([f, r]) => f.paragraph === q.paragraph - 1 && f.form !== "tag" && r.entity)
      .pop();
    if (lastFrame) {
      const [frame, resolved] = lastFrame;
      result[i] = {
        entity: resolved.entity as Entity,
        reason: `introduced by ${frame.label}`,
        confidence: 0.5,
      };
    }
  });
  return result;
}

// ---------------------------------------------------------------------------------------------
// attribute

function speakerEntities(speakers: readonly SpeakerRef[]): Entity[] {
  return speakers.map((s) => {
    const keys = nameKeys(s.name);
    return { id: s.id, name: s.name, keys, kind: kindOfKeys(keys, s.name), gender: null };
  });
}

/** One reading per text and one pass per list of speakers: attributing every claim of a map reads the text once. */
let cachedReading: TextReading | null = null;
const cachedPasses = new WeakMap<
  readonly SpeakerRef[],
  { text: string; signature: string; pass: Pass; result: PassResult }
>();

function readingOf(text: string): TextReading {
  if (cachedReading?.text !== text) cachedReading = readText(text);
  return cachedReading;
}

function attributionPass(
  text: string,
  speakers: readonly SpeakerRef[],
): { pass: Pass; result: PassResult } {
  // The list may have been edited in place since: the cache holds only for the same names.
  const signature = JSON.stringify(speakers.map((s) => [s.id, s.name]));
  const cached = cachedPasses.get(speakers);
  if (cached && cached.text === text && cached.signature === signature) return cached;
  const reading = readingOf(text);
  const entities = speakerEntities(speakers);
  gendersFromText(reading, entities);
  const pass: Pass = {
    reading,
    entities,
    runs: nameRuns(reading),
    events: [],
    partial: true,
    unmatched: () => null,
  };
  const result = runPass(pass);
  cachedPasses.set(speakers, { text, signature, pass, result });
  return { pass, result };
}

/**
 * Whom "he" refers to inside a quotation ("What he declared was that …"): the last person named
 * before the quotation who is neither its speaker nor named in the same sentence.
 */
function nestedPronoun(
  pass: Pass,
  frame: Frame,
  quotation: Quotation,
  speaker: Entity | null,
  pronoun: string,
): Entity | null {
  const sentence = pass.reading.sentences[frame.sentence];
  const inSentence = new Set<Entity>();
  for (const run of pass.runs) {
    if (sentence && run.start >= sentence.start && run.start < sentence.end) {
      const entity = runEntity(pass, run);
      if (entity) inSentence.add(entity);
    }
  }
  const runs = pass.runs.filter((r) => r.start < quotation.open && !r.inQuotation);
  for (let i = runs.length - 1; i >= 0; i--) {
    const entity = runEntity(pass, runs[i] as NameRun);
    if (entity && entity !== speaker && !inSentence.has(entity) && compatible(entity, pronoun))
      return entity;
  }
  return null;
}

function framing(reason: string, confidence: number): Attribution {
  return { speakerId: null, reason, confidence };
}

/**
 * Proposes the speaker of the passage `text[start, end)` from the text around it: a tag on its
 * quotation ("said Mr. Oberdorfer", `"…," she said`), a quotation it continues, someone the
 * quoted speaker reports ("Kim Jong Il assured me that …"), or a clause that frames it ("X
 * says", "according to X", "lawmakers, who say"). Names are matched to `speakers` by full name,
 * surname or short form ("Mr. Moon" → the Moon named last); pronouns and "the chamber" refer
 * back to the last fitting speaker. `speakerId` is null for the text's own framing, and for an
 * attribution to someone not in `speakers` (the reason names them).
 * @example
 * attribute('"It is ridiculous," said Mr. Oberdorfer.', 1, 16, [{ id: "o", name: "Don Oberdorfer" }])
 * // { speakerId: "o", reason: "said Mr. Oberdorfer", confidence: 0.9 }
 */
export function attribute(
  text: string,
  start: number,
  end: number,
  speakers: readonly SpeakerRef[],
): Attribution {
  if (!(start >= 0 && end <= text.length && start < end)) {
    return framing("the passage is not within the text", 0);
  }
  let from = start;
  while (from < end && /[\s"“”«»‘’'….]/u.test(text[from] as string)) from++;
  if (from === end) from = start;
  const { pass, result } = attributionPass(text, speakers);
  const { reading } = pass;
  const qi = reading.quotations.findIndex((q) => q.start <= from && from < q.end);
  const quotation = reading.quotations[qi];
  const quoted = quotation ? result.quotations[qi] : null;
  if (quotation && (quoted || quotation.opensSentence)) {
    const nested = nestedFor(pass, quotation, from, end);
    if (nested) {
      const resolved = resolveNested(pass, nested, quotation, quoted?.entity ?? null);
      if (resolved) return resolved;
    }
    if (quoted)
      return { speakerId: quoted.entity.id, reason: quoted.reason, confidence: quoted.confidence };
    const tag = quotation.tag ? result.frames.get(quotation.tag) : undefined;
    if (quotation.tag && tag?.written) {
      return framing(`${quotation.tag.label}: "${tag.written}" is not one of the speakers`, 0.5);
    }
    return framing("a quotation the text attributes to no one", 0.3);
  }
  return narrative(pass, result, from, end);
}

/** The frame inside a quotation that reports someone else's words in this passage, if any. */
function nestedFor(pass: Pass, quotation: Quotation, from: number, end: number): Frame | null {
  const { reading } = pass;
  const sentence = reading.sentences.findIndex((s) => s.start <= from && from < s.end);
  const here = reading.nested.filter(
    (f) =>
      f.sentence === sentence &&
      f.content.start >= quotation.start &&
      f.content.end <= quotation.end,
  );
  // "What he declared was that …" opening the passage reports all of it.
  const opening = here.find((f) => {
    const labelStart = reading.text.indexOf(
      f.label,
      Math.max(quotation.start, f.subject.start - 12),
    );
    return (
      labelStart >= from &&
      /^[\s"“‘]*$/u.test(reading.text.slice(from, labelStart)) &&
      labelStart < end
    );
  });
  if (opening) return opening;
  const before = here.filter((f) => f.content.start <= from);
  return before[before.length - 1] ?? null;
}

function resolveNested(
  pass: Pass,
  frame: Frame,
  quotation: Quotation,
  speaker: Entity | null,
): Attribution | null {
  const { subject } = frame;
  let entity: Entity | null;
  let back = false;
  if (subject.kind === "pronoun") {
    entity = nestedPronoun(pass, frame, quotation, speaker, subject.pronoun);
    back = true;
  } else {
    const clean = cleanName(pass.reading.text, pass.reading.tokens, subject.phrase);
    const lastNamed = (e: Entity, position: number) => lastNamedIn(pass, e, position);
    entity = clean
      ? (matchName(clean, pass.entities, frame.verb.start, lastNamed, false)?.entity ?? null)
      : null;
  }
  if (!entity || entity === speaker) return null;
  return {
    speakerId: entity.id,
    reason: back ? `${frame.label} → ${entity.name}` : frame.label,
    confidence: back ? 0.5 : 0.65,
  };
}

/** A passage outside quotations: the clause of its sentence that frames it, or none. */
function narrative(pass: Pass, result: PassResult, from: number, end: number): Attribution {
  const { reading } = pass;
  const sentence = reading.sentences.findIndex((s) => s.start <= from && from < s.end);
  const frames = reading.frames.filter((f) => f.sentence === sentence && f.form !== "tag");
  const headsBefore = frames.filter(
    (f) => f.form === "head" && f.verb.start < from && end > f.verb.end,
  );
  const covering = frames.filter(
    (f) =>
      (f.form === "tail" || f.form === "according") &&
      f.content.start <= from &&
      from < f.content.end,
  );
  const inside = frames.filter(
    (f) => f.form === "head" && f.verb.start >= from && f.verb.end <= end,
  );
  const frame = headsBefore[headsBefore.length - 1] ?? covering[0] ?? inside[0];
  if (!frame) return framing("the article's own framing", 0.7);
  const resolved = result.frames.get(frame);
  if (!resolved?.entity) {
    const who = resolved?.written ? `"${resolved.written}"` : "its subject";
    return framing(`${frame.label}: ${who} is not one of the speakers`, 0.5);
  }
  return {
    speakerId: resolved.entity.id,
    reason: reasonFor(frame, resolved),
    confidence: confidenceFor(frame, resolved),
  };
}

// ---------------------------------------------------------------------------------------------
// proposeSpeakers

interface Candidate extends Entity {
  first: number;
  evidence: string;
  /** Comparison keys of every form the text used for them. */
  forms: string[][];
  speaking: number;
}

/**
 * Proposes the people and organisations a text quotes or paraphrases: the subjects of its
 * verbs of saying ("says", "added", "according to", "who say", "rejected"), the speakers its
 * quotation tags name, and people quoted inside quotations ("Kim Jong Il assured me that").
 * Later short forms are merged into the full name ("Mr. Oberdorfer" into "Don Oberdorfer"),
 * titles are dropped, pronouns ("she said") count for the speaker they refer to. A name that
 * never speaks is not proposed: places and people only mentioned stay out. Ordered by first
 * mention.
 * @example
 * proposeSpeakers('Don Oberdorfer says it is so. "It is," said Mr. Oberdorfer.')
 * // [{ name: "Don Oberdorfer", kind: "person", mentions: 2, evidence: "Don Oberdorfer says" }]
 */
export function proposeSpeakers(text: string): ProposedSpeaker[] {
  const reading = readingOf(text);
  const candidates: Candidate[] = [];
  const propose = (clean: CleanName, at: number, evidence: string): Candidate => {
    const candidate: Candidate = {
      id: String(candidates.length),
      name: clean.display,
      keys: clean.keys,
      kind: clean.kind,
      gender: clean.gender,
      first: at,
      evidence,
      forms: [clean.keys],
      speaking: 0,
    };
    candidates.push(candidate);
    return candidate;
  };
  const pass: Pass = {
    reading,
    entities: candidates,
    runs: nameRuns(reading),
    events: [],
    partial: false,
    unmatched: (clean, frame) =>
      propose(clean, Math.min(frame.subject.start, frame.verb.start), frame.label),
  };
  const { frames, quotations } = runPass(pass);
  const spoke = (entity: Entity | null, frame: Frame) => {
    if (!entity) return;
    const candidate = entity as Candidate;
    candidate.speaking++;
    candidate.first = Math.min(candidate.first, frame.subject.start, frame.verb.start);
    if (frame.subject.kind === "name") {
      const clean = cleanName(text, reading.tokens, frame.subject.phrase);
      if (clean) absorb(candidate, clean);
    }
  };
  for (const [frame, resolved] of frames) spoke(resolved.entity, frame);
  for (const frame of reading.nested) {
    const qi = reading.quotations.findIndex(
      (q) => q.start <= frame.verb.start && frame.verb.start < q.end,
    );
    const quotation = reading.quotations[qi];
    if (!quotation) continue;
    const speaker = quotations[qi]?.entity ?? null;
    spoke(nestedProposal(pass, frame, quotation, speaker, propose), frame);
  }
  const speaking = candidates.filter((c) => c.speaking > 0);
  for (const candidate of speaking) fullestName(pass, candidate);
  return speaking
    .sort((a, b) => a.first - b.first)
    .map((c) => ({
      name: c.name,
      kind: c.kind,
      mentions: Math.max(1, countMentions(pass, c)),
      evidence: c.evidence,
    }));
}

/**
 * Gives a person who speaks only under a short form ("Ms. Warren told reporters") the full
 * name the text gives elsewhere ("Senator Elizabeth Warren"), when only one fits; and dates
 * everyone from the first time the text names them.
 */
function fullestName(pass: Pass, candidate: Candidate): void {
  const naming = pass.runs.filter(
    (r) =>
      isSubset(candidate.keys, r.clean.keys) &&
      (r.clean.keys.length === candidate.keys.length || r.clean.kind === "person"),
  );
  const first = naming[0];
  if (first) candidate.first = Math.min(candidate.first, first.start);
  if (candidate.kind !== "person") return;
  const fuller = new Map<string, NameRun>();
  for (const run of naming) {
    if (run.clean.kind === "person" && run.clean.keys.length > candidate.keys.length) {
      fuller.set(run.clean.keys.join(" "), run);
    }
  }
  if (fuller.size === 1) {
    const run = [...fuller.values()][0] as NameRun;
    candidate.name = run.clean.display;
    candidate.keys = run.clean.keys;
  }
}

/** A name merged into a candidate: the fuller name wins, and a title says it is a person. */
function absorb(candidate: Candidate, clean: CleanName): void {
  if (!candidate.forms.some((f) => f.join(" ") === clean.keys.join(" ")))
    candidate.forms.push(clean.keys);
  if (clean.keys.length > candidate.keys.length && isSubset(candidate.keys, clean.keys)) {
    candidate.keys = clean.keys;
    candidate.name = clean.display;
  }
  if (clean.kind === "person" && candidate.kind === "person") candidate.gender ??= clean.gender;
}

/**
 * Whom a frame inside a quotation proposes: a person named there ("Kim Jong Il assured me
 * that"), or for "he"/"she" the last person named before the quotation who is neither its
 * speaker nor named in the same sentence ("What he declared was that" → Kim Dae-jung).
 */
function nestedProposal(
  pass: Pass,
  frame: Frame,
  quotation: Quotation,
  speaker: Entity | null,
  propose: (clean: CleanName, at: number, evidence: string) => Candidate,
): Entity | null {
  const { text, tokens, sentences } = pass.reading;
  const lastNamed = (e: Entity, position: number) => lastNamedIn(pass, e, position);
  const { subject } = frame;
  if (subject.kind === "name") {
    const clean = cleanName(text, tokens, subject.phrase);
    if (!clean || clean.kind !== "person") return null;
    const found = matchName(clean, pass.entities, frame.verb.start, lastNamed, false);
    return found?.entity ?? propose(clean, subject.start, frame.label);
  }
  const sentence = sentences[frame.sentence];
  const inSentence = pass.runs.filter(
    (r) => sentence && r.start >= sentence.start && r.start < sentence.end,
  );
  const runs = pass.runs.filter((r) => r.start < quotation.open && !r.inQuotation);
  for (let i = runs.length - 1; i >= 0; i--) {
    const run = runs[i] as NameRun;
    if (run.clean.kind !== "person") continue;
    const sameAs = (other: CleanName) =>
      isSubset(other.keys, run.clean.keys) || isSubset(run.clean.keys, other.keys);
    if (inSentence.some((r) => sameAs(r.clean))) continue;
    if (
      speaker &&
      (isSubset(run.clean.keys, speaker.keys) || isSubset(speaker.keys, run.clean.keys))
    ) {
      continue;
    }
    if (!compatible({ ...entityLike(run.clean) }, subject.pronoun)) continue;
    const found = matchName(run.clean, pass.entities, run.start, lastNamed, false);
    return found?.entity ?? propose(run.clean, run.start, `${frame.label} → ${run.clean.display}`);
  }
  return null;
}

function entityLike(clean: CleanName): Entity {
  return { id: "", name: clean.display, keys: clean.keys, kind: clean.kind, gender: clean.gender };
}

/** How many name runs in the text name a candidate by one of its forms or, for a person, a short form. */
function countMentions(pass: Pass, candidate: Candidate): number {
  let count = 0;
  for (const run of pass.runs) {
    const keys = run.clean.keys;
    const sameForm = candidate.forms.some((f) => f.length === keys.length && isSubset(keys, f));
    const full = candidate.keys.length === keys.length && isSubset(keys, candidate.keys);
    const short =
      candidate.kind === "person" &&
      isSubset(keys, candidate.keys) &&
      (run.clean.kind === "person" || keys.length === 1);
    if (sameForm || full || short) count++;
  }
  return count;
}
