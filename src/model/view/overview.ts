// What a big map's overview shows, in words and counts: each topic region with its claims
// shown and its most-linked claims, and the links between two regions as one bundle with a
// count. Follows the filters (what the view draws and what matches). Pure: no DOM, no React.
import { mapIndex } from "../core/mapIndex";
import type { ArgumentMap, ClaimId } from "../core/types";
import type { Box } from "../geometry/geometry";
import { frameAround } from "../geometry/regionFrame";

/** The region of a claim: its first topic, or "" for claims without a topic. */
export const regionOfClaim = (claim: { topics?: readonly string[] }): string =>
  claim.topics?.[0] ?? "";

/** The label of the region of claims without a topic. */
export const NO_TOPIC_REGION_LABEL = "Claims without a topic";

export interface OverviewRegion {
  id: string;
  label: string;
  /** Claims drawn in the region (all of them, unless the filters hide some). */
  shown: number;
  /** Claims in the region, whatever the filters. */
  total: number;
  /** Drawn claims that match the filters at full strength. */
  matching: number;
  /** The most-linked matching claims, most links first. */
  top: ClaimId[];
}

export interface RegionBundle {
  /** The two regions, in the order they first appear in the map. */
  a: string;
  b: string;
  /** Drawn links between a claim of one and a claim of the other. */
  count: number;
  supports: number;
  disputes: number;
}

export interface Overview {
  regions: OverviewRegion[];
  bundles: RegionBundle[];
}

/** What the filters leave: claims and links drawn, and claims matching. */
export interface OverviewVisibility {
  drawn: ReadonlySet<ClaimId>;
  matching: ReadonlySet<ClaimId>;
  drawnLinks: ReadonlySet<string>;
}

/**
 * The overview of a map under the filters: regions in the order their first claim appears,
 * each with up to `top` most-linked matching claims (ties in map order), and one bundle per
 * pair of regions that drawn links join, largest first.
 * @example overviewOf(map, visibility).regions[0].top // ["c0", "c17", "c3"]
 */
export function overviewOf(map: ArgumentMap, visible: OverviewVisibility, top = 3): Overview {
  const index = mapIndex(map);
  const degree = new Map<ClaimId, number>();
  for (const link of map.links) {
    degree.set(link.from, (degree.get(link.from) ?? 0) + 1);
    degree.set(link.to, (degree.get(link.to) ?? 0) + 1);
  }
  const regions = new Map<string, OverviewRegion & { order: Map<ClaimId, number> }>();
  const regionOf = new Map<ClaimId, string>();
  map.claims.forEach((claim, i) => {
    const id = regionOfClaim(claim);
    regionOf.set(claim.id, id);
    let region = regions.get(id);
    if (!region) {
      const label = id === "" ? NO_TOPIC_REGION_LABEL : (index.topics.get(id)?.label ?? id);
      region = { id, label, shown: 0, total: 0, matching: 0, top: [], order: new Map() };
      regions.set(id, region);
    }
    region.total++;
    if (!visible.drawn.has(claim.id)) return;
    region.shown++;
    if (!visible.matching.has(claim.id)) return;
    region.matching++;
    region.order.set(claim.id, i);
    // Keep the `top` best so far: more links first, then earlier in the map.
    const better = (a: ClaimId, b: ClaimId) =>
      (degree.get(b) ?? 0) - (degree.get(a) ?? 0) || region!.order.get(a)! - region!.order.get(b)!;
    region.top.push(claim.id);
    region.top.sort(better);
    if (region.top.length > top) region.top.pop();
  });
  const bundles = new Map<string, RegionBundle>();
  const rank = new Map([...regions.keys()].map((id, i) => [id, i]));
  for (const link of map.links) {
    if (!visible.drawnLinks.has(link.id)) continue;
    const from = regionOf.get(link.from);
    const to = regionOf.get(link.to);
    if (from === undefined || to === undefined || from === to) continue;
    const [a, b] = rank.get(from)! < rank.get(to)! ? [from, to] : [to, from];
    const key = JSON.stringify([a, b]);
    let bundle = bundles.get(key);
    if (!bundle) bundles.set(key, (bundle = { a, b, count: 0, supports: 0, disputes: 0 }));
    bundle.count++;
    if (link.type === "support") bundle.supports++;
    else bundle.disputes++;
  }
  return {
    regions: [...regions.values()].map(({ order: _order, ...region }) => region),
    bundles: [...bundles.values()].sort((x, y) => y.count - x.count),
  };
}

/** Each region's frame (claims without a topic have one too), around its cards as laid out. */
export function regionFrames(map: ArgumentMap, boxOf: (id: string) => Box | undefined) {
  const members = new Map<string, Box[]>();
  for (const claim of map.claims) {
    const box = boxOf(claim.id);
    if (!box) continue;
    const id = regionOfClaim(claim);
    const list = members.get(id);
    if (list) list.push(box);
    else members.set(id, [box]);
  }
  const frames = new Map<string, Box>();
  for (const [id, boxes] of members) frames.set(id, frameAround(boxes)!);
  return frames;
}
