// The app's own JSON as one format among the others. Pure: no DOM, no store.
import { parseMap } from "../format/loadMap";
import { serializeMap } from "../format/serializeMap";
import { tally } from "./importReport";
import type { MapFormat } from "./mapFormat";

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** The argument-map JSON format: the loader as it is, and a report of what it holds. */
export const argumentMapFormat: MapFormat = {
  id: "argument-map",
  label: "Argument map (JSON)",
  extensions: [".json"],
  mediaType: "application/json",
  detect({ json }) {
    if (!isObject(json)) return 0;
    if (json.format === "argument-map") return 1;
    return Array.isArray(json.claims) && Array.isArray(json.links) ? 0.8 : 0;
  },
  parse(text) {
    const loaded = parseMap(text);
    if (!loaded.ok) return Promise.resolve(loaded);
    const { map } = loaded;
    return Promise.resolve({
      ok: true,
      map,
      report: {
        format: "argument-map",
        lines: [
          {
            kind: "kept",
            what: [
              tally(map.claims.length, "claim"),
              tally(map.links.length + map.linkDisputes.length, "link"),
              tally(map.speakers.length, "speaker"),
            ],
            where: "read as they are",
          },
        ],
        warnings: [],
      },
    });
  },
  serialise: (map) => ({ text: serializeMap(map), lost: [] }),
};
