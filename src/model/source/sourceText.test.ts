import { describe, expect, test } from "vitest";
import { LIMITS } from "../core/schema";
import { looksBinary, markdownToText, normaliseSourceText, sourceTooLarge } from "./sourceText";

const bytes = (...values: number[]) => new Uint8Array(values);
const ascii = (text: string) => new Uint8Array([...text].map((c) => c.charCodeAt(0)));

describe("normaliseSourceText", () => {
  test("strips a byte-order mark and turns CRLF and lone CR into LF", () => {
    expect(normaliseSourceText("\uFEFFOne\r\nTwo\rThree")).toBe("One\nTwo\nThree");
  });

  test("a byte-order mark is stripped only at the start", () => {
    expect(normaliseSourceText("a\uFEFFb")).toBe("a\uFEFFb");
  });

  test("trims spaces and tabs at the ends of lines, not at their starts", () => {
    expect(normaliseSourceText("  One \t\n\tTwo  ")).toBe("  One\n\tTwo");
  });

  test("collapses more than two blank lines to two, and leaves one or two alone", () => {
    expect(normaliseSourceText("A\n\n\n\n\n\nB")).toBe("A\n\n\nB");
    expect(normaliseSourceText("A\n \n\t\n  \n\nB")).toBe("A\n\n\nB");
    expect(normaliseSourceText("A\n\nB\n\n\nC")).toBe("A\n\nB\n\n\nC");
  });

  test("composes characters (NFC)", () => {
    expect(normaliseSourceText("Cafe\u0301")).toBe("Caf\u00e9");
  });

  test("leaves a normalised text unchanged", () => {
    const text = "South Korea-US Alliance\n\nThe alliance is vital.";
    expect(normaliseSourceText(text)).toBe(text);
  });
});

describe("looksBinary", () => {
  test("plain text, as bytes or as a string, is text", () => {
    expect(looksBinary(ascii("The alliance is vital.\r\n\tIndented.\f"))).toBeNull();
    expect(looksBinary("The alliance is vital.\n")).toBeNull();
    expect(looksBinary(new Uint8Array())).toBeNull();
    expect(looksBinary("")).toBeNull();
    // UTF-8 letters beyond ASCII are text.
    expect(looksBinary(new TextEncoder().encode("Caf\u00e9 — 서울"))).toBeNull();
  });

  test("NUL bytes make a file binary", () => {
    expect(looksBinary(bytes(0x41, 0x00, 0x42))).toBe(
      "This file looks binary (it contains NUL bytes), not text: open it in its own program and save or copy it as plain text (.txt or .md).",
    );
    expect(looksBinary("A\u0000B")).toMatch(/NUL characters/u);
  });

  test("a high share of control characters makes it binary; a few do not", () => {
    const noisy = ascii("abcdefgh\u0001\u0002\u0003");
    expect(looksBinary(noisy)).toMatch(/^This file looks binary \(27% control characters\)/u);
    expect(looksBinary(ascii(`${"a".repeat(95)}\u0001`))).toBeNull();
    expect(looksBinary(`ab\uFFFD\uFFFD`)).toMatch(/50% unreadable or control characters/u);
  });

  test("names known kinds of file", () => {
    expect(looksBinary(ascii("%PDF-1.7\n"))).toMatch(
      /^This file is a PDF document, not plain text/u,
    );
    expect(looksBinary(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toMatch(/ZIP archive.*\.docx/u);
    expect(looksBinary(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d))).toMatch(/PNG image/u);
  });

  test("UTF-16 text is named as such, not called binary", () => {
    expect(looksBinary(bytes(0xff, 0xfe, 0x41, 0x00))).toBe(
      "This file is text in UTF-16, which is not read here: save it as UTF-8 and try again.",
    );
  });
});

describe("sourceTooLarge", () => {
  test("a text within the limit passes", () => {
    expect(sourceTooLarge("x".repeat(LIMITS.sourceText))).toBeNull();
  });

  test("a text over the limit gets a message that names its size", () => {
    expect(sourceTooLarge("x".repeat(6_200_000))).toBe(
      "This text is 6,200,000 characters long (about 6.2 MB); a source can hold at most 5,000,000 (about 5 MB).",
    );
    expect(sourceTooLarge("x".repeat(LIMITS.sourceText + 1))).toMatch(/5,000,001 characters/u);
  });
});

describe("markdownToText", () => {
  test("headings lose their marks and keep their words", () => {
    expect(markdownToText("# Title\n\n## Part two ##\n\nText.")).toBe("Title\n\nPart two\n\nText.");
    expect(markdownToText("Title\n=====\n\nSub\n---\n\nText.")).toBe("Title\n\nSub\n\nText.");
  });

  test("emphasis and inline code lose their marks; words with underscores keep them", () => {
    expect(markdownToText("It is **very** *much* __so__ and _so_, `code`, ~~gone~~.")).toBe(
      "It is very much so and so, code, gone.",
    );
    expect(markdownToText("snake_case_name and 2*3*4")).toBe("snake_case_name and 2*3*4");
    expect(markdownToText("a \\*literal\\* star")).toBe("a *literal* star");
  });

  test("links and images keep their text; link definitions and autolinks' brackets go", () => {
    expect(
      markdownToText(
        "See [the report](https://x.org/a_(b)) and ![a chart](c.png) and [ref][1] <https://y.org>.\n\n[1]: https://z.org",
      ),
    ).toBe("See the report and a chart and ref https://y.org.\n");
  });

  test("block quotes, list markers and rules go; paragraphs stay", () => {
    expect(markdownToText("> Quoted\n> words\n\n- one\n* two\n1. three\n\n---\n\nEnd")).toBe(
      "Quoted\nwords\n\none\ntwo\nthree\n\n\n\nEnd",
    );
  });

  test("the inside of a code block is kept as text, markup and all", () => {
    expect(markdownToText("Before\n\n```js\nconst a = *b*;\n# not a heading\n```\n\nAfter")).toBe(
      "Before\n\nconst a = *b*;\n# not a heading\n\nAfter",
    );
  });

  test("HTML tags go and their words stay", () => {
    expect(markdownToText("One<br>two <em>three</em>")).toBe("Onetwo three");
  });
});
