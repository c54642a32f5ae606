// Property tests: any valid map survives AIF and Argdown, in what each format can carry.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ArgumentMap } from "../core/types";
import { mapArbitrary } from "../testing/mapArbitrary";
import { aifFormat } from "./aifFormat";
import { argdownFormat } from "./argdownFormat";

/** Groups as sets of link ends; a group of one is no group (AIF: an RA with one premise). */
function groups(map: ArgumentMap): string[] {
  const by = new Map<string, string[]>();
  for (const l of map.links) {
    if (l.group === undefined) continue;
    by.set(l.group, [...(by.get(l.group) ?? []), `${l.from}>${l.to}`]);
  }
  return [...by.values()]
    .filter((g) => g.length > 1)
    .map((g) => g.sort().join(","))
    .sort();
}

/** A link dispute by its ends; a dispute of one link of a group disputes the whole group. */
function disputes(map: ArgumentMap, onlyOfSupports = false): string[] {
  const name = (id: string): string | undefined => {
    const l = map.links.find((x) => x.id === id);
    if (l) {
      const group = l.group === undefined ? [] : map.links.filter((x) => x.group === l.group);
      return group.length > 1
        ? `{${group
            .map((x) => `${x.from}>${x.to}`)
            .sort()
            .join(",")}}`
        : `${l.from}>${l.to}:${l.type}`;
    }
    const d = map.linkDisputes.find((x) => x.id === id);
    if (!d || onlyOfSupports) return undefined;
    const inner = name(d.toLink);
    return inner === undefined ? undefined : `(${d.from}|${inner})`;
  };
  return map.linkDisputes
    .filter((d) => !onlyOfSupports || map.links.find((l) => l.id === d.toLink)?.type === "support")
    .map((d) => `${d.from}|${name(d.toLink)}`)
    .sort();
}

const ends = (map: ArgumentMap) => map.links.map((l) => `${l.from}>${l.to}:${l.type}`).sort();
const speakerNames = (map: ArgumentMap) =>
  map.claims.map((c) => [c.id, map.speakers.find((s) => s.id === c.speaker)?.name]);
/**
 * A quote by its words and where they stand in the source text. OVA's markup marks one span
 * per place, so when two quotes overlap the second's place falls back to its first
 * occurrence: positions are compared only when no quotes overlap.
 */
const quotes = (map: ArgumentMap, withPlace: boolean) =>
  map.claims.map((c) => {
    const text = map.sources.find((s) => s.id === c.quote?.source)?.text;
    const place = c.quote?.at ?? text?.indexOf(c.quote?.text ?? "");
    return [c.id, c.quote && [text, c.quote.text, withPlace ? place : "?"]];
  });
function quotesOverlap(map: ArgumentMap): boolean {
  const spans = map.claims.flatMap((c) => {
    const text = map.sources.find((s) => s.id === c.quote?.source)?.text;
    if (!c.quote || text === undefined) return [];
    const start = c.quote.at ?? text.indexOf(c.quote.text);
    return [[start, start + c.quote.text.length] as const];
  });
  spans.sort((a, b) => a[0] - b[0]);
  return spans.some((span, i) => i > 0 && span[0] < (spans[i - 1]?.[1] ?? 0));
}

describe("round trips", () => {
  // AIF carries claims (ids as I-node ids), supports and disputes, linked premises (groups
  // of two or more: an RA), disputes of links (CA → RA / CA → CA), speakers by name (through
  // participants) and quotes from the first source (L-node words, highlighted in OVA's text).
  // It does not carry the title, topics, notes, link ids, or speakers who say nothing.
  test("map → AIF → map keeps claims, links, groups, link disputes, speakers and quotes", async () => {
    await fc.assert(
      fc.asyncProperty(mapArbitrary, async (map) => {
        const written = aifFormat.serialise(map);
        const outcome = await aifFormat.parse(written.text);
        if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems));
        const back = outcome.map;
        expect(back.claims.map((c) => [c.id, c.text])).toEqual(
          map.claims.map((c) => [c.id, c.text]),
        );
        expect(ends(back)).toEqual(ends(map));
        expect(groups(back)).toEqual(groups(map));
        expect(disputes(back)).toEqual(disputes(map));
        expect(speakerNames(back)).toEqual(speakerNames(map));
        const withPlace = !quotesOverlap(map);
        expect(quotes(back, withPlace)).toEqual(quotes(map, withPlace));
      }),
      { numRuns: 300 },
    );
  });

  // Argdown carries all of the above, and topics, notes, the title, description, sources and
  // speakers exactly (front matter and {…} data), groups even of one (an inference written as
  // a premise–conclusion structure); not link ids, link notes, nor disputes of disputes.
  test("map → Argdown → map keeps claims, links, groups, undercuts, speakers, quotes and topics", async () => {
    await fc.assert(
      fc.asyncProperty(mapArbitrary, async (map) => {
        const written = argdownFormat.serialise(map);
        const outcome = await argdownFormat.parse(written.text);
        if (!outcome.ok) throw new Error(`${JSON.stringify(outcome.problems)}\n${written.text}`);
        const back = outcome.map;
        expect(back.title).toBe(map.title);
        expect(back.claims).toEqual(map.claims);
        expect(back.speakers).toEqual(map.speakers);
        expect(back.topics).toEqual(map.topics);
        expect(back.sources).toEqual(map.sources);
        expect(back.links.map((l) => [l.from, l.to, l.type, l.group]).sort()).toEqual(
          map.links.map((l) => [l.from, l.to, l.type, l.group]).sort(),
        );
        expect(disputes(back, true)).toEqual(disputes(map, true));
      }),
      { numRuns: 60 },
    );
  });
});
