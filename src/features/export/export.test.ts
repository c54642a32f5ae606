import { serializeMap } from "../../model/format/serializeMap";
import { expect, test } from "vitest";
import { estimateMeasure } from "../../layout/cardSize";
import { loadMap } from "../../model/format/loadMap";
import { subsetMap } from "../../model/format/subsetMap";
import { sampleMap } from "../../model/testing/testMaps";
import { NO_FILTER, visibility } from "../../model/view/viewFilter";
import { fileStem } from "../../model/format/fileStem";
import { fitScale, MAX_CANVAS_AREA, MAX_CANVAS_SIDE } from "./canvasLimits";
import { scopeExport } from "./exportScope";
import { escapeXml, fitText, mixHex, renderMapSvg } from "./renderMapSvg";

const placed = [
  { id: "c1", x: 0, y: 0, width: 260, height: 90 },
  { id: "c2", x: 0, y: 200, width: 260, height: 110 },
  { id: "c3", x: 300, y: 200, width: 260, height: 70 },
];

test("the canvas limits lower the scale only when needed", () => {
  expect(fitScale(1000, 800, 2)).toEqual({ scale: 2, reduced: false });
  const wide = fitScale(12_000, 2_000, 2);
  expect(wide.reduced).toBe(true);
  expect(12_000 * wide.scale).toBeLessThanOrEqual(MAX_CANVAS_SIDE);
  const big = fitScale(9_000, 9_000, 3);
  expect(Math.round(9_000 * big.scale) ** 2).toBeLessThanOrEqual(MAX_CANVAS_AREA);
});

test("file names come from the title", () => {
  expect(fileStem("The South Korea–US alliance in transition")).toBe(
    "the-south-korea-us-alliance-in-transition",
  );
  expect(fileStem("Café <b>débat</b>")).toBe("cafe-b-debat-b");
  expect(fileStem("???")).toBe("argument-map");
});

test("a subset of a map is itself a valid map", () => {
  const map = sampleMap();
  const sub = subsetMap(map, new Set(["c1", "c3"]), new Set(map.links.map((l) => l.id)));
  expect(sub.claims.map((c) => c.id)).toEqual(["c1", "c3"]);
  expect(sub.links.map((l) => l.id)).toEqual(["c3->c1"]);
  expect(sub.speakers.map((s) => s.id)).toEqual(["ann"]);
  expect(sub.topics.map((t) => t.id)).toEqual(["t1"]);
  expect(loadMap(JSON.parse(serializeMap(sub))).ok).toBe(true);
});

test("scopes: hidden claims stay out, dimmed ones are marked, a selection keeps the links among it", () => {
  const map = sampleMap();
  const hidden = visibility(map, { ...NO_FILTER, hiddenSpeakers: new Set(["bo"]), mode: "hide" });
  expect([...scopeExport(map, placed, hidden, "map").boxes.keys()]).toEqual(["c1", "c3"]);
  const dimmed = visibility(map, { ...NO_FILTER, hiddenSpeakers: new Set(["bo"]) });
  const dim = scopeExport(map, placed, dimmed, "map");
  expect([...dim.dimmed]).toEqual(["c2"]);
  // The claim disputing l1 (an attack on that dispute) is dimmed with it.
  expect([...dim.dimmedLinks]).toEqual(["l1", "u1"]);
  const sel = scopeExport(map, placed, visibility(map, NO_FILTER), "selection", {
    selected: new Set(["c1", "c2"]),
  });
  expect(sel.links.map((l) => l.id)).toEqual(["l1"]);
  const view = scopeExport(map, placed, visibility(map, NO_FILTER), "viewport", {
    viewport: { x: 280, y: 150, width: 400, height: 300 },
  });
  expect([...view.boxes.keys()]).toEqual(["c3"]);
  expect(view.clip).toEqual({ x: 280, y: 150, width: 400, height: 300 });
});

