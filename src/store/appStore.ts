// The one store: source state only (the document and the view), built from two slices.
// Actions are thin verbs over model/; everything else is derived outside the store.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { LayoutDirection } from "../layout/layoutTypes";
import type { XY } from "../model/geometry/geometry";
import type {
  ArgumentMap,
  ClaimId,
  LinkType,
  Problem,
  Quote,
  SpeakerId,
  TopicId,
} from "../model/core/types";
import { addClaim, freshId, type EditResult } from "../model/core/edits";
import { commit, redo, startHistory, undo, type History } from "../model/core/history";
import type { SharedView } from "../model/view/urlState";
import type { ImportReport } from "../model/interop/importReport";
import type { Status } from "../model/evaluate/evaluateMap";
import { mapIndex } from "../model/core/mapIndex";
import { FRAMING, NO_FILTER, type FilterMode, type ViewFilter } from "../model/view/viewFilter";
import { emitViewCommand } from "./viewCommands";

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

/** Where the user put claims by hand, one set per direction; these win over the layout. */
export interface Pins {
  TB: ReadonlyMap<ClaimId, XY>;
  LR: ReadonlyMap<ClaimId, XY>;
}

export const NO_PINS: Pins = { TB: new Map(), LR: new Map() };

/**
 * What undo and redo step through: the map, and where the user put its claims by hand, so
 * that moving a card is a step like any edit.
 */
export interface DocumentState {
  map: ArgumentMap;
  pins: Pins;
  /**
   * Which opened document this is: set when a map is opened, kept through its edits. A view
   * in the browser's history that belongs to another document is not applied to this one.
   */
  token: string;
}

export interface DocumentSlice {
  /** The document is `history.present` (see `selectMap`): it is kept once. */
  history: History<DocumentState>;
  /** Shows another map with a fresh view; undoable, like an edit. */
  openMap: (map: ArgumentMap) => void;
  /**
   * Takes a newer copy of the same document (saved by another tab): a fresh history, and
   * the view kept wherever it still points at something.
   */
  replaceDocument: (map: ArgumentMap, pins?: Pins) => void;
  /**
   * Applies an edit from model/edits.ts. A refused edit changes nothing and its reason
   * becomes the notice; the result says whether it went through.
   */
  edit: (change: (map: ArgumentMap) => EditResult) => boolean;
  undo: () => void;
  redo: () => void;
  /** Adds an empty claim (at a place on the map, if given), selects it and opens its editor. */
  addClaim: (position?: XY) => void;
  /**
   * Adds a claim made from a passage of a source (its quote is the passage's words), selects
   * it and opens its editor, where a speaker is proposed.
   */
  addClaimFromPassage: (text: string, quote: Quote) => void;
  /** Puts claims where the user dropped them (in the current direction): one undoable step. */
  moveClaims: (moves: ReadonlyMap<ClaimId, XY>) => void;
  /**
   * Lays the map out afresh: the places the user gave claims in this direction are let go,
   * as an undoable step.
   */
  rearrange: () => void;
}

