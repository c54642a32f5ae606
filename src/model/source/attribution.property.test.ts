import fc from "fast-check";
import { expect, test } from "vitest";
import { attribute, proposeSpeakers } from "./attribution";

/** Texts made of the words attribution looks for, so that its rules fire in odd orders. */
const WORDS = [
  "said",
  "says",
  "added",
  "according",
  "to",
  "who",
  "which",
  "what",
  "he",
  "she",
  "they",
  "it",
  "I",
  "that",
  "was",
  "the",
  "The",
  "group",
  "chamber",
  "Mr.",
  "Ms.",
  "Dr.",
  "President",
  "leader",
  "Kim",
  "Moon",
  "Hee-sang",
  "Roh's",
  "Oberdorfer",
  "Peter",
  "Beck",
  "U.S.",
  "Council",
  "officials",
  "government",
  "and",
  "of",
  "took",
  "a",
  "tough",
  "stance",
  "called",
  "believed",
  "rejected",
  "[is]",
  ",",
  ".",
  ":",
  '"',
  "“",
  "”",
  "‘",
  "’",
  "…",
  "\n",
  "\n\n",
  "__proto__",
  "constructor",
];
const wordText = fc
  .array(fc.constantFrom(...WORDS), { maxLength: 60 })
  .map((words) => words.join(" ").replace(/ ([,.:])/gu, "$1"));
const anyText = fc.oneof(wordText, fc.string({ maxLength: 80 }));
const speakers = fc.array(
  fc.record({
    id: fc.constantFrom("__proto__", "constructor", "a", "b", "toString"),
    name: fc.oneof(
      fc.constantFrom("Peter Beck", "Moon Hee-sang", "Kim", "The group", "U.S. Council", ""),
      fc.string({ maxLength: 12 }),
    ),
  }),
  { maxLength: 5 },
);

test("attribute never throws, and names only a given speaker", () => {
  fc.assert(
    fc.property(anyText, fc.nat(), fc.nat(), speakers, (text, a, b, cast) => {
      const start = a % (text.length + 2);
      const end = start + (b % (text.length + 2));
      const got = attribute(text, start, end, cast);
      if (got.speakerId !== null) expect(cast.map((s) => s.id)).toContain(got.speakerId);
      expect(got.confidence).toBeGreaterThanOrEqual(0);
      expect(got.confidence).toBeLessThanOrEqual(1);
      expect(got.reason.length).toBeGreaterThan(0);
    }),
    { numRuns: 1500 },
  );
});

test("proposeSpeakers never throws, and proposes each name once, named at least once", () => {
  fc.assert(
    fc.property(anyText, (text) => {
      const proposed = proposeSpeakers(text);
      for (const p of proposed) {
        expect(p.name.trim()).not.toBe("");
        expect(p.mentions).toBeGreaterThanOrEqual(1);
        expect(["person", "organisation"]).toContain(p.kind);
      }
      const names = proposed.map((p) => p.name);
      expect(new Set(names).size).toBe(names.length);
    }),
    { numRuns: 1500 },
  );
});
