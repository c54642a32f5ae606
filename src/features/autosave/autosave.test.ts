import { selectMap } from "../../store/selectors";
import "fake-indexeddb/auto";
import { IDBFactory } from "fake-indexeddb";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { updateClaim } from "../../model/core/edits";
import {
  makeRecord,
  mapTextOf,
  readSaved,
  type SavedRecord,
} from "../../model/persist/savedRecord";
import { sampleMap } from "../../model/testing/testMaps";
import { createAppStore, type AppStore } from "../../store/appStore";
import { startAutosave, type SaveChannel, type SavedMessage } from "./autosave";
import type { LocalNotes } from "./localNotes";
import { restoreWorkingCopy } from "./restore";
import { openSaveStorage, type SaveStorage } from "./storage";

beforeEach(() => {
  // A fresh, empty IndexedDB for every test.
  globalThis.indexedDB = new IDBFactory();
});

/** A channel between tabs of one test, delivering like BroadcastChannel: to the others only. */
function channelHub() {
  const listeners = new Set<(m: SavedMessage) => void>();
  return (): SaveChannel => {
    let mine: ((m: SavedMessage) => void) | undefined;
    return {
      post: (message) => {
        for (const l of listeners) if (l !== mine) setTimeout(() => l(message), 0);
      },
      listen: (onMessage) => {
        mine = onMessage;
        listeners.add(onMessage);
        return () => listeners.delete(onMessage);
      },
    };
  };
}

const rename = (store: AppStore, text: string) =>
  store.getState().edit((m) => updateClaim(m, "c1", { text }));

async function tab(
  storage: SaveStorage,
  name: string,
  channel: SaveChannel | null = null,
): Promise<{ store: AppStore; autosave: ReturnType<typeof startAutosave> }> {
  const read = readSaved(await storage.read());
  const store = createAppStore(read.kind === "ok" ? read.map : sampleMap());
  const base =
    read.kind === "ok"
      ? { revision: read.record.revision, mapText: read.record.mapText }
      : { revision: 0, mapText: null };
  const autosave = startAutosave({ store, storage, base, tab: name, channel, delayMs: 5 });
  return { store, autosave };
}

/** Two tabs on one storage; tab A has saved "From A", tab B has "From B" but saved nothing. */
async function staleTabs(storage: SaveStorage) {
  const a = await tab(storage, "a");
  const b = await tab(storage, "b");
  rename(a.store, "From A");
  await a.autosave.flush();
  rename(b.store, "From B");
  await b.autosave.flush();
  return { a, b, stop: () => (a.autosave.stop(), b.autosave.stop()) };
}

const stored = async (storage: SaveStorage) => {
  const read = readSaved(await storage.read());
  if (read.kind !== "ok") throw new Error(`stored copy is ${read.kind}`);
  return read;
};