export interface ViewSlice {
  /** The claim whose details are shown. */
  selectedId: ClaimId | null;
  /** Every selected claim (Shift-, Ctrl- or Cmd-click, or a box): what "the selection" exports. */
  selectedIds: ReadonlySet<ClaimId>;
  direction: LayoutDirection;
  /**
   * How many times the user asked for a fresh layout. It is a counter rather than an event
   * because the layout is derived from it: the layout follows (map, direction, this), and a
   * canvas mounted later still finds the layout the user asked for.
   */
  layoutGeneration: number;
  sourcePaneOpen: boolean;
  /** The link under the pointer or keyboard focus, whose note is shown. */
  activeLinkId: string | null;
  filter: ViewFilter;
  search: string;
  /** Which search match is current, for "3 of 7". */
  searchIndex: number;
  lens: SpeakerId | null;
  matrixOpen: boolean;
  view: "map" | "outline";
  explorePanelOpen: boolean;
  /** The last viewport React Flow reported, for sharing; null until the map has settled. */
  viewport: Viewport | null;
  /** A viewport to apply once the map is drawn (from a URL, or Back and Forward). */
  pendingViewport: Viewport | null;
  /** A quiet message, such as values in a URL that did not fit the map. */
  notice: string | null;
  /** Whether cards carry their evaluated status. */
  showStatus: boolean;
  position: Position | null;
  /** The claim whose editor is open in the details panel. */
  editingId: ClaimId | null;
  /** Edits typed but not saved, kept when the user left the editor for something else. */
  drafts: ReadonlyMap<ClaimId, ClaimDraft>;
  /** The claim "Add claim" just made: cancelling its first edit takes it away again. */
  newClaimId: ClaimId | null;
  /** What was wrong with the last file that could not be opened; the map stays as it was. */
  openProblems: { title: string; problems: readonly Problem[] } | null;
  /** What an import from another format made of its file, to show once it is open. */
  importReport: { title: string; format: string; report: ImportReport } | null;
  /** Whether autosave is keeping up; see features/autosave. */
  saveProblem: SaveProblem | null;
  /** Saved data found at start-up that could not be restored; it is kept, and offered here. */
  keptSave: KeptSave | null;

  selectClaim: (id: ClaimId | null, options?: { centre?: boolean }) => void;
  /** Sets the whole selection (from a box or modifier clicks); the details show `primary`. */
  setSelection: (ids: ReadonlySet<ClaimId>, primary?: ClaimId | null) => void;
  setDirection: (direction: LayoutDirection) => void;
  setSourcePaneOpen: (open: boolean) => void;
  setActiveLink: (id: string | null) => void;
  setSpeakerHidden: (speaker: SpeakerId, hidden: boolean) => void;
  showAllSpeakers: () => void;
  hideAllSpeakers: () => void;
  onlySpeaker: (speaker: SpeakerId) => void;
  setTopicHidden: (topic: TopicId, hidden: boolean) => void;
  /** Turns one kind of filter off: all speakers, topics or relations back, no focus, no pair. */
  clearFilter: (kind: "speakers" | "topics" | "relations" | "focus" | "pair" | "statuses") => void;
  /** Shows or hides claims of one status (stands, falls, undecided). */
  setStatusHidden: (status: Status, hidden: boolean) => void;
  /** Whether cards carry their evaluated status (✓ stands, ✗ falls, ? undecided). */
  setShowStatus: (show: boolean) => void;
  /**
   * A speaker's position: their claims taken as given, and the map evaluated again; with a
   * second group, compared side by side. Null for the plain evaluation.
   */
  setPosition: (position: Position | null) => void;
  setRelationHidden: (type: LinkType, hidden: boolean) => void;
  setFilterMode: (mode: FilterMode) => void;
  focusOn: (claimId: ClaimId, depth: number) => void;
  clearFocus: () => void;
  setPair: (pair: { from: SpeakerId; to: SpeakerId } | null) => void;
  setSearch: (query: string) => void;
  setSearchIndex: (index: number) => void;
  setLens: (speaker: SpeakerId | null) => void;
  setMatrixOpen: (open: boolean) => void;
  setView: (view: "map" | "outline") => void;
  setExplorePanelOpen: (open: boolean) => void;
  setViewport: (viewport: Viewport) => void;
  /** The canvas applied the pending viewport. */
  viewportApplied: () => void;
  setNotice: (notice: string | null) => void;
  setEditing: (id: ClaimId | null) => void;
  /** Keeps (or with null, drops) a claim's unsaved edits. */
  setDraft: (id: ClaimId, draft: ClaimDraft | null) => void;
  /** Cancelling the first edit of a claim just added: the claim goes, as if never added. */
  cancelNewClaim: (id: ClaimId) => void;
  setOpenProblems: (report: { title: string; problems: readonly Problem[] } | null) => void;
  setImportReport: (report: { title: string; format: string; report: ImportReport } | null) => void;
  setSaveProblem: (problem: SaveProblem | null) => void;
  setKeptSave: (kept: KeptSave | null) => void;
  /** Clears filters, focus, lens, search and selection; keeps the layout and dragged positions. */
  resetView: () => void;
  /** Applies a view read from a URL (already checked against the map). */
  applySharedView: (view: SharedView) => void;
}

