// Draws a map as a standalone SVG, from the model and the claims' places: cards, links,
// topic regions, title, legend and credit. Pure: text is measured by an injected function.
// Every piece of the map's text is escaped and written as text content, never as markup or
// an attribute that could hold script, so the file is safe whatever the map says.
import { getBezierPath, Position } from "@xyflow/system";
import { wrapLines, type Measure } from "../../layout/cardSize";
import type { LayoutDirection } from "../../layout/layoutTypes";
import type { Box } from "../../model/geometry/geometry";
import { frameAround } from "../../model/geometry/regionFrame";
import {
  CARD,
  CARD_COLOURS,
  DIMMED_COLOURS,
  REGION,
  STATUS_COLOURS,
} from "../../model/geometry/tokens";
import { FRAMING_LABEL, mapIndex, speakerLabel } from "../../model/core/mapIndex";
import type { Status } from "../../model/evaluate/evaluateMap";
import { STATUS_SYMBOL } from "../../ui/StatusBadge";
import { RELATION_STYLE } from "../../model/view/relationStyle";
import { colourOf, FRAMING_COLOUR, speakerColours } from "../../model/core/speakerColours";
import type { ArgumentMap, ClaimId, Link, LinkDispute, LinkId } from "../../model/core/types";

export interface SvgInput {
  map: ArgumentMap;
  /** The claims to draw and where they stand (flow coordinates). */
  boxes: ReadonlyMap<ClaimId, Box>;
  dimmed: ReadonlySet<ClaimId>;
  links: readonly Link[];
  dimmedLinks: ReadonlySet<LinkId>;
  linkDisputes?: readonly LinkDispute[];
  direction: LayoutDirection;
  /** Crop the map to this rectangle (the viewport scope). */
  clip?: Box;
  background: "white" | "transparent";
  measure: Measure;
  /** Each claim's evaluated status, when the badges are on: drawn on the cards and in the legend. */
  statusOf?: (claim: ClaimId) => Status | undefined;
  /** The filters in force, in words, for the caption ("only Don Oberdorfer"). */
  filters?: readonly string[];
}

/** What the picture shows, in words: all of it, or how much of the map and under which filters. */
function captionOf(input: SvgInput): string {
  const count = (n: number, one: string) =>
    `${n.toLocaleString("en-US")} ${n === 1 ? one : `${one}s`}`;
  const shownClaims = [...input.boxes.keys()].filter((id) => !input.dimmed.has(id)).length;
  const shownLinks = input.links.filter((l) => !input.dimmedLinks.has(l.id)).length;
  const totalClaims = input.map.claims.length;
  const totalLinks = input.map.links.length;
  if (shownClaims === totalClaims && shownLinks === totalLinks && !input.filters?.length)
    return `${count(totalClaims, "claim")} · ${count(totalLinks, "link")}`;
  const filters = input.filters?.length ? ` · ${input.filters.join(" · ")}` : "";
  return `${shownClaims.toLocaleString("en-US")} of ${count(totalClaims, "claim")} · ${shownLinks.toLocaleString("en-US")} of ${count(totalLinks, "link")}${filters}`;
}

export interface SvgOutput {
  svg: string;
  width: number;
  height: number;
  /** Speakers drawn in the legend, in order. */
  legendSpeakers: string[];
}

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";
const PAD = 32;
const MIN_WIDTH = 720;
/** The title, legend and credit grow with a wide map, so they stay legible on a slide. */
const chromeScale = (width: number) => Math.min(3, Math.max(1, width / 1400));

/** Escapes text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, "&amp;")
      .replace(/</g, "&lt;")
      .replace(/>/g, "&gt;")
      .replace(/"/g, "&quot;")
      .replace(/'/g, "&apos;")
      // XML 1.0 forbids most control characters, even escaped: drop them.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, "")
  );
}

/** Mixes a hex colour with another, as CSS color-mix does in sRGB. */
export function mixHex(a: string, b: string, share: number): string {
  const parse = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const [ra = 0, ga = 0, ba = 0] = parse(a);
  const [rb = 0, gb = 0, bb = 0] = parse(b);
  const mix = (x: number, y: number) => Math.round(x * share + y * (1 - share));
  return `#${[mix(ra, rb), mix(ga, gb), mix(ba, bb)].map((n) => n.toString(16).padStart(2, "0")).join("")}`;
}