test("the SVG escapes every text, has one text element per claim, and a legend of the drawn speakers", () => {
  const map = sampleMap();
  map.claims[0]!.text = `<script>alert("x")</script> & <img onerror=alert(1)>`;
  map.speakers[1]!.name = `"><svg onload=alert(1)>`;
  const scoped = scopeExport(
    map,
    placed,
    visibility(map, { ...NO_FILTER, hiddenSpeakers: new Set(["ann"]), mode: "hide" }),
    "map",
  );
  const out = renderMapSvg({
    map,
    ...scoped,
    direction: "TB",
    background: "white",
    measure: estimateMeasure,
  });
  expect(out.svg).not.toMatch(/<script|<img|<svg onload/);
  expect(out.svg.match(/data-claim="text"/g)).toHaveLength(2);
  expect(out.legendSpeakers).toEqual([`"><svg onload=alert(1)>`, "Article's framing"]);
  expect(out.svg).toContain("&quot;&gt;&lt;svg onload=alert(1)&gt;");
  expect(out.svg).toContain("Source: “Article”, Press.");
  expect(out.width).toBeGreaterThanOrEqual(720);

  const all = scopeExport(map, placed, visibility(map, NO_FILTER), "map");
  const full = renderMapSvg({
    map,
    ...all,
    direction: "TB",
    background: "transparent",
    measure: estimateMeasure,
  });
  expect(full.svg).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
  expect(full.svg).toContain("&lt;img");
  expect(full.svg).not.toMatch(/<[^>]*\son[a-z]+=/);
  expect(full.svg).not.toContain('fill="#ffffff"/>\n<text');
  // The dispute, and the claim disputing that dispute: a dotted line ending in a ring on it.
  expect(full.svg.match(/marker-end="url\(#bar-dispute\)"/g)).toHaveLength(2);
  expect(full.svg.match(/stroke-dasharray="2 4"/g)).toHaveLength(1);
  expect(full.svg).toMatch(/<circle cx="[\d.-]+" cy="[\d.-]+" r="6" fill="#ffffff"/);
  expect(full.svg.match(/marker-end="url\(#arrow-support\)"/g)).toHaveLength(1);
});

test("XML escaping and colour mixing", () => {
  expect(escapeXml(`a<b>&"c'\u0001`)).toBe("a&lt;b&gt;&amp;&quot;c&apos;");
  expect(mixHex("#ffffff", "#000000", 0.5)).toBe("#808080");
});

test("a long speaker name is cut on the card's header, as on screen, not run over the quote mark", () => {
  const map = sampleMap();
  map.speakers[0]!.name = "Officials in Seoul and Washington and several other capitals";
  const out = renderMapSvg({
    map,
    ...scopeExport(map, placed, visibility(map, NO_FILTER), "map"),
    direction: "TB",
    background: "white",
    measure: estimateMeasure,
  });
  const header = /font-size="12"[^>]*>([^<]*)<\/text>/.exec(out.svg)?.[1] ?? "";
  expect(header.endsWith("…")).toBe(true);
  expect(estimateMeasure(header, "12px")).toBeLessThanOrEqual(260 - 2 * 12 - 2 - 10 - 6 - 16 - 8);
  expect(fitText("Ann", 100, "12px", estimateMeasure)).toBe("Ann");
});

test("a filtered export says how much of the map it shows, and which filters", () => {
  const map = sampleMap();
  const dimmed = visibility(map, { ...NO_FILTER, hiddenSpeakers: new Set(["bo"]) });
  const out = renderMapSvg({
    map,
    ...scopeExport(map, placed, dimmed, "map"),
    direction: "TB",
    background: "white",
    measure: estimateMeasure,
    filters: ["1 speaker off"],
  });
  expect(out.svg).toContain("2 of 3 claims · 1 of 2 links · 1 speaker off");
  const whole = renderMapSvg({
    map,
    ...scopeExport(map, placed, visibility(map, NO_FILTER), "map"),
    direction: "TB",
    background: "white",
    measure: estimateMeasure,
  });
  expect(whole.svg).toContain(">3 claims · 2 links<");
});
