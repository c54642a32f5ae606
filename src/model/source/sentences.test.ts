import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { coverage, nextUnmapped, sentencesOf, type Span } from "./sentences";

/** The sentences of a text, as strings. */
const split = (text: string) => sentencesOf(text).map((s) => text.slice(s.start, s.end));

describe("sentencesOf", () => {
  test("splits sentences and trims surrounding whitespace", () => {
    expect(sentencesOf("  One two.   Three four?  ")).toEqual([
      { start: 2, end: 10 },
      { start: 13, end: 24 },
    ]);
  });

  test("a blank line ends a sentence even without a full stop", () => {
    expect(split("A heading\n\nThe first sentence. The second")).toEqual([
      "A heading",
      "The first sentence.",
      "The second",
    ]);
  });

  test("a caption on its own line is a sentence of its own", () => {
    expect(
      split("Protesters rally in front of the base in Seoul\nThe alliance is changing."),
    ).toEqual(["Protesters rally in front of the base in Seoul", "The alliance is changing."]);
  });

  test("a text wrapped by hand is read across its line breaks, but not across short lines", () => {
    const text =
      "Seoul and Washington\n" +
      "The alliance between South Korea and the United States is\n" +
      "undergoing a major, and sometimes uncomfortable, shift. North\n" +
      "Korea's threat to the South has been the essence of the\n" +
      "Alliance since 1950.\n" +
      "- a list item";
    expect(split(text)).toEqual([
      "Seoul and Washington",
      "The alliance between South Korea and the United States is\nundergoing a major, and sometimes uncomfortable, shift.",
      "North\nKorea's threat to the South has been the essence of the\nAlliance since 1950.",
      "- a list item",
    ]);
  });

  test("titles never end a sentence: Mr., Mrs., Dr., St., No. before a number", () => {
    expect(
      split(
        "That has put Mr. Roh in conflict. Mrs. Lee and Dr. Kim met at St. Paul's in No. 5 Street. Then.",
      ),
    ).toEqual([
      "That has put Mr. Roh in conflict.",
      "Mrs. Lee and Dr. Kim met at St. Paul's in No. 5 Street.",
      "Then.",
    ]);
  });

  test("U.S., U.N. and D.C. end a sentence only before a word that opens one", () => {
    expect(split("The U.S. Army base is here. The U.N. Security Council met.")).toEqual([
      "The U.S. Army base is here.",
      "The U.N. Security Council met.",
    ]);
    expect(
      split("They need the U.S. They said so. He lives in Washington, D.C. The mayor spoke."),
    ).toEqual([
      "They need the U.S.",
      "They said so.",
      "He lives in Washington, D.C.",
      "The mayor spoke.",
    ]);
    expect(split("John F. Kennedy spoke. Then he left.")).toEqual([
      "John F. Kennedy spoke.",
      "Then he left.",
    ]);
  });

  test('a tag in small letters stays with its quotation: "Wait!" she said.', () => {
    expect(split('"Wait!" she said. Then she left.')).toEqual([
      '"Wait!" she said.',
      "Then she left.",
    ]);
  });

  test("an abbreviation at the end of a paragraph does not join the next paragraph", () => {
    expect(split("Ask Mr.\n\nRoh knows.")).toEqual(["Ask Mr.", "Roh knows."]);
  });

  test("the built-in article has 55 sentences, Mr. Roh and Mr. Oberdorfer inside theirs", () => {
    const map = JSON.parse(
      readFileSync(new URL("../../../data/south-korea-us-alliance.json", import.meta.url), "utf8"),
    ) as { sources: { text: string }[] };
    const sentences = split(map.sources[0]?.text ?? "");
    expect(sentences).toHaveLength(55);
    expect(sentences).toContain(
      "That has put Mr. Roh in conflict with the Bush Administration, which has taken a much tougher stance since 2002 because of North Korea's nuclear weapons development.",
    );
    expect(sentences).toContain(
      '"The idea that South Korea could balance China and Japan, is just, in my mind, plainly ridiculous," said Mr. Oberdorfer.',
    );
    expect(sentences.some((s) => s.endsWith("Mr."))).toBe(false);
  });

  test("a line longer than the segmenter is given at once splits as short lines do", () => {
    const line = Array.from({ length: 800 }, (_, i) => `Mr. Roh said thing ${i}.`).join(" ");
    const sentences = split(line);
    expect(sentences).toHaveLength(800);
    expect(sentences[799]).toBe("Mr. Roh said thing 799.");
    expect(sentences.every((s, i) => s === `Mr. Roh said thing ${i}.`)).toBe(true);
    // No punctuation and no spaces at all: cut anyway, never between the halves of a character.
    const word = "😀".repeat(5000);
    expect(
      sentencesOf(word)
        .map((s) => word.slice(s.start, s.end))
        .join(""),
    ).toBe(word);
  });

  test("a text of megabytes takes time in proportion to its length, not its square", () => {
    const paragraph = 'The alliance is vital, Mr. Moon says. "It is," he said.\n\n';
    const started = performance.now();
    const sentences = sentencesOf(paragraph.repeat(40_000)); // 2.3 MB
    expect(sentences).toHaveLength(80_000);
    expect(performance.now() - started).toBeLessThan(15_000);
  });

  test("a single line of hundreds of thousands of characters is read in pieces, quickly", () => {
    const line = "The alliance is vital, Mr. Moon says. ".repeat(10_000); // 380,000 characters
    const started = performance.now();
    expect(sentencesOf(line)).toHaveLength(10_000);
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  test("empty and blank texts have no sentences", () => {
    expect(sentencesOf("")).toEqual([]);
    expect(sentencesOf(" \n\n\t ")).toEqual([]);
  });
});

describe("coverage", () => {
  const text = "One is here. Two is there. Three is everywhere.";
  //            0           12 13         26 27

  test("counts the sentences some quote overlaps", () => {
    const result = coverage(text, [{ start: 15, end: 18 }]);
    expect(result.covered).toEqual([false, true, false]);
    expect(result.summary).toBe("1 of 3 sentences");
    expect(result.mapped).toBe(1);
    expect(result.total).toBe(3);
  });

  test("a quote across two sentences covers both; one that only touches an edge covers none", () => {
    expect(coverage(text, [{ start: 8, end: 16 }]).covered).toEqual([true, true, false]);
    expect(coverage(text, [{ start: 12, end: 13 }]).covered).toEqual([false, false, false]);
    expect(coverage(text, [{ start: 5, end: 5 }]).covered).toEqual([false, false, false]);
  });

  test("quotes in any order, nested or far apart", () => {
    const spans: Span[] = [
      { start: 30, end: 35 },
      { start: 0, end: 40 },
      { start: 2, end: 3 },
    ];
    expect(coverage(text, spans).covered).toEqual([true, true, true]);
    expect(
      coverage(text, [
        { start: 30, end: 35 },
        { start: 2, end: 3 },
      ]).summary,
    ).toBe("2 of 3 sentences");
  });

  test("one sentence is counted in the singular", () => {
    expect(coverage("Only one.", []).summary).toBe("0 of 1 sentence");
  });
});

describe("nextUnmapped", () => {
  const sentences: Span[] = [
    { start: 0, end: 4 },
    { start: 5, end: 9 },
    { start: 10, end: 14 },
  ];

  test("the first uncovered sentence at or after the offset", () => {
    expect(nextUnmapped(sentences, [false, true, false], 1)).toBe(2);
    expect(nextUnmapped(sentences, [false, false, false], 5)).toBe(1);
    expect(nextUnmapped(sentences, [false, false, false], 0)).toBe(0);
  });

  test("wraps round to the start of the text", () => {
    expect(nextUnmapped(sentences, [false, true, true], 5)).toBe(0);
  });

  test("null when every sentence is covered", () => {
    expect(nextUnmapped(sentences, [true, true, true], 0)).toBeNull();
    expect(nextUnmapped([], [], 0)).toBeNull();
  });
});

describe("sentencesOf: properties", () => {
  const text = fc.oneof(
    fc.string({ maxLength: 120 }),
    fc
      .array(
        fc.constantFrom(
          "Mr.",
          "U.S.",
          "D.C.",
          "No.",
          "5",
          "The",
          "the",
          "word",
          "F.",
          ".",
          "!",
          "?",
          '"',
          "\n",
          "\n\n",
          " ",
          "…",
          "😀",
        ),
        { maxLength: 40 },
      )
      .map((parts) => parts.join(" ")),
  );

  test("spans are in order, disjoint, trimmed, and hold every non-blank character", () => {
    fc.assert(
      fc.property(text, (t) => {
        const spans = sentencesOf(t);
        let last = 0;
        const inside = new Array<boolean>(t.length).fill(false);
        for (const { start, end } of spans) {
          expect(start).toBeGreaterThanOrEqual(last);
          expect(end).toBeGreaterThan(start);
          expect(end).toBeLessThanOrEqual(t.length);
          expect(/\s/u.test(t[start] as string)).toBe(false);
          expect(/\s/u.test(t[end - 1] as string)).toBe(false);
          for (let i = start; i < end; i++) inside[i] = true;
          last = end;
        }
        for (let i = 0; i < t.length; i++) {
          if (!/\s/u.test(t[i] as string)) expect(inside[i]).toBe(true);
        }
      }),
      { numRuns: 1000 },
    );
  });
});
