// What the layout of each region depends on, and how two versions of a region differ.
// Pure: no DOM, no React, no store. The layout is keyed on these inputs, region by region,
// so an edit that changes no geometry lays out nothing, and one that changes a card lays
// out its region only.
import { mapIndex } from "../model/core/mapIndex";
import type { ArgumentMap, ClaimId } from "../model/core/types";
import type { CardContent } from "./cardSize";
import type { LayoutDirection, LayoutEdge } from "./layoutTypes";
import { TREE_LAYOUT_CLAIMS } from "./wrappedTree";

/** A card as the layout sees it: what its size depends on. */
export interface CardInput extends CardContent {
  id: ClaimId;
  /** A height measured on screen that the estimate fell short of. */
  minHeight?: number;
}

/** One region (a topic; claims without one form a region of their own) as the layout sees it. */
export interface RegionInput {
  /** The topic id, or "" for claims without a topic. */
  id: string;
  cards: CardInput[];
  /** Links between two cards of this region. */
  edges: LayoutEdge[];
  direction: LayoutDirection;
  /** How its connected parts are laid out: dot, or as wrapped trees on big maps. */
  engine: "dot" | "tree";
  /** Equal keys, equal layouts: everything the region's layout depends on, as text. */
  key: string;
}

/** The key of a card's size: its words and its topic chips. */
export function cardContentKey(card: CardContent): string {
  return JSON.stringify([card.text, card.topicLabels]);
}

/**
 * Heights measured on screen, kept by what was measured: a card whose words change loses
 * its measurement with them.
 */
export type MeasuredHeights = ReadonlyMap<string, number>;

/**
 * The regions of a map, in the order their first claim appears.
 * @param measured heights measured on screen, keyed by `cardContentKey`.
 */
export function regionInputsOf(
  map: ArgumentMap,
  direction: LayoutDirection,
  measured: MeasuredHeights = new Map(),
): RegionInput[] {
  const index = mapIndex(map);
  const regions = new Map<string, { cards: CardInput[]; edges: LayoutEdge[] }>();
  const regionOf = new Map<ClaimId, string>();
  for (const claim of map.claims) {
    const id = claim.topics?.[0] ?? "";
    const content: CardContent = {
      text: claim.text,
      topicLabels: (claim.topics ?? []).map((t) => index.topics.get(t)?.label ?? t),
    };
    const minHeight = measured.get(cardContentKey(content));
    const card: CardInput = {
      id: claim.id,
      ...content,
      ...(minHeight === undefined ? {} : { minHeight }),
    };
    regionOf.set(claim.id, id);
    const region = regions.get(id);
    if (region) region.cards.push(card);
    else regions.set(id, { cards: [card], edges: [] });
  }
  for (const link of map.links) {
    const region = regionOf.get(link.from);
    if (region === undefined || region !== regionOf.get(link.to)) continue;
    regions.get(region)?.edges.push({ from: link.from, to: link.to });
  }
  const engine = map.claims.length > TREE_LAYOUT_CLAIMS ? "tree" : "dot";
  return [...regions].map(([id, { cards, edges }]) => ({
    id,
    cards,
    edges,
    direction,
    engine,
    key: JSON.stringify([
      direction,
      ...(engine === "dot" ? [] : [engine]),
      cards.map((c) => [c.id, c.text, c.topicLabels, c.minHeight ?? 0]),
      edges.map((e) => [e.from, e.to]),
    ]),
  }));
}

/**
 * How a region changed between two versions:
 * - `same`: nothing its layout depends on;
 * - `grown`: claims came or went, but no remaining card changed and no link inside the
 *   region changed among the cards that stay, and the new cards have no link inside it:
 *   the cards that were there can stay where they are, and the new ones be put beside;
 * - `changed`: anything else (a card's words or topics, a link inside the region): the
 *   region must be laid out again.
 */
export function regionChange(
  before: RegionInput,
  after: RegionInput,
): { kind: "same" } | { kind: "grown"; added: ClaimId[] } | { kind: "changed" } {
  if (before.key === after.key) return { kind: "same" };
  const old = new Map(before.cards.map((c) => [c.id, c]));
  const added: ClaimId[] = [];
  for (const card of after.cards) {
    const was = old.get(card.id);
    if (!was) {
      added.push(card.id);
      continue;
    }
    if (
      was.text !== card.text ||
      was.minHeight !== card.minHeight ||
      cardContentKey(was) !== cardContentKey(card)
    )
      return { kind: "changed" };
  }
  const kept = new Set(after.cards.filter((c) => old.has(c.id)).map((c) => c.id));
  const stays = (id: ClaimId) => kept.has(id);
  const edgeKey = (e: LayoutEdge) => JSON.stringify([e.from, e.to]);
  const edgesBefore = new Set(
    before.edges.filter((e) => kept.has(e.from) && kept.has(e.to)).map(edgeKey),
  );
  const edgesAfter = after.edges.filter((e) => stays(e.from) && stays(e.to)).map(edgeKey);
  if (edgesAfter.length !== edgesBefore.size || edgesAfter.some((k) => !edgesBefore.has(k)))
    return { kind: "changed" };
  const fresh = new Set(added);
  if (after.edges.some((e) => fresh.has(e.from) || fresh.has(e.to))) return { kind: "changed" };
  return { kind: "grown", added };
}
