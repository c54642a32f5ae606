import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseMap } from "../format/loadMap";
import { mapArbitrary } from "../testing/mapArbitrary";
import { searchClaims } from "./searchClaims";
import { speakerLens, speakerMatrix } from "./speakerLens";
import { sampleMap } from "../testing/testMaps";
import { DEFAULT_VIEW, decodeView, encodeView, type SharedView } from "./urlState";
import {
  FRAMING,
  NO_FILTER,
  NO_TOPIC,
  claimCounts,
  isUnfiltered,
  neighbourhood,
  visibility,
  type ViewFilter,
} from "./viewFilter";

const builtIn = (() => {
  const r = parseMap(readFileSync("data/south-korea-us-alliance.json", "utf8"));
  if (!r.ok) throw new Error("built-in map does not load");
  return r.map;
})();

const filter = (f: Partial<ViewFilter>): ViewFilter => ({ ...NO_FILTER, ...f });

describe("visibility", () => {
  test("no filter: everything drawn and matching", () => {
    const v = visibility(sampleMap(), NO_FILTER);
    expect([...v.matching]).toEqual(["c1", "c2", "c3"]);
    expect([...v.drawnLinks]).toEqual(["l1", "c3->c1"]);
    expect([...v.matchingLinks]).toEqual(["l1", "c3->c1"]);
    expect(isUnfiltered(NO_FILTER)).toBe(true);
  });

  test("hide mode: a hidden speaker's claims go, with every link touching them", () => {
    const v = visibility(sampleMap(), filter({ hiddenSpeakers: new Set(["bo"]), mode: "hide" }));
    expect([...v.drawn]).toEqual(["c1", "c3"]);
    expect([...v.drawnLinks]).toEqual(["c3->c1"]);
  });

  test("dim mode: everything stays drawn, only the matching set shrinks", () => {
    const v = visibility(sampleMap(), filter({ hiddenSpeakers: new Set(["bo"]) }));
    expect([...v.drawn]).toEqual(["c1", "c2", "c3"]);
    expect([...v.matching]).toEqual(["c1", "c3"]);
    expect([...v.drawnLinks]).toEqual(["l1", "c3->c1"]);
    expect([...v.matchingLinks]).toEqual(["c3->c1"]);
  });

  test("framing claims are filtered as their own pseudo-speaker", () => {
    const v = visibility(sampleMap(), filter({ hiddenSpeakers: new Set([FRAMING]), mode: "hide" }));
    expect([...v.drawn]).toEqual(["c1", "c2"]);
  });

  test("topics: a claim stays while any of its topics is on; NO_TOPIC covers the untopical", () => {
    const v = visibility(sampleMap(), filter({ hiddenTopics: new Set(["t1"]), mode: "hide" }));
    expect([...v.drawn]).toEqual(["c2", "c3"]);
    const w = visibility(
      sampleMap(),
      filter({ hiddenTopics: new Set(["t1", NO_TOPIC]), mode: "hide" }),
    );
    expect([...w.drawn]).toEqual(["c2"]);
  });

  test("relations: a switched-off type hides its links but no claims", () => {
    const v = visibility(
      sampleMap(),
      filter({ hiddenRelations: new Set(["dispute"]), mode: "hide" }),
    );
    expect(v.drawn.size).toBe(3);
    expect([...v.drawnLinks]).toEqual(["c3->c1"]);
  });

  test("filters combine", () => {
    const v = visibility(
      sampleMap(),
      filter({ hiddenSpeakers: new Set(["bo"]), hiddenTopics: new Set(["t1"]), mode: "hide" }),
    );
    expect([...v.drawn]).toEqual(["c3"]);
  });

  test("focus keeps a claim's neighbourhood", () => {
    const map = builtIn;
    const one = neighbourhood(map, "ridiculous", 1);
    expect([...one].sort()).toEqual(["balancing-power", "peace-balancer", "ridiculous"]);
    expect(neighbourhood(map, "ridiculous", 2).size).toBeGreaterThan(one.size);
    expect(neighbourhood(map, "nope", 2).size).toBe(0);
    const v = visibility(map, filter({ focus: { claimId: "ridiculous", depth: 1 }, mode: "hide" }));
    expect([...v.drawn].sort()).toEqual([...one].sort());
  });

  test("a speaker pair keeps just the links between their claims", () => {
    const v = visibility(
      builtIn,
      filter({ pair: { from: "oberdorfer", to: "roh-moo-hyun" }, mode: "hide" }),
    );
    expect(
      [...v.drawnLinks].map((id) => builtIn.links.find((l) => l.id === id)?.from).sort(),
    ).toEqual(["ridiculous"]);
    const withGovernment = visibility(
      builtIn,
      filter({ pair: { from: "oberdorfer", to: "seoul-government" }, mode: "hide" }),
    );
    expect(
      [...withGovernment.drawnLinks].map((id) => builtIn.links.find((l) => l.id === id)?.from),
    ).toEqual(["flexibility-understandable"]);
  });

  test("claim counts per speaker", () => {
    expect(claimCounts(sampleMap())).toEqual(
      new Map([
        ["ann", 1],
        ["bo", 1],
        [FRAMING, 1],
      ]),
    );
  });
});

