import { describe, expect, test } from "vitest";
import { loadMap, parseMap } from "./loadMap";
import { serializeMap } from "./serializeMap";
import { sampleMap } from "../testing/testMaps";
import type { Problem } from "../core/types";

/** The sample map as plain JSON, mutated by `edit`, then loaded. */
function problemsAfter(edit: (raw: Record<string, any>) => void): Problem[] {
  const raw = JSON.parse(serializeMap(sampleMap())) as Record<string, any>;
  edit(raw);
  const result = loadMap(raw);
  if (result.ok) throw new Error("expected problems, got a map");
  return result.problems;
}

describe("a valid map", () => {
  test("loads, with every list present and link ids kept or derived", () => {
    const result = parseMap(serializeMap(sampleMap()));
    expect(result).toEqual({ ok: true, map: sampleMap() });
  });

  test("optional lists and the envelope may be left out", () => {
    const result = parseMap(
      '{"title":"T","speakers":[],"claims":[{"id":"a","text":"A"},{"id":"b","text":"B"}],"links":[{"from":"a","to":"b","type":"support"}]}',
    );
    expect(result.ok && result.map).toMatchObject({
      format: "argument-map",
      version: 2,
      topics: [],
      sources: [],
      links: [{ id: "a->b", from: "a", to: "b", type: "support" }],
    });
  });

  test("a derived link id never collides with an explicit one", () => {
    const result = loadMap({
      title: "T",
      speakers: [],
      claims: [
        { id: "a", text: "A" },
        { id: "b", text: "B" },
        { id: "c", text: "C" },
      ],
      links: [
        { from: "a", to: "b", type: "support" },
        { id: "a->b", from: "c", to: "b", type: "dispute" },
      ],
    });
    expect(result.ok && result.map.links.map((l) => l.id)).toEqual(["a->b#2", "a->b"]);
  });

  test("round-trips through serializeMap, ext included", () => {
    const once = parseMap(serializeMap(sampleMap()));
    if (!once.ok) throw new Error("sample should load");
    const twice = parseMap(serializeMap(once.map));
    expect(twice).toEqual(once);
    expect(once.ok && once.map.ext).toEqual({ tool: { version: 2 } });
  });
});