describe("autosave", () => {
  it("writes the document, view and dragged positions a moment after a change", async () => {
    const storage = await openSaveStorage();
    const { store, autosave } = await tab(storage, "a");
    rename(store, "Edited");
    store.getState().moveClaims(new Map([["c1", { x: 12, y: 34 }]]));
    store.getState().selectClaim("c2");
    await vi.waitFor(async () =>
      expect((await stored(storage)).map.claims[0]?.text).toBe("Edited"),
    );
    const read = await stored(storage);
    expect(read.record.positions).toEqual([["c1", 12, 34]]);
    expect(read.record.view).toContain("c2");
    expect(store.getState().saveProblem).toBeNull();
    autosave.stop();
  });

  it("waits for quiet, but never longer than its longest wait", async () => {
    vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout", "Date"] });
    try {
      const written: string[] = [];
      // A storage that records what it is asked to write, and writes at once.
      const storage = {
        read: () => Promise.resolve(undefined),
        write: vi.fn((make: (revision: number) => SavedRecord) => {
          written.push(make(written.length + 1).mapText);
          return Promise.resolve({ kind: "write" as const, revision: written.length });
        }),
      } as unknown as SaveStorage;
      const store = createAppStore(sampleMap());
      const autosave = startAutosave({
        store,
        storage,
        base: { revision: 0, mapText: null },
        tab: "a",
        channel: null,
        delayMs: 40,
        maxWaitMs: 100,
      });
      // A change every 10 ms for 200 ms: the quiet delay never passes, the longest wait does,
      // at 100 ms and again at 200 ms.
      for (let i = 0; i < 20; i++) {
        rename(store, `Edit ${i}`);
        await vi.advanceTimersByTimeAsync(10);
      }
      expect(written).toHaveLength(2);
      expect(written[0]).toContain('"Edit 9"');
      expect(written[1]).toContain('"Edit 19"');
      // Quiet now, and nothing changed since the last write: no more writes.
      await vi.advanceTimersByTimeAsync(1_000);
      expect(written).toHaveLength(2);
      // One more change is written once the quiet delay has passed, not before.
      rename(store, "Last");
      await vi.advanceTimersByTimeAsync(39);
      expect(written).toHaveLength(2);
      await vi.advanceTimersByTimeAsync(1);
      expect(written).toHaveLength(3);
      autosave.stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it("shows a failing save, keeps editing, and clears after the next good save", async () => {
    const storage = await openSaveStorage();
    const { store, autosave } = await tab(storage, "a");
    const realWrite = storage.write.bind(storage);
    const write = vi
      .spyOn(storage, "write")
      .mockRejectedValue(new DOMException("The quota has been exceeded.", "QuotaExceededError"));
    rename(store, "Not saved");
    await autosave.flush();
    expect(store.getState().saveProblem).toEqual({
      kind: "failing",
      message: "QuotaExceededError: The quota has been exceeded.",
    });
    expect(rename(store, "Still editing")).toBe(true);
    write.mockImplementation(realWrite);
    await autosave.flush();
    expect(store.getState().saveProblem).toBeNull();
    expect((await stored(storage)).map.claims[0]?.text).toBe("Still editing");
    autosave.stop();
  });

  it("says so when there is no storage at all", () => {
    const store = createAppStore(sampleMap());
    startAutosave({
      store,
      storage: null,
      unavailableReason: "browser storage is unavailable (SecurityError)",
      base: { revision: 0, mapText: null },
      tab: "a",
      channel: null,
    }).stop();
    expect(store.getState().saveProblem).toEqual({
      kind: "failing",
      message: "browser storage is unavailable (SecurityError)",
    });
  });

  it("never lets a stale tab write over another tab's newer document", async () => {
    const storage = await openSaveStorage();
    const { b, stop } = await staleTabs(storage);
    expect(b.store.getState().saveProblem).toEqual({ kind: "conflict" });
    expect((await stored(storage)).map.claims[0]?.text).toBe("From A");
    // The user chooses: take A's version.
    await b.autosave.loadNewer();
    expect(selectMap(b.store.getState()).claims[0]?.text).toBe("From A");
    expect(b.store.getState().saveProblem).toBeNull();
    stop();
  });

  it("writes the stale tab's copy only when the user says keep mine", async () => {
    const storage = await openSaveStorage();
    const { b, stop } = await staleTabs(storage);
    await b.autosave.keepMine();
    expect(b.store.getState().saveProblem).toBeNull();
    expect((await stored(storage)).map.claims[0]?.text).toBe("From B");
    stop();
  });

  it("does not call a view-only change in another tab a conflict", async () => {
    const storage = await openSaveStorage();
    const a = await tab(storage, "a");
    const b = await tab(storage, "b");
    b.store.getState().selectClaim("c2");
    await b.autosave.flush();
    rename(a.store, "From A");
    await a.autosave.flush();
    expect(a.store.getState().saveProblem).toBeNull();
    expect((await stored(storage)).map.claims[0]?.text).toBe("From A");
    a.autosave.stop();
    b.autosave.stop();
  });

  it("brings a clean tab up to date when another tab saves, and warns a tab with changes", async () => {
    const storage = await openSaveStorage();
    const hub = channelHub();
    const a = await tab(storage, "a", hub());
    const b = await tab(storage, "b", hub());
    const c = await tab(storage, "c", hub());
    // C has unsaved changes of its own: a long delay keeps them pending.
    c.autosave.stop();
    const cStore = createAppStore(selectMap(c.store.getState()));
    const cSave = startAutosave({
      store: cStore,
      storage,
      base: { revision: 0, mapText: null },
      tab: "c",
      channel: hub(),
      delayMs: 60_000,
      maxWaitMs: 60_000,
    });
    rename(cStore, "From C");
    rename(a.store, "From A");
    await a.autosave.flush();
    await vi.waitFor(() => expect(selectMap(b.store.getState()).claims[0]?.text).toBe("From A"));
    expect(b.store.getState().notice).toMatch(/another tab/);
    await vi.waitFor(() => expect(cStore.getState().saveProblem).toEqual({ kind: "conflict" }));
    expect(selectMap(cStore.getState()).claims[0]?.text).toBe("From C");
    for (const t of [a.autosave, b.autosave, cSave]) t.stop();
  });
});

describe("restoreWorkingCopy", () => {
  it("moves unreadable saved data aside, never over it, and offers it", async () => {
    const storage = await openSaveStorage();
    const newer = { app: "argument-map-autosave", format: 7, revision: 3, future: true };
    await storage.write(() => newer as never, { revision: 0, mapText: null });
    const restored = await restoreWorkingCopy(null);
    expect(restored.saved.kind).toBe("empty");
    expect(restored.kept?.reason).toMatch(/newer version of this app \(format 7/);
    expect(JSON.parse(restored.kept?.raw ?? "")).toEqual(newer);
    // The working slot is free for new work; the old record lives on under its own key.
    expect(await restored.storage?.read()).toBeUndefined();
    const { openDB } = await import("idb");
    const db = await openDB("argument-map", 1);
    const keys = await db.getAllKeys("saves");
    expect(keys.filter((k) => String(k).startsWith("kept-"))).toHaveLength(1);
    expect(await db.get("saves", keys[0] as string)).toEqual(newer);
  });

  it("restores a readable working copy", async () => {
    const storage = await openSaveStorage();
    const text = mapTextOf(sampleMap());
    const { store, autosave } = await tab(storage, "a");
    rename(store, "Kept");
    await autosave.flush();
    autosave.stop();
    const restored = await restoreWorkingCopy(null);
    expect(restored.saved.kind).toBe("ok");
    if (restored.saved.kind === "ok") {
      expect(restored.saved.map.claims[0]?.text).toBe("Kept");
      expect(restored.saved.record.mapText).not.toBe(text);
    }
  });

  it("takes a closing tab's note built on the stored copy, and keeps a stale one", async () => {
    const storage = await openSaveStorage();
    const { store, autosave } = await tab(storage, "a");
    rename(store, "Saved");
    await autosave.flush();
    autosave.stop();
    const notes = memoryNotes();
    const note = (revision: number, text: string, savedAt: string) =>
      JSON.stringify(
        makeRecord({
          revision,
          savedAt,
          tab: "gone",
          mapText: mapTextOf({
            ...sampleMap(),
            claims: sampleMap().claims.map((c, i) => (i === 0 ? { ...c, text } : c)),
          }),
          view: "",
          positions: [],
        }),
      );
    notes.texts.set("n1", note(2, "Closed before saving", "2026-11-29T08:00:01.000Z"));
    notes.texts.set("n2", note(1, "Built on nothing", "2026-11-29T08:00:00.000Z"));
    notes.texts.set("n3", "not even JSON");
    const restored = await restoreWorkingCopy(notes);
    expect(restored.adopted?.map.claims[0]?.text).toBe("Closed before saving");
    expect(restored.kept?.reason).toMatch(/tab that closed before saving/);
    expect(restored.settledNotes.sort()).toEqual(["n1", "n2", "n3"]);
    const { openDB } = await import("idb");
    const db = await openDB("argument-map", 1);
    const keys = (await db.getAllKeys("saves")).map(String);
    expect(keys.filter((k) => k.startsWith("kept-"))).toHaveLength(2);
  });
});

function memoryNotes(): LocalNotes & { texts: Map<string, string> } {
  const texts = new Map<string, string>();
  return {
    texts,
    keyOf: (tab) => `note:${tab}`,
    write: (tab, record) => texts.set(`note:${tab}`, JSON.stringify(record)),
    remove: (key) => texts.delete(key),
    readAll: () => [...texts].map(([key, text]) => ({ key, text })),
    markSaved: () => undefined,
    mayHaveSaved: () => true,
  };
}
