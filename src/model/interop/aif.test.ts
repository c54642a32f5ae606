import { INTEROP_DIR, interopFixture } from "../../../tests/sharedFiles";
import { describe, expect, test } from "vitest";
import type { ArgumentMap } from "../core/types";
import type { ImportOutcome } from "./admitMap";
import { aifFormat } from "./aifFormat";
import { splitSpeakerPrefix } from "./aifRead";
import { summariseReport } from "./importReport";

const fixture = interopFixture;

async function open(name: string, txt?: string): Promise<ArgumentMap & { summary: string }> {
  const outcome = await aifFormat.parse(fixture(name), {
    fileName: name,
    ...(txt === undefined ? {} : { sourceText: fixture(txt) }),
  });
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return { ...outcome.map, summary: summariseReport(outcome.report) };
}

/** The map's argument structure in words, independent of ids. */
function structure(map: ArgumentMap) {
  const text = new Map(map.claims.map((c) => [c.id, c.text]));
  const linkWords = new Map<string, string>();
  for (const l of map.links) {
    linkWords.set(
      l.id,
      `${text.get(l.from)} ${l.type === "support" ? "+>" : "->"} ${text.get(l.to)}`,
    );
  }
  const groupOf = new Map<string, string[]>();
  for (const l of map.links) {
    if (l.group === undefined) continue;
    groupOf.set(l.group, [...(groupOf.get(l.group) ?? []), linkWords.get(l.id) as string]);
  }
  // A dispute of one link of a group disputes the group's inference: name it by the group.
  const inference = (id: string): string => {
    const l = map.links.find((x) => x.id === id);
    if (l?.group !== undefined && (groupOf.get(l.group)?.length ?? 0) > 1) {
      return `{${[...(groupOf.get(l.group) ?? [])].sort().join(" & ")}}`;
    }
    if (l) return linkWords.get(id) as string;
    const d = map.linkDisputes.find((x) => x.id === id);
    return d ? `(${text.get(d.from)} -| ${inference(d.toLink)})` : "?";
  };
  return {
    claims: [...text.values()].sort(),
    links: [...linkWords.values()].sort(),
    groups: [...groupOf.values()]
      .filter((g) => g.length > 1)
      .map((g) => g.sort().join(" & "))
      .sort(),
    linkDisputes: map.linkDisputes
      .map((d) => `${text.get(d.from)} -| ${inference(d.toLink)}`)
      .sort(),
  };
}

const count = (map: ArgumentMap, type: "support" | "dispute") =>
  map.links.filter((l) => l.type === type).length;
const speakerNames = (map: ArgumentMap) => map.speakers.map((s) => s.name).sort();
const undercutsOf = (map: ArgumentMap) =>
  map.linkDisputes.filter((d) => map.links.find((l) => l.id === d.toLink)?.type === "support");

