import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parseMap } from "./loadMap";

const text = readFileSync(
  new URL("../../../data/south-korea-us-alliance.json", import.meta.url),
  "utf8",
);
const result = parseMap(text);
if (!result.ok) throw new Error(`built-in map does not load: ${JSON.stringify(result.problems)}`);
const map = result.map;

test("the built-in map loads: every reference resolves and every quote is verbatim", () => {
  expect(result.ok).toBe(true);
  const source = map.sources[0]?.text ?? "";
  for (const claim of map.claims) {
    expect(claim.quote, claim.id).toBeDefined();
    expect(source.includes(claim.quote?.text ?? "\u0000"), claim.id).toBe(true);
  }
});

test("it credits the Voice of America article and carries its full text", () => {
  expect(map.sources).toHaveLength(1);
  expect(map.sources[0]).toMatchObject({
    title: "South Korea-US Alliance in Difficult Transition",
    publisher: "Voice of America",
  });
  expect(map.sources[0]?.date).toBeUndefined();
  expect(
    map.sources[0]?.text?.startsWith("South Korea-US Alliance in Difficult Transition\n"),
  ).toBe(true);
  expect(map.sources[0]?.text).toContain("militarily self-sufficient within the next 10 years.");
});

test("every speaker has at least one claim, and every voice of the article is there", () => {
  for (const speaker of map.speakers) {
    expect(
      map.claims.some((c) => c.speaker === speaker.id),
      speaker.name,
    ).toBe(true);
  }
  const names = map.speakers.map((s) => s.name).join(" | ");
  for (const voice of [
    "Kongdan Oh",
    "Kim Dae-jung",
    "Kim Jong Il",
    "Roh Moo-hyun",
    "Bush administration",
    "Moon Chung-in",
    "National Security Council",
    "Moon Hee-sang",
    "opposition lawmakers",
    "Don Oberdorfer",
    "Peter Beck",
    "David Steinberg",
    "Seoul and Washington",
    "South Korean officials",
  ]) {
    expect(names).toContain(voice);
  }
});

test("it is a complete map: 35 to 60 claims, the three debates as topics, framing claims, notes on links", () => {
  expect(map.claims.length).toBeGreaterThanOrEqual(35);
  expect(map.claims.length).toBeLessThanOrEqual(60);
  expect(map.topics.map((t) => t.id)).toEqual(
    expect.arrayContaining(["alliance", "threat", "balancer"]),
  );
  expect(map.claims.filter((c) => c.speaker === undefined).length).toBeGreaterThan(0);
  expect(map.links.every((l) => (l.note ?? "").length > 0)).toBe(true);
  expect(new Set(map.links.map((l) => l.type))).toEqual(new Set(["support", "dispute"]));
  // No claim floats alone: each takes part in at least one link.
  const linked = new Set(map.links.flatMap((l) => [l.from, l.to]));
  expect(map.claims.filter((c) => !linked.has(c.id)).map((c) => c.id)).toEqual([]);
});

test("the examples the format's authors gave are in the map, as far as the article bears them out", () => {
  const speakerOf = new Map(map.claims.map((c) => [c.id, c.speaker]));
  const has = (from: string, to: string, type: string) =>
    map.links.some(
      (l) =>
        speakerOf.get(l.from) === from &&
        l.type === type &&
        (to === "*" || speakerOf.get(l.to) === to),
    );
  expect(has("oberdorfer", "roh-moo-hyun", "dispute")).toBe(true);
  // Moon Chung-in's "That's dead wrong" answers a view that no one in the article is quoted
  // holding: it was once linked against the opposition's neutrality charge and the Roh–Bush
  // conflict, which it does not deny. It stays as his claim, in support of his view of the alliance.
  const denial = map.claims.find((c) => c.id === "not-tilting-north");
  expect(denial?.speaker).toBe("moon-chung-in");
  expect(denial?.quote?.text).toContain("That's dead wrong");
  expect(has("moon-chung-in", "moon-chung-in", "support")).toBe(true);
});

test("claims keep the words that carry their meaning: hedges, and who is speaking", () => {
  const claim = (id: string) => {
    const c = map.claims.find((x) => x.id === id);
    if (!c) throw new Error(`no claim ${id}`);
    return c;
  };
  const keeps = (id: string, words: string) => {
    expect(claim(id).text, id).toContain(words);
    expect(claim(id).quote?.text, id).toContain(words);
  };
  keeps("best-option", "at this time");
  keeps("committed", "Publicly");
  keeps("flexibility-understandable", "in some cases");
  keeps("not-tilting-north", "necessarily");
  keeps("troops-pulled", "some troops");
  keeps("peace-balancer", "not a traditional");
  // "South Korean officials of most political stripes admit…", not officials of both countries.
  expect(claim("best-option").speaker).toBe("south-korean-officials");
  // Steinberg voices the administration ("sort of [is] saying"): his claims say so.
  for (const id of ["not-yet-a-crisis", "cannot-at-same-time"]) {
    expect(claim(id).speaker, id).toBe("steinberg");
    expect(claim(id).note, id).toMatch(/not the administration's own words/);
  }
  // Kim Jong Il's words reach the article through Oh recalling Kim Dae-jung; the two quotes of
  // that sentence do not overlap.
  expect(claim("handshake").note).toMatch(/third hand/);
  const source = map.sources[0]?.text ?? "";
  const span = (id: string) => {
    const q = claim(id).quote?.text ?? "";
    const at = source.indexOf(q);
    return [at, at + q.length] as const;
  };
  expect(span("no-more-war-assurance")[1]).toBeLessThanOrEqual(span("handshake")[0]);
});
