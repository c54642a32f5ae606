import { expect, test } from "vitest";
import { generateMap } from "./generateMap";
import { loadMap } from "../format/loadMap";
import { serializeMap } from "../format/serializeMap";

test("the same seed gives the same map, and a different seed a different one", () => {
  expect(generateMap({ claims: 200, seed: 7 })).toEqual(generateMap({ claims: 200, seed: 7 }));
  expect(generateMap({ claims: 200, seed: 8 })).not.toEqual(generateMap({ claims: 200, seed: 7 }));
});

test("generated maps are valid and have the advertised shape", () => {
  const map = generateMap({ claims: 2000, seed: 3 });
  expect(loadMap(JSON.parse(serializeMap(map))).ok).toBe(true);
  expect(map.claims).toHaveLength(2000);
  expect(map.speakers).toHaveLength(24);
  expect(map.topics).toHaveLength(6);
  const perClaim = map.links.length / map.claims.length;
  expect(perClaim).toBeGreaterThan(1.1);
  expect(perClaim).toBeLessThan(1.3);
  const words = map.claims.map((c) => c.text.split(" ").length);
  expect(Math.min(...words)).toBe(6);
  expect(Math.max(...words)).toBe(30);
});
