// The gate every importer passes: a built map goes through the one loader before anyone sees
// it. Pure: no DOM, no store. Never throws.
import { loadMap } from "../format/loadMap";
import { toFileShape } from "../format/serializeMap";
import type { ArgumentMap, Problem } from "../core/types";
import type { ImportReport } from "./importReport";

/** What an import gives: the loaded map and its report, or problems with their paths. */
export type ImportOutcome =
  { ok: true; map: ArgumentMap; report: ImportReport } | { ok: false; problems: Problem[] };

/**
 * Where an item of the built map came from in the input, by list and index, so that a
 * problem the loader finds in `claims[3].text` can be told as `nodes[7].text`.
 */
export interface Origins {
  claims?: readonly (string | undefined)[];
  links?: readonly (string | undefined)[];
}

/** Rewrites `claims[3].text` as `nodes[7].text (claims[3].text)` when claim 3 has an origin. */
function locate(problem: Problem, origins: Origins): Problem {
  const match = /^(claims|links)\[(\d+)\]/.exec(problem.path);
  if (!match) return problem;
  const [, list, index] = match as unknown as [string, "claims" | "links", string];
  const origin = origins[list]?.[Number(index)];
  if (origin === undefined) return problem;
  return { path: `${origin} (as ${problem.path})`, message: problem.message };
}

/**
 * Passes a map built by an importer through the loader (`loadMap(toFileShape(map))`), so
 * that nothing invalid gets in, and pairs it with its report. Links that dispute links are
 * listed after the claim links in the file shape, so origins of links follow that order.
 */
export function admitMap(
  map: ArgumentMap,
  report: ImportReport,
  origins: Origins = {},
): ImportOutcome {
  try {
    const loaded = loadMap(toFileShape(map));
    if (!loaded.ok) {
      return { ok: false, problems: loaded.problems.map((p) => locate(p, origins)) };
    }
    return { ok: true, map: loaded.map, report };
  } catch (error) {
    return {
      ok: false,
      problems: [
        {
          path: "(file)",
          message: `could not be converted: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
}

/** An empty map to fill in; the loader checks it afterwards. */
export function emptyMap(title: string): ArgumentMap {
  return {
    format: "argument-map",
    version: 2,
    title,
    speakers: [],
    topics: [],
    sources: [],
    claims: [],
    links: [],
    linkDisputes: [],
  };
}