/** Speakers whose claims are taken as given; `compare`, a second group to set beside. */
export interface Position {
  speakers: SpeakerId[];
  compare: SpeakerId[] | null;
}

/** What the claim editor holds, as typed. */
export interface ClaimDraft {
  text: string;
  speaker: string;
  topics: string[];
  quoteSource: string;
  quoteText: string;
  note: string;
}

export type SaveProblem =
  /** Writes fail: storage is full, unavailable, or holds data that must not be overwritten. */
  | { kind: "failing"; message: string }
  /** Another tab saved a different version of the document since this tab last saved. */
  | { kind: "conflict" };

export interface KeptSave {
  reason: string;
  /** The stored data as text, for download. */
  raw: string;
}

export type AppState = DocumentSlice & ViewSlice;
export type AppStore = StoreApi<AppState>;

const resettable = {
  selectedId: null,
  selectedIds: new Set<ClaimId>() as ReadonlySet<ClaimId>,
  filter: NO_FILTER,
  search: "",
  searchIndex: 0,
  lens: null,
  matrixOpen: false,
  activeLinkId: null,
};

function initialView() {
  return {
    ...resettable,
    direction: "TB" as LayoutDirection,
    layoutGeneration: 0,
    sourcePaneOpen: true,
    view: "map" as const,
    explorePanelOpen: true,
    viewport: null,
    pendingViewport: null,
    notice: null,
    editingId: null,
    showStatus: true,
    position: null,
    drafts: new Map<ClaimId, ClaimDraft>() as ReadonlyMap<ClaimId, ClaimDraft>,
    newClaimId: null,
    openProblems: null,
    importReport: null,
  };
}

/** What a restored working copy brings besides its map. */
export interface StoreStart {
  pins?: Pins;
}

/** Pins of claims that are still there (the same object when none went). */
export function keptPins(pins: Pins, map: ArgumentMap): Pins {
  const ids = new Set(map.claims.map((c) => c.id));
  const keep = (m: ReadonlyMap<ClaimId, XY>) =>
    [...m.keys()].every((id) => ids.has(id)) ? m : new Map([...m].filter(([id]) => ids.has(id)));
  const TB = keep(pins.TB);
  const LR = keep(pins.LR);
  return TB === pins.TB && LR === pins.LR ? pins : { TB, LR };
}

const toggled = <T>(set: ReadonlySet<T>, item: T, on: boolean): ReadonlySet<T> => {
  const next = new Set(set);
  if (on) next.add(item);
  else next.delete(item);
  return next;
};

function allSpeakerKeys(map: ArgumentMap): SpeakerId[] {
  const keys = map.speakers.map((s) => s.id);
  if (map.claims.some((c) => c.speaker === undefined)) keys.push(FRAMING);
  return keys;
}

/** The filter, minus a focus or speaker pair that no longer exists (same object if none). */
function keptFilter(
  filter: ViewFilter,
  hasClaim: (id: string) => boolean,
  hasSpeaker: (id: string) => boolean,
): ViewFilter {
  const focusGone = filter.focus !== null && !hasClaim(filter.focus.claimId);
  const pairGone =
    filter.pair !== null && !(hasSpeaker(filter.pair.from) && hasSpeaker(filter.pair.to));
  if (!focusGone && !pairGone) return filter;
  return { ...filter, ...(focusGone ? { focus: null } : {}), ...(pairGone ? { pair: null } : {}) };
}

