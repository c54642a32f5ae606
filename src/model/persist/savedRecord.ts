// The autosaved working copy: what is written to the browser's storage, how it is read back,
// and when a write may go ahead. Pure: the storage itself lives in features/autosave.
import { parseMap } from "../format/loadMap";
import { serializeMap } from "../format/serializeMap";
import type { ArgumentMap, ClaimId } from "../core/types";

export const SAVED_RECORD_APP = "argument-map-autosave";
/** Bumped when the record's shape changes; a newer record is kept, never overwritten. */
export const SAVED_RECORD_FORMAT = 1;

/**
 * One working copy. The map is kept as file text, so that restoring it goes through the same
 * loader as every file, and so that the raw text can be offered for download as it is.
 */
export interface SavedRecord {
  app: typeof SAVED_RECORD_APP;
  format: typeof SAVED_RECORD_FORMAT;
  /** Goes up by one with every write; a tab writes only over the revision it last saw. */
  revision: number;
  /** ISO time of the write. */
  savedAt: string;
  /** Which tab wrote it. */
  tab: string;
  mapText: string;
  /** The view, as the URL fragment would carry it. */
  view: string;
  /** Claims the user put by hand, top-down: [id, x, y]. */
  positions: [ClaimId, number, number][];
  /** The same, left-right (absent in records written before directions kept their own). */
  positionsLR?: [ClaimId, number, number][];
}

export type ReadSaved =
  | { kind: "empty" }
  | { kind: "ok"; record: SavedRecord; map: ArgumentMap }
  /** Something is stored but cannot be used; it must be kept, not overwritten. */
  | { kind: "unreadable"; reason: string };

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === "object" && !Array.isArray(value);

const isPosition = (value: unknown): value is [string, number, number] =>
  Array.isArray(value) &&
  value.length === 3 &&
  typeof value[0] === "string" &&
  Number.isFinite(value[1]) &&
  Number.isFinite(value[2]);

/** Reads whatever the storage held. Never throws. */
export function readSaved(raw: unknown): ReadSaved {
  if (raw === undefined || raw === null) return { kind: "empty" };
  if (!isObject(raw) || raw.app !== SAVED_RECORD_APP)
    return { kind: "unreadable", reason: "it is not a saved map this app recognises" };
  if (typeof raw.format !== "number" || !Number.isInteger(raw.format))
    return { kind: "unreadable", reason: "it has no format number" };
  if (raw.format > SAVED_RECORD_FORMAT)
    return {
      kind: "unreadable",
      reason: `it was saved by a newer version of this app (format ${raw.format}; this version reads format ${SAVED_RECORD_FORMAT})`,
    };
  const { revision, savedAt, tab, mapText, view, positions, positionsLR } = raw;
  if (!Number.isSafeInteger(revision) || (revision as number) < 1)
    return { kind: "unreadable", reason: "its revision number is missing or wrong" };
  if (typeof mapText !== "string") return { kind: "unreadable", reason: "it holds no map text" };
  if (typeof savedAt !== "string" || typeof tab !== "string" || typeof view !== "string")
    return { kind: "unreadable", reason: "its time, tab or view is missing" };
  if (!Array.isArray(positions) || !positions.every(isPosition))
    return { kind: "unreadable", reason: "its claim positions are malformed" };
  if (positionsLR !== undefined && (!Array.isArray(positionsLR) || !positionsLR.every(isPosition)))
    return { kind: "unreadable", reason: "its left-right claim positions are malformed" };
  const loaded = parseMap(mapText);
  if (!loaded.ok) {
    const first = loaded.problems[0];
    const more = loaded.problems.length > 1 ? ` (and ${loaded.problems.length - 1} more)` : "";
    return {
      kind: "unreadable",
      reason: `its map is not valid: ${first ? `${first.path}: ${first.message}` : "unknown problem"}${more}`,
    };
  }
  return {
    kind: "ok",
    map: loaded.map,
    record: {
      app: SAVED_RECORD_APP,
      format: SAVED_RECORD_FORMAT,
      revision: revision as number,
      savedAt,
      tab,
      mapText,
      view,
      positions: positions as [ClaimId, number, number][],
      ...(positionsLR === undefined
        ? {}
        : { positionsLR: positionsLR as [ClaimId, number, number][] }),
    },
  };
}

