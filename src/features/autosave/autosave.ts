// Autosave: watches the store, writes the working copy a moment after each change (and at
// once when the page is hidden or left), and keeps two tabs from writing over each other.
import {
  decideOnOtherTabSave,
  makeRecord,
  mapTextOf,
  readSaved,
  type SaveBase,
  type SavedRecord,
} from "../../model/persist/savedRecord";
import type { ArgumentMap, ClaimId } from "../../model/core/types";
import type { XY } from "../../model/geometry/geometry";
import type { AppState, AppStore, Pins } from "../../store/appStore";
import { selectMap } from "../../store/selectors";
import { selectViewFragment } from "../../store/viewFragment";
import type { LocalNotes } from "./localNotes";
import { describeError, type SaveStorage } from "./storage";

/** Tells other tabs that this one saved. */
export interface SaveChannel {
  post(message: SavedMessage): void;
  listen(onMessage: (message: SavedMessage) => void): () => void;
}

export interface SavedMessage {
  type: "saved";
  revision: number;
  tab: string;
}

export interface AutosaveOptions {
  store: AppStore;
  /** Null when the browser offers no storage; the banner then says why. */
  storage: SaveStorage | null;
  unavailableReason?: string;
  /** What the store's document was restored from (revision 0 if nothing). */
  base: SaveBase;
  tab: string;
  channel: SaveChannel | null;
  /** Quiet time after a change before writing. */
  delayMs?: number;
  /** The longest a change waits while changes keep coming. */
  maxWaitMs?: number;
  /** The store's document is not the stored one yet (it came from elsewhere). */
  unsaved?: boolean;
  /** Where a closing page notes what it could not write in time. */
  pending?: LocalNotes | null;
  /** Notes to remove once this tab's first write is done (a note it took at start-up). */
  settledNotes?: readonly string[];
}

export interface Autosave {
  /** Writes now if anything changed since the last write. */
  flush(): Promise<void>;
  /** Takes the other tab's newer copy, dropping this tab's unsaved document changes. */
  loadNewer(): Promise<void>;
  /** Writes this tab's copy over the other tab's, on the user's say-so. */
  keepMine(): Promise<void>;
  stop(): void;
}

interface Snapshot {
  map: ArgumentMap;
  view: string;
  pins: Pins;
}

const snapshotOf = (state: AppState): Snapshot => ({
  map: selectMap(state),
  view: selectViewFragment(state),
  pins: state.history.present.pins,
});

const positionsOf = (pins: ReadonlyMap<ClaimId, XY>): [ClaimId, number, number][] =>
  [...pins].map(([id, p]) => [id, p.x, p.y]);

/** The pins a saved record carries. */
export function pinsOf(record: SavedRecord, map: ArgumentMap): Pins {
  const ids = new Set(map.claims.map((c) => c.id));
  const read = (positions: SavedRecord["positions"] = []) =>
    new Map(positions.filter(([id]) => ids.has(id)).map(([id, x, y]) => [id, { x, y }]));
  return { TB: read(record.positions), LR: read(record.positionsLR) };
}

