import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { editBetween, mapPosition, reanchor, type QuoteAnchor } from "./anchoring";

const ARTICLE =
  "The government says the plan would compromise South Korean sovereignty. " +
  "Mr. Moon says a balancing role would make use of South Korea's soft power. " +
  "The government says the plan would compromise South Korean sovereignty.";
const SOVEREIGNTY = "the plan would compromise South Korean sovereignty.";

describe("reanchor: the obvious cases", () => {
  test("a typo fixed elsewhere keeps every quote, and a unique quote needs no position", () => {
    const before = "Mr. Moon says a balansing role would make use of soft power.";
    const after = "Mr. Moon says a balancing role would make use of soft power.";
    expect(
      reanchor(before, after, [{ text: "Mr. Moon says" }, { text: "make use of soft power." }]),
    ).toEqual([{ kind: "kept" }, { kind: "kept" }]);
  });

  test("deleting the quoted words loses that quote and only that one", () => {
    const before = "One claim here. Another claim there.";
    const after = "One claim here.";
    expect(reanchor(before, after, [{ text: "One claim" }, { text: "Another claim" }])).toEqual([
      { kind: "kept" },
      { kind: "lost" },
    ]);
  });

  test("an edit before a repeated quote shifts its position by the change in length", () => {
    const at = ARTICLE.lastIndexOf(SOVEREIGNTY);
    const after = `Seoul, Monday. ${ARTICLE}`;
    expect(reanchor(ARTICLE, after, [{ text: SOVEREIGNTY, at }])).toEqual([
      { kind: "kept", at: at + "Seoul, Monday. ".length },
    ]);
  });

  test("an edit after a repeated quote leaves its position alone", () => {
    const at = ARTICLE.indexOf(SOVEREIGNTY);
    const after = ARTICLE.replace("balancing role", "balancer");
    expect(reanchor(ARTICLE, after, [{ text: SOVEREIGNTY, at }])).toEqual([{ kind: "kept", at }]);
  });

  test("a repeated quote without a position was the first occurrence, and stays the first", () => {
    const after = ARTICLE.replace("Mr. Moon", "Moon Hee-sang");
    expect(reanchor(ARTICLE, after, [{ text: SOVEREIGNTY }])).toEqual([
      { kind: "kept", at: ARTICLE.indexOf(SOVEREIGNTY) },
    ]);
  });

  test("when one of two occurrences is edited away, the quote keeps the other and drops `at`", () => {
    const second = ARTICLE.lastIndexOf(SOVEREIGNTY);
    const after = ARTICLE.slice(0, second) + "the plan is fine.";
    expect(reanchor(ARTICLE, after, [{ text: SOVEREIGNTY, at: second }])).toEqual([
      { kind: "kept" },
    ]);
  });

  test("a stale `at` that no longer points at the words falls back to the first occurrence", () => {
    expect(reanchor(ARTICLE, ARTICLE, [{ text: SOVEREIGNTY, at: 3 }])).toEqual([
      { kind: "kept", at: ARTICLE.indexOf(SOVEREIGNTY) },
    ]);
  });

  test("regression (fast-check seed 268700354): text inserted right before a quote moves it", () => {
    // Once mapped the start of the suffix as if it were the end of the prefix after a pure
    // insertion, and picked the wrong one of two spaces.
    expect(reanchor(" ", "a  ", [{ text: " " }])).toEqual([{ kind: "kept", at: 2 }]);
  });

  test("an empty quote anchors nowhere", () => {
    expect(reanchor("abc", "abc", [{ text: "" }])).toEqual([{ kind: "lost" }]);
  });

  test("the edit between two texts is their common prefix and suffix", () => {
    expect(editBetween("the cat sat", "the dog sat")).toEqual({
      prefix: 4,
      suffix: 4,
      shift: 0,
      oldLength: 11,
    });
    // Prefix and suffix never overlap, even when one text contains the other.
    expect(editBetween("aaa", "aaaaa")).toEqual({ prefix: 3, suffix: 0, shift: 2, oldLength: 3 });
    const edit = editBetween("0123456789", "0123xx6789");
    expect([2, 4, 5, 6, 9].map((p) => mapPosition(edit, p))).toEqual([2, 4, 4, 6, 9]);
    // After a pure insertion, what started at the insertion point starts after the insertion.
    expect(mapPosition(editBetween("ab", "aXb"), 1)).toBe(2);
  });
});

