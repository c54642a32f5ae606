import { INTEROP_DIR, interopFixture } from "../../../tests/sharedFiles";
import { describe, expect, test } from "vitest";
import type { ArgumentMap } from "../core/types";
import { argdownFormat } from "./argdownFormat";
import { summariseReport } from "./importReport";

const fixture = interopFixture;

async function open(text: string): Promise<ArgumentMap & { summary: string }> {
  const outcome = await argdownFormat.parse(text);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return { ...outcome.map, summary: summariseReport(outcome.report) };
}

const named = (map: ArgumentMap, id: string) => map.claims.find((c) => c.id === id);

describe.skipIf(!INTEROP_DIR)("Argdown fixtures", () => {
  test("legalisation of soft drugs: what @argdown/core's own JSON export lists", async () => {
    const map = await open(fixture("argdown__examples__legalisation-softdrugs.argdown"));
    const reference = JSON.parse(
      fixture("arguebase-public__argdown-json__legalisation-softdrugs.json"),
    ) as {
      arguments: Record<string, unknown>;
      statements: Record<string, unknown>;
      relations: { relationType: string; from: string; to: string }[];
    };
    expect(Object.keys(reference.arguments)).toHaveLength(17);
    expect(map.claims.map((c) => c.id).sort()).toEqual(
      [...Object.keys(reference.statements), ...Object.keys(reference.arguments)].sort(),
    );
    // Every relation of the reference, by type: support → support, attack → dispute,
    // undercut → a dispute of the undercut argument's own relation out (its inference).
    const words = (l: { from: string; to: string; type: string }) => `${l.from} ${l.type} ${l.to}`;
    const expected = reference.relations
      .filter((r) => r.relationType !== "undercut")
      .map((r) =>
        words({
          from: r.from,
          to: r.to,
          type: r.relationType === "support" ? "support" : "dispute",
        }),
      )
      .sort();
    expect(map.links.map(words).sort()).toEqual(expected);
    const undercut = map.linkDisputes.map((d) => {
      const link = map.links.find((l) => l.id === d.toLink);
      return `${d.from} undercuts ${link?.from}`;
    });
    expect(undercut.sort()).toEqual(
      reference.relations
        .filter((r) => r.relationType === "undercut")
        .map((r) => `${r.from} undercuts ${r.to}`)
        .sort(),
    );
    expect(map.links.filter((l) => l.type === "support")).toHaveLength(9);
    expect(map.links.filter((l) => l.type === "dispute")).toHaveLength(8);
    expect(map.linkDisputes).toHaveLength(2);
    expect(map.speakers).toHaveLength(0);
    expect(map.title).toBe("Pros and Cons Legalisation of Soft Drugs");
    expect(named(map, "Tax revenue")?.topics).toEqual(["pro"]);
    expect(named(map, "Tax revenue")?.text).toBe(
      "Finally, the government could use the sale of soft drugs as a source of revenue through excise duty, as is already done with alcohol and tobacco.",
    );
    expect(map.summary).toBe(
      "1 statement → 1 claim; 17 arguments → 17 claims; 19 relations → 9 supports + 8 disputes + 2 undercuts; 2 tags → 2 topics",
    );
  });

  test("state censorship: premise–conclusion structures become linked premises of each argument", async () => {
    const map = await open(fixture("argdown__examples__state-censorship.argdown"));
    // 2 central statements, 2 titled premises, 24 untitled ones; 7 arguments.
    expect(map.claims).toHaveLength(28 + 7);
    expect(map.links.filter((l) => l.type === "support")).toHaveLength(30);
    expect(map.links.filter((l) => l.type === "dispute")).toHaveLength(4);
    expect(map.linkDisputes).toHaveLength(0);
    // Supports Argdown leaves implicit: an argument supports its main conclusion…
    const supports = (from: string, to: string) =>
      map.links.some((l) => l.from === from && l.to === to && l.type === "support");
    expect(supports("Argument from racial hatred", "Censorship")).toBe(true);
    expect(supports("Excessive sex and violence", "Censorship")).toBe(true);
    expect(supports("Argument from expertise", "Causal link")).toBe(true);
    // …and its premises support it, together.
    const premises = map.links.filter((l) => l.to === "Argument from racial hatred");
    expect(premises.map((l) => l.from)).toEqual(["IRC-legislation", "Untitled 8"]);
    expect(new Set(premises.map((l) => l.group)).size).toBe(1);
    expect(premises[0]?.group).toBeDefined();
    expect(named(map, "Argument from Freedom of Speech")).toMatchObject({
      text: "Censorship is wrong in principle. In a free and civilized society, everyone must be free to express herself.",
      topics: ["con"],
      ext: { argdown: { argument: "Argument from Freedom of Speech", data: { source: "C1a" } } },
    });
    expect(named(map, "IRC-legislation")?.ext?.argdown).toMatchObject({ data: { isInMap: false } });
    expect(map.title).toBe("Censorship from the State");
    expect(
      (map.ext?.argdown as { frontMatter: Record<string, unknown> }).frontMatter,
    ).toMatchObject({
      author: "Gregor Betz",
    });
    expect(map.summary).toBe(
      "28 statements → 28 claims; 7 arguments → 7 claims; 4 relations → 0 supports + 4 disputes; 7 premise–conclusion structures → 30 implicit supports; 2 tags → 2 topics",
    );
  });
});