const n = (value: number) => Number(value.toFixed(1));

/** The badges' colours, the same tokens as on screen. */
const STATUS_COLOUR: Record<Status, string> = STATUS_COLOURS;

/**
 * The text, cut with an ellipsis so that it fits `width` px.
 * @example fitText("Officials in Seoul and Washington", 80, font, measure) // "Officials in…"
 */
export function fitText(text: string, width: number, font: string, measure: Measure): string {
  if (measure(text, font) <= width) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}…`, font) <= width) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}…`;
}

function cardSvg(input: SvgInput, id: ClaimId, box: Box): string {
  const { map, measure } = input;
  const claim = mapIndex(map).claims.get(id);
  if (!claim) return "";
  const index = mapIndex(map);
  const colour = colourOf(map, claim.speaker);
  const framing = claim.speaker === undefined;
  const inner = CARD.width - 2 * CARD.paddingX - 2 * CARD.border;
  const x0 = CARD.paddingX + CARD.border;
  const lines = wrapLines(claim.text, inner, CARD.textFont, measure);
  const shown = lines.slice(0, CARD.maxLines);
  if (lines.length > CARD.maxLines) shown[shown.length - 1] = `${shown[shown.length - 1] ?? ""}…`;
  // Dimmed as on screen: a grey card, dotted, with a faded band; its words stay readable.
  const dimmed = input.dimmed.has(id);
  const band = dimmed ? mixHex(colour, DIMMED_COLOURS.band, DIMMED_COLOURS.bandShare) : colour;
  const fill = dimmed
    ? DIMMED_COLOURS.background
    : framing
      ? CARD_COLOURS.framingBackground
      : CARD_COLOURS.background;
  const dash = dimmed ? ' stroke-dasharray="1 2"' : framing ? ' stroke-dasharray="4 3"' : "";
  const parts: string[] = [];
  parts.push(
    `<g transform="translate(${n(box.x)} ${n(box.y)})">`,
    `<rect x="0.5" y="0.5" width="${n(box.width - 1)}" height="${n(box.height - 1)}" rx="${CARD.radius}" fill="${fill}" stroke="${dimmed ? DIMMED_COLOURS.border : CARD_COLOURS.border}"${dash}/>`,
    `<rect x="1" y="1" width="${CARD.band}" height="${n(box.height - 2)}" rx="2" fill="${band}"/>`,
    `<circle cx="${x0 + CARD.swatch / 2}" cy="${CARD.paddingY + CARD.headerHeight / 2}" r="${CARD.swatch / 2}" fill="${band}"/>`,
  );
  // The evaluated status, as a word and a shape, at the header's end (when badges are on).
  const status = input.statusOf?.(id);
  const badge = status ? `${STATUS_SYMBOL[status]} ${status}` : "";
  const badgeWidth = status ? measure(badge, `600 11px ${FONT}`) + 10 : 0;
  // The speaker's name is cut with an ellipsis where the card's header ends, as on screen.
  const headerRoom =
    inner - CARD.swatch - 6 - (claim.quote ? CARD.quoteMarkSize + 8 : 0) - badgeWidth;
  const header = fitText(
    speakerLabel(map, claim),
    headerRoom,
    `${framing ? 500 : 650} ${CARD.headerFontSize}px ${FONT}`,
    measure,
  );
  parts.push(
    `<text x="${x0 + CARD.swatch + 6}" y="${CARD.paddingY + 13}" font-size="${CARD.headerFontSize}" font-weight="${framing ? 500 : 650}"${framing ? ' font-style="italic"' : ""} fill="${dimmed ? DIMMED_COLOURS.muted : framing ? CARD_COLOURS.muted : mixHex(colour, CARD_COLOURS.text, 0.5)}">${escapeXml(header)}</text>`,
  );
  if (status) {
    const right = box.width - CARD.paddingX - (claim.quote ? CARD.quoteMarkSize + 6 : 0);
    parts.push(
      `<rect x="${n(right - badgeWidth)}" y="${CARD.paddingY + 2}" width="${n(badgeWidth)}" height="14" rx="7" fill="#ffffff" stroke="${STATUS_COLOUR[status]}"${status === "falls" ? ' stroke-dasharray="3 2"' : status === "undecided" ? ' stroke-dasharray="1 2"' : ""}/>`,
      `<text x="${n(right - badgeWidth + 5)}" y="${CARD.paddingY + 13}" font-size="11" font-weight="600" fill="${STATUS_COLOUR[status]}">${escapeXml(badge)}</text>`,
    );
  }
  if (claim.quote) {
    parts.push(
      `<text x="${n(box.width - CARD.paddingX - 10)}" y="${CARD.paddingY + 14}" font-size="${CARD.quoteMarkSize}" fill="${CARD_COLOURS.muted}">❝</text>`,
    );
  }
  const textTop = CARD.paddingY + CARD.headerHeight + CARD.gap;
  parts.push(
    `<text font-size="${CARD.textFontSize}" fill="${dimmed ? DIMMED_COLOURS.text : CARD_COLOURS.text}" data-claim="text">${shown
      .map(
        (line, i) =>
          `<tspan x="${x0}" y="${textTop + 15 + i * CARD.textLineHeight}">${escapeXml(line)}</tspan>`,
      )
      .join("")}</text>`,
  );
  // Topic chips, wrapped as on the card.
  let chipX = 0;
  let chipRow = 0;
  const chipTop = textTop + shown.length * CARD.textLineHeight + CARD.gap;
  for (const topic of claim.topics ?? []) {
    const label = index.topics.get(topic)?.label ?? topic;
    const w = Math.min(inner, measure(label, CARD.chipFont) + 2 * CARD.chipPaddingX + 2);
    if (chipX > 0 && chipX + CARD.chipGap + w > inner) {
      chipRow++;
      chipX = 0;
    }
    const cx = x0 + chipX;
    const cy = chipTop + chipRow * (CARD.chipHeight + CARD.chipGap);
    parts.push(
      `<rect x="${n(cx)}" y="${n(cy)}" width="${n(w)}" height="${CARD.chipHeight}" rx="${CARD.chipHeight / 2}" fill="${dimmed ? DIMMED_COLOURS.chipBackground : CARD_COLOURS.chipBackground}" stroke="${dimmed ? DIMMED_COLOURS.chipBorder : CARD_COLOURS.chipBorder}"/>`,
      `<text x="${n(cx + CARD.chipPaddingX + 1)}" y="${n(cy + 13)}" font-size="${CARD.chipFontSize}" fill="${dimmed ? DIMMED_COLOURS.text : CARD_COLOURS.chipText}">${escapeXml(label)}</text>`,
    );
    chipX += w + CARD.chipGap;
  }
  parts.push("</g>");
  return parts.join("");
}

