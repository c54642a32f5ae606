// Writes a map in the file format. Pure: no DOM, no store.
import type { ArgumentMap } from "../core/types";

/**
 * The map as file text; `parseMap(serializeMap(m))` gives back `m`.
 */
export function serializeMap(map: ArgumentMap): string {
  return `${JSON.stringify(map, null, 2)}\n`;
}
