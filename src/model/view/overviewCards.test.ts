import { expect, test } from "vitest";
import type { Box } from "../geometry/geometry";
import type { Overview, OverviewRegion } from "./overview";
import { CARD_GAP, labelSpot, overlap, placeCards } from "./overviewCards";

const region = (id: string): OverviewRegion => ({
  id,
  label: `Topic ${id}`,
  shown: 10,
  total: 10,
  matching: 10,
  top: ["a", "b", "c"],
});

test("the topics' cards never cover each other, even when their regions crowd one corner", () => {
  // Six regions: one big, five small ones in a strip along its bottom (as a wrapped layout
  // of a generated map puts them).
  const frames = new Map<string, Box>([
    ["big", { x: 0, y: 0, width: 2000, height: 1400 }],
    ...[0, 1, 2, 3, 4].map((i): [string, Box] => [
      `s${i}`,
      { x: i * 400, y: 1420, width: 380, height: 200 },
    ]),
  ]);
  const overview: Overview = { regions: [...frames.keys()].map(region), bundles: [] };
  const pane = { width: 760, height: 700 };
  const zoom = Math.min(pane.width / 2000, pane.height / 1620) * 0.92;
  const placed = placeCards(frames, overview, [20, 20, zoom], pane);
  expect(placed).toHaveLength(6);
  for (let i = 0; i < placed.length; i++) {
    const card = placed[i]!.card;
    // Inside the pane, clear of the map's buttons along the bottom left.
    expect(card.x).toBeGreaterThanOrEqual(CARD_GAP);
    expect(card.y).toBeGreaterThanOrEqual(CARD_GAP);
    expect(card.x + card.width).toBeLessThanOrEqual(pane.width - CARD_GAP + 0.5);
    expect(card.y + card.height).toBeLessThanOrEqual(pane.height - CARD_GAP + 0.5);
    for (let j = i + 1; j < placed.length; j++)
      expect(overlap(card, placed[j]!.card), `${placed[i]!.id} × ${placed[j]!.id}`).toBe(0);
  }
  // A crowded pane lists fewer claims on each card, never none for all when one fits.
  expect(placed.every((p) => p.claims >= 1)).toBe(true);
});

test("a card whose region's sides are all taken finds a free place elsewhere in the pane", () => {
  // Nine small regions packed in a block in the middle of a wide pane: their cards are far
  // bigger than the regions, so most cannot stand beside their own.
  const frames = new Map<string, Box>();
  for (let i = 0; i < 9; i++)
    frames.set(`r${i}`, { x: (i % 3) * 320, y: Math.floor(i / 3) * 220, width: 300, height: 200 });
  const overview: Overview = { regions: [...frames.keys()].map(region), bundles: [] };
  const pane = { width: 1400, height: 900 };
  const placed = placeCards(frames, overview, [560, 330, 0.3], pane);
  expect(placed).toHaveLength(9);
  for (let i = 0; i < placed.length; i++)
    for (let j = i + 1; j < placed.length; j++)
      expect(overlap(placed[i]!.card, placed[j]!.card), `${placed[i]!.id} × ${placed[j]!.id}`).toBe(
        0,
      );
});

test("a count on a line between two topics stands clear of the cards and of the other counts", () => {
  const cards: Box[] = [{ x: 180, y: 80, width: 140, height: 100 }];
  const taken: Box[] = [];
  const size = { width: 30, height: 20 };
  // The line's middle (250, 100) is under the card: the count moves along the line.
  const first = labelSpot({ x: 0, y: 100 }, { x: 500, y: 100 }, size, cards, taken);
  expect(first.y).toBe(100);
  expect(first.x + size.width / 2 <= 180 || first.x - size.width / 2 >= 320).toBe(true);
  // A second count on the same line does not sit on the first.
  const second = labelSpot({ x: 0, y: 100 }, { x: 500, y: 100 }, size, cards, taken);
  expect(Math.abs(second.x - first.x)).toBeGreaterThanOrEqual(size.width);
  // Free middle: the count stays there.
  expect(labelSpot({ x: 0, y: 400 }, { x: 500, y: 400 }, size, cards, taken)).toEqual({
    x: 250,
    y: 400,
  });
});
