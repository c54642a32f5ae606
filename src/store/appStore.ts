// The one store: source state only (the document and the view), built from two slices.
// Actions are thin verbs; everything else is derived outside the store.
import { createStore, type StoreApi } from "zustand/vanilla";
import type { LayoutDirection } from "../layout/layoutTypes";
import type { ArgumentMap, ClaimId } from "../model/types";

export interface XY {
  x: number;
  y: number;
}

export interface DocumentSlice {
  map: ArgumentMap;
  openMap: (map: ArgumentMap) => void;
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
  selectClaim: (id: ClaimId | null, options?: { centre?: boolean }) => void;
  setDirection: (direction: LayoutDirection) => void;
  moveClaim: (id: ClaimId, position: XY) => void;
  rearrange: () => void;
  setSourcePaneOpen: (open: boolean) => void;
  setActiveLink: (id: string | null) => void;
}

export type AppState = DocumentSlice & ViewSlice;
export type AppStore = StoreApi<AppState>;

const initialView = {
  selectedId: null,
  centreRequest: 0,
  direction: "TB" as LayoutDirection,
  dragged: new Map<ClaimId, XY>(),
  layoutGeneration: 0,
  sourcePaneOpen: true,
  activeLinkId: null,
};

/** A fresh store, so that every test and every window gets its own. */
export function createAppStore(map: ArgumentMap): AppStore {
  return createStore<AppState>()((set) => ({
    map,
    ...initialView,
    openMap: (next) => set({ map: next, ...initialView, dragged: new Map() }),
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
  }));
}
