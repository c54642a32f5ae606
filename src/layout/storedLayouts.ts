// Region layouts kept in the browser between visits (IndexedDB), so a map opened before skips
// layout: keyed by `storedLayoutKey` (layout version, fonts, the region's cards and links).
// Used by the layout worker; nothing here touches the page. A storage that fails is a cache
// that misses: layout goes on without it.
import { openDB, type IDBPDatabase } from "idb";
import type { LaidRegion } from "./packedRegions";

/** A region's layout as kept: its key lives outside, and `at` says when it was last used. */
export type StoredRegion = Omit<LaidRegion, "key"> & { at: number };

export interface StoredLayouts {
  /** The stored layouts of these keys, in order; undefined where there is none. */
  get(keys: readonly string[]): Promise<(StoredRegion | undefined)[]>;
  /** Keeps these layouts; resolves once they are written. */
  put(entries: readonly [string, StoredRegion][]): Promise<void>;
}

const DATABASE = "argument-map-layouts";
const STORE = "regions";
/** Regions kept at most; the least recently used go first. A region is one topic of a map. */
export const MAX_STORED_REGIONS = 400;

/** In memory, for tests and where IndexedDB is missing. */
export function memoryLayouts(): StoredLayouts & { size(): number } {
  const kept = new Map<string, StoredRegion>();
  return {
    get: (keys) => Promise.resolve(keys.map((k) => kept.get(k))),
    put: (entries) => {
      for (const [k, v] of entries) kept.set(k, v);
      return Promise.resolve();
    },
    size: () => kept.size,
  };
}

/** IndexedDB, opened once; if it cannot be opened, every lookup misses and writes are dropped. */
export function indexedDbLayouts(): StoredLayouts {
  let opened: Promise<IDBPDatabase | null> | undefined;
  const db = () =>
    (opened ??=
      typeof indexedDB === "undefined"
        ? Promise.resolve(null)
        : openDB(DATABASE, 1, {
            upgrade(database) {
              database.createObjectStore(STORE).createIndex("at", "at");
            },
            blocking() {
              void opened?.then((d) => d?.close());
              opened = Promise.resolve(null);
            },
          }).catch(() => null));
  // Open now: the worker starts before the map is known, and the lookup waits for no one.
  void db();
  return {
    async get(keys) {
      const database = await db();
      if (!database || keys.length === 0) return keys.map(() => undefined);
      try {
        const tx = database.transaction(STORE, "readonly");
        const found = await Promise.all(keys.map((k) => tx.store.get(k) as Promise<StoredRegion>));
        return found;
      } catch {
        return keys.map(() => undefined);
      }
    },
    async put(entries) {
      const database = await db();
      if (!database || entries.length === 0) return;
      try {
        const tx = database.transaction(STORE, "readwrite");
        await Promise.all(entries.map(([k, v]) => tx.store.put(v, k)));
        // The least recently used regions go once there are too many.
        const count = await tx.store.count();
        if (count > MAX_STORED_REGIONS) {
          let cursor = await tx.store.index("at").openKeyCursor();
          for (let n = count - MAX_STORED_REGIONS; cursor && n > 0; n--) {
            await tx.store.delete(cursor.primaryKey);
            cursor = await cursor.continue();
          }
        }
        await tx.done;
      } catch {
        // A full disk or a private window: the layout is simply not kept.
      }
    },
  };
}
