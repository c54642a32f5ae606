// Who said it: proposes a source's speakers, and the speaker of a passage, from how the text
// attributes its statements. Pure: no DOM, no store; rules over sentence structure (see
// speechFrames.ts), no dictionary, no model. It proposes; the user decides.
import { cleanName, nameKeys, type CleanName, type Token } from "./nounPhrases";
import { spanAt, type Span } from "./sentences";
import {
  EntityIndex,
  gendersFromText,
  isSubset,
  kindOfKeys,
  lastBefore,
  matchName,
  nameRuns,
  runsWithAll,
  type Entity,
  type NameIndex,
  type NameRun,
} from "./speakerNames";
import { readText, type Frame, type Quotation, type TextReading } from "./speechFrames";

/** A speaker the map already has, as far as attribution needs it. */
export interface SpeakerRef {
  id: string;
  name: string;
  /** What the speaker is ("Roh administration"): the text may name the speaker by it. */
  role?: string | undefined;
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
// A pass over a text: every frame's subject resolved, in text order.

/** Who a frame's subject turned out to be. */
interface Resolved {
  entity: Entity | null;
  /** How: by a name; by a pronoun or "the group" referring back; or not at all. */
  via: "name" | "back" | "unknown";
  /** The subject as written, cleaned: "Mr. Moon", "The leaders". */
  written: string;
  /** True when the name fitted several and the last named was taken, or fitted by a surname only. */
  guessed: boolean;
}

/** Someone speaking at a place in the text: what "she said" refers back to. */
interface Event {
  position: number;
  paragraph: number;
  entity: Entity;
}

/** The state of one pass over a text. */
interface Pass {
  reading: TextReading;
  entities: EntityIndex;
  names: NameIndex;
  events: Event[];
  /** Whether a name may fit a person by a surname alone ("The Roh administration" → Roh Moo-hyun). */
  partial: boolean;
  /** Called for a name that fits no entity; may add one (proposing) or not (attributing). */
  unmatched: (clean: CleanName, frame: Frame) => Entity | null;
  /** Which entity each name run names, kept until the entities change. */
  runCache: Map<NameRun, { version: number; entity: Entity | null }>;
}

/** How far back a pronoun looks: speakers, then names. A long text is not searched to its start. */
const EVENT_LOOKBACK = 500;
const RUN_LOOKBACK = 300;

/** Whether a pronoun can refer to an entity: "he" and "she" to persons of that gender or unknown, "it" to organisations. */
function compatible(entity: Entity, pronoun: string): boolean {
  if (pronoun === "he") return entity.kind === "person" && entity.gender !== "female";
  if (pronoun === "she") return entity.kind === "person" && entity.gender !== "male";
  if (pronoun === "it") return entity.kind === "organisation";
  return pronoun === "they";
}

/** The entity a name run names, if any. */
function runEntity(pass: Pass, run: NameRun): Entity | null {
  const version = pass.entities.all.length;
  const cached = pass.runCache.get(run);
  if (cached?.version === version) return cached.entity;
  const entity =
    matchName(run.clean, pass.entities, run.start, () => -1, pass.partial)?.entity ?? null;
  pass.runCache.set(run, { version, entity });
  return entity;
}

/**
 * Where the text last names `entity` in full before `position` ("Moon Hee-sang", not "Mr.
 * Moon", which names either Moon), or -1.
 */
function lastNamedIn(pass: Pass, entity: Entity, position: number): number {
  const runs = runsWithAll(pass.names, entity.keys);
  const i = lastBefore(runs, position);
  return i >= 0 ? (runs[i] as NameRun).start : -1;
}

/**
 * Whom a pronoun ("she said") or a generic "the group said" at `position` refers back to: the
 * last speaker in the same paragraph; else, for he and she, the last person named in the
 * paragraph; else the last speaker before; else the last fitting name before.
 */
function referBack(
  pass: Pass,
  fits: (entity: Entity) => boolean,
  position: number,
  paragraph: number,
  personal: boolean,
): Entity | null {
  const { events } = pass;
  let last = events.length - 1;
  while (last >= 0 && (events[last] as Event).position >= position) last--;
  for (let i = last; i >= 0 && (events[i] as Event).paragraph === paragraph; i--) {
    if (fits((events[i] as Event).entity)) return (events[i] as Event).entity;
  }
  const { runs } = pass.names;
  const lastRun = lastBefore(runs, position);
  if (personal) {
    for (let i = lastRun; i >= 0 && (runs[i] as NameRun).paragraph === paragraph; i--) {
      const run = runs[i] as NameRun;
      const entity = run.inQuotation ? null : runEntity(pass, run);
      if (entity && fits(entity)) return entity;
    }
  }
  for (let i = last; i >= 0 && last - i < EVENT_LOOKBACK; i--) {
    if (fits((events[i] as Event).entity)) return (events[i] as Event).entity;
  }
  for (let i = lastRun; i >= 0 && lastRun - i < RUN_LOOKBACK; i--) {
    const run = runs[i] as NameRun;
    const entity = run.inQuotation ? null : runEntity(pass, run);
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

/** Who the subject of a frame is: a name matched to an entity, or a pronoun referred back. */
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
    const guessed = match.guessed || match.level === 1;
    return { entity: match.entity, via: "name", written: clean.display, guessed };
  }
  const first = tokens[subject.phrase.from] as Token;
  const head = clean.keys[clean.keys.length - 1] ?? "";
  if (/^the$/iu.test(first.text) && clean.keys.length === 1 && GENERIC_BODIES.has(head)) {
    // "the group said", of a group named otherwise: the last speaker not known to be a person
    // (a name alone does not tell "Human Rights Watch" from "Peter Beck").
    const back = (e: Entity) => e.gender === null;
    const entity = referBack(pass, back, frame.verb.start, frame.paragraph, false);
    if (entity) return { entity, via: "back", written: clean.display, guessed: true };
  }
  const added = pass.unmatched(clean, frame);
  return { entity: added, via: added ? "name" : "unknown", written: clean.display, guessed: false };
}

/** What a pass learned: each frame's resolution and each quotation's speaker. */
interface PassResult {
  frames: Map<Frame, Resolved>;
  quotations: (QuotationSpeaker | null)[];
}

/** The speaker of a quotation, with the reason to show. */
interface QuotationSpeaker {
  entity: Entity;
  reason: string;
  confidence: number;
}

/** The reason shown for a frame: as written, with "→ name" when a pronoun or a guess led there. */
function reasonFor(frame: Frame, resolved: Resolved): string {
  const entity = resolved.entity as Entity;
  const arrow = resolved.via === "back" || resolved.guessed;
  return arrow ? `${frame.label} → ${entity.name}` : frame.label;
}

/** Rounds a confidence to two places and keeps it between 0 and 1. */
function rounded(confidence: number): number {
  return Math.min(1, Math.max(0, Math.round(confidence * 100) / 100));
}

/** How sure a frame makes its speaker: a tag most, a reference back or a guess less, a stand taken less than words. */
function confidenceFor(frame: Frame, resolved: Resolved): number {
  let confidence = frame.form === "tag" ? 0.9 : frame.form === "nested" ? 0.65 : 0.85;
  if (resolved.via === "back") confidence -= 0.15;
  if (resolved.guessed) confidence -= 0.1;
  if (frame.verb.kind !== "speech") confidence -= 0.1;
  return rounded(confidence);
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
  const firstInParagraph = new Map<number, Quotation>();
  for (const q of quotations)
    if (!firstInParagraph.has(q.paragraph)) firstInParagraph.set(q.paragraph, q);
  const lastSpeakerOf = new Map<number, [Frame, Resolved]>();
  for (const [frame, resolved] of frames) {
    if (frame.form !== "tag" && resolved.entity)
      lastSpeakerOf.set(frame.paragraph, [frame, resolved]);
  }
  const opensParagraph = (q: Quotation) => (paragraphs[q.paragraph] as Span).start === q.open;
  const continues = (from: QuotationSpeaker, confidence: number): QuotationSpeaker => ({
    entity: from.entity,
    reason: `continues ${from.entity.name}'s quotation`,
    confidence,
  });
  quotations.forEach((q, i) => {
    const tag = q.tag ? frames.get(q.tag) : undefined;
    if (q.tag && tag?.entity) {
      result[i] = {
        entity: tag.entity,
        reason: reasonFor(q.tag, tag),
        confidence: confidenceFor(q.tag, tag),
      };
      return;
    }
    const previous = quotations[i - 1];
    const before = result[i - 1];
    if (!q.opensSentence || !previous || !before) return;
    if (previous.paragraph === q.paragraph) {
      result[i] = continues(before, 0.75);
    } else if (opensParagraph(q) && previous.paragraph === q.paragraph - 1) {
      if (previous.close === null) result[i] = continues(before, 0.75);
      else if (
        firstInParagraph.get(previous.paragraph) &&
        opensParagraph(firstInParagraph.get(previous.paragraph) as Quotation)
      ) {
        result[i] = continues(before, 0.6);
      }
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
        confidence: rounded(after.confidence - 0.1),
      };
    }
  }
  // A quotation paragraph after a paragraph that ends on someone speaking.
  quotations.forEach((q, i) => {
    if (result[i] || !q.opensSentence || !opensParagraph(q)) return;
    const last = lastSpeakerOf.get(q.paragraph - 1);
    if (last) {
      const [frame, resolved] = last;
      result[i] = {
        entity: resolved.entity as Entity,
        reason: `introduced by ${frame.label}`,
        confidence: 0.5,
      };
    }
  });
  return result;
}

/** The index of the quotation whose words hold `offset`, or -1. */
function quotationAt(reading: TextReading, offset: number): number {
  const i = lastBefore(reading.quotations, offset + 1);
  const q = reading.quotations[i];
  return q && q.start <= offset && offset < q.end ? i : -1;
}

/** The name runs of the sentence a frame is in. */
function runsInSentence(pass: Pass, frame: Frame): NameRun[] {
  const sentence = pass.reading.sentences[frame.sentence];
  if (!sentence) return [];
  const { runs } = pass.names;
  return runs.slice(lastBefore(runs, sentence.start) + 1, lastBefore(runs, sentence.end) + 1);
}

// ---------------------------------------------------------------------------------------------
// attribute

/** The map's speakers as entities to match names against. */
function speakerEntities(speakers: readonly SpeakerRef[]): EntityIndex {
  const index = new EntityIndex();
  for (const s of speakers) {
    const keys = nameKeys(s.name);
    index.add({ id: s.id, name: s.name, keys, kind: kindOfKeys(keys, s.name), gender: null });
  }
  // Roles after names, so that a name and a role with the same words resolve to the name.
  for (const s of speakers) {
    if (s.role === undefined) continue;
    const keys = nameKeys(s.role);
    if (keys.length === 0) continue;
    index.add({ id: s.id, name: s.name, keys, kind: "organisation", gender: null, alias: true });
  }
  return index;
}

/** One reading per text and one pass per list of speakers: attributing every claim of a map reads the text once. */
let cachedReading: TextReading | null = null;
const cachedPasses = new WeakMap<
  readonly SpeakerRef[],
  { text: string; signature: string; pass: Pass; result: PassResult }
>();

/** The reading of a text, from the cache when it is the text read last. */
function readingOf(text: string): TextReading {
  if (cachedReading?.text !== text) cachedReading = readText(text);
  return cachedReading;
}

/** The pass over a text with the map's speakers, from the cache when neither changed. */
function attributionPass(
  text: string,
  speakers: readonly SpeakerRef[],
): { pass: Pass; result: PassResult } {
  // The list may have been edited in place since: the cache holds only for the same names.
  const signature = JSON.stringify(speakers.map((s) => [s.id, s.name, s.role]));
  const cached = cachedPasses.get(speakers);
  if (cached && cached.text === text && cached.signature === signature) return cached;
  const reading = readingOf(text);
  const entities = speakerEntities(speakers);
  gendersFromText(reading, entities.all);
  const pass: Pass = {
    reading,
    entities,
    names: nameRuns(reading),
    events: [],
    partial: true,
    unmatched: () => null,
    runCache: new Map(),
  };
  const result = runPass(pass);
  cachedPasses.set(speakers, { text, signature, pass, result });
  return { pass, result };
}

/**
 * Reads a text with a list of speakers ahead of the first `attribute` on it, which is then
 * quick: for a moment when nothing else is happening, such as just after a source is shown.
 */
export function prepareAttribution(text: string, speakers: readonly SpeakerRef[]): void {
  attributionPass(text, speakers);
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
  const inSentence = new Set<Entity>();
  for (const run of runsInSentence(pass, frame)) {
    const entity = runEntity(pass, run);
    if (entity) inSentence.add(entity);
  }
  const { runs } = pass.names;
  const last = lastBefore(runs, quotation.open);
  for (let i = last; i >= 0 && last - i < RUN_LOOKBACK; i--) {
    const run = runs[i] as NameRun;
    if (run.inQuotation) continue;
    const entity = runEntity(pass, run);
    if (entity && entity !== speaker && !inSentence.has(entity) && compatible(entity, pronoun)) {
      return entity;
    }
  }
  return null;
}

/** No speaker, and why. */
function framing(reason: string, confidence: number): Attribution {
  return { speakerId: null, reason, confidence };
}

/**
 * Proposes the speaker of the passage `text[start, end)` from the text around it: a tag on its
 * quotation ("said Mr. Oberdorfer", `"…," she said`), a quotation it continues, someone the
 * quoted speaker reports ("Kim Jong Il assured me that …"), or a clause that frames it ("X
 * says", "according to X", "lawmakers, who say"). Names are matched to `speakers` by full name,
 * surname or short form ("Mr. Moon" → the Moon named last); pronouns and "the group" refer
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
  const qi = quotationAt(reading, from);
  const quotation = reading.quotations[qi];
  const quoted = quotation ? result.quotations[qi] : null;
  if (quotation && (quoted || quotation.opensSentence)) {
    const nested = nestedFor(pass, quotation, from, end);
    if (nested) {
      const resolved = resolveNested(pass, nested, quotation, quoted?.entity ?? null);
      if (resolved) return resolved;
    }
    if (quoted) {
      return { speakerId: quoted.entity.id, reason: quoted.reason, confidence: quoted.confidence };
    }
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
  const sentence = spanAt(reading.sentences, from);
  const here = reading.nested.filter(
    (f) =>
      f.sentence === sentence &&
      f.content.start >= quotation.start &&
      f.content.end <= quotation.end,
  );
  // "What he declared was that …" opening the passage reports all of it.
  const opening = here.find(
    (f) =>
      f.start >= from && f.start < end && /^[\s"“‘]*$/u.test(reading.text.slice(from, f.start)),
  );
  if (opening) return opening;
  const before = here.filter((f) => f.content.start <= from);
  return before[before.length - 1] ?? null;
}

/** The speaker a nested frame names, unless it is no one in the list or the quotation's own speaker. */
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
    const match = clean
      ? matchName(clean, pass.entities, frame.verb.start, lastNamed, false)
      : null;
    entity = match?.entity ?? null;
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
  const sentence = spanAt(reading.sentences, from);
  const frames = reading.frames.filter((f) => f.sentence === sentence && f.form !== "tag");
  // "X says …" before the passage; one after it ("…, except to announce that") frames other words.
  const headsBefore = frames.filter(
    (f) => f.form === "head" && f.verb.start < from && from < f.content.end,
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

/** A speaker being proposed: an entity, with what the text shows of them. */
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
  const entities = new EntityIndex();
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
    entities.add(candidate);
    return candidate;
  };
  const pass: Pass = {
    reading,
    entities,
    names: nameRuns(reading),
    events: [],
    partial: false,
    unmatched: (clean, frame) =>
      propose(clean, Math.min(frame.subject.start, frame.verb.start), frame.label),
    runCache: new Map(),
  };
  const { frames, quotations } = runPass(pass);
  const spoke = (entity: Entity | null, frame: Frame) => {
    if (!entity) return;
    const candidate = entity as Candidate;
    candidate.speaking++;
    candidate.first = Math.min(candidate.first, frame.subject.start, frame.verb.start);
    if (frame.subject.kind === "name") {
      const clean = cleanName(text, reading.tokens, frame.subject.phrase);
      if (clean && absorb(candidate, clean)) entities.add(candidate);
    }
  };
  for (const [frame, resolved] of frames) spoke(resolved.entity, frame);
  for (const frame of reading.nested) {
    const qi = quotationAt(reading, frame.verb.start);
    const quotation = reading.quotations[qi];
    if (!quotation) continue;
    const speaker = quotations[qi]?.entity ?? null;
    spoke(nestedProposal(pass, frame, quotation, speaker, propose), frame);
  }
  const speaking = candidates.filter((c) => c.speaking > 0);
  for (const candidate of speaking) fullestName(pass, candidate);
  const counts = formCounts(pass.names);
  return speaking
    .sort((a, b) => a.first - b.first)
    .map((c) => ({
      name: c.name,
      kind: c.kind,
      mentions: Math.max(1, countMentions(counts, c)),
      evidence: c.evidence,
    }));
}

