// The built-in debate, loaded from its file text through the same path as any user file.
import text from "../../data/south-korea-us-alliance.json?raw";
import { parseMap } from "../model/format/loadMap";
import type { LoadResult } from "../model/core/types";

export function loadBuiltInMap(): LoadResult {
  return parseMap(text);
}

export function builtInMapText(): string {
  return text;
}