/** What a tab last knew of the stored copy: its revision (0 when nothing was stored) and map. */
export interface SaveBase {
  revision: number;
  mapText: string | null;
}

export type WriteDecision =
  | { kind: "write"; revision: number }
  /** Another tab saved a different document since this tab last looked. */
  | { kind: "conflict"; revision: number }
  | { kind: "unreadable"; reason: string };

/**
 * Decides, inside the storage transaction, whether a tab may write. It may when the stored
 * copy is the one it last saw, or when only the view changed since (the document is the same).
 * A stored copy that cannot be read is never written over.
 */
export function decideWrite(stored: unknown, base: SaveBase): WriteDecision {
  const current = readStoredHead(stored);
  if (current.kind === "unreadable") return current;
  // Nothing stored (a first save, or the site's data was cleared): nothing to write over.
  if (current.kind === "empty") return { kind: "write", revision: base.revision + 1 };
  if (current.revision === base.revision || current.mapText === base.mapText)
    return { kind: "write", revision: current.revision + 1 };
  return { kind: "conflict", revision: current.revision };
}

/** The revision and map text of a stored record, without the cost of loading its map. */
function readStoredHead(
  raw: unknown,
):
  | { kind: "empty" }
  | { kind: "head"; revision: number; mapText: string }
  | { kind: "unreadable"; reason: string } {
  if (raw === undefined || raw === null) return { kind: "empty" };
  if (
    !isObject(raw) ||
    raw.app !== SAVED_RECORD_APP ||
    raw.format !== SAVED_RECORD_FORMAT ||
    !Number.isSafeInteger(raw.revision) ||
    typeof raw.mapText !== "string"
  ) {
    const read = readSaved(raw);
    return {
      kind: "unreadable",
      reason: read.kind === "unreadable" ? read.reason : "it cannot be read",
    };
  }
  return { kind: "head", revision: raw.revision as number, mapText: raw.mapText };
}

/** What a tab knows when another tab says it saved. */
export interface OtherTabSave {
  /** The revision the other tab announced. */
  announced: number;
  /** The stored copy's revision and map text, read after the announcement. */
  stored: { revision: number; mapText: string } | null;
  /** Whether this tab's document differs from what it last saved or restored. */
  ownChanges: boolean;
}

export type OtherTabVerdict =
  /** Nothing new for this tab. */
  | { kind: "ignore" }
  /** The other tab changed only its view: same document, a newer revision to build on. */
  | { kind: "advance"; revision: number }
  /** Take the other tab's document: this tab has nothing of its own to lose. */
  | { kind: "adopt" }
  /** Both tabs changed the document: the user decides. */
  | { kind: "conflict" };

/**
 * Decides what a tab does when another tab announces a save. Pure: the shell reads the
 * stored copy and checks for its own edits after the read (so an edit made meanwhile is
 * never dropped), then acts on the verdict.
 */
export function decideOnOtherTabSave(base: SaveBase, save: OtherTabSave): OtherTabVerdict {
  if (save.announced <= base.revision || !save.stored) return { kind: "ignore" };
  if (save.stored.mapText === base.mapText)
    return save.stored.revision > base.revision
      ? { kind: "advance", revision: save.stored.revision }
      : { kind: "ignore" };
  if (save.stored.revision <= base.revision) return { kind: "ignore" };
  return save.ownChanges ? { kind: "conflict" } : { kind: "adopt" };
}

/** The text a map is stored as; the same as a downloaded file. */
export const mapTextOf = serializeMap;

export function makeRecord(fields: Omit<SavedRecord, "app" | "format">): SavedRecord {
  return { app: SAVED_RECORD_APP, format: SAVED_RECORD_FORMAT, ...fields };
}

/**
 * What to do at start-up with a copy a closing tab noted synchronously (because a storage
 * write cannot finish while a page unloads). Its revision is the one it would have written.
 */
export function pendingVerdict(
  stored: ReadSaved,
  pending: SavedRecord,
): "adopt" | "already-saved" | "stale" {
  const storedRevision = stored.kind === "ok" ? stored.record.revision : 0;
  if (pending.revision === storedRevision + 1) return "adopt";
  if (stored.kind === "ok" && stored.record.mapText === pending.mapText) return "already-saved";
  return "stale";
}
