// Narrow, module-level selectors: a component re-renders only when its slice changes.
import { searchClaims } from "../model/view/searchClaims";
import type { ArgumentMap } from "../model/core/types";
import { visibility, type ViewFilter, type Visibility } from "../model/view/viewFilter";
import type { AppState } from "./appStore";

/** The document: the present of the history, kept nowhere else. */
export const selectMap = (s: AppState) => s.history.present.map;
export const selectSelectedId = (s: AppState) => s.selectedId;
export const selectSelectedIds = (s: AppState) => s.selectedIds;
export const selectDirection = (s: AppState) => s.direction;
/** Where the user put claims by hand, in the current direction. */
export const selectDragged = (s: AppState) => s.history.present.pins[s.direction];
export const selectLayoutGeneration = (s: AppState) => s.layoutGeneration;
export const selectSourcePaneOpen = (s: AppState) => s.sourcePaneOpen;
export const selectFilter = (s: AppState) => s.filter;
export const selectSearch = (s: AppState) => s.search;
export const selectSearchIndex = (s: AppState) => s.searchIndex;
export const selectLens = (s: AppState) => s.lens;
export const selectMatrixOpen = (s: AppState) => s.matrixOpen;
export const selectView = (s: AppState) => s.view;
export const selectExplorePanelOpen = (s: AppState) => s.explorePanelOpen;
export const selectNotice = (s: AppState) => s.notice;
export const selectPendingViewport = (s: AppState) => s.pendingViewport;

/** Memoises a function of two arguments on their identity (the last call only). */
function lastCall<A, B, R>(compute: (a: A, b: B) => R): (a: A, b: B) => R {
  let last: { a: A; b: B; result: R } | undefined;
  return (a, b) => {
    if (!last || last.a !== a || last.b !== b) last = { a, b, result: compute(a, b) };
    return last.result;
  };
}

const visibilityOf = lastCall((map: ArgumentMap, filter: ViewFilter): Visibility =>
  visibility(map, filter),
);
/** What the filters show, dim and hide: derived, memoised on the map and the filter. */
export const selectVisibility = (s: AppState) => visibilityOf(selectMap(s), s.filter);

const allMatchesOf = lastCall((map: ArgumentMap, query: string) => searchClaims(map, query));
const shownMatchesOf = lastCall((all: readonly string[], visible: Visibility) => {
  // Search counts and visits what the view shows; matches the filters hide are only counted.
  const ids = all.filter((id) => visible.drawn.has(id));
  return { ids, set: new Set(ids), hidden: all.length - ids.length };
});
/** Search matches the view shows, in map order, and how many more the filters hide. */
export const selectSearchMatches = (s: AppState) =>
  shownMatchesOf(allMatchesOf(selectMap(s), s.search), selectVisibility(s));
export const selectEditingId = (s: AppState) => s.editingId;
export const selectCanUndo = (s: AppState) => s.history.past.length > 0;
export const selectCanRedo = (s: AppState) => s.history.future.length > 0;
export const selectOpenProblems = (s: AppState) => s.openProblems;
