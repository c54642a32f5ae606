// What autosave keeps in localStorage, which (unlike IndexedDB) answers at once:
// - the note a closing tab leaves. A page that is unloading cannot wait for IndexedDB (a read
//   followed by a write never gets its second step). The next start-up takes the note if it
//   was built on the stored copy; see pendingVerdict.
// - a sign that this browser holds saved work, so that a first visit need not wait for
//   IndexedDB to open (tens to hundreds of milliseconds) before showing the map.
import type { SavedRecord } from "../../model/persist/savedRecord";

const PREFIX = "argument-map-pending:";
const SAVED = "argument-map-saved";

export interface LocalNotes {
  write(tab: string, record: SavedRecord): void;
  remove(key: string): void;
  keyOf(tab: string): string;
  /** Every note left, as stored text. */
  readAll(): { key: string; text: string }[];
  /** Records that a working copy has been saved in IndexedDB. */
  markSaved(): void;
  /** False only when this browser has certainly saved nothing: no sign, and no notes. */
  mayHaveSaved(): boolean;
}

function notesIn(storage: Storage): { key: string; text: string }[] {
  const notes: { key: string; text: string }[] = [];
  try {
    for (let i = 0; i < storage.length; i++) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX)) notes.push({ key, text: storage.getItem(key) ?? "" });
    }
  } catch {
    return [];
  }
  return notes;
}

/** Notes in localStorage, or null where it is unavailable (reading it may throw). */
export function localNotes(): LocalNotes | null {
  let storage: Storage;
  try {
    storage = window.localStorage;
    if (!storage) return null;
  } catch {
    return null;
  }
  const keyOf = (tab: string) => `${PREFIX}${tab}`;
  return {
    keyOf,
    write: (tab, record) => {
      try {
        storage.setItem(keyOf(tab), JSON.stringify(record));
      } catch {
        // Full or refused: the IndexedDB write that follows is the only chance left.
      }
    },
    remove: (key) => {
      try {
        storage.removeItem(key);
      } catch {
        // Nothing to do: a note left behind is judged again at the next start-up.
      }
    },
    readAll: () => notesIn(storage),
    markSaved: () => {
      try {
        if (storage.getItem(SAVED) !== "1") storage.setItem(SAVED, "1");
      } catch {
        // Without the sign, the next start-up still finds the work, after a short wait.
      }
    },
    mayHaveSaved: () => {
      try {
        return storage.getItem(SAVED) === "1" || notesIn(storage).length > 0;
      } catch {
        return true;
      }
    },
  };
}
