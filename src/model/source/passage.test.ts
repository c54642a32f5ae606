import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { LIMITS } from "../core/schema";
import { claimFromPassage, claimText, editedQuote } from "./passage";

const ARTICLE = (
  JSON.parse(
    readFileSync(new URL("../../../data/south-korea-us-alliance.json", import.meta.url), "utf8"),
  ) as { sources: { text: string }[] }
).sources[0]?.text as string;

/** The claim proposed for the first occurrence of `passage` in the built-in article. */
function fromArticle(passage: string) {
  const start = ARTICLE.indexOf(passage);
  if (start < 0) throw new Error(`not in the article: ${passage}`);
  return claimFromPassage(ARTICLE, start, start + passage.length);
}

describe("claimFromPassage: the quote", () => {
  test("is exactly the selected words, trimmed of surrounding whitespace", () => {
    const text = "One.  The alliance is vital.\n\nTwo.";
    const result = claimFromPassage(text, 4, 30);
    expect(result).toEqual({
      quote: { text: "The alliance is vital." },
      text: "The alliance is vital.",
    });
  });

  test("carries `at` only when the words occur more than once", () => {
    const first = ARTICLE.indexOf("the United States");
    const second = ARTICLE.indexOf("the United States", first + 1);
    expect(claimFromPassage(ARTICLE, second, second + 17)).toMatchObject({
      quote: { text: "the United States", at: second },
    });
    expect(claimFromPassage(ARTICLE, first, first + 17)).toMatchObject({
      quote: { text: "the United States", at: first },
    });
    expect(fromArticle("fears of entrapment")).toEqual({
      quote: { text: "fears of entrapment" },
      text: "Fears of entrapment.",
    });
  });

  test("never splits a character in two", () => {
    const text = "Go 😀 now";
    // 3 is the first half of the emoji, 5 just after its second half.
    expect(claimFromPassage(text, 4, 9)).toMatchObject({ quote: { text: "😀 now" } });
    expect(claimFromPassage(text, 0, 4)).toMatchObject({ quote: { text: "Go 😀" } });
  });
});

describe("claimFromPassage: refusals, each with a reason", () => {
  test("an empty selection", () => {
    expect(claimFromPassage("abc", 1, 1)).toEqual({ error: "Nothing is selected." });
  });

  test("a selection of blank space only", () => {
    expect(claimFromPassage("a \n\t b", 1, 5)).toEqual({
      error: "The selection is only blank space.",
    });
  });

  test("a selection outside the text, reversed, or not a place at all", () => {
    expect(claimFromPassage("abc", 1, 7)).toEqual({
      error: "The selection (1 to 7) is outside the text, which is 3 characters long.",
    });
    expect(claimFromPassage("abc", -1, 2)).toHaveProperty("error");
    expect(claimFromPassage("abc", 2, 1)).toHaveProperty("error");
    expect(claimFromPassage("abc", Number.NaN, 1)).toEqual({
      error: "The selection is not a place in the text.",
    });
    expect(claimFromPassage("abc", 0.5, 1)).toHaveProperty("error");
  });

  test("a passage longer than a quote may be", () => {
    const text = "word ".repeat(LIMITS.longText);
    const result = claimFromPassage(text, 0, text.length);
    expect(result).toEqual({
      error: `The passage is ${(text.length - 1).toLocaleString("en")} characters long; a quote can be at most 10,000. Select less.`,
    });
  });
});

