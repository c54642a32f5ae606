// Narrow, module-level selectors: a component re-renders only when its slice changes.
import { searchClaims } from "../model/view/searchClaims";
import type { ArgumentMap, SpeakerId } from "../model/core/types";
import { visibility, type ViewFilter, type Visibility } from "../model/view/viewFilter";
import { evaluateMap, type Evaluation } from "../model/evaluate/evaluateMap";
import { acceptSpeakers, type SpeakerPosition } from "../model/evaluate/speakerPosition";
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

/** Memoises a function on the identity of its arguments (the last call only). */
function lastCall<Args extends unknown[], R>(compute: (...args: Args) => R): (...args: Args) => R {
  let last: { args: Args; result: R } | undefined;
  return (...args) => {
    if (!last || args.length !== last.args.length || args.some((a, i) => a !== last?.args[i]))
      last = { args, result: compute(...args) };
    return last.result;
  };
}

const positionOf = lastCall(
  (map: ArgumentMap, speakers: readonly SpeakerId[] | null): SpeakerPosition | null =>
    speakers === null ? null : acceptSpeakers(map, speakers),
);
/** A speaker's position (their claims given, the rest evaluated again), if one is chosen. */
export const selectPosition = (s: AppState) =>
  positionOf(selectMap(s), s.position?.speakers ?? null);
const comparedOf = lastCall(
  (map: ArgumentMap, speakers: readonly SpeakerId[] | null): SpeakerPosition | null =>
    speakers === null ? null : acceptSpeakers(map, speakers),
);
/** The second position set beside the first, if any. */
export const selectComparedPosition = (s: AppState) =>
  comparedOf(selectMap(s), s.position?.compare ?? null);

/**
 * What stands, falls or is undecided: the map's grounded evaluation, or under the speaker's
 * position when one is chosen. Recomputed on every edit (a few ms at 5,000 claims).
 */
export const selectEvaluation = (s: AppState): Evaluation =>
  selectPosition(s)?.evaluation ?? evaluateMap(selectMap(s));

const visibilityOf = lastCall(
  (map: ArgumentMap, filter: ViewFilter, evaluation: Evaluation | undefined): Visibility =>
    visibility(map, filter, evaluation ? (id) => evaluation.claimStatus.get(id) : undefined),
);
/**
 * What the filters show, dim and hide: derived, memoised on the map, the filter and (when
 * statuses are filtered) the evaluation.
 */
export const selectVisibility = (s: AppState) =>
  visibilityOf(
    selectMap(s),
    s.filter,
    s.filter.hiddenStatuses.size > 0 ? selectEvaluation(s) : undefined,
  );

const allMatchesOf = lastCall(
  (map: ArgumentMap, query: string, evaluation: Evaluation | undefined) =>
    searchClaims(map, query, evaluation ? (id) => evaluation.claimStatus.get(id) : undefined),
);
const shownMatchesOf = lastCall((all: readonly string[], visible: Visibility) => {
  // Search counts and visits what the view shows; matches the filters hide are only counted.
  const ids = all.filter((id) => visible.drawn.has(id));
  return { ids, set: new Set(ids), hidden: all.length - ids.length };
});
/** Search matches the view shows, in map order, and how many more the filters hide. */
export const selectSearchMatches = (s: AppState) =>
  shownMatchesOf(
    allMatchesOf(
      selectMap(s),
      s.search,
      // Status words find claims by status while the statuses are shown.
      s.showStatus && /\b(stands|falls|undecided)\b/i.test(s.search)
        ? selectEvaluation(s)
        : undefined,
    ),
    selectVisibility(s),
  );
export const selectEditingId = (s: AppState) => s.editingId;
export const selectCanUndo = (s: AppState) => s.history.past.length > 0;
export const selectCanRedo = (s: AppState) => s.history.future.length > 0;
export const selectOpenProblems = (s: AppState) => s.openProblems;