/**
 * Gives a person who speaks only under a short form ("Ms. Warren told reporters", or "Patel
 * said" with no title) the full name the text gives elsewhere ("Senator Elizabeth Warren",
 * "councillor Raj Patel"), when only one fits; and dates
 * everyone from the first time the text names them.
 */
function fullestName(pass: Pass, candidate: Candidate): void {
  const naming = runsWithAll(pass.names, candidate.keys).filter(
    (r) => r.clean.keys.length === candidate.keys.length || r.clean.kind === "person",
  );
  const first = naming[0];
  if (first) candidate.first = Math.min(candidate.first, first.start);
  // A single word read as a body for want of a title ("Patel said") may be a person's surname.
  const bare = candidate.kind !== "person" && candidate.keys.length === 1;
  if (candidate.kind !== "person" && !bare) return;
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
    candidate.kind = "person";
  }
}

/**
 * Merges a name into a candidate: a form more, and a fuller name wins ("The government" becomes
 * "South Korea's government"). True when the candidate's name grew.
 */
function absorb(candidate: Candidate, clean: CleanName): boolean {
  const form = formKey(clean.keys);
  if (!candidate.forms.some((f) => formKey(f) === form)) candidate.forms.push(clean.keys);
  if (candidate.kind === "person" && clean.kind === "person") candidate.gender ??= clean.gender;
  if (clean.keys.length > candidate.keys.length && isSubset(candidate.keys, clean.keys)) {
    candidate.keys = clean.keys;
    candidate.name = clean.display;
    return true;
  }
  return false;
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
  const { text, tokens } = pass.reading;
  const lastNamed = (e: Entity, position: number) => lastNamedIn(pass, e, position);
  const { subject } = frame;
  if (subject.kind === "name") {
    const clean = cleanName(text, tokens, subject.phrase);
    if (!clean || clean.kind !== "person") return null;
    const found = matchName(clean, pass.entities, frame.verb.start, lastNamed, false);
    return found?.entity ?? propose(clean, subject.start, frame.label);
  }
  const related = (a: readonly string[], b: readonly string[]) => isSubset(a, b) || isSubset(b, a);
  const inSentence = runsInSentence(pass, frame);
  const { runs } = pass.names;
  const last = lastBefore(runs, quotation.open);
  for (let i = last; i >= 0 && last - i < RUN_LOOKBACK; i--) {
    const run = runs[i] as NameRun;
    if (run.inQuotation || run.clean.kind !== "person") continue;
    if (inSentence.some((r) => related(r.clean.keys, run.clean.keys))) continue;
    if (speaker && related(speaker.keys, run.clean.keys)) continue;
    const { display: name, keys, kind, gender } = run.clean;
    if (!compatible({ id: "", name, keys, kind, gender }, subject.pronoun)) continue;
    const found = matchName(run.clean, pass.entities, run.start, lastNamed, false);
    return found?.entity ?? propose(run.clean, run.start, `${frame.label} → ${name}`);
  }
  return null;
}

