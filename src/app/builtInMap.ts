// The built-in debate, loaded from its file text through the same path as any user file.
import text from "../../data/south-korea-us-alliance.json?raw";
// Its layout, made by the same code as any layout and checked by src/layout/builtInLayout.test.ts.
import layout from "../../data/south-korea-us-alliance.layout.json";
import { LAYOUT_VERSION } from "../layout/layoutKey";
import type { ShippedRegion } from "../layout/knownLayouts";
import { parseMap } from "../model/format/loadMap";
import type { LoadResult } from "../model/core/types";

export function loadBuiltInMap(): LoadResult {
  return parseMap(text);
}

export function builtInMapText(): string {
  return text;
}

/** The built-in map's layout, top-down, if it was made by this version of the layout code. */
export function builtInLayout(): readonly ShippedRegion[] {
  return layout.layoutVersion === LAYOUT_VERSION
    ? (layout.regions as unknown as ShippedRegion[])
    : [];
}
