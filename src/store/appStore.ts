// The one store: source state only (the document and the view), built from two slices.
// Actions are thin verbs over model/; everything else is derived outside the store.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { LayoutDirection } from "../layout/layoutTypes";
import type {
  ArgumentMap,
  ClaimId,
  LinkType,
  Problem,
  SpeakerId,
  TopicId,
} from "../model/core/types";
import { addClaim, freshId, type EditResult } from "../model/core/edits";
import { commit, redo, startHistory, undo, type History } from "../model/core/history";
import { DEFAULT_VIEW, type SharedView } from "../model/view/urlState";
import { FRAMING, NO_FILTER, type FilterMode, type ViewFilter } from "../model/view/viewFilter";

export interface XY {
  x: number;
  y: number;
}

export interface Viewport {
  x: number;
  y: number;
  zoom: number;
}

export interface DocumentSlice {
  /** The document: always `history.present`. */
  map: ArgumentMap;
  history: History<ArgumentMap>;
  /** Shows another map with a fresh view; undoable, like an edit. */
  openMap: (map: ArgumentMap) => void;
  /**
   * Takes a newer copy of the same document (saved by another tab): a fresh history, and
   * the view kept wherever it still points at something.
   */
  replaceDocument: (map: ArgumentMap) => void;
  /**
   * Applies an edit from model/edits.ts. A refused edit changes nothing and its reason
   * becomes the notice; the result says whether it went through.
   */
  edit: (change: (map: ArgumentMap) => EditResult) => boolean;
  undo: () => void;
  redo: () => void;
  /** Adds an empty claim (at a place on the map, if given), selects it and opens its editor. */
  addClaim: (position?: XY) => void;
}

export interface ViewSlice {
  selectedId: ClaimId | null;
  /** Bumped when the view should centre on the selection (not on every click on the map). */
  centreRequest: number;
  direction: LayoutDirection;
  /** Where the user dragged claims; these win over the automatic layout. */
  dragged: ReadonlyMap<ClaimId, XY>;
  /** Bumped by "Re-arrange" to lay the map out afresh. */
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
  /** Bumped when a viewport should be applied to the canvas (from a URL, or back/forward). */
  viewportRequest: number;
  /** A quiet message, such as values in a URL that did not fit the map. */
  notice: string | null;
  /** The claim whose editor is open in the details panel. */
  editingId: ClaimId | null;
  /** What was wrong with the last file that could not be opened; the map stays as it was. */
  openProblems: { title: string; problems: readonly Problem[] } | null;
  /** Whether autosave is keeping up; see features/autosave. */
  saveProblem: SaveProblem | null;
  /** Saved data found at start-up that could not be restored; it is kept, and offered here. */
  keptSave: KeptSave | null;

  selectClaim: (id: ClaimId | null, options?: { centre?: boolean }) => void;
  setDirection: (direction: LayoutDirection) => void;
  moveClaim: (id: ClaimId, position: XY) => void;
  rearrange: () => void;
  setSourcePaneOpen: (open: boolean) => void;
  setActiveLink: (id: string | null) => void;
  setSpeakerHidden: (speaker: SpeakerId, hidden: boolean) => void;
  showAllSpeakers: () => void;
  hideAllSpeakers: () => void;
  onlySpeaker: (speaker: SpeakerId) => void;
  setTopicHidden: (topic: TopicId, hidden: boolean) => void;
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
  setNotice: (notice: string | null) => void;
  setEditing: (id: ClaimId | null) => void;
  setOpenProblems: (report: { title: string; problems: readonly Problem[] } | null) => void;
  setSaveProblem: (problem: SaveProblem | null) => void;
  setKeptSave: (kept: KeptSave | null) => void;
  /** Clears filters, focus, lens, search and selection; keeps the layout and dragged positions. */
  resetView: () => void;
  /** Applies a view read from a URL (already checked against the map). */
  applySharedView: (view: SharedView) => void;
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
    centreRequest: 0,
    direction: "TB" as LayoutDirection,
    dragged: new Map<ClaimId, XY>(),
    layoutGeneration: 0,
    sourcePaneOpen: true,
    view: "map" as const,
    explorePanelOpen: true,
    viewport: null,
    viewportRequest: 0,
    notice: null,
    editingId: null,
    openProblems: null,
  };
}