/** A short fingerprint of a map as opened: its title and its claims' ids (FNV-1a, base 36). */
export function documentToken(map: ArgumentMap): string {
  let hash = 0x811c9dc5;
  const text = `${map.title}\n${map.claims.map((c) => c.id).join("\n")}`;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

/** A fresh store, so that every test and every window gets its own. */
export function createAppStore(map: ArgumentMap, start: StoreStart = {}): AppStore {
  const store = createStore<AppState>()((set, get) => {
    const setFilter = (change: (filter: ViewFilter, state: AppState) => Partial<ViewFilter>) =>
      set((state) => ({ filter: { ...state.filter, ...change(state.filter, state) } }));
    const present = () => get().history.present;
    // After undo or redo, view state that points into the document must still point at something.
    const afterDocumentChange = (
      state: AppState,
      history: History<DocumentState>,
    ): Partial<AppState> => {
      const next = history.present.map;
      const ids = mapIndex(next).claims;
      const has = (id: string | null) => id !== null && ids.has(id);
      const hasSpeaker = (id: string) => mapIndex(next).speakers.has(id);
      const selectedIds = [...state.selectedIds].every(has)
        ? state.selectedIds
        : new Set([...state.selectedIds].filter(has));
      return {
        history,
        // A notice about the document before this change (a refusal, "Opened …") is stale now.
        notice: null,
        selectedId: has(state.selectedId) ? state.selectedId : null,
        selectedIds,
        editingId: has(state.editingId) ? state.editingId : null,
        newClaimId: has(state.newClaimId) ? state.newClaimId : null,
        drafts: [...state.drafts.keys()].every(has)
          ? state.drafts
          : new Map([...state.drafts].filter(([id]) => has(id))),
        filter: keptFilter(state.filter, has, hasSpeaker),
        lens: state.lens !== null && hasSpeaker(state.lens) ? state.lens : null,
      };
    };
    const commitDocument = (next: Omit<DocumentState, "token">) =>
      set((state) =>
        afterDocumentChange(
          state,
          commit(state.history, { ...next, token: state.history.present.token }),
        ),
      );
    return {
      history: startHistory({
        map,
        pins: keptPins(start.pins ?? NO_PINS, map),
        token: documentToken(map),
      }),
      ...initialView(),
      saveProblem: null,
      keptSave: null,
      // Opening is a step in the history: Undo brings back the map that was open before.
      openMap: (next) =>
        set((state) => ({
          ...initialView(),
          history: commit(state.history, {
            map: next,
            pins: NO_PINS,
            token: documentToken(next),
          }),
          sourcePaneOpen: state.sourcePaneOpen,
          explorePanelOpen: state.explorePanelOpen,
        })),
      replaceDocument: (next, pins) =>
        set((state) =>
          afterDocumentChange(
            state,
            startHistory({
              map: next,
              pins: keptPins(pins ?? state.history.present.pins, next),
              token: state.history.present.token,
            }),
          ),
        ),
      edit: (change) => {
        const { map: before, pins } = present();
        const result = change(before);
        if (!result.ok) {
          set({ notice: result.message });
          return false;
        }
        commitDocument({ map: result.map, pins: keptPins(pins, result.map) });
        return true;
      },
      addClaim: (position) => {
        const { map: before, pins } = present();
        const id = freshId("c", (x) => mapIndex(before).claims.has(x));
        const added = addClaim(before, { id, text: "New claim" });
        if (!added.ok) {
          set({ notice: added.message });
          return;
        }
        // Put where it was asked for, the claim is pinned there in the same step.
        const direction = get().direction;
        const nextPins = position
          ? { ...pins, [direction]: new Map(pins[direction]).set(id, position) }
          : pins;
        commitDocument({ map: added.map, pins: nextPins });
        get().selectClaim(id);
        set({ editingId: id, newClaimId: id });
      },
      addClaimFromPassage: (text, quote) => {
        const { map: before, pins } = present();
        const id = freshId("c", (x) => mapIndex(before).claims.has(x));
        const added = addClaim(before, { id, text, quote });
        if (!added.ok) {
          set({ notice: added.message });
          return;
        }
        commitDocument({ map: added.map, pins });
        get().selectClaim(id);
        set({ editingId: id, newClaimId: id });
      },
      moveClaims: (moves) => {
        const { map: current, pins } = present();
        const direction = get().direction;
        const next = new Map(pins[direction]);
        for (const [id, p] of moves) if (mapIndex(current).claims.has(id)) next.set(id, p);
        commitDocument({ map: current, pins: { ...pins, [direction]: next } });
      },
      rearrange: () => {
        const { map: current, pins } = present();
        const direction = get().direction;
        if (pins[direction].size > 0)
          commitDocument({ map: current, pins: { ...pins, [direction]: new Map() } });
        set((state) => ({ layoutGeneration: state.layoutGeneration + 1 }));
      },
      undo: () => set((state) => afterDocumentChange(state, undo(state.history))),
      redo: () => set((state) => afterDocumentChange(state, redo(state.history))),
      selectClaim: (id, options) => {
        const known = id !== null && mapIndex(present().map).claims.has(id) ? id : null;
        set((state) => ({
          selectedId: known,
          selectedIds: new Set(known === null ? [] : [known]),
          // Another claim's details close this one's editor (its typing is kept as a draft).
          ...(state.editingId !== null && state.editingId !== known ? { editingId: null } : {}),
        }));
        if (known !== null && options?.centre)
          emitViewCommand(store, { kind: "centre", id: known });
      },
      setSelection: (ids, primary) =>
        set((state) => {
          const index = mapIndex(state.history.present.map).claims;
          const kept = new Set([...ids].filter((id) => index.has(id)));
          const main =
            primary !== undefined
              ? primary !== null && kept.has(primary)
                ? primary
                : null
              : state.selectedId !== null && kept.has(state.selectedId)
                ? state.selectedId
                : ([...kept].at(-1) ?? null);
          return { selectedIds: kept, selectedId: main };
        }),
      setDirection: (direction) => set({ direction }),
      setSourcePaneOpen: (open) => set({ sourcePaneOpen: open }),
      setActiveLink: (id) => set({ activeLinkId: id }),
      setSpeakerHidden: (speaker, hidden) =>
        setFilter((f) => ({ hiddenSpeakers: toggled(f.hiddenSpeakers, speaker, hidden) })),
      showAllSpeakers: () => setFilter(() => ({ hiddenSpeakers: new Set() })),
      hideAllSpeakers: () =>
        setFilter((_, s) => ({
          hiddenSpeakers: new Set(allSpeakerKeys(s.history.present.map)),
        })),
      onlySpeaker: (speaker) =>
        setFilter((_, s) => ({
          hiddenSpeakers: new Set(
            allSpeakerKeys(s.history.present.map).filter((k) => k !== speaker),
          ),
        })),
      setTopicHidden: (topic, hidden) =>
        setFilter((f) => ({ hiddenTopics: toggled(f.hiddenTopics, topic, hidden) })),
      clearFilter: (kind) =>
        setFilter(() =>
          kind === "speakers"
            ? { hiddenSpeakers: new Set() }
            : kind === "topics"
              ? { hiddenTopics: new Set() }
              : kind === "relations"
                ? { hiddenRelations: new Set() }
                : kind === "focus"
                  ? { focus: null }
                  : kind === "pair"
                    ? { pair: null }
                    : { hiddenStatuses: new Set() },
        ),
      setStatusHidden: (status, hidden) =>
        setFilter((f) => ({ hiddenStatuses: toggled(f.hiddenStatuses, status, hidden) })),
      setShowStatus: (showStatus) => set({ showStatus }),
      setPosition: (position) => set({ position }),
      setRelationHidden: (type, hidden) =>
        setFilter((f) => ({ hiddenRelations: toggled(f.hiddenRelations, type, hidden) })),
      setFilterMode: (mode) => setFilter(() => ({ mode })),
      focusOn: (claimId, depth) =>
        setFilter(() => ({
          focus: { claimId, depth: Math.min(3, Math.max(1, Math.round(depth))) },
        })),
      clearFocus: () => setFilter(() => ({ focus: null })),
      setPair: (pair) => setFilter(() => ({ pair })),
      setSearch: (query) => set({ search: query, searchIndex: 0 }),
      setSearchIndex: (index) => set({ searchIndex: index }),
      setLens: (speaker) => set({ lens: speaker }),
      setMatrixOpen: (open) => set({ matrixOpen: open }),
      setView: (view) => set({ view }),
      setExplorePanelOpen: (open) => set({ explorePanelOpen: open }),
      setViewport: (viewport) => set({ viewport }),
      viewportApplied: () => set({ pendingViewport: null }),
      setNotice: (notice) => set({ notice }),
      setEditing: (id) =>
        set((state) => ({
          editingId: id,
          newClaimId: id === state.newClaimId ? state.newClaimId : null,
        })),
      setDraft: (id, draft) =>
        set((state) => {
          if (!draft && !state.drafts.has(id)) return {};
          const drafts = new Map(state.drafts);
          if (draft) drafts.set(id, draft);
          else drafts.delete(id);
          return { drafts };
        }),
      cancelNewClaim: (id) =>
        set((state) => {
          const { past, present: now } = state.history;
          const before = past.at(-1);
          const added =
            before !== undefined &&
            !mapIndex(before.map).claims.has(id) &&
            mapIndex(now.map).claims.has(id);
          if (!added) return { editingId: null, newClaimId: null };
          // The step that added it is taken back, and not offered for redo.
          return {
            ...afterDocumentChange(state, { past: past.slice(0, -1), present: before, future: [] }),
            editingId: null,
            newClaimId: null,
          };
        }),
      setOpenProblems: (report) => set({ openProblems: report }),
      setImportReport: (importReport) => set({ importReport }),
      setSaveProblem: (problem) => set({ saveProblem: problem }),
      setKeptSave: (kept) => set({ keptSave: kept }),
      resetView: () => set({ ...resettable }),
      applySharedView: (view) =>
        set(() => ({
          filter: {
            hiddenSpeakers: new Set(view.hiddenSpeakers),
            hiddenTopics: new Set(view.hiddenTopics),
            hiddenRelations: new Set(view.hiddenRelations),
            mode: view.mode,
            focus: view.focus,
            pair: view.pair,
            hiddenStatuses: new Set(view.hiddenStatuses),
          },
          search: view.search,
          selectedId: view.selectedId,
          selectedIds: new Set(view.selectedId === null ? [] : [view.selectedId]),
          lens: view.lens,
          view: view.view,
          direction: view.direction,
          ...(view.viewport ? { viewport: view.viewport, pendingViewport: view.viewport } : {}),
        })),
    };
  });
  return store;
}

/** The part of the state a URL carries. */
export function sharedViewOf(state: AppState): SharedView {
  return {
    hiddenSpeakers: [...state.filter.hiddenSpeakers],
    hiddenTopics: [...state.filter.hiddenTopics],
    hiddenRelations: [...state.filter.hiddenRelations],
    mode: state.filter.mode,
    focus: state.filter.focus,
    pair: state.filter.pair,
    hiddenStatuses: [...state.filter.hiddenStatuses],
    search: state.search,
    selectedId: state.selectedId,
    lens: state.lens,
    viewport: state.viewport,
    direction: state.direction,
    view: state.view,
  };
}
