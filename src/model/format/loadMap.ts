// The one way in: every file, paste, URL and autosave goes through here. It migrates, then
// validates, then checks references, then normalises. Pure: no DOM, no store. Never throws.
import { checkReferences } from "./checkReferences";
import { parseJsonText } from "./jsonText";
import {
  argumentMapSchema,
  FORMAT_NAME,
  FORMAT_VERSION,
  LIMITS,
  type ArgumentMapFile,
} from "../core/schema";
import { schemaProblems } from "./schemaProblems";
import type { ArgumentMap, Link, LinkDispute, LoadResult, Problem } from "../core/types";

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/**
 * Brings an older file up to the current version. Version 2 only adds optional fields, so a
 * version 1 file is read as it is; a newer version is refused rather than guessed at.
 */
function migrate(
  raw: Record<string, unknown>,
): { ok: true; value: unknown } | { ok: false; problem: Problem } {
  const version = Object.prototype.hasOwnProperty.call(raw, "version")
    ? raw.version
    : FORMAT_VERSION;
  if (typeof version === "number" && Number.isInteger(version) && version > FORMAT_VERSION) {
    return {
      ok: false,
      problem: {
        path: "version",
        message: `is ${version}, newer than this app understands (version ${FORMAT_VERSION}); open the file in a newer version of the app`,
      },
    };
  }
  return { ok: true, value: raw };
}

/**
 * Gives each link without an id a stable one derived from its ends, and sets apart the links
 * that dispute a link (checked already: exactly one of `to` and `toLink`).
 */
function splitLinks(links: ArgumentMapFile["links"]): {
  links: Link[];
  linkDisputes: LinkDispute[];
} {
  const taken = new Set(links.flatMap((l) => (l.id === undefined ? [] : [l.id])));
  const claimLinks: Link[] = [];
  const linkDisputes: LinkDispute[] = [];
  for (const link of links) {
    const { to, toLink, id: given, ...rest } = link;
    let id = given;
    if (id === undefined) {
      const base = `${link.from}->${to ?? toLink}`;
      id = base;
      for (let n = 2; taken.has(id); n++) id = `${base}#${n}`;
      taken.add(id);
    }
    if (toLink !== undefined) {
      const dispute: LinkDispute = { id, from: link.from, toLink, type: "dispute" };
      if (link.note !== undefined) dispute.note = link.note;
      if (link.ext !== undefined) dispute.ext = link.ext;
      linkDisputes.push(dispute);
    } else claimLinks.push({ id, ...rest, to: to as string });
  }
  return { links: claimLinks, linkDisputes };
}

function normalise(file: ArgumentMapFile): ArgumentMap {
  const map: ArgumentMap = {
    format: FORMAT_NAME,
    version: FORMAT_VERSION,
    title: file.title,
    speakers: file.speakers,
    topics: file.topics ?? [],
    sources: file.sources ?? [],
    claims: file.claims,
    ...splitLinks(file.links),
  };
  if (file.description !== undefined) map.description = file.description;
  if (file.ext !== undefined) map.ext = file.ext;
  return map;
}

/**
 * Validates an already-parsed JSON value as an argument map.
 * @returns the normalised map, or every problem found, each with its JSON path.
 */
export function loadMap(value: unknown): LoadResult {
  try {
    if (!isPlainObject(value)) {
      return {
        ok: false,
        problems: [
          {
            path: "(top level)",
            message: "should be an object with title, speakers, claims and links",
          },
        ],
      };
    }
    const migrated = migrate(value);
    if (!migrated.ok) return { ok: false, problems: [migrated.problem] };
    const claims = value.claims;
    if (Array.isArray(claims) && claims.length > LIMITS.claims) {
      return {
        ok: false,
        problems: [
          {
            path: "claims",
            message: `has ${claims.length.toLocaleString("en-US")} claims; the limit is ${LIMITS.claims.toLocaleString("en-US")}`,
          },
        ],
      };
    }
    const parsed = argumentMapSchema.safeParse(migrated.value);
    if (!parsed.success) {
      return { ok: false, problems: schemaProblems(argumentMapSchema, parsed.error, value) };
    }
    const problems = checkReferences(parsed.data);
    if (problems.length > 0) return { ok: false, problems };
    return { ok: true, map: normalise(parsed.data) };
  } catch (error) {
    // Defence in depth: the checks above are not expected to throw, but a loader must not.
    return {
      ok: false,
      problems: [
        {
          path: "(file)",
          message: `could not be read: ${error instanceof Error ? error.message : String(error)}`,
        },
      ],
    };
  }
}

/**
 * Parses a file's text as an argument map: the entry point for files, pastes and URLs.
 * @example parseMap('{"title":"T","speakers":[],"claims":[],"links":[]}').ok === true
 */
export function parseMap(text: string): LoadResult {
  const json = parseJsonText(text);
  if (!json.ok) return { ok: false, problems: [json.problem] };
  return loadMap(json.value);
}