describe("speaker lens and matrix", () => {
  test("the matrix counts every link once, by the speakers at its ends", () => {
    const m = speakerMatrix(builtIn);
    let total = 0;
    for (const row of m.cells.values())
      for (const cell of row.values()) total += cell.support + cell.dispute;
    expect(total).toBe(builtIn.links.length);
    expect(m.cells.get("oberdorfer")?.get("roh-moo-hyun")).toMatchObject({
      support: 0,
      dispute: 1,
    });
    expect(m.cells.get("oberdorfer")?.get("seoul-government")).toMatchObject({
      support: 1,
      dispute: 0,
    });
    expect(m.speakers.at(-1)).toBe(FRAMING);
  });

  test("a lens lists a speaker's claims, whom they support or dispute, and who supports or disputes them", () => {
    const lens = speakerLens(builtIn, "oberdorfer");
    expect(lens.claims).toEqual(["about-autonomy", "ridiculous", "flexibility-understandable"]);
    expect(lens.towards).toContainEqual({ speaker: "roh-moo-hyun", support: 0, dispute: 1 });
    expect(lens.towards).toContainEqual({ speaker: "seoul-government", support: 1, dispute: 0 });
    expect(lens.towards).toContainEqual({ speaker: "opposition", support: 0, dispute: 1 });
    expect(lens.from).toEqual([
      { speaker: "moon-hee-sang", support: 0, dispute: 1 },
      { speaker: FRAMING, support: 1, dispute: 0 },
    ]);
  });
});

describe("search", () => {
  test("finds by text, speaker name, note and quote, ignoring case and accents", () => {
    expect(searchClaims(builtIn, "oberdorfer")).toEqual([
      "about-autonomy",
      "ridiculous",
      "flexibility-understandable",
    ]);
    expect(searchClaims(builtIn, "RIDICULOUS")).toEqual(["ridiculous"]);
    expect(searchClaims(builtIn, "constipated")).toEqual(["constipated"]);
    expect(searchClaims(sampleMap(), "flat denial")).toEqual(["c2"]);
    expect(
      searchClaims({ ...sampleMap(), claims: [{ id: "x", text: "Café society" }] }, "cafe"),
    ).toEqual(["x"]);
    expect(searchClaims(builtIn, "   ")).toEqual([]);
  });
});

describe("the view in the URL", () => {
  const full: SharedView = {
    hiddenSpeakers: ["kongdan-oh", FRAMING],
    hiddenTopics: ["balancer", NO_TOPIC],
    hiddenRelations: ["support"],
    mode: "hide",
    focus: { claimId: "ridiculous", depth: 2 },
    pair: { from: "oberdorfer", to: FRAMING },
    hiddenStatuses: ["stands", "undecided"],
    search: "China & Japan = #1?",
    selectedId: "essence",
    lens: "peter-beck",
    viewport: { x: -120, y: 45, zoom: 0.75 },
    direction: "LR",
    view: "outline",
  };

  test("round-trips, and an untouched view encodes to nothing", () => {
    expect(decodeView(encodeView(full), builtIn)).toEqual({ view: full, ignored: [] });
    expect(encodeView(DEFAULT_VIEW)).toBe("");
    expect(decodeView("", builtIn)).toEqual({ view: DEFAULT_VIEW, ignored: [] });
  });

  test("round-trips any ids, however odd", () => {
    fc.assert(
      fc.property(mapArbitrary, (map) => {
        const view: SharedView = {
          ...DEFAULT_VIEW,
          hiddenSpeakers: map.speakers.map((s) => s.id),
          selectedId: map.claims[0]?.id ?? null,
        };
        expect(decodeView(`#${encodeView(view)}`, map)).toEqual({ view, ignored: [] });
      }),
    );
  });

  test("unknown ids and malformed values are ignored, each with a note", () => {
    const { view, ignored } = decodeView(
      "hs=ghost&hs=oberdorfer&sel=nope&mode=blur&v=1,2&dir=up&hr=undercut&zz=1&depth=9&focus=ridiculous&%E0%A4%A=x",
      builtIn,
    );
    expect(view.hiddenSpeakers).toEqual(["oberdorfer"]);
    expect(view.selectedId).toBeNull();
    expect(view.mode).toBe("dim");
    expect(view.viewport).toBeNull();
    expect(view.direction).toBe("TB");
    expect(view.focus).toEqual({ claimId: "ridiculous", depth: 1 });
    expect(ignored).toEqual(
      expect.arrayContaining([
        'hidden speaker: no speaker "ghost" in this map',
        'selection: no claim "nope" in this map',
        'mode: "blur" is not dim or hide',
        'viewport: "1,2" is not x,y,zoom',
        'direction: "up" is not TB or LR',
        'hidden relation: "undercut" is not support or dispute',
        'unknown setting "zz"',
        'depth: "9" is not 1, 2 or 3',
      ]),
    );
  });
});

test("search finds typographic quotes with plain ones, and the other way round", () => {
  const map = { ...sampleMap(), claims: [{ id: "q", text: "Seoul’s “balancer” idea" }] };
  expect(searchClaims(map, "seoul's")).toEqual(["q"]);
  expect(searchClaims(map, '"balancer"')).toEqual(["q"]);
  const plain = { ...sampleMap(), claims: [{ id: "p", text: "Seoul's idea" }] };
  expect(searchClaims(plain, "Seoul’s")).toEqual(["p"]);
});

describe("search by status", () => {
  test("a status word also finds the claims with that status, alone or with other words", () => {
    const statusOf = (id: string) =>
      id === "balancing-power" || id === "engagement" ? "falls" : "stands";
    const falling = searchClaims(builtIn, "falls", statusOf);
    expect(falling).toEqual(expect.arrayContaining(["balancing-power", "engagement"]));
    // Without statuses, the word is only a word.
    expect(searchClaims(builtIn, "falls")).not.toContain("balancing-power");
    expect(searchClaims(builtIn, "roh falls", statusOf)).toEqual(["engagement", "balancing-power"]);
  });
});