describe.skipIf(!INTEROP_DIR)("AIF fixtures", () => {
  test("AIFdb 6064: 9 claims, 5 supports, speakers CL and NL from locutions and L-node names", async () => {
    const map = await open("arguebuf-python__6064-original.json");
    expect(map.claims).toHaveLength(9);
    expect(count(map, "support")).toBe(5);
    expect(count(map, "dispute")).toBe(0);
    expect(map.linkDisputes).toHaveLength(0);
    // The README of shared/interop says "one speaker", but two people speak: personID 409
    // ("CL : …", seven claims) and 437 ("NL : …", two); the "M: CL : …" analyst L-nodes are no one.
    expect(speakerNames(map)).toEqual(["CL", "NL"]);
    const by = (name: string) => map.speakers.find((s) => s.name === name)?.id;
    expect(map.claims.filter((c) => c.speaker === by("CL"))).toHaveLength(7);
    expect(map.claims.filter((c) => c.speaker === by("NL")).map((c) => c.text)).toEqual([
      "By the 50s, the Empire is going",
      "they are effectively trying to hand over to some kind of stable rule",
    ]);
    expect(map.summary).toBe(
      "9 I-nodes → 9 claims; 5 RA → 5 supports; 13 locutions → 2 speakers; 9 locution texts kept in ext (no source text); 14 YA, 8 TA, 16 L kept in ext",
    );
    const aif = map.ext?.aif as { nodes: unknown[]; edges: unknown[] };
    expect(aif.nodes).toHaveLength(14 + 8 + 16);
    // 54 edges: 10 of them are premise → RA → conclusion and live on as the 5 supports.
    expect(aif.edges).toHaveLength(54 - 10);
    const claim = map.claims.find((c) => c.id === "29045");
    expect(claim?.ext?.aif).toMatchObject({
      nodeID: "29045",
      locution: "29069",
      words:
        "But my point is they got to a point where Macmillan realised there was no way forward except by increasing brutality",
    });
  });

  test("AIFdb 6064 reconstructed: MA kept in ext, 13 dangling locutions reported, no speaker", async () => {
    const map = await open("arguebuf-python__6064-reconstructed.json");
    expect(map.claims).toHaveLength(9);
    expect(count(map, "support")).toBe(5);
    expect(map.speakers).toHaveLength(0);
    expect(map.summary).toBe(
      "9 I-nodes → 9 claims; 5 RA → 5 supports; 13 locutions → 0 speakers; 3 MA kept in ext; 13 locutions point at missing nodes (ignored)",
    );
    const aif = map.ext?.aif as { nodes: { type: string }[]; edges: unknown[] };
    expect(aif.nodes.map((n) => n.type)).toEqual(["MA", "MA", "MA"]);
    expect(aif.edges).toHaveLength(6);
  });

  test('OVA3 xAIF: speaker from participants (personID 1 and "1"), quotes from OVA\'s text', async () => {
    const map = await open("arguebuf-typescript__data-xaif.json");
    expect(map.claims.map((c) => c.text)).toEqual(["A", "B"]);
    expect(map.links).toMatchObject([
      { type: "support", from: "15_164926162804546033", to: "2_164926129380455983" },
    ]);
    expect(speakerNames(map)).toEqual(["Participant Rachel"]);
    expect(map.claims.every((c) => c.speaker === map.speakers[0]?.id)).toBe(true);
    expect(map.sources[0]?.text).toBe("A because B\n");
    expect(map.claims.map((c) => c.quote?.text)).toEqual(["A", "B"]);
    expect(map.summary).toBe(
      "2 I-nodes → 2 claims; 1 RA → 1 support; 2 locutions → 1 speaker; 2 quotes found verbatim in the source text; 5 YA, 1 TA, 4 L kept in ext",
    );
    // The analyst's layer ("Anon: Participant Rachel: A" through an "Analysing" YA) is no one.
    expect(map.speakers.some((s) => s.name.startsWith("Anon"))).toBe(false);
  });

  test("microtext 6443: an undercut (CA on an RA), quotes from the .txt", async () => {
    const map = await open(
      "arguebase-public__microtexts__nodeset6443.json",
      "arguebase-public__microtexts__nodeset6443.txt",
    );
    expect(map.claims).toHaveLength(5);
    expect(count(map, "support")).toBe(2);
    expect(count(map, "dispute")).toBe(1);
    expect(undercutsOf(map)).toHaveLength(1);
    expect(map.speakers).toHaveLength(0);
    expect(structure(map).linkDisputes).toEqual([
      "unless they're unbreakable. -| Energy saving light bulbs contain a significant amount of toxins. +> That's why they should be taken off the market,",
    ]);
    expect(map.claims.every((c) => c.quote?.text === c.text)).toBe(true);
    expect(map.summary).toBe(
      "5 I-nodes → 5 claims; 2 RA → 2 supports; 2 CA → 1 dispute + 1 undercut; 5 quotes found verbatim in the source text",
    );
  });

  test("microtext 6463: a linked argument (one RA, two premises) and an attack on an attack", async () => {
    const map = await open(
      "arguebase-public__microtexts__nodeset6463.json",
      "arguebase-public__microtexts__nodeset6463.txt",
    );
    expect(map.claims).toHaveLength(6);
    expect(count(map, "support")).toBe(3);
    expect(count(map, "dispute")).toBe(1);
    expect(undercutsOf(map)).toHaveLength(0);
    expect(map.linkDisputes).toHaveLength(1);
    const s = structure(map);
    expect(s.groups).toHaveLength(1);
    expect(s.groups[0]).toContain("Only in public TV programmes");
    expect(s.groups[0]).toContain("And since it is the duty of society");
    expect(s.linkDisputes).toEqual([
      "But to therefore offer TV according to audience rates only would be dangerous. -| Admittedly trash and turmoil are exactly what the majority of people want to see. -> everyone should chip in.",
    ]);
    expect(map.summary).toBe(
      "6 I-nodes → 6 claims; 2 RA → 3 supports; 2 CA → 1 dispute + 1 attack on an attack; 6 quotes found verbatim in the source text",
    );
  });
});