/** What a restored working copy brings besides its map. */
export interface StoreStart {
  dragged?: ReadonlyMap<ClaimId, XY>;
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

/** A fresh store, so that every test and every window gets its own. */
export function createAppStore(map: ArgumentMap, start: StoreStart = {}): AppStore {
  return createStore<AppState>()((set, get) => {
    const setFilter = (change: (filter: ViewFilter, state: AppState) => Partial<ViewFilter>) =>
      set((state) => ({ filter: { ...state.filter, ...change(state.filter, state) } }));
    // After undo or redo, view state that points into the document must still point at something.
    const afterDocumentChange = (
      state: AppState,
      history: History<ArgumentMap>,
    ): Partial<AppState> => {
      const next = history.present;
      const has = (id: string | null) => id !== null && next.claims.some((c) => c.id === id);
      const hasSpeaker = (id: string) => next.speakers.some((s) => s.id === id);
      return {
        history,
        map: next,
        selectedId: has(state.selectedId) ? state.selectedId : null,
        editingId: has(state.editingId) ? state.editingId : null,
        filter: keptFilter(state.filter, has, hasSpeaker),
        lens: state.lens !== null && hasSpeaker(state.lens) ? state.lens : null,
      };
    };
    return {
      map,
      history: startHistory(map),
      ...initialView(),
      ...(start.dragged ? { dragged: start.dragged } : {}),
      saveProblem: null,
      keptSave: null,
      // Opening is a step in the history: Undo brings back the map that was open before.
      openMap: (next) =>
        set((state) => ({
          ...initialView(),
          map: next,
          history: commit(state.history, next),
          sourcePaneOpen: state.sourcePaneOpen,
          explorePanelOpen: state.explorePanelOpen,
        })),
      replaceDocument: (next) => set((state) => afterDocumentChange(state, startHistory(next))),
      edit: (change) => {
        const result = change(get().map);
        if (!result.ok) {
          set({ notice: result.message });
          return false;
        }
        set((state) => afterDocumentChange(state, commit(state.history, result.map)));
        return true;
      },
      addClaim: (position) => {
        const state = get();
        const id = freshId("c", (x) => state.map.claims.some((c) => c.id === x));
        if (!state.edit((m) => addClaim(m, { id, text: "New claim" }))) return;
        if (position) get().moveClaim(id, position);
        get().selectClaim(id, { centre: !position });
        get().setEditing(id);
      },
      undo: () => set((state) => afterDocumentChange(state, undo(state.history))),
      redo: () => set((state) => afterDocumentChange(state, redo(state.history))),
      selectClaim: (id, options) =>
        set((state) => ({
          selectedId: id !== null && state.map.claims.some((c) => c.id === id) ? id : null,
          centreRequest: options?.centre ? state.centreRequest + 1 : state.centreRequest,
        })),
      setDirection: (direction) => set({ direction, dragged: new Map() }),
      moveClaim: (id, position) =>
        set((state) => {
          const dragged = new Map(state.dragged);
          dragged.set(id, position);
          return { dragged };
        }),
      rearrange: () =>
        set((state) => ({ dragged: new Map(), layoutGeneration: state.layoutGeneration + 1 })),
      setSourcePaneOpen: (open) => set({ sourcePaneOpen: open }),
      setActiveLink: (id) => set({ activeLinkId: id }),
      setSpeakerHidden: (speaker, hidden) =>
        setFilter((f) => ({ hiddenSpeakers: toggled(f.hiddenSpeakers, speaker, hidden) })),
      showAllSpeakers: () => setFilter(() => ({ hiddenSpeakers: new Set() })),
      hideAllSpeakers: () =>
        setFilter((_, s) => ({ hiddenSpeakers: new Set(allSpeakerKeys(s.map)) })),
      onlySpeaker: (speaker) =>
        setFilter((_, s) => ({
          hiddenSpeakers: new Set(allSpeakerKeys(s.map).filter((k) => k !== speaker)),
        })),
      setTopicHidden: (topic, hidden) =>
        setFilter((f) => ({ hiddenTopics: toggled(f.hiddenTopics, topic, hidden) })),
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
      setNotice: (notice) => set({ notice }),
      setEditing: (id) => set({ editingId: id }),
      setOpenProblems: (report) => set({ openProblems: report }),
      setSaveProblem: (problem) => set({ saveProblem: problem }),
      setKeptSave: (kept) => set({ keptSave: kept }),
      resetView: () => set({ ...resettable }),
      applySharedView: (view) =>
        set((state) => ({
          filter: {
            hiddenSpeakers: new Set(view.hiddenSpeakers),
            hiddenTopics: new Set(view.hiddenTopics),
            hiddenRelations: new Set(view.hiddenRelations),
            mode: view.mode,
            focus: view.focus,
            pair: view.pair,
          },
          search: view.search,
          selectedId: view.selectedId,
          lens: view.lens,
          view: view.view,
          ...(view.direction !== state.direction
            ? { direction: view.direction, dragged: new Map() }
            : {}),
          ...(view.viewport
            ? { viewport: view.viewport, viewportRequest: state.viewportRequest + 1 }
            : {}),
        })),
    };
  });
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
    search: state.search,
    selectedId: state.selectedId,
    lens: state.lens,
    viewport: state.viewport,
    direction: state.direction,
    view: state.view,
  };
}

export { DEFAULT_VIEW };
