// Topic regions drawn behind the claims: the box around each topic's claims. Pure.
import { boxesOverlap, type Box } from "../../model/geometry/geometry";
import { REGION } from "../../model/geometry/tokens";
import { frameAround } from "../../model/geometry/regionFrame";
import { mapIndex } from "../../model/core/mapIndex";
import type { ArgumentMap } from "../../model/core/types";

export interface Region extends Box {
  id: string;
  label: string;
  /** Claims drawn in this region: those whose first topic this is. */
  count: number;
  /** Claims carrying this topic anywhere (a claim is drawn in the region of its first topic). */
  tagged: number;
}

/**
 * One region per topic that is some claim's first topic, around those claims where they
 * stand now. A claim the user dragged away stretches its region only if it was left near
 * it: dropped in another topic's area, it does not pull its region's frame over the others.
 */
export function regionsOf(
  map: ArgumentMap,
  boxOf: (claimId: string) => Box | undefined,
  isPinned: (claimId: string) => boolean = () => false,
): Region[] {
  const index = mapIndex(map);
  const members = new Map<string, { laid: Box[]; pinned: Box[] }>();
  const tagged = new Map<string, number>();
  for (const claim of map.claims) {
    for (const t of claim.topics ?? []) tagged.set(t, (tagged.get(t) ?? 0) + 1);
    const topic = claim.topics?.[0];
    const box = topic === undefined ? undefined : boxOf(claim.id);
    if (topic === undefined || !box) continue;
    let list = members.get(topic);
    if (!list) members.set(topic, (list = { laid: [], pinned: [] }));
    (isPinned(claim.id) ? list.pinned : list.laid).push(box);
  }
  return [...members].map(([id, { laid, pinned }]) => {
    const core = frameAround(laid);
    const near = core ? pinned.filter((b) => boxesOverlap(b, core, REGION.gap)) : pinned;
    return {
      id,
      label: index.topics.get(id)?.label ?? id,
      count: laid.length + pinned.length,
      tagged: tagged.get(id) ?? 0,
      ...frameAround([...laid, ...near])!,
    };
  });
}
