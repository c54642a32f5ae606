// Names in a text and the speakers they name: every capitalised name, indexed by its words,
// and the matching of a name to a speaker ("Mr. Moon" → the Moon named last). Pure: no DOM,
// no store; compares words, never guesses from a dictionary.
import {
  bare,
  cleanName,
  isNameWord,
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
import type { TextReading } from "./speechFrames";

/** Someone a name can refer to: one of the map's speakers, or a speaker proposed so far. */
export interface Entity {
  id: string;
  name: string;
  /** The name's words in lower case, for comparison (see `nameKeys`). */
  keys: string[];
  kind: "person" | "organisation";
  /** From the text's honorifics ("Mr. Oberdorfer"); null when the text does not say. */
  gender: "male" | "female" | null;
  /**
   * Another name for a speaker, such as its role ("Roh administration" for South Korea's
   * government): it names the speaker only when the text uses exactly these words.
   */
  alias?: true;
}

/** True when `small` has a word and all its words are among `large`. */
export function isSubset(small: readonly string[], large: readonly string[]): boolean {
  return small.length > 0 && small.every((key) => large.includes(key));
}

/** A person, or an organisation when a word says so ("council", "officials") or it joins names ("Seoul and Washington"). */
export function kindOfKeys(keys: readonly string[], name: string): Entity["kind"] {
  const organisational =
    keys.some((k) => ORGANISATION_WORDS.has(k) || GROUP_NOUNS.has(k)) ||
    /\band\b|&|['’]s\b/u.test(name);
  return organisational ? "organisation" : "person";
}

/** A capitalised name as the text writes it. */
export interface NameRun {
  phrase: Phrase;
  clean: CleanName;
  start: number;
  paragraph: number;
  inQuotation: boolean;
}

/** The names of a text in order, and for each word the names that contain it. */
export interface NameIndex {
  runs: NameRun[];
  byKey: Map<string, NameRun[]>;
}

/** The index of the last item starting before `position` in a list ordered by `start`, or -1. */
export function lastBefore(items: readonly { start: number }[], position: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((items[mid] as { start: number }).start < position) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Every capitalised name in the text, split after a possessive ("President Roh's Committee"
 * is "President Roh" and "Committee"), with a lower-case office before it kept as a sign of a
 * person ("then-president Kim Dae-jung").
 */
export function nameRuns(reading: TextReading): NameIndex {
  const { tokens, text, paragraphs } = reading;
  const runs: NameRun[] = [];
  const byKey = new Map<string, NameRun[]>();
  let paragraph = 0;
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
      const next = tokens[to];
      if (isNameWord(next)) to++;
      else if (
        next?.word &&
        NAME_CONNECTORS.has(next.text) &&
        next.text !== "and" &&
        isNameWord(tokens[to + 1])
      ) {
        to += 2;
      } else break;
    }
    const clean = cleanName(text, tokens, { from, to });
    if (clean) {
      const start = (tokens[from] as Token).start;
      while (paragraph + 1 < paragraphs.length && (paragraphs[paragraph] as Span).end <= start) {
        paragraph++;
      }
      const run = {
        phrase: { from, to },
        clean,
        start,
        paragraph,
        inQuotation: reading.quotationOf[i] !== -1,
      };
      runs.push(run);
      for (const key of new Set(clean.keys)) {
        const list = byKey.get(key);
        if (list) list.push(run);
        else byKey.set(key, [run]);
      }
    }
    i = to;
  }
  return { runs, byKey };
}

/** The runs that contain every word of `keys`: the list of its rarest word, to filter further. */
export function runsWithAll(index: NameIndex, keys: readonly string[]): NameRun[] {
  let rarest: NameRun[] | null = null;
  for (const key of keys) {
    const list = index.byKey.get(key) ?? [];
    if (!rarest || list.length < rarest.length) rarest = list;
  }
  return (rarest ?? []).filter((run) => isSubset(keys, run.clean.keys));
}

/** Genders the text gives its entities: "Mr. Oberdorfer" makes Don Oberdorfer male. */
export function gendersFromText(reading: TextReading, entities: readonly Entity[]): void {
  const { tokens } = reading;
  const persons = new Map<string, Entity[]>();
  for (const entity of entities) {
    if (entity.kind !== "person") continue;
    for (const key of entity.keys) persons.set(key, [...(persons.get(key) ?? []), entity]);
  }
  tokens.forEach((token, i) => {
    const word = token.text.replace(/\.$/u, "");
    if (!HONORIFICS.has(word)) return;
    const gender = MALE_HONORIFICS.has(word)
      ? "male"
      : FEMALE_HONORIFICS.has(word)
        ? "female"
        : null;
    if (!gender) return;
    for (const entity of persons.get(bare(tokens[i + 1])) ?? []) entity.gender ??= gender;
  });
}

/** How well a name fits an entity: 4 the same, 3 the name says more, 2 a short form, 1 a surname inside another name. */
export type MatchLevel = 1 | 2 | 3 | 4;

/** An entity a name was matched to, and how. */
export interface Match {
  entity: Entity;
  level: MatchLevel;
  /** True when several entities fitted equally and the one named last was taken. */
  guessed: boolean;
}

/** Entities indexed by the words of their names, so that a name is compared only with those sharing a word. */
export class EntityIndex {
  readonly all: Entity[] = [];
  private readonly byKey = new Map<string, Set<Entity>>();
  private readonly order = new Map<Entity, number>();

  /** Adds an entity, or re-indexes one whose name grew. */
  add(entity: Entity): void {
    if (!this.order.has(entity)) {
      this.order.set(entity, this.all.length);
      this.all.push(entity);
    }
    for (const key of entity.keys) {
      const set = this.byKey.get(key);
      if (set) set.add(entity);
      else this.byKey.set(key, new Set([entity]));
    }
  }

  /** Entities sharing a word with `keys`, in the order they were added. */
  sharing(keys: readonly string[]): Entity[] {
    const found = new Set<Entity>();
    for (const key of keys) for (const entity of this.byKey.get(key) ?? []) found.add(entity);
    return [...found].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
  }
}

/**
 * The entity a cleaned name refers to: the same name; a fuller one ("Current South Korean
 * President Roh Moo-hyun" for Roh Moo-hyun); a short form ("Mr. Oberdorfer", "The
 * government"); or, when `partial`, a person whose first or last name occurs in it ("The Roh
 * administration"). When several fit equally, the one `lastNamed` finds named latest before
 * `position` is taken.
 * For example "Mr. Moon", with Moon Chung-in and Moon Hee-sang among the entities and Moon
 * Hee-sang named last, is Moon Hee-sang at level 2, guessed.
 */
export function matchName(
  clean: CleanName,
  entities: EntityIndex,
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
  for (const entity of entities.sharing(keys)) {
    if (entity.keys.length === keys.length && isSubset(keys, entity.keys)) offer(entity, 4);
    else if (entity.alias) continue;
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
  if (level === 0) return null;
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
