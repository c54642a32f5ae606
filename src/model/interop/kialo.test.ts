import { describe, expect, test } from "vitest";
import type { ArgumentMap } from "../core/types";
import { summariseReport } from "./importReport";
import { defaultKialoRoot, kialoFormat } from "./kialoFormat";

const sample = [
  "Discussion Title: Should schools move to a four\\-day week?",
  "",
  "1. Schools should move to a four-day week.",
  "1.1. Pro: It saves money on buses and heating\\.",
  "1.1.1. Con: The savings are small: about 1\\.5 %.",
  "1.1.2. Pro: -> See 1.2.1.",
  "1.2. Con: Working parents must pay for childcare on the fifth day.",
  "This costs more than the district saves.",
  "",
  "And it hits the poorest \\*hardest\\*.",
  "1.2.1. Pro: Childcare costs rose 20 % last year \\_ see the survey.",
  "1.3. Con: -> See discussion https://www.kialo.com/other-debate-1234",
  "",
].join("\r\n");

async function open(text: string) {
  const outcome = await kialoFormat.parse(text);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return outcome;
}

describe("Kialo text export", () => {
  test("entries, parents by number, Pro/Con, -> See, continued lines, CRLF and escapes", async () => {
    const { map, report } = await open(sample);
    expect(map.title).toBe("Should schools move to a four-day week?");
    expect(map.claims.map((c) => [c.id, c.text])).toEqual([
      ["1", "Schools should move to a four-day week."],
      ["1.1", "It saves money on buses and heating."],
      ["1.1.1", "The savings are small: about 1.5 %."],
      [
        "1.2",
        "Working parents must pay for childcare on the fifth day.\nThis costs more than the district saves.\n\nAnd it hits the poorest *hardest*.",
      ],
      ["1.2.1", "Childcare costs rose 20 % last year _ see the survey."],
      ["1.3", "-> See discussion https://www.kialo.com/other-debate-1234"],
    ]);
    expect(map.links.map((l) => `${l.from} ${l.type} ${l.to}`)).toEqual([
      "1.1 support 1",
      "1.1.1 dispute 1.1",
      "1.2 dispute 1",
      "1.2.1 support 1.2",
      "1.3 dispute 1",
      "1.2.1 support 1.1",
    ]);
    expect(summariseReport(report)).toBe(
      '6 entries → 6 claims; 6 Pros and Cons → 3 supports + 3 disputes; 1 "-> See" line read as second parents; 1 reference to another discussion (kept as text)',
    );
  });

  test("a missing parent or a -> See to nowhere is reported, not fatal", async () => {
    const { map, report } = await open(
      "Discussion Title: T\n\n1. Root\n1.4.2. Pro: Lost child\n1.1. Con: -> See 9.9.\n",
    );
    expect(map.claims).toHaveLength(2);
    expect(map.links).toHaveLength(0);
    expect(report.warnings.map((w) => w.code)).toEqual(["orphan", "see-missing"]);
  });

  test("written back from the root, the tree reads back the same", async () => {
    const { map } = await open(sample);
    const written = kialoFormat.serialise(map);
    // 1.2.1 is reached first under 1.1, so its place under 1.2 is the "-> See".
    expect(written.text).toContain("1.2.1. Pro: -> See 1.1.2.");
    expect(written.lost).toEqual([]);
    const again = (await open(written.text)).map;
    expect(again.title).toBe(map.title);
    expect(again.claims.map((c) => c.text).sort()).toEqual(map.claims.map((c) => c.text).sort());
    const words = (m: ArgumentMap) =>
      m.links
        .map(
          (l) =>
            `${m.claims.find((c) => c.id === l.from)?.text} ${l.type} ${m.claims.find((c) => c.id === l.to)?.text}`,
        )
        .sort();
    expect(words(again)).toEqual(words(map));
  });
});

test("the default root is the top claim with most below it; what Kialo cannot say is listed", () => {
  const map: ArgumentMap = {
    format: "argument-map",
    version: 2,
    title: "T",
    speakers: [{ id: "s", name: "S" }],
    topics: [],
    sources: [],
    claims: [
      { id: "small", text: "Small top" },
      { id: "big", text: "Big top", speaker: "s" },
      { id: "a", text: "A" },
      { id: "b", text: "B" },
      { id: "x", text: "Alone" },
    ],
    links: [
      { id: "1", from: "a", to: "big", type: "support" },
      { id: "2", from: "b", to: "a", type: "dispute" },
      { id: "3", from: "b", to: "small", type: "support" },
    ],
    linkDisputes: [{ id: "u", from: "x", toLink: "1", type: "dispute" }],
  };
  expect(defaultKialoRoot(map)).toBe("big");
  const written = kialoFormat.serialise(map);
  expect(written.text).toBe("Discussion Title: T\n\n1. Big top\n1.1. Pro: A\n1.1.1. Con: B\n");
  expect(written.lost).toEqual([
    "2 claims not reachable from the root",
    "1 link outside the tree",
    "1 undercut or attack on an attack",
    "1 claim's speaker",
  ]);
  expect(kialoFormat.serialise(map, { root: "small" }).text).toBe(
    "Discussion Title: T\n\n1. Small top\n1.1. Pro: B\n",
  );
});
