import { expect, test } from "vitest";
import { generateMap } from "../testing/generateMap";
import { colourOf, FRAMING_COLOUR, SPEAKER_PALETTE, speakerColours } from "./speakerColours";
import { sampleMap } from "../testing/testMaps";

test("a dozen speakers get a dozen different colours, none of them the framing grey", () => {
  const map = generateMap({ claims: 20, speakers: 12 });
  const colours = [...speakerColours(map).values()];
  expect(new Set(colours).size).toBe(12);
  expect(colours).not.toContain(FRAMING_COLOUR);
  expect(SPEAKER_PALETTE.length).toBeGreaterThanOrEqual(16);
});

test("colours are stable: the same document gives the same colours", () => {
  expect([...speakerColours(sampleMap())]).toEqual([...speakerColours(sampleMap())]);
  expect(colourOf(sampleMap(), "ann")).toBe(SPEAKER_PALETTE[0]);
  expect(colourOf(sampleMap(), undefined)).toBe(FRAMING_COLOUR);
});
