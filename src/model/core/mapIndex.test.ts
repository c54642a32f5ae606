import { expect, test } from "vitest";
import { describeLink, mapIndex, neighbours, speakerLabel } from "./mapIndex";
import { quoteRuns } from "../source/quoteSpans";
import { sampleMap } from "../testing/testMaps";

test("neighbours: what a claim points at, and what points at it", () => {
  const map = sampleMap();
  const c1 = neighbours(map, "c1");
  expect(c1.outgoing).toEqual([]);
  expect(c1.incoming.map((n) => [n.claim.id, n.link.type])).toEqual([
    ["c2", "dispute"],
    ["c3", "support"],
  ]);
  expect(neighbours(map, "c2").outgoing.map((n) => n.claim.id)).toEqual(["c1"]);
  expect(neighbours(map, "nope")).toEqual({ outgoing: [], incoming: [] });
});

test("the index is built once per map object", () => {
  const map = sampleMap();
  expect(mapIndex(map)).toBe(mapIndex(map));
  expect(mapIndex(sampleMap())).not.toBe(mapIndex(map));
});

test("speaker labels and link descriptions", () => {
  const map = sampleMap();
  expect(speakerLabel(map, map.claims[0]!)).toBe("Ann");
  expect(speakerLabel(map, map.claims[2]!)).toBe("Article's framing");
  expect(describeLink(map, map.links[0]!)).toBe("Bo: It is not disputes Ann: The sky is blue");
});

test("quote runs cover the whole text, split where quotes start and end", () => {
  const map = sampleMap();
  const runs = quoteRuns(map, "src");
  expect(runs.map((r) => r.text).join("")).toBe(map.sources[0]!.text);
  expect(runs.filter((r) => r.claims.length > 0).map((r) => [r.text, r.claims])).toEqual([
    ["the sky is blue", ["c1"]],
    ["it is not", ["c2"]],
  ]);
});

test("overlapping quotes: the shared run lists both claims, each quote stays whole", () => {
  const map = sampleMap();
  map.sources[0]!.text = "one two three four";
  map.claims[0]!.quote = { source: "src", text: "one two three" };
  map.claims[1]!.quote = { source: "src", text: "two three four" };
  const runs = quoteRuns(map, "src");
  expect(runs.map((r) => [r.text, r.claims])).toEqual([
    ["one ", ["c1"]],
    ["two three", ["c1", "c2"]],
    [" four", ["c2"]],
  ]);
});

test("quotes of another source, and quotes not found, are not highlighted", () => {
  const map = sampleMap();
  map.claims[0]!.quote = { source: "other", text: "the sky is blue" };
  map.claims[1]!.quote = { source: "src", text: "not in there" };
  expect(quoteRuns(map, "src").filter((r) => r.claims.length > 0)).toEqual([]);
  expect(quoteRuns(map, "missing")).toEqual([]);
});
