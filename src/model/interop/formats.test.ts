import { INTEROP_DIR, interopFixture } from "../../../tests/sharedFiles";
import { describe, expect, test } from "vitest";
import { parseMap } from "../format/loadMap";
import { serializeMap } from "../format/serializeMap";
import { sampleMap } from "../testing/testMaps";
import { detectFormat, exportMap, FORMATS, importMap } from "./formats";
import { kialoFormat } from "./kialoFormat";

const fixture = interopFixture;

const kialo = "Discussion Title: T\n\n1. Thesis\n1.1. Pro: Yes\n1.2. Con: No\n";

describe("detection, by content", () => {
  test.skipIf(!INTEROP_DIR).each([
    ["arguebuf-python__6064-original.json", "aif"],
    ["arguebuf-python__6064-reconstructed.json", "aif"],
    ["arguebuf-typescript__data-xaif.json", "aif"],
    ["arguebase-public__microtexts__nodeset6443.json", "aif"],
    ["arguebase-public__microtexts__nodeset6463.json", "aif"],
    ["argdown__examples__state-censorship.argdown", "argdown"],
    ["argdown__examples__legalisation-softdrugs.argdown", "argdown"],
  ])("%s is %s, with or without its file name", (name, id) => {
    expect(detectFormat(fixture(name), name)?.format.id).toBe(id);
    expect(detectFormat(fixture(name))?.format.id).toBe(id);
    expect(detectFormat(fixture(name), "renamed.txt")?.format.id).toBe(id);
  });

  test("our own JSON is ours, Kialo text is Kialo, a little Argdown is Argdown", () => {
    expect(detectFormat(serializeMap(sampleMap()))?.format.id).toBe("argument-map");
    expect(detectFormat(kialo)?.format.id).toBe("kialo");
    expect(detectFormat(kialo.replace(/\n/g, "\r\n"), "x.json")?.format.id).toBe("kialo");
    expect(detectFormat("[a]: Alpha\n  +> [b]\n")?.format.id).toBe("argdown");
    expect(detectFormat("just some words")).toBeUndefined();
  });

  test("the file name only breaks a tie", () => {
    const stub = (id: string, score: number, extensions: string[]) => ({
      ...kialoFormat,
      id,
      extensions,
      detect: () => score,
    });
    const tied = [stub("a", 0.5, [".a"]), stub("b", 0.5, [".b"])];
    expect(detectFormat("x", "file.b", tied)?.format.id).toBe("b");
    expect(detectFormat("x", "file.a", tied)?.format.id).toBe("a");
    expect(detectFormat("x", undefined, tied)?.format.id).toBe("a");
    // Content wins over the name.
    expect(
      detectFormat("x", "file.b", [stub("a", 0.6, [".a"]), stub("b", 0.5, [".b"])])?.format.id,
    ).toBe("a");
    expect(detectFormat('{"nodes":[],"edges":[]}', "map.argdown")?.format.id).toBe("aif");
    expect(FORMATS.map((f) => f.id)).toEqual(["argument-map", "aif", "argdown", "kialo"]);
  });
});

describe("importMap", () => {
  test.skipIf(!INTEROP_DIR)("opens each format and says which", async () => {
    const aif = await importMap(fixture("arguebase-public__microtexts__nodeset6463.json"), {
      sourceText: fixture("arguebase-public__microtexts__nodeset6463.txt"),
    });
    expect(aif.format).toBe("aif");
    expect(aif.ok && aif.map.claims).toHaveLength(6);
    const own = await importMap(serializeMap(sampleMap()));
    expect(own).toMatchObject({ ok: true, format: "argument-map", map: sampleMap() });
    const k = await importMap(kialo);
    expect(k.ok && k.map.links).toHaveLength(2);
  });

  test.each([
    ["garbage", "\u0000\u0001binary"],
    ["JSON that is neither AIF nor ours", '{"hello": "world"}'],
    ["an array", "[1, 2, 3]"],
    ["broken JSON", '{"title": '],
    ["empty", ""],
    [
      "our format with a bad link",
      '{"title":"T","speakers":[],"claims":[],"links":[{"from":"a","to":"b","type":"support"}]}',
    ],
  ])("%s gives the JSON loader's own problems, never a throw", async (_what, text) => {
    const outcome = await importMap(text);
    expect(outcome.ok).toBe(false);
    const expected = parseMap(text);
    expect(!outcome.ok && outcome.problems).toEqual(!expected.ok && expected.problems);
    expect(!outcome.ok && outcome.problems.every((p) => p.path !== "")).toBe(true);
  });

  test("AIF with broken edges gives problems at their paths", async () => {
    const outcome = await importMap(
      '{"AIF":{"nodes":[{"nodeID":"1","type":"I","text":"x"}],"edges":[{"fromID":"1"}]}}',
    );
    expect(outcome).toMatchObject({
      ok: false,
      format: "aif",
      problems: [
        { path: "AIF.edges[0].toID", message: "is missing or empty; an edge goes to a node" },
      ],
    });
  });

  test("a format can be forced, and every format exports", async () => {
    const forced = await importMap(kialo, { format: "argdown" });
    expect(forced.format).toBe("argdown");
    for (const format of FORMATS)
      expect(exportMap(sampleMap(), format.id)?.text.length).toBeGreaterThan(0);
    expect(exportMap(sampleMap(), "nope")).toBeUndefined();
  });
});