function edgeSvg(input: SvgInput, link: Link): string {
  const from = input.boxes.get(link.from);
  const to = input.boxes.get(link.to);
  if (!from || !to) return "";
  const tb = input.direction === "TB";
  const [path] = getBezierPath({
    sourceX: tb ? from.x + from.width / 2 : from.x + from.width,
    sourceY: tb ? from.y : from.y + from.height / 2,
    sourcePosition: tb ? Position.Top : Position.Right,
    targetX: tb ? to.x + to.width / 2 : to.x,
    targetY: tb ? to.y + to.height : to.y + to.height / 2,
    targetPosition: tb ? Position.Bottom : Position.Left,
  });
  const style = RELATION_STYLE[link.type];
  // A dimmed link is grey and thin, as on screen; its dash and marker still tell which it is.
  const dim = input.dimmedLinks.has(link.id);
  const marker = `${link.type === "support" ? "arrow-support" : "bar-dispute"}${dim ? "-dimmed" : ""}`;
  return `<path d="${path}" fill="none" stroke="${dim ? DIMMED_COLOURS.line : style.colour}" stroke-width="${dim ? 1.25 : 1.75}"${style.dash ? ` stroke-dasharray="${style.dash}"` : ""} marker-end="url(#${marker})"/>`;
}

/** Where a link's line starts and ends, as the map draws it. */
function linkEnds(input: SvgInput, from: Box, to: Box) {
  const tb = input.direction === "TB";
  return {
    a: {
      x: tb ? from.x + from.width / 2 : from.x + from.width,
      y: tb ? from.y : from.y + from.height / 2,
    },
    b: { x: tb ? to.x + to.width / 2 : to.x, y: tb ? to.y + to.height : to.y + to.height / 2 },
  };
}