describe("claimFromPassage: the claim's starting text, on sentences of the built-in article", () => {
  test('drops the quotation marks and a tail ", said Mr. Oberdorfer"', () => {
    expect(
      fromArticle(
        '"The idea that South Korea could balance China and Japan, is just, in my mind, plainly ridiculous," said Mr. Oberdorfer.',
      ),
    ).toMatchObject({
      text: "The idea that South Korea could balance China and Japan, is just, in my mind, plainly ridiculous.",
    });
  });

  test("drops a comma left inside the closing quotation mark", () => {
    expect(
      fromArticle(
        'The idea that South Korea could balance China and Japan, is just, in my mind, plainly ridiculous,"',
      ),
    ).toMatchObject({
      text: "The idea that South Korea could balance China and Japan, is just, in my mind, plainly ridiculous.",
    });
  });

  test('drops a tail `"…," he said.` and keeps a full stop of an abbreviation', () => {
    expect(
      fromArticle("They realize they can't go it alone. They need the U.S.,\" he said."),
    ).toMatchObject({
      text: "They realize they can't go it alone. They need the U.S.",
    });
  });

  test('drops a tail `"…," Moon Hee-sang added.`', () => {
    const result = fromArticle(
      '"The Northeast Asia Balancer theory is not a traditional theory on power balance, but it is a Northeast Asia Peace Balancer theory which pursues peace with the objective of realizing a regional community very much like the European Union," Moon Hee-sang added.',
    );
    expect(result).toMatchObject({
      text: "The Northeast Asia Balancer theory is not a traditional theory on power balance, but it is a Northeast Asia Peace Balancer theory which pursues peace with the objective of realizing a regional community very much like the European Union.",
    });
  });

  test("drops an opening mark whose quotation goes on past the passage", () => {
    expect(
      fromArticle(
        '"[South] Koreans, I think, are balancing fears of abandonment with fears of entrapment.',
      ),
    ).toMatchObject({
      text: "[South] Koreans, I think, are balancing fears of abandonment with fears of entrapment.",
    });
    expect(
      fromArticle(
        '"What he declared was that, in my personal conversation Kim Jong Il assured me that there would be no more Korean war',
      ),
    ).toMatchObject({
      text: "What he declared was that, in my personal conversation Kim Jong Il assured me that there would be no more Korean war.",
    });
  });

  test("drops a closing mark of a quotation that began before the passage, and an ellipsis before it", () => {
    expect(fromArticle("… We can't deal with that at the same time.\"")).toMatchObject({
      text: "We can't deal with that at the same time.",
    });
  });

  test('drops a head "Mr. Moon says" but keeps quotation marks inside the passage', () => {
    expect(
      fromArticle(
        'Mr. Moon says a balancing role would make use of South Korea\'s "soft power," including its cultural and economic influence with North Korea, China and Japan.',
      ),
    ).toMatchObject({
      text: 'A balancing role would make use of South Korea\'s "soft power," including its cultural and economic influence with North Korea, China and Japan.',
    });
  });

  test('drops a head "X, appositive, says" and a passage that starts at "says"', () => {
    expect(
      fromArticle(
        "Moon Hee-sang, Chairman of President Roh's Uri Party, says the balancing role reflects changing global realities.",
      ),
    ).toMatchObject({ text: "The balancing role reflects changing global realities." });
    expect(
      fromArticle(
        "says the alliance is vital but it must also now be viewed in the context of Seoul's broader obligations.",
      ),
    ).toMatchObject({
      text: "The alliance is vital but it must also now be viewed in the context of Seoul's broader obligations.",
    });
  });

  test('keeps a head when the words lean on it ("President Roh says he is aiming …")', () => {
    const passage =
      "President Roh says he is aiming for the country to be militarily self-sufficient within the next 10 years.";
    expect(fromArticle(passage)).toMatchObject({ text: passage });
  });

  test('keeps a stand taken, which is the claim itself ("… publicly rejected a plan")', () => {
    const passage =
      "South Korea's National Security Council publicly rejected a contingency plan allowing the United States to take overall military command";
    expect(fromArticle(passage)).toMatchObject({ text: `${passage}.` });
  });

  test("keeps the framing's own words, and quotation marks inside them", () => {
    const passage =
      'The main concept is for South Korea to strive to be what he called a "balancing power" in the region.';
    expect(fromArticle(passage)).toMatchObject({ text: passage });
  });

  test("capitalises, and ends with a full stop when the passage has none", () => {
    expect(fromArticle("shift to meet changing global realities")).toMatchObject({
      text: "Shift to meet changing global realities.",
    });
    expect(
      fromArticle(
        "Since then, people's perception changed, and South Koreans mostly believed that North Korea would not attack South Korea,",
      ),
    ).toMatchObject({
      text: "Since then, people's perception changed, and South Koreans mostly believed that North Korea would not attack South Korea.",
    });
  });
});

describe("claimText: other forms", () => {
  test("curly and single quotation marks", () => {
    expect(claimText("“It is a historic day,” Mr. Schumer said.")).toBe("It is a historic day.");
    expect(claimText("‘It is a historic day,’ she said.")).toBe("It is a historic day.");
  });

  test('"according to X" at either end', () => {
    expect(claimText("According to the ministry, exports fell by 5 percent.")).toBe(
      "Exports fell by 5 percent.",
    );
    expect(claimText("exports fell by 5 percent, according to the ministry.")).toBe(
      "Exports fell by 5 percent.",
    );
  });

  test("an unquoted tail after a comma, but not words that merely end in a verb", () => {
    expect(claimText("The plan will fail, officials say.")).toBe("The plan will fail.");
    expect(claimText("It is not what they say.")).toBe("It is not what they say.");
  });

  test("a quotation inside, not around, the passage stays; the first letter is capitalised", () => {
    expect(claimText('"soft power" and "hard power" both matter')).toBe(
      '"Soft power" and "hard power" both matter.',
    );
    expect(claimText('"soft power" and "hard power"')).toBe('"Soft power" and "hard power".');
  });
});

describe("claimFromPassage: properties", () => {
  test("never throws; a claim's quote is the trimmed selection, verbatim, with `at` only when needed", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom("a", "b", " ", "\n", '"', ",", ".", "said", "😀"),
          maxLength: 40,
        }),
        fc.integer({ min: -2, max: 50 }),
        fc.integer({ min: -2, max: 50 }),
        (text, start, end) => {
          const result = claimFromPassage(text, start, end);
          if ("error" in result) return;
          const { quote } = result;
          const at = quote.at ?? text.indexOf(quote.text);
          expect(text.startsWith(quote.text, at)).toBe(true);
          expect(quote.text.trim()).toBe(quote.text);
          expect(at).toBeGreaterThanOrEqual(start - 1); // -1: widened over half a character
          expect(at + quote.text.length).toBeLessThanOrEqual(end + 1);
          const repeated = text.indexOf(quote.text) !== text.lastIndexOf(quote.text);
          expect(quote.at !== undefined).toBe(repeated);
          expect(typeof result.text).toBe("string");
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe("editedQuote", () => {
  const chosen = { source: "s", text: "again", at: 40 };
  test("keeps the chosen occurrence while source and words are unchanged", () => {
    expect(editedQuote(chosen, { source: "s", text: "again" })).toBe(chosen);
    const detached = { source: "s", text: "gone", detached: true as const };
    expect(editedQuote(detached, { source: "s", text: "gone" })).toBe(detached);
  });
  test("takes new words, or another source, afresh", () => {
    expect(editedQuote(chosen, { source: "s", text: "again and" })).toEqual({
      source: "s",
      text: "again and",
    });
    expect(editedQuote(chosen, { source: "t", text: "again" })).toEqual({
      source: "t",
      text: "again",
    });
    expect(editedQuote(undefined, { source: "s", text: "x" })).toEqual({ source: "s", text: "x" });
  });
});