describe("bad input is reported at its path", () => {
  test.each([
    [
      "not JSON",
      '{"title": "T",\n  "speakers": [}',
      "(file)",
      /not valid JSON: .* at line 2, column 16/,
    ],
    ["empty", "   \n", "(file)", /is empty/],
    ["binary", "\u0000\u0001PNG\u0002", "(file)", /binary/],
    ["an array", "[]", "(top level)", /should be an object/],
    ["a string", '"map"', "(top level)", /should be an object/],
    [
      "deep nesting",
      "[".repeat(5000),
      "(file)",
      /nests deeper than 64 levels at line 1, column 65/,
    ],
  ])("%s", (_name, text, path, message) => {
    const result = parseMap(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems).toHaveLength(1);
      expect(result.problems[0]?.path).toBe(path);
      expect(result.problems[0]?.message).toMatch(message);
    }
  });

  test("a file over 20 MB is refused before parsing", () => {
    const text = `{"title":"${"x".repeat(20 * 1024 * 1024)}"}`;
    const result = parseMap(text);
    expect(!result.ok && result.problems).toEqual([
      { path: "(file)", message: "is larger than the 20 MB limit" },
    ]);
  });

  test("a map over 20,000 claims is refused", () => {
    const claims = Array.from({ length: 20_001 }, (_, i) => ({ id: `c${i}`, text: "x" }));
    const result = loadMap({ title: "T", speakers: [], claims, links: [] });
    expect(!result.ok && result.problems).toEqual([
      { path: "claims", message: "has 20,001 claims; the limit is 20,000" },
    ]);
  });

  test.each<[string, (raw: Record<string, any>) => void, Problem]>([
    [
      "missing title",
      (r) => delete r.title,
      { path: "title", message: "is required (a text (string))" },
    ],
    [
      "wrong type",
      (r) => (r.claims[1].text = 42),
      { path: "claims[1].text", message: "should be a text (string), not the number 42" },
    ],
    [
      "empty text",
      (r) => (r.claims[0].text = ""),
      { path: "claims[0].text", message: "must not be empty" },
    ],
    [
      "claims not a list",
      (r) => (r.claims = {}),
      { path: "claims", message: "should be a list, not an object" },
    ],
    [
      "typo in a key",
      (r) => {
        r.claims[0].speker = r.claims[0].speaker;
        delete r.claims[0].speaker;
      },
      {
        path: "claims[0].speker",
        message:
          'unknown field "speker" — did you mean "speaker"? (allowed: id, text, speaker, topics, quote, note, ext)',
      },
    ],
    [
      "unknown top-level key",
      (r) => (r.tittle = "x"),
      {
        path: "tittle",
        message: expect.stringContaining('did you mean "title"?') as unknown as string,
      },
    ],
    [
      "unknown link type",
      (r) => (r.links[0].type = "attack"),
      { path: "links[0].type", message: 'should be "support" or "dispute", not the text "attack"' },
    ],
    [
      "wrong format name",
      (r) => (r.format = "kialo"),
      { path: "format", message: 'should be "argument-map", not the text "kialo"' },
    ],
    [
      "bad url",
      (r) => (r.speakers[0].url = "javascript:alert(1)"),
      {
        path: "speakers[0].url",
        message:
          'should be a web address (http:// or https://) or a mailto: address, not the text "javascript:alert(1)"',
      },
    ],
    [
      // Found by the AIF round trip (fast-check seed 1618378222): a quote of five spaces.
      "a quote of only spaces",
      (r) => {
        r.sources[0].text = "Ann said the sky is blue.     Bo said it is not.";
        r.claims[0].quote = { source: "src", text: "     " };
      },
      { path: "claims[0].quote.text", message: "must contain words, not only spaces" },
    ],
    [
      "a colour that is not #rrggbb",
      (r) => (r.speakers[0].colour = "blue"),
      {
        path: "speakers[0].colour",
        message: 'should be a colour written #rrggbb (such as "#0072b2"), not the text "blue"',
      },
    ],
    [
      "ext not an object",
      (r) => (r.ext = [1]),
      { path: "ext", message: "should be an object, not a list" },
    ],
    [
      "newer version",
      (r) => (r.version = 3),
      {
        path: "version",
        message:
          "is 3, newer than this app understands (version 2); open the file in a newer version of the app",
      },
    ],
    [
      "duplicate claim id",
      (r) => r.claims.push({ id: "c1", text: "Again" }),
      { path: "claims[3].id", message: 'duplicate id "c1": claims[0] has it too' },
    ],
    [
      "duplicate speaker id",
      (r) => {
        r.speakers[1].id = "ann";
        r.claims[1].speaker = "ann";
      },
      { path: "speakers[1].id", message: 'duplicate id "ann": speakers[0] has it too' },
    ],
    [
      "dangling speaker",
      (r) => (r.claims[1].speaker = "ghost"),
      { path: "claims[1].speaker", message: 'there is no speaker with id "ghost"' },
    ],
    [
      "near-miss speaker",
      (r) => (r.claims[1].speaker = "anne"),
      {
        path: "claims[1].speaker",
        message: 'there is no speaker with id "anne" — did you mean "ann"?',
      },
    ],
    [
      "dangling topic",
      (r) => (r.claims[0].topics = ["t1", "t9"]),
      { path: "claims[0].topics[1]", message: 'there is no topic with id "t9"' },
    ],
    [
      "repeated topic",
      (r) => (r.claims[0].topics = ["t1", "t1"]),
      { path: "claims[0].topics[1]", message: 'lists topic "t1" twice' },
    ],
    [
      "dangling source",
      (r) => (r.claims[0].quote.source = "paper"),
      { path: "claims[0].quote.source", message: 'there is no source with id "paper"' },
    ],
    [
      "dangling link end",
      (r) => (r.links[0].to = "c99"),
      { path: "links[0].to", message: 'there is no claim with id "c99"' },
    ],
    [
      "self link",
      (r) => (r.links[1].to = "c3"),
      { path: "links[1]", message: 'links claim "c3" to itself' },
    ],
    [
      "duplicate link",
      (r) => r.links.push({ from: "c2", to: "c1", type: "support" }),
      { path: "links[3]", message: 'duplicates links[0]: both link "c2" to "c1"' },
    ],
    [
      "duplicate link id",
      (r) => (r.links[1].id = "l1"),
      { path: "links[1].id", message: 'duplicate id "l1": links[0] has it too' },
    ],
    [
      "quote not verbatim",
      (r) => (r.claims[0].quote.text = "the sky is bleu"),
      {
        path: "claims[0].quote.text",
        message:
          'does not occur verbatim in the text of source "src": it departs from the source at character 14, "eu"',
      },
    ],
    [
      "a link with neither to nor toLink",
      (r) => delete r.links[0].to,
      {
        path: "links[0]",
        message:
          'needs "to" (the claim it supports or disputes) or "toLink" (the link it disputes)',
      },
    ],
    [
      "a link with both to and toLink",
      (r) => (r.links[2].to = "c1"),
      {
        path: "links[2]",
        message: 'has both "to" and "toLink"; a link points at one claim or at one link',
      },
    ],
    [
      "a link disputing a link that is not there",
      (r) => (r.links[2].toLink = "l9"),
      {
        path: "links[2].toLink",
        message: 'there is no link with id "l9" (a link that another link disputes needs an id)',
      },
    ],
    [
      "a link that supports a link",
      (r) => (r.links[2].type = "support"),
      {
        path: "links[2].type",
        message: 'is "support", but a link that points at another link can only dispute it',
      },
    ],
    [
      "links disputing links in a circle",
      (r) =>
        r.links.push(
          { id: "u2", from: "c2", toLink: "u3", type: "dispute" },
          { id: "u3", from: "c1", toLink: "u2", type: "dispute" },
        ),
      {
        path: "links[3].toLink",
        message:
          'goes round in a circle of links disputing links ("u3" → "u2"); one of them must point at a claim link',
      },
    ],
    [
      "premises of one group supporting different claims",
      (r) => r.links.push({ from: "c1", to: "c3", type: "support", group: "g1" }),
      {
        path: "links[3].group",
        message:
          'is "g1", as is links[1], which supports another claim ("c1"); premises of one group support the same claim',
      },
    ],
    [
      // Found by the AIF round trip (fast-check seed 160090813).
      "one claim disputing two premises' links of one linked argument",
      (r) => {
        r.claims.push({ id: "c4", text: "Another premise" });
        r.links.push(
          { id: "p2", from: "c4", to: "c1", type: "support", group: "g1" },
          { id: "u2", from: "c2", toLink: "c3->c1", type: "dispute" },
          { id: "u3", from: "c2", toLink: "p2", type: "dispute" },
        );
      },
      {
        path: "links[5]",
        message:
          'duplicates links[4]: both dispute, from "c2", the linked argument "g1" (a dispute of one premise\'s link disputes the whole argument)',
      },
    ],
    [
      "a dispute in a group",
      (r) => (r.links[0].group = "g2"),
      {
        path: "links[0].group",
        message: "groups premises that support a claim together; a dispute has no group",
      },
    ],
    [
      "a quote's occurrence that is not where it says",
      (r) => (r.claims[0].quote.at = 3),
      {
        path: "claims[0].quote.at",
        message:
          'is 3, but the quote does not start there in the text of source "src" (it occurs at 9)',
      },
    ],
    [
      "quote absent",
      (r) => (r.claims[0].quote.text = "zzz"),
      { path: "claims[0].quote.text", message: 'does not occur in the text of source "src"' },
    ],
  ])("%s", (_name, edit, problem) => {
    expect(problemsAfter(edit)).toEqual([problem]);
  });

  test.each([
    ["https://example.org/a b", false],
    ["http://[::1", false],
    ["mailto:someone@example.org", true],
    ["HTTPS://EXAMPLE.ORG/x", true],
    ["javascript://%0aalert(1)", false],
    ["data:text/html,<script>", false],
  ])("the URL %s is %s", (url, accepted) => {
    const raw = JSON.parse(serializeMap(sampleMap())) as Record<string, any>;
    raw.sources[0].url = url;
    expect(loadMap(raw).ok).toBe(accepted);
  });

  test("a quote is not checked against a source without text", () => {
    const raw = JSON.parse(serializeMap(sampleMap())) as Record<string, any>;
    delete raw.sources[0].text;
    raw.claims[0].quote.text = "anything at all";
    expect(loadMap(raw).ok).toBe(true);
  });

  test("several problems are all reported", () => {
    const problems = problemsAfter((r) => {
      r.claims[0].text = 1;
      r.links[0].type = "x";
      r.speakers[1].name = "";
    });
    expect(problems.map((p) => p.path)).toEqual([
      "speakers[1].name",
      "claims[0].text",
      "links[0].type",
    ]);
  });
});