/** A set of name words as one string, the same whatever their order. */
function formKey(keys: readonly string[]): string {
  return [...new Set(keys)].sort().join(" ");
}

/** For each set of name words: how many runs have exactly it, and how many of those read as a person or a single word. */
type FormCounts = Map<string, { all: number; personal: number }>;

/** Counts the runs of a text by their set of name words. */
function formCounts(names: NameIndex): FormCounts {
  const counts: FormCounts = new Map();
  for (const run of names.runs) {
    const key = formKey(run.clean.keys);
    const count = counts.get(key) ?? { all: 0, personal: 0 };
    count.all++;
    if (run.clean.kind === "person" || new Set(run.clean.keys).size === 1) count.personal++;
    counts.set(key, count);
  }
  return counts;
}

/**
 * How many times the text names a candidate: by its name or any form it spoke under, or, for a
 * person, by a part of the name read as a person or alone ("Mr. Oberdorfer", "Oberdorfer").
 */
function countMentions(counts: FormCounts, candidate: Candidate): number {
  const counted = new Set<string>();
  let total = 0;
  for (const form of [candidate.keys, ...candidate.forms]) {
    const key = formKey(form);
    if (counted.has(key)) continue;
    counted.add(key);
    total += counts.get(key)?.all ?? 0;
  }
  const words = [...new Set(candidate.keys)];
  if (candidate.kind !== "person" || words.length > 8) return total;
  for (let mask = 1; mask < 1 << words.length; mask++) {
    const key = formKey(words.filter((_, i) => mask & (1 << i)));
    if (counted.has(key)) continue;
    counted.add(key);
    total += counts.get(key)?.personal ?? 0;
  }
  return total;
}
