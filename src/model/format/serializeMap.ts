// Writes a map in the file format. Pure: no DOM, no store.
import type { ArgumentMapFile } from "../core/schema";
import type { ArgumentMap } from "../core/types";

/** Whether the map uses anything version 1 of the format cannot say. */
export function needsVersion2(map: ArgumentMap): boolean {
  return (
    map.linkDisputes.length > 0 ||
    map.links.some((l) => l.group !== undefined) ||
    map.claims.some((c) => c.quote?.at !== undefined || c.quote?.detached) ||
    map.speakers.some((s) => s.colour !== undefined)
  );
}

/**
 * The map in its file shape: links that dispute links go back into `links` with `toLink`,
 * and the version is the lowest that can hold the map, so older copies of the app still
 * open what they can read.
 */
export function toFileShape(map: ArgumentMap): ArgumentMapFile {
  const { linkDisputes, links, version: _current, ...rest } = map;
  return {
    ...rest,
    version: needsVersion2(map) ? 2 : 1,
    links: [
      ...links,
      ...linkDisputes.map(({ id, from, toLink, type, note, ext }) => ({
        id,
        from,
        toLink,
        type,
        ...(note === undefined ? {} : { note }),
        ...(ext === undefined ? {} : { ext }),
      })),
    ],
  };
}

/**
 * The map as file text; `parseMap(serializeMap(m))` gives back `m`.
 */
export function serializeMap(map: ArgumentMap): string {
  return `${JSON.stringify(toFileShape(map), null, 2)}\n`;
}