test("a file with problems of several kinds gets them all in one pass, not in rounds", () => {
  const problems = problemsAfter((r) => {
    r.claims[0].text = 7; // the shape of a claim
    r.claims[1].speaker = "ghost"; // a reference
    r.links[0].to = "nowhere"; // another reference
    r.speakers[1].name = ""; // the shape of a speaker
    r.claims[2].topics = ["t9"]; // a topic reference
  });
  expect(problems.map((p) => p.path).sort()).toEqual(
    [
      "claims[0].text",
      "claims[1].speaker",
      "claims[2].topics[0]",
      "links[0].to",
      "speakers[1].name",
    ].sort(),
  );
});

test("a claim that fails its own check is not reported missing by the links that name it", () => {
  const problems = problemsAfter((r) => {
    r.claims[1].text = 7;
  });
  expect(problems.map((p) => p.path)).toEqual(["claims[1].text"]);
});

describe("versions", () => {
  test("a version 1 file opens unchanged, and a map with nothing new is written as version 1", () => {
    const v1 = {
      format: "argument-map",
      version: 1,
      title: "T",
      speakers: [],
      claims: [
        { id: "a", text: "A" },
        { id: "b", text: "B" },
      ],
      links: [{ id: "l", from: "a", to: "b", type: "support" }],
    };
    const result = loadMap(v1);
    expect(result.ok && result.map.links).toEqual(v1.links);
    expect(result.ok && result.map.linkDisputes).toEqual([]);
    expect(result.ok && JSON.parse(serializeMap(result.map))).toEqual({
      ...v1,
      topics: [],
      sources: [],
    });
  });

  test("a map that disputes a link is written as version 2, the dispute back among the links", () => {
    const file = JSON.parse(serializeMap(sampleMap())) as Record<string, any>;
    expect(file.version).toBe(2);
    expect(file.linkDisputes).toBeUndefined();
    expect(file.links.at(-1)).toEqual({
      id: "u1",
      from: "c3",
      toLink: "l1",
      type: "dispute",
      note: "Not so fast.",
    });
  });
});