/** A text, quotes taken from it, and an edit: replace `text[from, to)` by `insert`. */
const scenario = fc
  .record({
    // A small alphabet, so that words repeat and occurrences are ambiguous.
    text: fc.string({ unit: fc.constantFrom("a", "b", " ", "c", "é", "😀"), maxLength: 60 }),
    insert: fc.string({ unit: fc.constantFrom("a", "b", " ", "x"), maxLength: 8 }),
    cuts: fc.tuple(fc.nat(), fc.nat()),
    picks: fc.array(fc.tuple(fc.nat(), fc.nat({ max: 12 })), { minLength: 1, maxLength: 6 }),
  })
  .map(({ text, insert, cuts, picks }) => {
    const a = cuts[0] % (text.length + 1);
    const b = cuts[1] % (text.length + 1);
    const [from, to] = a <= b ? [a, b] : [b, a];
    const quotes = picks
      .map(([start, length]): QuoteAnchor & { start: number } => {
        const s = text.length === 0 ? 0 : start % text.length;
        const words = text.slice(s, s + 1 + length);
        const repeated = text.indexOf(words) !== text.lastIndexOf(words);
        return repeated ? { text: words, at: s, start: s } : { text: words, start: s };
      })
      .filter((q) => q.text !== "");
    return {
      text,
      from,
      to,
      insert,
      quotes,
      edited: text.slice(0, from) + insert + text.slice(to),
    };
  });

describe("reanchor: properties", () => {
  test("every quote is kept where its words are, or reported lost; never silently wrong", () => {
    fc.assert(
      fc.property(scenario, ({ text, edited, quotes }) => {
        const result = reanchor(text, edited, quotes);
        expect(result).toHaveLength(quotes.length);
        result.forEach((r, i) => {
          const words = (quotes[i] as QuoteAnchor).text;
          if (r.kind === "lost") {
            expect(edited.includes(words)).toBe(false);
          } else if (r.at === undefined) {
            // No position: the words occur exactly once.
            expect(edited.indexOf(words)).toBeGreaterThanOrEqual(0);
            expect(edited.indexOf(words)).toBe(edited.lastIndexOf(words));
          } else {
            expect(edited.startsWith(words, r.at)).toBe(true);
            expect(edited.indexOf(words)).not.toBe(edited.lastIndexOf(words));
          }
        });
      }),
      { numRuns: 2000 },
    );
  });

  test("an edit outside a quote keeps it on the same words", () => {
    let checked = 0;
    fc.assert(
      fc.property(scenario, ({ text, edited, from, to, insert, quotes }) => {
        const edit = editBetween(text, edited);
        // The texts alone cannot tell an edit of "aXa" into "aXaXa" at 0 from one at 3; when
        // the smallest edit is not the one made, "the same words" is ambiguous, so only
        // unambiguous edits are checked here (the test above covers soundness for all).
        const unambiguous = edit.prefix === from && text.length - edit.suffix === to;
        const result = reanchor(text, edited, quotes);
        quotes.forEach((quote, i) => {
          const end = quote.start + quote.text.length;
          const before = end <= from;
          const after = quote.start >= to;
          if (!(before || after) || !unambiguous) return;
          checked++;
          const expected = before ? quote.start : quote.start + insert.length - (to - from);
          const r = result[i];
          expect(r?.kind).toBe("kept");
          const at = r?.kind === "kept" ? (r.at ?? edited.indexOf(quote.text)) : -1;
          expect(at).toBe(expected);
        });
      }),
      { numRuns: 2000 },
    );
    // Guards against a generator that makes the property vacuous.
    expect(checked).toBeGreaterThan(1000);
  });
});