export function startAutosave(options: AutosaveOptions): Autosave {
  const { store, storage, tab, channel } = options;
  const delayMs = options.delayMs ?? 300;
  const maxWaitMs = options.maxWaitMs ?? 1000;
  let base: SaveBase = options.base;
  // The last state written (or restored): changes are measured against it.
  let saved = snapshotOf(store.getState());
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstPending: number | undefined;
  let writing: Promise<void> | null = null;
  let again = false;
  // Write even if nothing changed since the last write.
  let force = options.unsaved === true;
  // Serialising a big map is the costly part of a write; a document is serialised once.
  const texts = new WeakMap<ArgumentMap, string>();
  const textOf = (map: ArgumentMap) => {
    let text = texts.get(map);
    if (text === undefined) {
      text = mapTextOf(map);
      texts.set(map, text);
    }
    return text;
  };
  // With nothing stored yet, the tab's starting document is what it last knew: another tab
  // that started from the same document and changed only its view is then no conflict.
  if (base.mapText === null) base = { ...base, mapText: textOf(saved.map) };
  else if (!options.unsaved) texts.set(saved.map, base.mapText);

  const setProblem = (problem: AppState["saveProblem"]) => {
    const current = store.getState().saveProblem;
    if (JSON.stringify(current) !== JSON.stringify(problem))
      store.getState().setSaveProblem(problem);
  };

  if (!storage) {
    setProblem({
      kind: "failing",
      message: options.unavailableReason ?? "this browser offers no storage",
    });
  }

  const pending = options.pending ?? null;
  let settledNotes = options.settledNotes ?? [];

  const changed = (state: AppState) =>
    force ||
    selectMap(state) !== saved.map ||
    state.history.present.pins !== saved.pins ||
    selectViewFragment(state) !== saved.view;

  const recordOf = (next: Snapshot, revision: number): SavedRecord =>
    makeRecord({
      revision,
      savedAt: new Date().toISOString(),
      tab,
      mapText: textOf(next.map),
      view: next.view,
      positions: positionsOf(next.pins.TB),
      ...(next.pins.LR.size > 0 ? { positionsLR: positionsOf(next.pins.LR) } : {}),
    });

  const write = async (): Promise<void> => {
    if (!storage) return;
    const next = snapshotOf(store.getState());
    const mapText = textOf(next.map);
    try {
      const decision = await storage.write((revision) => recordOf(next, revision), base);
      if (decision.kind === "write") {
        base = { revision: decision.revision, mapText };
        saved = next;
        force = false;
        setProblem(null);
        if (pending) {
          for (const key of [...settledNotes, pending.keyOf(tab)]) pending.remove(key);
          settledNotes = [];
          pending.markSaved();
        }
        channel?.post({ type: "saved", revision: decision.revision, tab });
      } else if (decision.kind === "conflict") {
        setProblem({ kind: "conflict" });
      } else {
        setProblem({
          kind: "failing",
          message: `the saved data in this browser cannot be read and is kept as it is: ${decision.reason}`,
        });
      }
    } catch (error) {
      setProblem({ kind: "failing", message: describeError(error) });
    }
  };

  // One write at a time; a change during a write is written after it.
  const run = (): Promise<void> => {
    if (writing) {
      again = true;
      return writing;
    }
    writing = write().finally(() => {
      writing = null;
      if (again) {
        again = false;
        schedule();
      }
    });
    return writing;
  };

  const flush = (): Promise<void> => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    firstPending = undefined;
    if (!changed(store.getState()) && store.getState().saveProblem?.kind !== "failing")
      return writing ?? Promise.resolve();
    return run();
  };

  function schedule() {
    if (!storage) return;
    const now = Date.now();
    firstPending ??= now;
    if (timer !== undefined) clearTimeout(timer);
    const wait = Math.max(0, Math.min(delayMs, firstPending + maxWaitMs - now));
    timer = setTimeout(() => void flush(), wait);
  }

  const unsubscribe = store.subscribe((state) => {
    if (changed(state)) schedule();
  });
  if (force) schedule();

  /** Reads the stored copy; null (with the banner saying why, if it failed) when unusable. */
  const readStored = async (quick: boolean) => {
    if (!storage) return null;
    try {
      const raw = await storage.read();
      // Another tab's view-only save: the same document, not worth loading again.
      const head = raw as Partial<SavedRecord> | undefined;
      if (quick && head?.mapText === base.mapText && Number.isSafeInteger(head?.revision))
        return { sameDocument: true as const, revision: head?.revision as number };
      const read = readSaved(raw);
      return read.kind === "ok" ? { sameDocument: false as const, ...read } : null;
    } catch (error) {
      setProblem({ kind: "failing", message: describeError(error) });
      return null;
    }
  };

  /** Shows a stored copy in place of this tab's document. Synchronous: no edit slips in. */
  const adopt = (read: { record: SavedRecord; map: ArgumentMap }) => {
    texts.set(read.map, read.record.mapText);
    base = { revision: read.record.revision, mapText: read.record.mapText };
    store.getState().replaceDocument(read.map, pinsOf(read.record, read.map));
    saved = snapshotOf(store.getState());
  };

  const onMessage = async (message: SavedMessage) => {
    if (message.type !== "saved" || message.tab === tab || message.revision <= base.revision)
      return;
    const read = await readStored(true);
    const verdict = decideOnOtherTabSave(base, {
      announced: message.revision,
      stored: !read
        ? null
        : read.sameDocument
          ? { revision: read.revision, mapText: base.mapText ?? "" }
          : { revision: read.record.revision, mapText: read.record.mapText },
      // Checked after the read, so that an edit made meanwhile is never dropped.
      ownChanges: selectMap(store.getState()) !== saved.map,
    });
    if (verdict.kind === "advance") base = { ...base, revision: verdict.revision };
    else if (verdict.kind === "conflict") setProblem({ kind: "conflict" });
    else if (verdict.kind === "adopt" && read && !read.sameDocument) {
      adopt(read);
      store.getState().setNotice("This map was updated with changes saved in another tab.");
    }
  };
  const stopListening = channel?.listen((message) => void onMessage(message));

  // A page being hidden may be closing: note what is unsaved at once, then try to write it.
  const onHide = () => {
    const state = store.getState();
    // In a conflict too: the next start-up then offers this copy rather than dropping it.
    if (pending && storage && changed(state))
      pending.write(tab, recordOf(snapshotOf(state), base.revision + 1));
    void flush();
  };
  const onVisibility = () => {
    if (document.visibilityState === "hidden") onHide();
  };
  // Absent only in the unit tests, which run without a DOM.
  const hasDom = typeof window !== "undefined" && typeof document !== "undefined";
  if (hasDom) {
    window.addEventListener("pagehide", onHide);
    document.addEventListener("visibilitychange", onVisibility);
  }

  return {
    flush,
    loadNewer: async () => {
      const read = await readStored(false);
      if (!read || read.sameDocument) return;
      adopt(read);
      setProblem(null);
    },
    keepMine: async () => {
      const read = await readStored(false);
      if (read && !read.sameDocument)
        base = { revision: read.record.revision, mapText: read.record.mapText };
      force = true;
      await flush();
    },
    stop: () => {
      if (timer !== undefined) clearTimeout(timer);
      unsubscribe();
      stopListening?.();
      if (hasDom) {
        window.removeEventListener("pagehide", onHide);
        document.removeEventListener("visibilitychange", onVisibility);
      }
    },
  };
}