describe.skipIf(!INTEROP_DIR)("AIF fixture → map → AIF → map", () => {
  const fixtures: [string, string?][] = [
    ["arguebuf-python__6064-original.json"],
    ["arguebuf-python__6064-reconstructed.json"],
    ["arguebuf-typescript__data-xaif.json"],
    [
      "arguebase-public__microtexts__nodeset6443.json",
      "arguebase-public__microtexts__nodeset6443.txt",
    ],
    [
      "arguebase-public__microtexts__nodeset6463.json",
      "arguebase-public__microtexts__nodeset6463.txt",
    ],
  ];
  test.each(fixtures)(
    "%s keeps its I-nodes, RA/CA structure, undercuts, speakers and quotes",
    async (name, txt) => {
      const first = await open(name, txt);
      const written = aifFormat.serialise(first);
      const again = await aifFormat.parse(written.text);
      if (!again.ok) throw new Error(JSON.stringify(again.problems));
      expect(structure(again.map)).toEqual(structure(first));
      const who = (m: ArgumentMap) =>
        m.claims.map((c) => [
          c.text,
          m.speakers.find((s) => s.id === c.speaker)?.name,
          c.quote?.text,
        ]);
      expect(who(again.map)).toEqual(who(first));
      // The I, RA and CA nodes go back out with their ids, and so do the kept YA, TA, L and MA;
      // claims quoted from the source text gain an L-node and a YA, so that the quote survives.
      const nodesOf = (value: unknown) =>
        (
          ((value as { AIF?: unknown }).AIF ?? value) as {
            nodes: { nodeID: string; type: string }[];
          }
        ).nodes
          .map((n) => `${n.type}:${n.nodeID}`)
          .sort();
      const before = nodesOf(JSON.parse(fixture(name)));
      const after = nodesOf(JSON.parse(written.text));
      const argumentNodes = (list: string[]) => list.filter((n) => /^(I|RA|CA|MA|TA):/.test(n));
      expect(argumentNodes(after)).toEqual(argumentNodes(before));
      expect(after).toEqual(expect.arrayContaining(before));
    },
  );
});

/** A small AIFdb nodeset, with nodes [id, type, text] and edges [from, to]. */
function nodeset(nodes: [string, string, string][], edges: [string, string][], extra: object = {}) {
  return JSON.stringify({
    nodes: nodes.map(([nodeID, type, text]) => ({ nodeID, type, text })),
    edges: edges.map(([fromID, toID], i) => ({ edgeID: String(i + 1), fromID, toID })),
    ...extra,
  });
}

async function warningsOf(text: string): Promise<Record<string, number>> {
  const outcome = await aifFormat.parse(text);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
  return Object.fromEntries(outcome.report.warnings.map((w) => [w.code, w.what.count]));
}

