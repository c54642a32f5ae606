// Measures attribute() on the built-in map: for every claim with a quote, the speaker the
// rules propose from the quote's place in the source, against the speaker the map gives (none:
// the article's own framing). Prints the figure and the misses; never fails on the figure.
import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parseMap } from "../format/loadMap";
import { attribute, proposeSpeakers } from "./attribution";

const result = parseMap(
  readFileSync(new URL("../../../data/south-korea-us-alliance.json", import.meta.url), "utf8"),
);
if (!result.ok) throw new Error("the built-in map does not load");
const map = result.map;
const source = map.sources[0];
const text = source?.text ?? "";

test("attribution on the built-in map (a measurement, not a pass mark)", () => {
  const rows = map.claims.flatMap((claim) => {
    const quote = claim.quote;
    if (!quote || quote.source !== source?.id) return [];
    const start = quote.at ?? text.indexOf(quote.text);
    const got = attribute(text, start, start + quote.text.length, map.speakers);
    return [{ id: claim.id, expected: claim.speaker ?? null, ...got }];
  });
  const misses = rows.filter((r) => r.expected !== r.speakerId);
  const hits = rows.length - misses.length;
  const lines = [
    `attribution: ${hits} of ${rows.length} claims (${Math.round((100 * hits) / rows.length)}%)`,
    ...misses.map(
      (m) =>
        `  miss ${m.id}: expected ${m.expected ?? "framing"}, got ${m.speakerId ?? "framing"} (${m.reason}; ${m.confidence})`,
    ),
  ];
  console.log(lines.join("\n"));
  expect(rows.length).toBeGreaterThan(0);
});

test("speakers proposed for the built-in article (printed for review)", () => {
  const proposed = proposeSpeakers(text);
  console.log(
    proposed.map((p) => `${p.name} [${p.kind}] ×${p.mentions}: ${p.evidence}`).join("\n"),
  );
  expect(proposed.length).toBeGreaterThan(0);
});
