// Words and the names made of them: a tokeniser, noun phrases read forwards and backwards,
// and names cleaned of titles. Pure: no DOM, no store; a few rules, no dictionary, no model.
import {
  DETERMINERS,
  FEMALE_HONORIFICS,
  FUNCTION_WORDS,
  GROUP_NOUNS,
  HONORIFICS,
  MALE_HONORIFICS,
  NAME_CONNECTORS,
  OFFICES,
  ORGANISATION_WORDS,
  verbKind,
} from "./speechLexicon";

/** A word or a punctuation mark, with its place in the text. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** True for words (letters and digits), false for punctuation. */
  word: boolean;
}

/** Abbreviations whose full stop belongs to the word ("Mr.", "Jr."), besides initials and "U.S.". */
const DOTTED = new Set([
  ...HONORIFICS,
  ..."St Jr Sr Inc Ltd Co Corp No Sen Rep Gov Gen Lt Col Capt Sgt Adm Maj Amb Pres".split(" "),
]);

const WORD = /[\p{L}\p{N}]+(?:['’\-.][\p{L}\p{N}]+)*/uy;

/**
 * Splits `text[start, end)` into words and punctuation marks. A word keeps its inner
 * apostrophes, hyphens and dots ("Korea's", "Moo-hyun", "U.S"), and the full stop of an
 * abbreviation ("Mr.", "U.S.", "F.").
 * @example tokenize("Mr. Roh's plan.").map((t) => t.text) // ["Mr.", "Roh's", "plan", "."]
 */
export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const tokens: Token[] = [];
  let i = start;
  while (i < end) {
    const char = text[i] as string;
    if (/\s/u.test(char)) {
      i++;
      continue;
    }
    WORD.lastIndex = i;
    const match = WORD.exec(text);
    if (match && match.index === i) {
      let stop = Math.min(i + match[0].length, end);
      const word = text.slice(i, stop);
      if (
        text[stop] === "." &&
        stop < end &&
        (DOTTED.has(word) || word.includes(".") || /^\p{Lu}$/u.test(word))
      ) {
        stop++;
      }
      tokens.push({ text: text.slice(i, stop), start: i, end: stop, word: true });
      i = stop;
    } else {
      const width = char.codePointAt(0)! > 0xffff ? 2 : 1;
      tokens.push({ text: text.slice(i, i + width), start: i, end: i + width, word: false });
      i += width;
    }
  }
  return tokens;
}

/** A word in lower case without a final full stop or a possessive "'s". */
export function bare(token: Token | undefined): string {
  if (!token) return "";
  return token.text
    .replace(/['’]s$/u, "")
    .replace(/['’]$/u, "")
    .replace(/\.$/u, "")
    .toLowerCase();
}

/** True for a capitalised word that can belong to a name (not "The", "But", "Publicly"). */
export function isNameWord(token: Token | undefined): boolean {
  if (!token?.word || !/^\p{Lu}/u.test(token.text)) return false;
  const lower = bare(token);
  if (FUNCTION_WORDS.has(lower)) return false;
  if (/ly$/u.test(lower) && !/^\p{Lu}[\p{L}]*[.]/u.test(token.text) && lower.length > 4) {
    return false; // "Publicly", "Fundamentally": adverbs that open a sentence
  }
  return true;
}

/** True for a word that starts with a small letter. */
function isLowerWord(token: Token | undefined): boolean {
  return !!token?.word && /^[\p{Ll}]/u.test(token.text);
}

/** A stretch of tokens `[from, to)`. */
export interface Phrase {
  from: number;
  to: number;
}

/**
 * The noun phrase that ends just before token `end` (exclusive) and does not reach before
 * `limit`: a capitalised name ("the Bush Administration", "North Korean leader Kim Jong Il",
 * "Seoul and Washington") or a group ("conservative opposition lawmakers", "The government").
 * Null when the words before `end` are neither.
 */
export function phraseBefore(tokens: readonly Token[], end: number, limit = 0): Phrase | null {
  const last = tokens[end - 1];
  if (end - 1 < limit || !last) return null;
  let from = end - 1;
  if (isNameWord(last)) {
    while (from - 1 >= limit) {
      const before = tokens[from - 1];
      if (isNameWord(before)) from--;
      else if (
        before?.word &&
        NAME_CONNECTORS.has(before.text) &&
        from - 2 >= limit &&
        isNameWord(tokens[from - 2])
      ) {
        from -= 2;
      } else if (isLowerWord(before) && OFFICES.has(bare(before))) from--;
      else break;
    }
  } else if (isLowerWord(last) && GROUP_NOUNS.has(bare(last))) {
    let words = 0;
    while (from - 1 >= limit && words < 5) {
      const before = tokens[from - 1];
      if (!before?.word) break;
      const lower = bare(before);
      if (DETERMINERS.has(lower)) {
        from--;
        break;
      }
      if (FUNCTION_WORDS.has(lower) || verbKind(before.text) || /ly$/u.test(lower)) break;
      from--;
      words++;
    }
    return { from, to: end };
  } else {
    return null;
  }
  if (from - 1 >= limit && DETERMINERS.has(bare(tokens[from - 1]))) from--;
  return { from, to: end };
}

/**
 * The noun phrase that starts at token `start` and ends before `limit`: a name, possibly
 * with a determiner, or a group ("The Roh administration", "South Korean officials", "Mr.
 * Oberdorfer"). Trailing words that are neither capitalised nor a group noun are left out.
 */
export function phraseAfter(
  tokens: readonly Token[],
  start: number,
  limit = tokens.length,
): Phrase | null {
  let i = start;
  if (i < limit && DETERMINERS.has(bare(tokens[i]))) i++;
  let lastGood = -1;
  let lowerRun = 0;
  for (; i < limit && i - start < 12; i++) {
    const token = tokens[i] as Token;
    if (isNameWord(token)) {
      lastGood = i;
      lowerRun = 0;
    } else if (
      token.word &&
      NAME_CONNECTORS.has(token.text) &&
      lastGood >= 0 &&
      isNameWord(tokens[i + 1])
    ) {
      continue;
    } else if (
      isLowerWord(token) &&
      !FUNCTION_WORDS.has(bare(token)) &&
      !verbKind(token.text) &&
      lowerRun < 4
    ) {
      lowerRun++;
      if (GROUP_NOUNS.has(bare(token)) || OFFICES.has(bare(token))) lastGood = i;
    } else {
      break;
    }
  }
  return lastGood >= 0 ? { from: start, to: lastGood + 1 } : null;
}

/** A name as written, cleaned for display and comparison. */
export interface CleanName {
  /** The name as the text writes it, without titles: "Roh Moo-hyun", "The government". */
  display: string;
  /** Lower-case words to compare names by, without determiners and connectors. */
  keys: string[];
  kind: "person" | "organisation";
  gender: "male" | "female" | null;
  /** Where the name proper starts and ends in the text. */
  start: number;
  end: number;
}

/** Words of place names: "South Korea says" speaks for a state, not a person. */
const PLACE_WORDS = new Set(
  (
    "north south east west northeast northwest southeast southwest korea states kingdom " +
    "republic nations emirates city county province state island islands america europe asia " +
    "africa"
  ).split(" "),
);

const COMPARE_SKIP = new Set(["the", "a", "an", "of", "and", "for", "on", "in", "at", "&"]);

/** Lower-case comparison keys of a name written as plain text ("South Korea's government" → south, korea, government). */
export function nameKeys(name: string): string[] {
  return tokenize(name)
    .filter((t) => t.word)
    .map(bare)
    .filter((w) => w !== "" && !COMPARE_SKIP.has(w) && !HONORIFICS.has(capitalise(w)));
}

/** The word with its first letter capitalised. */
function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/**
 * Cleans a phrase into a name: drops honorifics and offices written before it ("Current South
 * Korean President Roh Moo-hyun" → "Roh Moo-hyun"), and a final possessive. Says whether it
 * names a person (an honorific, an office, or two to four capitalised words with no word of an
 * organisation) or an organisation, and the gender an honorific gives.
 */
export function cleanName(
  text: string,
  tokens: readonly Token[],
  phrase: Phrase,
): CleanName | null {
  let from = phrase.from;
  let gender: CleanName["gender"] = null;
  let titled = false;
  for (let i = phrase.from; i < phrase.to - 1; i++) {
    const token = tokens[i] as Token;
    const word = token.text.replace(/\.$/u, "");
    const lower = bare(token);
    if (HONORIFICS.has(word)) {
      titled = true;
      gender = MALE_HONORIFICS.has(word) ? "male" : FEMALE_HONORIFICS.has(word) ? "female" : gender;
      from = i + 1;
    } else if (OFFICES.has(lower) && isNameWord(tokens[i + 1])) {
      titled = true;
      from = i + 1;
    }
  }
  const first = tokens[from] as Token;
  const lastToken = tokens[phrase.to - 1] as Token;
  const words = tokens.slice(from, phrase.to).filter((t) => t.word);
  if (words.length === 0) return null;
  const keys = words.map(bare).filter((w) => w !== "" && !COMPARE_SKIP.has(w));
  if (keys.length === 0) return null;
  const capitalised = words.filter((t) => /^\p{Lu}/u.test(t.text));
  const organisational =
    keys.some((k) => ORGANISATION_WORDS.has(k) || GROUP_NOUNS.has(k) || PLACE_WORDS.has(k)) ||
    words.some((t) => t.text === "and" || t.text === "&") ||
    /['’]s$/u.test(
      words
        .slice(0, -1)
        .map((t) => t.text)
        .join(" "),
    );
  const person =
    !organisational &&
    (titled || (capitalised.length === words.length && words.length >= 2 && words.length <= 4));
  let display = text.slice(first.start, lastToken.end).replace(/['’]s$/u, "");
  const determiner = phrase.from < from ? null : bare(tokens[phrase.from]);
  if (determiner && DETERMINERS.has(determiner) && words.length > 1) {
    // "the Bush Administration" → "Bush Administration"; "The government" keeps its article.
    const rest = words.slice(1);
    if (rest.some((t) => /^\p{Lu}/u.test(t.text))) {
      display = text.slice((rest[0] as Token).start, lastToken.end).replace(/['’]s$/u, "");
    }
  }
  display = capitalise(display.replace(/\s+/gu, " "));
  return {
    display,
    keys,
    kind: person ? "person" : "organisation",
    gender,
    start: first.start,
    end: lastToken.end,
  };
}