/** A BroadcastChannel between this app's tabs, where the browser has one. */
export function broadcastChannel(name = "argument-map-autosave"): SaveChannel | null {
  if (typeof BroadcastChannel === "undefined") return null;
  const channel = new BroadcastChannel(name);
  return {
    post: (message) => channel.postMessage(message),
    listen: (onMessage) => {
      const handler = (event: MessageEvent<unknown>) => {
        const data = event.data as Partial<SavedMessage> | null;
        if (
          data &&
          data.type === "saved" &&
          typeof data.revision === "number" &&
          typeof data.tab === "string"
        )
          onMessage({ type: "saved", revision: data.revision, tab: data.tab });
      };
      channel.addEventListener("message", handler);
      return () => channel.removeEventListener("message", handler);
    },
  };
}

/** An Autosave to hand out before the storage has opened; its actions wait for the real one. */
export function deferredAutosave(): { autosave: Autosave; resolve: (real: Autosave) => void } {
  let resolve: (real: Autosave) => void = () => undefined;
  const ready = new Promise<Autosave>((r) => (resolve = r));
  return {
    resolve,
    autosave: {
      flush: () => ready.then((real) => real.flush()),
      loadNewer: () => ready.then((real) => real.loadNewer()),
      keepMine: () => ready.then((real) => real.keepMine()),
      stop: () => void ready.then((real) => real.stop()),
    },
  };
}
