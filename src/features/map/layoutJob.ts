// What the layout worker needs to know of a map. Pure.
import type { LayoutDirection } from "../../layout/layoutTypes";
import type { LayoutJob } from "../../layout/layoutWorkerProtocol";
import { mapIndex } from "../../model/core/mapIndex";
import type { ArgumentMap } from "../../model/core/types";

/** Cards grouped by their first topic; `minHeights` carries heights measured on screen. */
export function layoutJobOf(
  map: ArgumentMap,
  direction: LayoutDirection,
  minHeights: ReadonlyMap<string, number> = new Map(),
  aspect?: number,
): Omit<LayoutJob, "requestId"> {
  const index = mapIndex(map);
  return {
    direction,
    ...(aspect === undefined ? {} : { aspect }),
    cards: map.claims.map((claim) => {
      const group = claim.topics?.[0];
      const minHeight = minHeights.get(claim.id);
      return {
        id: claim.id,
        text: claim.text,
        topicLabels: (claim.topics ?? []).map((t) => index.topics.get(t)?.label ?? t),
        ...(group === undefined ? {} : { group }),
        ...(minHeight === undefined ? {} : { minHeight }),
      };
    }),
    edges: map.links.map((l) => ({ from: l.from, to: l.to })),
  };
}
