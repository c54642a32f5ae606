// The browser storage behind autosave: one IndexedDB object store holding the working copy
// and any saved data that had to be kept aside. Writes are compare-and-set inside one
// transaction, so two tabs cannot interleave between the check and the write.
import { openDB, type IDBPDatabase } from "idb";
import {
  decideWrite,
  type SaveBase,
  type SavedRecord,
  type WriteDecision,
} from "../../model/persist/savedRecord";

const DATABASE = "argument-map";
const STORE = "saves";
const WORKING = "working";

export interface SaveStorage {
  /** The stored working copy, as it is (it may be anything). */
  read(): Promise<unknown>;
  /** Writes the record `make` builds, if `decideWrite` allows it. */
  write(make: (revision: number) => SavedRecord, base: SaveBase): Promise<WriteDecision>;
  /** Moves the working copy to a key of its own, so it is kept while a new one is saved. */
  keepAside(): Promise<string>;
  /** Keeps some other data (a closing tab's stale copy) under a key of its own. */
  keep(raw: unknown): Promise<string>;
}

let kept = 0;
const keptKey = () => `kept-${new Date().toISOString()}-${++kept}`;

/**
 * A transaction's completion, which the caller awaits only on success: without this, a failed
 * write would also surface as an unhandled rejection in the console.
 */
function quiet(done: Promise<void>): Promise<void> {
  done.catch(() => undefined);
  return done;
}

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // Already finished or aborted by the browser.
  }
}

class IndexedDbStorage implements SaveStorage {
  constructor(private readonly db: IDBPDatabase) {}

  read(): Promise<unknown> {
    return this.db.get(STORE, WORKING);
  }

  async write(make: (revision: number) => SavedRecord, base: SaveBase): Promise<WriteDecision> {
    const tx = this.db.transaction(STORE, "readwrite");
    const done = quiet(tx.done);
    try {
      const decision = decideWrite(await tx.store.get(WORKING), base);
      if (decision.kind === "write") await tx.store.put(make(decision.revision), WORKING);
      await done;
      return decision;
    } catch (error) {
      // A put that throws (a full quota, say) leaves the transaction to be aborted.
      abortQuietly(tx);
      throw error;
    }
  }

  async keepAside(): Promise<string> {
    const key = keptKey();
    const tx = this.db.transaction(STORE, "readwrite");
    const done = quiet(tx.done);
    try {
      const raw: unknown = await tx.store.get(WORKING);
      await tx.store.put(raw, key);
      await tx.store.delete(WORKING);
      await done;
      return key;
    } catch (error) {
      abortQuietly(tx);
      throw error;
    }
  }

  async keep(raw: unknown): Promise<string> {
    const key = keptKey();
    await this.db.put(STORE, raw, key);
    return key;
  }
}

/** Opens the storage; fails (with the browser's reason) where IndexedDB is unavailable. */
export async function openSaveStorage(): Promise<SaveStorage> {
  if (typeof indexedDB === "undefined") throw new Error("this browser offers no IndexedDB");
  const db: IDBPDatabase = await openDB(DATABASE, 1, {
    upgrade(database) {
      database.createObjectStore(STORE);
    },
    // A newer version of the app, open in another tab, needs the database upgraded: step
    // aside. This tab's later writes then fail, and its banner says changes are not saved.
    blocking() {
      db.close();
    },
  });
  return new IndexedDbStorage(db);
}

/** A storage error in words, with the browser's name for it ("QuotaExceededError: …"). */
export const describeError = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);