describe("real corpora are not clean: tolerated and reported", () => {
  test("an RA with two conclusions supports both; one with none is kept in ext", async () => {
    const text = nodeset(
      [
        ["a", "I", "A"],
        ["b", "I", "B"],
        ["c", "I", "C"],
        ["r1", "RA", "x"],
        ["r2", "RA", "x"],
      ],
      [
        ["a", "r1"],
        ["r1", "b"],
        ["r1", "c"],
        ["a", "r2"],
      ],
    );
    expect(await warningsOf(text)).toEqual({ "ra-conclusions": 1, "ra-no-conclusion": 1 });
    const outcome = await aifFormat.parse(text);
    expect(outcome.ok && outcome.map.links.map((l) => `${l.from}>${l.to}`)).toEqual(["a>b", "a>c"]);
    expect(
      outcome.ok &&
        (outcome.map.ext?.aif as { nodes: { nodeID: string }[] }).nodes.map((n) => n.nodeID),
    ).toEqual(["r2"]);
  });

  test("I → I edges, MA chains, duplicate edges, unknown types and dangling edges", async () => {
    const text = nodeset(
      [
        ["a", "I", "A"],
        ["b", "I", "B"],
        ["m1", "MA", "x"],
        ["m2", "MA", "x"],
        ["r", "RA", "x"],
        ["q", "XYZ", "?"],
      ],
      [
        ["a", "b"],
        ["a", "m1"],
        ["m1", "m2"],
        ["m2", "b"],
        ["a", "r"],
        ["a", "r"],
        ["r", "b"],
        ["r", "ghost"],
      ],
    );
    expect(await warningsOf(text)).toEqual({
      "unknown-type": 1,
      "dangling-edge": 1,
      "duplicate-edge": 1,
      "i-to-i": 1,
      "ma-chain": 1,
    });
  });

  test("personID as a number or a string finds the same participant; dangling locutions are ignored", async () => {
    const text = JSON.stringify({
      AIF: {
        nodes: [
          { nodeID: "i1", type: "I", text: "One" },
          { nodeID: "i2", type: "I", text: "Two" },
          { nodeID: "l1", type: "L", text: "Ann Lee: One" },
          { nodeID: "l2", type: "L", text: "Ann Lee: Two" },
          { nodeID: "y1", type: "YA", text: "Asserting" },
          { nodeID: "y2", type: "YA", text: "Asserting" },
        ],
        edges: [
          { edgeID: 1, fromID: "l1", toID: "y1" },
          { edgeID: 2, fromID: "y1", toID: "i1" },
          { edgeID: 3, fromID: "l2", toID: "y2" },
          { edgeID: 4, fromID: "y2", toID: "i2" },
        ],
        participants: [{ participantID: 7, firstname: "Ann", surname: "Lee" }],
        locutions: [
          { nodeID: "l1", personID: 7 },
          { nodeID: "l2", personID: "7" },
          { nodeID: "gone", personID: 7 },
        ],
      },
      text: "One. Two.",
    });
    const outcome = (await aifFormat.parse(text)) as Extract<ImportOutcome, { ok: true }>;
    expect(outcome.ok).toBe(true);
    expect(outcome.map.speakers.map((s) => s.name)).toEqual(["Ann Lee"]);
    expect(outcome.map.claims.map((c) => [c.speaker, c.quote?.text])).toEqual([
      ["ann-lee", "One"],
      ["ann-lee", "Two"],
    ]);
    expect(summariseReport(outcome.report)).toBe(
      "2 I-nodes → 2 claims; 3 locutions → 1 speaker; 2 quotes found verbatim in the source text; 2 YA, 2 L kept in ext; 1 locution points at a missing node (ignored)",
    );
  });

  test("an L-node whose words are not in the source text keeps them in the claim's ext", async () => {
    const text = nodeset(
      [
        ["i", "I", "Tax is theft"],
        ["l", "L", "Bob : taxes are theft, really"],
        ["y", "YA", "Asserting"],
      ],
      [
        ["l", "y"],
        ["y", "i"],
      ],
    );
    const outcome = await aifFormat.parse(text, {
      sourceText: "Bob said: taxes are theft.",
      sourceTitle: "Notes",
    });
    if (!outcome.ok) throw new Error("expected a map");
    expect(outcome.map.claims[0]?.quote).toBeUndefined();
    expect(outcome.map.claims[0]?.ext?.aif).toMatchObject({ words: "taxes are theft, really" });
    expect(outcome.map.sources).toEqual([
      { id: "source", title: "Notes", text: "Bob said: taxes are theft." },
    ]);
    expect(summariseReport(outcome.report)).toContain(
      "1 locution text not verbatim in the source text, kept in ext",
    );
  });

  test("a CA on a CA that attacks it back is reported, not followed round", async () => {
    const text = nodeset(
      [
        ["a", "I", "A"],
        ["b", "I", "B"],
        ["c1", "CA", "x"],
        ["c2", "CA", "x"],
      ],
      [
        ["a", "c1"],
        ["c1", "c2"],
        ["b", "c2"],
        ["c2", "c1"],
      ],
    );
    const outcome = await aifFormat.parse(text);
    expect(outcome.ok).toBe(true);
    expect(await warningsOf(text)).toMatchObject({ "ca-cycle": 1 });
  });
});