describe("Argdown's other relations", () => {
  test("contradictory is a dispute both ways; entails a support; {speaker} data a speaker", async () => {
    const map = await open(`[a]: Alpha {speaker: "Ann"}

[b]: Beta
  >< [a]

[c]: Gamma {speaker: "Ann", where: "p. 3"}
  +> [a]
`);
    expect(map.links.map((l) => `${l.from} ${l.type} ${l.to}`).sort()).toEqual([
      "a dispute b",
      "b dispute a",
      "c support a",
    ]);
    expect(map.speakers).toEqual([{ id: "ann", name: "Ann" }]);
    expect(named(map, "c")).toMatchObject({
      speaker: "ann",
      ext: { argdown: { data: { where: "p. 3" } } },
    });
  });

  test("an undercut of a statement with no inference is read as a dispute, and reported", async () => {
    const outcome = await argdownFormat.parse("[a]: A\n  _> [b]\n\n[b]: B\n");
    expect(outcome.ok && outcome.map.links).toMatchObject([
      { from: "a", to: "b", type: "dispute" },
    ]);
    expect(outcome.ok && outcome.report.warnings.map((w) => w.code)).toEqual([
      "undercut-as-dispute",
    ]);
  });

  test("text that Argdown cannot parse gives problems at lines", async () => {
    const outcome = await argdownFormat.parse("[a]: A\n\n<b>:\n\n(1) [a]\n");
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems[0]?.path).toMatch(/^line \d+, column \d+$/);
  });
});

const sample: ArgumentMap = {
  format: "argument-map",
  version: 2,
  title: "Four-day week = {savings}?",
  description: "A test",
  speakers: [
    { id: "board", name: "School board" },
    { id: "__proto__", name: "Parents' group" },
  ],
  topics: [
    { id: "cost", label: "Cost" },
    { id: "a topic", label: "With a space" },
  ],
  sources: [{ id: "minutes", title: "Minutes", text: "We will save money. Kids need rest." }],
  claims: [
    {
      id: "proposal",
      text: "The district should move to a four-day week.",
      speaker: "board",
      topics: ["cost"],
    },
    {
      id: "savings",
      text: "It saves money: 5% #not-a-tag [x] <y> {z}",
      speaker: "board",
      quote: { source: "minutes", text: "We will save money." },
    },
    {
      id: "rest",
      text: "Kids need rest.",
      speaker: "__proto__",
      topics: ["cost", "a topic"],
      note: "a note",
    },
    { id: "constructor", text: "  Childcare\\costs\nrise  ", ext: { x: 1 } },
    { id: "id with spaces", text: "Working parents pay more." },
  ],
  links: [
    { id: "l1", from: "savings", to: "proposal", type: "support", group: "g" },
    { id: "l2", from: "rest", to: "proposal", type: "support", group: "g" },
    { id: "l3", from: "constructor", to: "proposal", type: "dispute" },
    { id: "l4", from: "id with spaces", to: "constructor", type: "support" },
    { id: "l5", from: "rest", to: "savings", type: "support" },
  ],
  linkDisputes: [
    { id: "u1", from: "id with spaces", toLink: "l2", type: "dispute" },
    { id: "u2", from: "proposal", toLink: "l5", type: "dispute" },
    { id: "u3", from: "savings", toLink: "l3", type: "dispute" },
  ],
};

test("a map → Argdown → @argdown/core → the same map, but for what is reported lost", async () => {
  const written = argdownFormat.serialise(sample);
  expect(written.lost).toEqual([
    "1 dispute of a dispute (Argdown undercuts only inferences)",
    "8 link ids (Argdown relations have none)",
  ]);
  const outcome = await argdownFormat.parse(written.text);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  const back = outcome.map;
  expect(back.title).toBe(sample.title);
  expect(back.description).toBe(sample.description);
  expect(back.speakers).toEqual(sample.speakers);
  expect(back.sources).toEqual(sample.sources);
  expect(
    back.claims.map(({ ext, ...c }) => ({
      ...c,
      ...(ext?.x === undefined ? {} : { ext: { x: ext.x } }),
    })),
  ).toEqual(sample.claims);
  const ends = (m: ArgumentMap) => m.links.map((l) => [l.from, l.to, l.type, l.group]).sort();
  expect(ends(back)).toEqual(ends(sample));
  const undercuts = (m: ArgumentMap) =>
    m.linkDisputes.map((d) => {
      const l = m.links.find((x) => x.id === d.toLink);
      return [d.from, l?.from, l?.to, l?.group];
    });
  // The dispute of the group's inference may name any link of the group.
  expect(
    undercuts(back)
      .map(([from, , to, group]) => [from, to, group])
      .sort(),
  ).toEqual(
    undercuts({ ...sample, linkDisputes: sample.linkDisputes.slice(0, 2) })
      .map(([from, , to, group]) => [from, to, group])
      .sort(),
  );
  expect(back.topics.map((t) => t.id).sort()).toEqual(["a topic", "cost"]);
});
