// Topic regions drawn behind the claims: the box around each topic's claims. Pure.
import type { Box } from "../../model/geometry/geometry";
import { REGION_PADDING } from "../../layout/packedRegions";
import { mapIndex } from "../../model/core/mapIndex";
import type { ArgumentMap } from "../../model/core/types";

export interface Region extends Box {
  id: string;
  label: string;
  count: number;
}

/**
 * One region per topic that is some claim's first topic, enclosing those claims where they
 * stand now (dragged or laid out), so a region always holds its claims.
 */
export function regionsOf(map: ArgumentMap, boxOf: (claimId: string) => Box | undefined): Region[] {
  const index = mapIndex(map);
  const bounds = new Map<
    string,
    { x1: number; y1: number; x2: number; y2: number; count: number }
  >();
  for (const claim of map.claims) {
    const topic = claim.topics?.[0];
    const box = topic === undefined ? undefined : boxOf(claim.id);
    if (topic === undefined || !box) continue;
    const b = bounds.get(topic);
    if (!b)
      bounds.set(topic, {
        x1: box.x,
        y1: box.y,
        x2: box.x + box.width,
        y2: box.y + box.height,
        count: 1,
      });
    else {
      b.x1 = Math.min(b.x1, box.x);
      b.y1 = Math.min(b.y1, box.y);
      b.x2 = Math.max(b.x2, box.x + box.width);
      b.y2 = Math.max(b.y2, box.y + box.height);
      b.count++;
    }
  }
  return [...bounds].map(([id, b]) => ({
    id,
    label: index.topics.get(id)?.label ?? id,
    count: b.count,
    x: b.x1 - REGION_PADDING.side,
    y: b.y1 - REGION_PADDING.top,
    width: b.x2 - b.x1 + 2 * REGION_PADDING.side,
    height: b.y2 - b.y1 + REGION_PADDING.top + REGION_PADDING.bottom,
  }));
}
