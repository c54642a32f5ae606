import { expect, test } from "vitest";
import { estimateMeasure } from "../../layout/cardSize";
import type { ArgumentMap } from "../../model/core/types";
import { overviewOf, regionFrames } from "../../model/view/overview";
import { renderOverviewSvg } from "./renderOverviewSvg";

/** Two topics of 30 claims side by side, one hostile label, four links between them. */
function twoTopics(): { map: ArgumentMap; frames: ReturnType<typeof regionFrames> } {
  const claims = Array.from({ length: 60 }, (_, i) => ({
    id: `c${i}`,
    text: i === 0 ? "The <b>hub</b> & its reasons" : `Claim number ${i}`,
    topics: [i < 30 ? "left" : "right"],
  }));
  const links = [
    ...Array.from({ length: 5 }, (_, i) => ({
      id: `in${i}`,
      from: `c${i + 1}`,
      to: "c0",
      type: "support" as const,
    })),
    ...Array.from({ length: 4 }, (_, i) => ({
      id: `across${i}`,
      from: `c${30 + i}`,
      to: `c${i}`,
      type: i % 2 ? ("dispute" as const) : ("support" as const),
    })),
  ];
  const map: ArgumentMap = {
    format: "argument-map",
    version: 2,
    title: "Two topics",
    speakers: [],
    topics: [
      { id: "left", label: "<script>alert(1)</script>" },
      { id: "right", label: "Right & wrong" },
    ],
    sources: [{ id: "s", title: "A “source”", publisher: "Voice of America" }],
    claims,
    links,
  } as unknown as ArgumentMap;
  const box = (i: number) => ({
    x: (i < 30 ? 0 : 4000) + (i % 6) * 300,
    y: Math.floor((i % 30) / 6) * 200,
    width: 260,
    height: 100,
  });
  return { map, frames: regionFrames(map, (id) => box(Number(id.slice(1)))) };
}

test("the overview picture names every topic with its count and main claim, counts the links between topics, and escapes every word", () => {
  const { map, frames } = twoTopics();
  const all = {
    drawn: new Set(map.claims.map((c) => c.id)),
    matching: new Set(map.claims.map((c) => c.id)),
    drawnLinks: new Set(map.links.map((l) => l.id)),
  };
  const { svg, width, height } = renderOverviewSvg({
    map,
    overview: overviewOf(map, all),
    frames,
    background: "white",
    measure: estimateMeasure,
  });
  expect(width).toBe(1600);
  expect(height).toBeGreaterThan(900);
  expect(svg).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  expect(svg).toContain("Right &amp; wrong");
  expect(svg).not.toContain("<script");
  expect(svg).not.toContain("<b>");
  expect(svg.match(/>30 claims</g)).toHaveLength(2);
  // The hub (most links) heads its topic's claims.
  expect(svg).toContain("The &lt;b&gt;hub&lt;/b&gt; &amp; its reasons");
  // One line between the two topics, with its count.
  expect(svg).toMatch(/>4<\/text>/);
  expect(svg).toContain("Overview of 60 claims in 2 topics");
  expect(svg).toContain("Source: “A “source””, Voice of America.");
});

test("under a filter the picture says how many claims of each topic are shown", () => {
  const { map, frames } = twoTopics();
  const shown = new Set(map.claims.filter((_, i) => i % 2 === 0).map((c) => c.id));
  const { svg } = renderOverviewSvg({
    map,
    overview: overviewOf(map, { drawn: shown, matching: shown, drawnLinks: new Set() }),
    frames,
    background: "transparent",
    measure: estimateMeasure,
    filters: ["only Speaker 1"],
  });
  expect(svg.match(/>15 of 30 claims shown</g)).toHaveLength(2);
  expect(svg).toContain("Overview of 30 of 60 claims in 2 topics");
  expect(svg).toContain("only Speaker 1");
  // A transparent background: no white rectangle under the picture.
  expect(svg).not.toContain('<rect width="100%" height="100%"');
});