describe("hostile ids", () => {
  test("__proto__ and constructor are ordinary ids and never reach Object.prototype", () => {
    const text = JSON.stringify({
      title: "T",
      speakers: [{ id: "__proto__", name: "P" }],
      claims: [
        { id: "constructor", text: "C", speaker: "__proto__" },
        { id: "__proto__", text: "P" },
      ],
      links: [{ from: "__proto__", to: "constructor", type: "support" }],
    });
    const result = parseMap(text);
    expect(result.ok).toBe(true);
    expect(result.ok && result.map.links[0]?.id).toBe("__proto__->constructor");
    expect(({} as Record<string, unknown>).name).toBeUndefined();
  });

  test("a dangling reference to toString is reported, not resolved through the prototype", () => {
    const result = loadMap({
      title: "T",
      speakers: [],
      claims: [{ id: "a", text: "A", speaker: "toString" }],
      links: [],
    });
    expect(!result.ok && result.problems[0]?.path).toBe("claims[0].speaker");
  });

  test("ext with a __proto__ key is kept as data and pollutes nothing", () => {
    const result = parseMap(
      '{"title":"T","speakers":[],"claims":[],"links":[],"ext":{"__proto__":{"polluted":true}}}',
    );
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(Object.keys(result.map.ext ?? {})).toEqual(["__proto__"]);
      expect(serializeMap(result.map)).toContain('"__proto__": {');
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
