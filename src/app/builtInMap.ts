// The built-in debate, loaded from its file text through the same path as any user file.
import text from "../../data/south-korea-us-alliance.json?raw";
import { parseMap } from "../model/loadMap";
import type { LoadResult } from "../model/types";

export function loadBuiltInMap(): LoadResult {
  return parseMap(text);
}

export function builtInMapText(): string {
  return text;
}
