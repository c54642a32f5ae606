// The one way in: every file, paste, URL and autosave goes through here. It migrates, then
// validates, then checks references, then normalises. Pure: no DOM, no store. Never throws.
import { checkReferences, type KnownIds, type ReferenceInput } from "./checkReferences";
import { parseJsonText } from "./jsonText";
import {
  argumentMapSchema,
  claimSchema,
  FORMAT_NAME,
  linkSchema,
  sourceSchema,
  speakerSchema,
  topicSchema,
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

const OPTIONAL_LISTS = new Set(["topics", "sources"]);

const ITEM_SCHEMAS = {
  speakers: speakerSchema,
  topics: topicSchema,
  sources: sourceSchema,
  claims: claimSchema,
  links: linkSchema,
} as const;

/**
 * The items of a file that failed the schema that are well-formed on their own, in their
 * places (the others undefined), and the ids of those that are not, for the reference checks.
 */
function salvage(raw: Record<string, unknown>): { lists: ReferenceInput; known: KnownIds } {
  const lists: Record<string, unknown[]> = {};
  const known: Record<string, Set<string>> = {};
  for (const [key, schema] of Object.entries(ITEM_SCHEMAS)) {
    const items = Array.isArray(raw[key]) ? (raw[key] as unknown[]) : [];
    known[key] = new Set();
    lists[key] = items.map((item) => {
      const parsed = schema.safeParse(item);
      if (parsed.success) return parsed.data;
      const id = isPlainObject(item) ? item.id : undefined;
      if (typeof id === "string") known[key]!.add(id);
      return undefined;
    });
  }
  return {
    lists: lists as unknown as ReferenceInput,
    known: known as unknown as KnownIds,
  };
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
      // Every problem in one pass: the items that are well-formed are still checked for
      // references, so fixing the shape does not reveal a second round of problems.
      const problems = schemaProblems(argumentMapSchema, parsed.error, value);
      // Only when every list can be read as a list: a claims list that is not one leaves no
      // way to tell which references are good.
      const readable = Object.keys(ITEM_SCHEMAS).every(
        (key) => Array.isArray(value[key]) || (value[key] === undefined && OPTIONAL_LISTS.has(key)),
      );
      if (readable) {
        const salvaged = salvage(value);
        const seen = new Set(problems.map((p) => p.path));
        for (const p of checkReferences(salvaged.lists, salvaged.known))
          if (!seen.has(p.path)) problems.push(p);
      }
      return { ok: false, problems };
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
