// Start-up: finds the working copy saved in this browser, and any note a closing tab left.
// Saved data that cannot be used is moved aside (never overwritten) and offered for download.
import {
  pendingVerdict,
  readSaved,
  type ReadSaved,
  type SavedRecord,
} from "../../model/persist/savedRecord";
import type { ArgumentMap } from "../../model/core/types";
import type { KeptSave } from "../../store/appStore";
import type { LocalNotes } from "./localNotes";
import { describeError, openSaveStorage, type SaveStorage } from "./storage";

export interface Restored {
  storage: SaveStorage | null;
  unavailableReason?: string;
  /** The stored working copy (after anything unreadable was moved aside). */
  saved: ReadSaved;
  /** A closing tab's note built on the stored copy: newer than it, so it is what to show. */
  adopted: { record: SavedRecord; map: ArgumentMap; key: string } | null;
  /** Notes dealt with; removed once the next write has landed. */
  settledNotes: string[];
  /** Data that could not be restored, kept under another key; null when there was none. */
  kept: KeptSave | null;
}

function asText(raw: unknown): string {
  try {
    const text = JSON.stringify(raw, null, 2);
    if (typeof text === "string") return text;
  } catch {
    // Not JSON-like (a cycle, a BigInt): fall through.
  }
  return String(raw);
}

function parseNote(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export async function restoreWorkingCopy(notes: LocalNotes | null): Promise<Restored> {
  let storage: SaveStorage;
  let raw: unknown;
  try {
    storage = await openSaveStorage();
    raw = await storage.read();
  } catch (error) {
    return {
      storage: null,
      unavailableReason: `browser storage is unavailable (${describeError(error)})`,
      saved: { kind: "empty" },
      adopted: null,
      settledNotes: [],
      kept: null,
    };
  }
  let saved = readSaved(raw);
  let kept: KeptSave | null = null;
  if (saved.kind === "unreadable") {
    let where = "It is kept in this browser";
    try {
      await storage.keepAside();
    } catch {
      // Left where it is; autosave refuses to write over it and says so.
      where = "It is left where it was";
    }
    kept = { reason: `${saved.reason}. ${where}; you can download it.`, raw: asText(raw) };
    saved = { kind: "empty" };
  }

  // Newest note first: if two tabs closed with changes on the same copy, the later one wins
  // and the other is kept.
  const found = (notes?.readAll() ?? [])
    .map((note) => ({ ...note, read: readSaved(parseNote(note.text)) }))
    .sort((a, b) =>
      a.read.kind === "ok" && b.read.kind === "ok"
        ? b.read.record.savedAt.localeCompare(a.read.record.savedAt)
        : 0,
    );
  let adopted: Restored["adopted"] = null;
  const settledNotes: string[] = [];
  for (const note of found) {
    settledNotes.push(note.key);
    const verdict = note.read.kind === "ok" ? pendingVerdict(saved, note.read.record) : "stale";
    if (verdict === "adopt" && !adopted && note.read.kind === "ok") {
      adopted = { record: note.read.record, map: note.read.map, key: note.key };
    } else if (verdict !== "already-saved") {
      try {
        await storage.keep(parseNote(note.text));
      } catch {
        // Cannot keep it in IndexedDB: leave the note where it is, and offer it below.
        settledNotes.pop();
      }
      kept ??= {
        reason:
          "changes from a tab that closed before saving them were made on an older copy than the one saved since. They are kept in this browser; you can download them.",
        raw: note.text,
      };
    }
  }
  return { storage, saved, adopted, settledNotes, kept };
}