describe("bad input gives problems with paths, never a throw", () => {
  test.each([
    ["not JSON", "nodes: [", "(file)"],
    [
      "an edge without toID",
      nodeset([["a", "I", "A"]], []).replace('"edges":[]', '"edges":[{"edgeID":1,"fromID":"a"}]'),
      "edges[0].toID",
    ],
    ["edges not a list", '{"nodes":[],"edges":{}}', "edges"],
    ["a node without an id", '{"nodes":[{"type":"I","text":"x"}],"edges":[]}', "nodes[0].nodeID"],
    ["xAIF with a broken edge", '{"AIF":{"nodes":[],"edges":[7]}}', "AIF.edges[0]"],
    [
      "a text that is a number",
      '{"nodes":[{"nodeID":"a","type":"I","text":5}],"edges":[]}',
      "nodes[0].text",
    ],
  ])("%s", async (_what, text, path) => {
    const outcome = await aifFormat.parse(text);
    expect(outcome.ok).toBe(false);
    expect(!outcome.ok && outcome.problems.map((p) => p.path)).toContain(path);
  });

  test("an I-node too long for a claim is reported at the node", async () => {
    const outcome = await aifFormat.parse(nodeset([["big", "I", "x".repeat(20_000)]], []));
    expect(!outcome.ok && outcome.problems[0]?.path).toBe("nodes[0] (as claims[0].text)");
  });
});

test('speaker prefixes: AIFdb\'s "CL : …", OVA\'s "Name: …", and no prefix', () => {
  expect(splitSpeakerPrefix("CL : and so")).toEqual({ name: "CL", words: "and so" });
  expect(splitSpeakerPrefix("Participant Rachel: A")).toEqual({
    name: "Participant Rachel",
    words: "A",
  });
  expect(splitSpeakerPrefix("No prefix here")).toBeUndefined();
});

test("a map written as AIF lists what AIF cannot hold", () => {
  const map: ArgumentMap = {
    format: "argument-map",
    version: 2,
    title: "T",
    speakers: [],
    topics: [{ id: "t", label: "T" }],
    sources: [],
    claims: [
      { id: "a", text: "A", topics: ["t"], note: "n" },
      { id: "b", text: "B" },
    ],
    links: [{ id: "l", from: "a", to: "b", type: "support", note: "why" }],
    linkDisputes: [],
  };
  expect(aifFormat.serialise(map).lost).toEqual([
    "the map's title (AIF has none)",
    "1 claim's topics",
    "1 claim note",
    "1 link note",
    "1 topic",
  ]);
});
