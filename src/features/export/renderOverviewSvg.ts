// A big map's overview as a picture: each topic region framed, with its label, its claim count
// and its most-linked claims, and the links between two regions as one line with its count.
// The same overview the map opens as (`model/view/overview.ts`, cards placed by
// `model/view/overviewCards.ts`), drawn at a fixed size for a slide. Pure: no DOM.
import { wrapLines, type Measure } from "../../layout/cardSize";
import type { Box } from "../../model/geometry/geometry";
import { frameAround } from "../../model/geometry/regionFrame";
import { mapIndex } from "../../model/core/mapIndex";
import type { ArgumentMap } from "../../model/core/types";
import type { Overview } from "../../model/view/overview";
import { labelSpot, placeCards } from "../../model/view/overviewCards";
import { escapeXml, fitText, type SvgOutput } from "./renderMapSvg";

export interface OverviewSvgInput {
  map: ArgumentMap;
  overview: Overview;
  /** Each region's frame, in map coordinates. */
  frames: ReadonlyMap<string, Box>;
  background: "white" | "transparent";
  measure: Measure;
  /** The filters in force, in words, for the caption. */
  filters?: readonly string[];
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
/** The picture's size: 900 px of map high, as wide as the map's shape asks, within a slide's. */
const MAX_WIDTH = 1600;
const MIN_WIDTH = 1000;
const MAP_HEIGHT = 900;
const PAD = 32;
const TOP = 84;
const n = (value: number) => Number(value.toFixed(1));
const count = (value: number, one: string) =>
  `${value.toLocaleString("en-US")} ${value === 1 ? one : `${one}s`}`;

/** The overview of a big map as an SVG 900 px of map high, 1,000 to 1,600 px wide, with its title, caption and credit. */
export function renderOverviewSvg(input: OverviewSvgInput): SvgOutput {
  const { map, overview, frames, measure } = input;
  const extent = frameAround(frames.values()) ?? { x: 0, y: 0, width: 1, height: 1 };
  const WIDTH = Math.round(
    Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (MAP_HEIGHT * extent.width) / extent.height + 2 * PAD)),
  );
  const room = { width: WIDTH - 2 * PAD, height: MAP_HEIGHT };
  const zoom = Math.min(room.width / extent.width, room.height / extent.height);
  const left = PAD + (room.width - extent.width * zoom) / 2 - extent.x * zoom;
  const top = TOP + (room.height - extent.height * zoom) / 2 - extent.y * zoom;
  const onPicture = (box: Box): Box => ({
    x: left + box.x * zoom,
    y: top + box.y * zoom,
    width: box.width * zoom,
    height: box.height * zoom,
  });
  // Cards are placed as on screen, in a "pane" that is the picture's map area.
  const placed = placeCards(frames, overview, [left, top - TOP, zoom], {
    width: WIDTH,
    height: MAP_HEIGHT,
  }).map((p) => ({ ...p, card: { ...p.card, y: p.card.y + TOP } }));
  const regions = new Map(overview.regions.map((r) => [r.id, r]));
  const centre = (id: string) => {
    const f = frames.get(id);
    if (!f) return undefined;
    const b = onPicture(f);
    return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
  };
  const widest = Math.max(1, ...overview.bundles.map((b) => b.count));
  const index = mapIndex(map);
  const text = (id: string) => index.claims.get(id)?.text ?? "";

  const parts: string[] = [];
  for (const id of frames.keys()) {
    const b = onPicture(frames.get(id)!);
    parts.push(
      `<rect x="${n(b.x)}" y="${n(b.y)}" width="${n(b.width)}" height="${n(b.height)}" rx="10" fill="#eef1f6" stroke="#8a93a3" stroke-width="1.5"/>`,
    );
  }
  const pills: string[] = [];
  const cardBoxes = placed.map((p) => p.card);
  const taken: Box[] = [];
  for (const bundle of overview.bundles) {
    const a = centre(bundle.a);
    const b = centre(bundle.b);
    if (!a || !b) continue;
    const label = bundle.count.toLocaleString("en-US");
    const w = measure(label, `700 13px ${FONT}`) + 14;
    // The count stands clear of the cards and of the other counts, on its line.
    const { x: mx, y: my } = labelSpot(a, b, { width: w + 4, height: 26 }, cardBoxes, taken);
    parts.push(
      `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(b.x)}" y2="${n(b.y)}" stroke="#6b7280" stroke-opacity="0.55" stroke-linecap="round" stroke-width="${n(1.5 + 8 * Math.sqrt(bundle.count / widest))}"/>`,
    );
    pills.push(
      `<rect x="${n(mx - w / 2)}" y="${n(my - 11)}" width="${n(w)}" height="22" rx="11" fill="#ffffff" stroke="#6b7280"/>`,
      `<text x="${n(mx)}" y="${n(my + 4.5)}" text-anchor="middle" font-size="13" font-weight="700" fill="#1d2330">${escapeXml(label)}</text>`,
    );
  }
  // Counts go under the cards: where a line leaves no clear place, a card's words come first.
  parts.push(...pills);
  for (const { id, card, claims } of placed) {
    const region = regions.get(id);
    if (!region) continue;
    const frame = onPicture(frames.get(id)!);
    // A leader from a card standing outside its region to the region's edge.
    const cx = card.x + card.width / 2;
    const cy = card.y + card.height / 2;
    const inside =
      cx >= frame.x && cx <= frame.x + frame.width && cy >= frame.y && cy <= frame.y + frame.height;
    if (!inside)
      parts.push(
        `<line x1="${n(cx)}" y1="${n(cy)}" x2="${n(Math.max(frame.x, Math.min(frame.x + frame.width, cx)))}" y2="${n(Math.max(frame.y, Math.min(frame.y + frame.height, cy)))}" stroke="#8a93a3" stroke-width="1.5" stroke-dasharray="4 3"/>`,
      );
    const inner = card.width - 20;
    const shown =
      region.shown === region.total
        ? count(region.total, "claim")
        : `${region.shown.toLocaleString("en-US")} of ${count(region.total, "claim")} shown`;
    parts.push(
      `<rect x="${n(card.x)}" y="${n(card.y)}" width="${n(card.width)}" height="${n(card.height)}" rx="8" fill="#ffffff" stroke="#8a93a3"/>`,
      `<text x="${n(card.x + 10)}" y="${n(card.y + 24)}" font-size="17" font-weight="700" fill="#1d2330">${escapeXml(fitText(region.label, inner, `700 17px ${FONT}`, measure))}</text>`,
      `<text x="${n(card.x + 10)}" y="${n(card.y + 43)}" font-size="13" fill="#4b5260">${escapeXml(fitText(shown, inner, `13px ${FONT}`, measure))}</text>`,
    );
    region.top.slice(0, claims).forEach((claimId, i) => {
      const y = card.y + 54 + i * 40;
      const font = `13px ${FONT}`;
      const lines = wrapLines(text(claimId), inner - 8, font, measure);
      const second = lines.length > 2 ? `${lines[1] ?? ""} ${lines.slice(2).join(" ")}` : lines[1];
      parts.push(
        `<rect x="${n(card.x + 10)}" y="${n(y)}" width="3" height="34" fill="#a3abb8"/>`,
        `<text x="${n(card.x + 18)}" y="${n(y + 14)}" font-size="13" fill="#1d2330">${escapeXml(lines[0] ?? "")}</text>`,
        second
          ? `<text x="${n(card.x + 18)}" y="${n(y + 30)}" font-size="13" fill="#1d2330">${escapeXml(fitText(second, inner - 8, font, measure))}</text>`
          : "",
      );
    });
  }

  const claimsShown = overview.regions.reduce((sum, r) => sum + r.shown, 0);
  const caption = [
    claimsShown === map.claims.length
      ? `Overview of ${count(map.claims.length, "claim")} in ${count(overview.regions.length, "topic")}`
      : `Overview of ${claimsShown.toLocaleString("en-US")} of ${count(map.claims.length, "claim")} in ${count(overview.regions.length, "topic")}`,
    "each topic with its most-linked claims; a line between two topics counts the links between them",
    ...(input.filters ?? []),
  ].join(" · ");
  const source = map.sources[0];
  const credit = source
    ? `Source: “${source.title}”${source.publisher ? `, ${source.publisher}` : ""}${source.date ? `, ${source.date}` : ""}.`
    : "";
  const height = TOP + MAP_HEIGHT + (credit ? 48 : 24);
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(map.title)}</title>`,
    input.background === "white" ? `<rect width="100%" height="100%" fill="#ffffff"/>` : "",
    `<text x="${PAD}" y="${PAD + 6}" font-size="22" font-weight="700" fill="#1d2330">${escapeXml(fitText(map.title, WIDTH - 2 * PAD, `700 22px ${FONT}`, measure))}</text>`,
    `<text x="${PAD}" y="${PAD + 30}" font-size="13" fill="#4b5260">${escapeXml(fitText(caption, WIDTH - 2 * PAD, `13px ${FONT}`, measure))}</text>`,
    ...parts,
    credit
      ? `<text x="${PAD}" y="${TOP + MAP_HEIGHT + 30}" font-size="12" fill="#4b5260">${escapeXml(credit)}</text>`
      : "",
    "</svg>",
  ].join("\n");
  return { svg, width: WIDTH, height, legendSpeakers: [] };
}
