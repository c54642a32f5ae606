// Where a big map's overview puts each topic's information card: on screen, beside or inside
// its region, never over another card. Shared by the overview on screen and its export. Pure.
import type { Box } from "../geometry/geometry";
import type { Overview } from "./overview";

/** An information card's width in screen px, and the room kept around it. */
export const CARD_WIDTH = { min: 180, max: 260 };
export const CARD_GAP = 8;
/** Its height for a number of claims listed (label, count, two lines a claim). */
export const cardHeight = (claims: number) => 54 + claims * 40;

export interface Placed {
  id: string;
  /** The region's frame on screen. */
  box: Box;
  /** Its information card on screen, and how many of its claims it lists. */
  card: Box;
  claims: number;
}

/** How much two boxes overlap, a card's gap around each counted: 0 when apart. */
export const overlap = (a: Box, b: Box) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x) + CARD_GAP) *
  Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y) + CARD_GAP);

/**
 * Information cards for the regions, in screen space: each in its region's top-left corner if
 * it is free, else just below, above, right or left of its region, whichever is free inside
 * the pane (the biggest regions choose first). When the pane is crowded, the cards list fewer
 * claims.
 */
export function placeCards(
  frames: ReadonlyMap<string, Box>,
  overview: Overview,
  transform: readonly [number, number, number],
  pane: { width: number; height: number },
): Placed[] {
  const [x0, y0, zoom] = transform;
  const regions = overview.regions
    .filter((r) => frames.has(r.id))
    .map((r) => {
      const f = frames.get(r.id)!;
      const box = {
        x: f.x * zoom + x0,
        y: f.y * zoom + y0,
        width: f.width * zoom,
        height: f.height * zoom,
      };
      return {
        region: r,
        box,
        width: Math.min(CARD_WIDTH.max, Math.max(CARD_WIDTH.min, box.width - 2 * CARD_GAP)),
      };
    })
    .sort((a, b) => b.box.width * b.box.height - a.box.width * a.box.height);
  // Fewer claims listed when the cards would cover much of the pane.
  const room = pane.width * pane.height;
  let listed = 3;
  while (
    listed > 0 &&
    regions.reduce(
      (sum, r) => sum + r.width * cardHeight(Math.min(listed, r.region.top.length)),
      0,
    ) >
      0.45 * room
  )
    listed--;
  const placed: Placed[] = [];
  // The zoom buttons, bottom left, are kept clear.
  const taken: Box[] = [{ x: 0, y: pane.height - 56, width: 240, height: 56 }];
  for (const { region, box, width } of regions) {
    const claims = Math.min(listed, region.top.length);
    const height = cardHeight(claims);
    const inside = (x: number, y: number): Box => ({
      x: Math.max(CARD_GAP, Math.min(pane.width - width - CARD_GAP, x)),
      y: Math.max(CARD_GAP, Math.min(pane.height - height - CARD_GAP, y)),
      width,
      height,
    });
    const middle = box.x + (box.width - width) / 2;
    const candidates = [
      inside(box.x + CARD_GAP, box.y + CARD_GAP),
      inside(middle, box.y + box.height + CARD_GAP),
      inside(middle, box.y - height - CARD_GAP),
      inside(box.x + box.width + CARD_GAP, box.y),
      inside(box.x - width - CARD_GAP, box.y),
    ];
    let best = candidates[0]!;
    let least = Infinity;
    for (const c of candidates) {
      const covered = taken.reduce((sum, t) => sum + overlap(c, t), 0);
      if (covered < least) {
        least = covered;
        best = c;
      }
      if (covered === 0) break;
    }
    // None of those is free: the free place nearest the region, anywhere in the pane.
    if (least > 0) {
      const cx = box.x + box.width / 2;
      const cy = box.y + box.height / 2;
      let nearest = Infinity;
      for (let y = CARD_GAP; y + height + CARD_GAP <= pane.height; y += 12)
        for (let x = CARD_GAP; x + width + CARD_GAP <= pane.width; x += 12) {
          const c = { x, y, width, height };
          const d = (x + width / 2 - cx) ** 2 + (y + height / 2 - cy) ** 2;
          if (d >= nearest || taken.some((t) => overlap(c, t) > 0)) continue;
          nearest = d;
          best = c;
        }
    }
    placed.push({ id: region.id, box, card: best, claims });
    taken.push(best);
  }
  return placed;
}

/**
 * Where a count can stand on the line from `a` to `b` (screen points), clear of the cards and
 * of the counts already placed: the point nearest the line's middle whose label box meets
 * none of them; the middle if every point does. Adds the label's box to `taken`.
 */
export function labelSpot(
  a: { x: number; y: number },
  b: { x: number; y: number },
  size: { width: number; height: number },
  cards: readonly Box[],
  taken: Box[],
): { x: number; y: number } {
  const at = (t: number) => ({ x: a.x + (b.x - a.x) * t, y: a.y + (b.y - a.y) * t });
  const boxAt = (p: { x: number; y: number }): Box => ({
    x: p.x - size.width / 2,
    y: p.y - size.height / 2,
    width: size.width,
    height: size.height,
  });
  const clear = (box: Box) =>
    [...cards, ...taken].every(
      (c) =>
        box.x >= c.x + c.width ||
        c.x >= box.x + box.width ||
        box.y >= c.y + c.height ||
        c.y >= box.y + box.height,
    );
  for (const t of [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.1, 0.9]) {
    const box = boxAt(at(t));
    if (clear(box)) {
      taken.push(box);
      return at(t);
    }
  }
  taken.push(boxAt(at(0.5)));
  return at(0.5);
}