/** Claims disputing links: a dotted line to the middle of the disputed link, with a ring there. */
function undercutsSvg(input: SvgInput): string {
  const disputes = input.linkDisputes ?? [];
  const links = new Map(input.links.map((l) => [l.id, l]));
  const byId = new Map(disputes.map((d) => [d.id, d]));
  const tb = input.direction === "TB";
  const middle = (id: LinkId, depth: number): { x: number; y: number } | undefined => {
    if (depth > 20) return undefined;
    const link = links.get(id);
    if (link) {
      const from = input.boxes.get(link.from);
      const to = input.boxes.get(link.to);
      if (!from || !to) return undefined;
      const { a, b } = linkEnds(input, from, to);
      return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
    }
    const d = byId.get(id);
    const from = d ? input.boxes.get(d.from) : undefined;
    const target = d ? middle(d.toLink, depth + 1) : undefined;
    if (!from || !target) return undefined;
    const start = {
      x: tb ? from.x + from.width / 2 : from.x + from.width,
      y: tb ? from.y : from.y + from.height / 2,
    };
    return { x: (start.x + target.x) / 2, y: (start.y + target.y) / 2 };
  };
  const colour = RELATION_STYLE.dispute.colour;
  return disputes
    .map((d) => {
      const from = input.boxes.get(d.from);
      const target = middle(d.toLink, 0);
      if (!from || !target) return "";
      const [path] = getBezierPath({
        sourceX: tb ? from.x + from.width / 2 : from.x + from.width,
        sourceY: tb ? from.y : from.y + from.height / 2,
        sourcePosition: tb ? Position.Top : Position.Right,
        targetX: target.x,
        targetY: target.y,
        targetPosition: tb ? Position.Bottom : Position.Left,
      });
      const dim = input.dimmedLinks.has(d.id);
      const stroke = dim ? DIMMED_COLOURS.line : colour;
      return (
        `<path d="${path}" fill="none" stroke="${stroke}" stroke-width="${dim ? 1.25 : 2}" stroke-dasharray="2 4" marker-end="url(#bar-dispute${dim ? "-dimmed" : ""})"/>` +
        `<circle cx="${n(target.x)}" cy="${n(target.y)}" r="6" fill="#ffffff" stroke="${stroke}" stroke-width="2"/>`
      );
    })
    .join("");
}

function regionsSvg(input: SvgInput): string {
  const index = mapIndex(input.map);
  const members = new Map<string, Box[]>();
  for (const [id, box] of input.boxes) {
    const topic = index.claims.get(id)?.topics?.[0];
    if (topic === undefined) continue;
    const list = members.get(topic);
    if (list) list.push(box);
    else members.set(topic, [box]);
  }
  return [...members]
    .map(([topic, boxes]) => {
      const frame = frameAround(boxes)!;
      const label = index.topics.get(topic)?.label ?? topic;
      return (
        `<rect x="${n(frame.x)}" y="${n(frame.y)}" width="${n(frame.width)}" height="${n(frame.height)}" rx="${REGION.radius}" fill="${REGION.fill}" fill-opacity="0.7" stroke="${REGION.stroke}"/>` +
        `<text x="${n(frame.x + REGION.labelX)}" y="${n(frame.y + REGION.labelBaseline)}" font-size="${REGION.labelFontSize}" font-weight="650" fill="${REGION.label}">${escapeXml(label)}</text>`
      );
    })
    .join("");
}

