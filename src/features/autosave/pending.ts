// The note a closing tab leaves. A page that is unloading cannot wait for IndexedDB (a read
// followed by a write never gets its second step), but localStorage writes at once. The next
// start-up takes the note if it was built on the stored copy; see pendingVerdict.
import type { SavedRecord } from "../../model/savedRecord";

const PREFIX = "argument-map-pending:";

export interface PendingNotes {
  write(tab: string, record: SavedRecord): void;
  remove(key: string): void;
  keyOf(tab: string): string;
  /** Every note left, as stored text. */
  readAll(): { key: string; text: string }[];
}

/** Notes in localStorage, or null where it is unavailable (reading it may throw). */
export function localPendingNotes(): PendingNotes | null {
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
    readAll: () => {
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
    },
  };
}
