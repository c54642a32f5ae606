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

test("deleting a speaker changes no one else's colour; a new speaker gets an unused one", async () => {
  const { addSpeaker, deleteSpeaker } = await import("./edits");
  const { parseMap } = await import("../format/loadMap");
  const { readFileSync } = await import("node:fs");
  const loaded = parseMap(readFileSync("data/south-korea-us-alliance.json", "utf8"));
  if (!loaded.ok) throw new Error("built-in map does not load");
  const map = loaded.map;
  const before = speakerColours(map);
  const after = deleteSpeaker(map, "kim-dae-jung", "unassign");
  if (!after.ok) throw new Error(after.message);
  for (const s of after.map.speakers)
    expect(speakerColours(after.map).get(s.id)).toBe(before.get(s.id));
  const added = addSpeaker(after.map, { id: "new", name: "Someone new" });
  if (!added.ok) throw new Error(added.message);
  const colours = speakerColours(added.map);
  const others = new Set(after.map.speakers.map((s) => colours.get(s.id)));
  expect(others.has(colours.get("new"))).toBe(false);
});

test("names are unique among speakers and among topics, whatever their case or accents", async () => {
  const { addSpeaker, renameSpeaker, addTopic } = await import("./edits");
  const { sampleMap } = await import("../testing/testMaps");
  expect(addSpeaker(sampleMap(), { id: "x", name: " ann " })).toEqual({
    ok: false,
    message: "There is already a speaker called “Ann”.",
  });
  expect(renameSpeaker(sampleMap(), "bo", "ANN")).toMatchObject({ ok: false });
  expect(renameSpeaker(sampleMap(), "ann", "Ann")).toMatchObject({ ok: true });
  expect(addTopic(sampleMap(), { id: "x", label: "topic one" })).toMatchObject({ ok: false });
});