interface LegendItem {
  kind: "support" | "dispute" | "speaker" | "status";
  label: string;
  colour: string;
  italic?: boolean;
}

/** Lays legend items out in rows across `width`; returns the SVG and its height. */
function legendSvg(
  items: LegendItem[],
  width: number,
  top: number,
  k: number,
  measure: Measure,
): { svg: string; height: number } {
  const rowHeight = 22 * k;
  const pad = PAD * k;
  const font = `${13 * k}px ${FONT}`;
  const parts: string[] = [];
  let x = pad;
  let y = top;
  for (const item of items) {
    const sample = (item.kind === "speaker" ? 16 : item.kind === "status" ? 0 : 46) * k;
    const w = sample + measure(item.label, font) + 22 * k;
    if (x > pad && x + w > width - pad) {
      x = pad;
      y += rowHeight;
    }
    const mid = y + 11 * k;
    if (item.kind === "speaker") {
      parts.push(
        `<circle cx="${n(x + 5 * k)}" cy="${n(mid)}" r="${n(5 * k)}" fill="${item.colour}"/>`,
      );
    } else if (item.kind === "status") {
      // The word and shape carry the status; the colour only repeats it.
    } else {
      const style = RELATION_STYLE[item.kind];
      parts.push(
        `<g transform="translate(${n(x)} ${n(mid)}) scale(${n(k)})">`,
        `<line x1="0" y1="0" x2="30" y2="0" stroke="${style.colour}" stroke-width="2"${style.dash ? ` stroke-dasharray="${style.dash}"` : ""}/>`,
        item.kind === "support"
          ? `<path d="M29 -5 L40 0 L29 5 Z" fill="${style.colour}"/>`
          : `<rect x="34" y="-6" width="4" height="12" rx="1" fill="${style.colour}"/>`,
        "</g>",
      );
    }
    parts.push(
      `<text x="${n(x + sample)}" y="${n(mid + 4.5 * k)}" font-size="${n(13 * k)}" fill="${item.kind === "status" ? item.colour : "#2a303b"}"${item.italic ? ' font-style="italic"' : ""}${item.kind === "status" ? ' font-weight="600"' : ""}>${escapeXml(item.label)}</text>`,
    );
    x += w;
  }
  return { svg: parts.join(""), height: y - top + rowHeight };
}

/**
 * The export as SVG. The map keeps its on-screen geometry (1 SVG px = 1 flow px); the title
 * goes above it, the legend (only the speakers drawn) and the credit below.
 */
