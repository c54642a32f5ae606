// The words news writing uses to attribute statements: verbs of saying, titles, group nouns.
// Pure data and lookups: no DOM, no store, no knowledge of any particular text.

/**
 * How a verb attributes: `speech` reports words ("said"), `belief` a view ("believes"),
 * `position` a stand taken ("rejected", "agree"). Inside a quotation only `speech` verbs
 * followed by "that" report someone else's words.
 */
export type VerbKind = "speech" | "belief" | "position";

const VERBS: Record<VerbKind, string> = {
  speech:
    "say says said saying add adds added argue argues argued arguing warn warns warned warning " +
    "explain explains explained explaining recall recalls recalled recalling tell tells told " +
    "telling notes noted insist insists insisted insisting claims claimed stated declare " +
    "declares declared declaring assure assures assured admit admits admitted admitting " +
    "announce announces announced announcing acknowledge acknowledges acknowledged suggest " +
    "suggests suggested contend contends contended stresses stressed emphasise emphasises " +
    "emphasised emphasize emphasizes emphasized conclude concludes concluded predict predicts " +
    "predicted urge urges urged complain complains complained concede concedes conceded reply " +
    "replies replied respond responds responded write writes wrote ask asks asked deny denies " +
    "denied remarked recounted testified promised pledged pledging vowed vows explained " +
    "maintains maintained asserted asserts observed writes",
  belief: "believe believes believed thinks feels",
  position:
    "reject rejects rejected agree agrees agreed oppose opposes opposed criticise criticises " +
    "criticised criticize criticizes criticized propose proposes proposed accuse accuses accused " +
    "dismissed dismisses",
};

const VERB_KIND = new Map<string, VerbKind>();
for (const kind of Object.keys(VERBS) as VerbKind[]) {
  for (const verb of VERBS[kind].split(" ")) VERB_KIND.set(verb, kind);
}

/**
 * The kind of a verb of saying, believing or taking a stand, or null for any other word.
 * Only lower-case forms count: "States" in "United States" is not a verb.
 * @example verbKind("said") // "speech"
 */
export function verbKind(word: string): VerbKind | null {
  return VERB_KIND.get(word) ?? null;
}

/** Forms of "say" and its plainest kin, which tag a quotation: `"…," he said.` */
export const TAG_VERBS = new Set(
  (
    "said says say added adds explained explains argued argues warned warns recalled recalls " +
    "told tells insisted insists noted notes asked asks replied replies continued continues " +
    "wrote writes declared declares concluded concludes stressed stresses admitted admits " +
    "acknowledged acknowledges suggested suggests predicted predicts conceded concedes " +
    "complained complains remarked observed contended contends maintained maintains"
  ).split(" "),
);

/** Honorifics: dropped from a name, and a sign that a person is meant. */
export const HONORIFICS = new Set(
  "Mr Mrs Ms Miss Mx Dr Prof Sir Dame Lord Lady Rev Fr Messrs".split(" "),
);
/** Honorifics that tell a person's gender, so that "she said" does not go to a Mr. */
export const MALE_HONORIFICS = new Set(["Mr", "Messrs", "Sir", "Lord", "Fr"]);
export const FEMALE_HONORIFICS = new Set(["Mrs", "Ms", "Miss", "Dame", "Lady"]);

/**
 * Offices written before a name ("President Roh", "North Korean leader Kim Jong Il"): dropped
 * from the name, and a sign that a person is meant. Compared in lower case.
 */
export const OFFICES = new Set(
  (
    "president then-president vice-president chairman chairwoman chair minister secretary " +
    "senator sen governor gov general gen ambassador leader spokesman spokeswoman spokesperson " +
    "king queen prince princess premier chancellor mayor judge justice professor prof director " +
    "commissioner representative rep congressman congresswoman admiral colonel col captain capt " +
    "lieutenant lt sergeant sgt pope bishop rabbi imam ceo chief founder dictator correspondent " +
    "analyst economist"
  ).split(" "),
);

/**
 * Nouns that name a body or group able to speak ("the government says", "lawmakers, who say").
 * A phrase ending in one of these, or containing one with a capital, is an organisation.
 */
export const GROUP_NOUNS = new Set(
  (
    "government governments administration officials official lawmakers legislators ministry " +
    "council committee party spokesman spokeswoman spokesperson analysts experts critics " +
    "economists scientists researchers residents police military commission court company group " +
    "chamber board agency department office embassy opposition campaign authorities leaders " +
    "diplomats observers activists protesters workers voters senators members delegates " +
    "negotiators sources aides advisers advisors regime cabinet parliament congress senate " +
    "institute university organisation organization association federation coalition union " +
    "bank fund corporation firm newspaper network bureau authority foundation society league " +
    "assembly army navy ministry prosecutors investigators spokespeople teachers doctors " +
    "farmers students parents citizens"
  ).split(" "),
);

/** Words that make a capitalised name an organisation ("Institute for Defense Analyses"). */
export const ORGANISATION_WORDS = new Set(
  (
    "administration government council committee party ministry department agency institute " +
    "university group commission court bank fund union association federation coalition " +
    "organization organisation post times news corporation inc ltd company chamber board office " +
    "embassy army navy force forces police congress senate parliament assembly center centre " +
    "foundation society league alliance network service bureau authority officials lawmakers " +
    "legislators leaders opposition regime cabinet house"
  ).split(" "),
);

/** Pronouns that can be the subject of a verb of saying, and whom they may refer to. */
export const SUBJECT_PRONOUNS = new Map<string, "he" | "she" | "they" | "it" | "self">([
  ["he", "he"],
  ["she", "she"],
  ["they", "they"],
  ["it", "it"],
  ["i", "self"],
  ["we", "self"],
  ["you", "self"],
]);

/** Relative pronouns: "lawmakers, who say …" takes its subject from before the comma. */
export const RELATIVE_PRONOUNS = new Set(["who", "which", "that"]);

/**
 * Words skipped between a subject and its verb: auxiliaries, adverbs and hedges ("has also
 * said", "sort of [is] saying", "publicly rejected").
 */
export const SKIPPABLE = new Set(
  (
    "has have had is are was were will would may might can could should shall did does do be " +
    "been being also now still then often again later once repeatedly reportedly mostly " +
    "only just even already further sort kind of not never always recently previously " +
    "initially privately publicly openly fundamentally flatly firmly"
  ).split(" "),
);

/**
 * Words that never belong to a name even when capitalised at the start of a sentence, and
 * that stop a noun phrase when read backwards.
 */
export const FUNCTION_WORDS = new Set(
  (
    "a an the this that these those there here it its he she they we i you his her their our " +
    "my your him them us me who whom whose which what when where why how if as although though " +
    "because since while after before until unless and but or nor so yet however still then " +
    "now meanwhile also in on at for from to by with without about against between into onto " +
    "over under of off out up down through during near among across toward towards upon per " +
    "via than some many most all each every no not both either neither any such last next " +
    "today yesterday tomorrow"
  ).split(" "),
);

/** Determiners kept at the start of a group's name ("The government", "the chamber"). */
export const DETERMINERS = new Set(["the", "a", "an"]);

/** Connectors allowed between capitalised words of one name ("Institute for Defense Analyses"). */
export const NAME_CONNECTORS = new Set([
  "of",
  "for",
  "on",
  "and",
  "de",
  "la",
  "van",
  "von",
  "der",
  "bin",
  "al",
  "&",
]);
