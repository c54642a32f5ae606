// How the two relations look, shared by the map, the legend and exports. Pure data.
import type { LinkType } from "../core/types";

/** Support and dispute differ in colour, in dash and in their end marker. */
export const RELATION_STYLE: Record<
  LinkType,
  { colour: string; dash: string | undefined; verb: string }
> = {
  support: { colour: "#2F6B4F", dash: undefined, verb: "supports" },
  dispute: { colour: "#B3261E", dash: "7 5", verb: "disputes" },
};