export function renderMapSvg(input: SvgInput): SvgOutput {
  const { map, measure } = input;
  const index = mapIndex(map);
  // The map's own extent, regions included.
  const extent = frameAround(input.boxes.values()) ?? { x: 0, y: 0, width: 400, height: 120 };
  let [x1, y1, x2, y2] = [extent.x, extent.y, extent.x + extent.width, extent.y + extent.height];
  if (input.clip)
    [x1, y1, x2, y2] = [
      input.clip.x,
      input.clip.y,
      input.clip.x + input.clip.width,
      input.clip.y + input.clip.height,
    ];
  const mapWidth = x2 - x1;
  const mapHeight = y2 - y1;
  const width = Math.ceil(Math.max(MIN_WIDTH, mapWidth + 2 * PAD));
  const k = chromeScale(width);
  const titleHeight = 74 * k;
  const mapLeft = (width - mapWidth) / 2;
  const mapTop = titleHeight;

  const drawnSpeakers = new Set<string | undefined>();
  for (const id of input.boxes.keys())
    if (!input.dimmed.has(id)) drawnSpeakers.add(index.claims.get(id)?.speaker);
  const colours = speakerColours(map);
  const legendItems: LegendItem[] = [
    { kind: "support", label: "supports", colour: RELATION_STYLE.support.colour },
    { kind: "dispute", label: "disputes", colour: RELATION_STYLE.dispute.colour },
    ...map.speakers
      .filter((s) => drawnSpeakers.has(s.id))
      .map((s): LegendItem => ({
        kind: "speaker",
        label: s.name,
        colour: colours.get(s.id) ?? FRAMING_COLOUR,
      })),
    ...(drawnSpeakers.has(undefined)
      ? [
          {
            kind: "speaker",
            label: FRAMING_LABEL,
            colour: FRAMING_COLOUR,
            italic: true,
          } as LegendItem,
        ]
      : []),
    ...(input.statusOf
      ? (["stands", "falls", "undecided"] as const).map((status): LegendItem => ({
          kind: "status",
          label: `${STATUS_SYMBOL[status]} ${status}`,
          colour: STATUS_COLOUR[status],
        }))
      : []),
  ];
  const legendTop = mapTop + mapHeight + 24 * k;
  const legend = legendSvg(legendItems, width, legendTop, k, measure);
  const source = map.sources[0];
  const credit = source
    ? `Source: “${source.title}”${source.publisher ? `, ${source.publisher}` : ""}${source.date ? `, ${source.date}` : ""}.`
    : "";
  const creditTop = legendTop + legend.height + 14 * k;
  const height = Math.ceil(creditTop + (credit ? 22 * k : 0) + (PAD - 8) * k);

  const subtitle = captionOf(input);
  const title = map.title;
  const titleLines = wrapLines(
    title,
    width - 2 * PAD * k,
    `700 ${22 * k}px ${FONT}`,
    measure,
  ).slice(0, 1);
  const clipId = "map-clip";
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${escapeXml(FONT)}">`,
    `<title>${escapeXml(title)}</title>`,
    "<defs>",
    ...(
      [
        ["", RELATION_STYLE.support.colour, RELATION_STYLE.dispute.colour],
        ["-dimmed", DIMMED_COLOURS.line, DIMMED_COLOURS.line],
      ] as const
    ).map(
      ([suffix, support, dispute]) =>
        `<marker id="arrow-support${suffix}" viewBox="-10 -10 20 20" markerWidth="18" markerHeight="18" markerUnits="userSpaceOnUse" orient="auto-start-reverse" refX="0" refY="0"><polyline points="-5,-4 0,0 -5,4 -5,-4" fill="${support}" stroke="${support}" stroke-width="1" stroke-linejoin="round"/></marker>` +
        `<marker id="bar-dispute${suffix}" viewBox="0 0 10 20" markerWidth="10" markerHeight="20" markerUnits="userSpaceOnUse" orient="auto-start-reverse" refX="8" refY="10"><rect x="5" y="1" width="4" height="18" rx="1" fill="${dispute}"/></marker>`,
    ),
    `<clipPath id="${clipId}"><rect x="${n(x1)}" y="${n(y1)}" width="${n(mapWidth)}" height="${n(mapHeight)}"/></clipPath>`,
    "</defs>",
    input.background === "white" ? `<rect width="100%" height="100%" fill="#ffffff"/>` : "",
    `<text x="${n(PAD * k)}" y="${n((PAD + 6) * k)}" font-size="${n(22 * k)}" font-weight="700" fill="#1d2330">${escapeXml(
      titleLines[0] === title ? title : `${titleLines[0] ?? ""}…`,
    )}</text>`,
    `<text x="${n(PAD * k)}" y="${n((PAD + 28) * k)}" font-size="${n(13 * k)}" fill="#5b616b">${escapeXml(subtitle)}</text>`,
    `<g transform="translate(${n(mapLeft - x1)} ${n(mapTop - y1)})" clip-path="url(#${clipId})">`,
    regionsSvg(input),
    ...input.links.map((l) => edgeSvg(input, l)),
    undercutsSvg(input),
    ...[...input.boxes].map(([id, box]) => cardSvg(input, id, box)),
    "</g>",
    legend.svg,
    credit
      ? `<text x="${n(PAD * k)}" y="${n(creditTop + 14 * k)}" font-size="${n(12 * k)}" fill="#5b616b">${escapeXml(credit)}</text>`
      : "",
    "</svg>",
  ];
  return {
    svg: parts.join("\n"),
    width,
    height,
    legendSpeakers: legendItems.filter((i) => i.kind === "speaker").map((i) => i.label),
  };
}
