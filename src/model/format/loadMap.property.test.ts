import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { loadMap, parseMap } from "./loadMap";
import { mapArbitrary } from "../testing/mapArbitrary";
import { serializeMap } from "./serializeMap";

describe("the loader never throws", () => {
  test("on arbitrary strings", () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => void parseMap(text)));
  });

  test("on arbitrary JSON text", () => {
    fc.assert(fc.property(fc.json({ maxDepth: 6 }), (text) => void parseMap(text)));
  });

  test("on arbitrary values, prototypes included", () => {
    fc.assert(
      fc.property(
        fc.anything({ withObjectString: true, withNullPrototype: true }),
        (v) => void loadMap(v),
      ),
    );
  });

  test("on a valid map with any one field replaced by any JSON value", () => {
    fc.assert(
      fc.property(mapArbitrary, fc.nat(), fc.jsonValue({ maxDepth: 2 }), (map, pick, value) => {
        const raw = JSON.parse(serializeMap(map)) as Record<string, unknown>;
        const keys = Object.keys(raw);
        raw[keys[pick % keys.length] as string] = value;
        const result = loadMap(raw);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
    );
  });
});

test("parse(serialise(m)) equals m", () => {
  fc.assert(
    fc.property(mapArbitrary, (map) => {
      expect(parseMap(serializeMap(map))).toEqual({ ok: true, map });
    }),
  );
});

type Raw = Record<string, any>;
type Corruption = { path: string; apply: (raw: Raw) => void };

/** One corruption of a map, with the path at which it must be reported. */
function corruptionsOf(raw: Raw): Corruption[] {
  const out: Corruption[] = [
    { path: "title", apply: (r) => (r.title = 7) },
    { path: "links", apply: (r) => (r.links = "none") },
    { path: "colour", apply: (r) => (r.colour = "red") },
  ];
  (raw.claims as Raw[]).forEach((claim, i) => {
    out.push({ path: `claims[${i}].text`, apply: (r) => (r.claims[i].text = null) });
    out.push({
      path: `claims[${i}].speaker`,
      apply: (r) => (r.claims[i].speaker = "nobody-at-all"),
    });
    out.push({ path: `claims[${i}].weight`, apply: (r) => (r.claims[i].weight = 1) });
    if (claim.quote)
      out.push({
        path: `claims[${i}].quote.text`,
        apply: (r) => (r.claims[i].quote.text = "\u0007not in the source\u0007"),
      });
  });
  (raw.links as Raw[]).forEach((link, i) => {
    out.push({ path: `links[${i}].type`, apply: (r) => (r.links[i].type = "undercut") });
    if (link.toLink !== undefined) {
      out.push({
        path: `links[${i}].toLink`,
        apply: (r) => (r.links[i].toLink = "missing-link-id"),
      });
      out.push({ path: `links[${i}]`, apply: (r) => (r.links[i].to = r.links[i].from) });
      return;
    }
    out.push({ path: `links[${i}].to`, apply: (r) => (r.links[i].to = "missing-claim-id") });
    out.push({ path: `links[${i}]`, apply: (r) => (r.links[i].to = r.links[i].from) });
    out.push({ path: `links[${i}]`, apply: (r) => delete r.links[i].to });
  });
  (raw.speakers as Raw[]).forEach((_speaker, i) => {
    out.push({ path: `speakers[${i}].name`, apply: (r) => delete r.speakers[i].name });
  });
  return out;
}

test("a single corruption of a valid map is reported at its own path, and only there", () => {
  fc.assert(
    fc.property(mapArbitrary, fc.nat(), (map, pick) => {
      const raw = JSON.parse(serializeMap(map)) as Raw;
      const corruptions = corruptionsOf(raw);
      const corruption = corruptions[pick % corruptions.length] as Corruption;
      corruption.apply(raw);
      const result = loadMap(raw);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems.map((p) => p.path)).toEqual([corruption.path]);
    }),
    { numRuns: 300 },
  );
});
