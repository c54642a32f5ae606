// Topic regions drawn behind the claims: the box around each topic's claims. Pure.
import type { Box } from "../../model/geometry/geometry";
import { frameAround } from "../../model/geometry/regionFrame";
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
  const members = new Map<string, Box[]>();
  for (const claim of map.claims) {
    const topic = claim.topics?.[0];
    const box = topic === undefined ? undefined : boxOf(claim.id);
    if (topic === undefined || !box) continue;
    const list = members.get(topic);
    if (list) list.push(box);
    else members.set(topic, [box]);
  }
  return [...members].map(([id, boxes]) => ({
    id,
    label: index.topics.get(id)?.label ?? id,
    count: boxes.length,
    ...frameAround(boxes)!,
  }));
}
