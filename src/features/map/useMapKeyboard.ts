import { useReactFlow } from "@xyflow/react";
import type { Box } from "../../model/geometry/geometry";
import { useCallback, type KeyboardEvent, type RefObject } from "react";
import { DETAILS_HEADING_ID } from "../../store/domIds";
import { useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap, selectVisibility } from "../../store/selectors";
import { focusCardWhenDrawn, keepCardInSight } from "./cardInSight";
import { NUDGE, offsetOfKey, PAN_STEP, stepFrom, stepOfKey } from "./keyboardSteps";

/**
 * Keys on a card: arrows walk along links (and between siblings), Space selects, Enter opens
 * the details, Escape clears the selection. Nothing needs a drag (WCAG 2.5.7): Alt+arrow moves
 * the card (one undo step a press), Shift+arrow pans the view; with Ctrl or Cmd too, five
 * times as far.
 */
export function useMapKeyboard(
  container: RefObject<HTMLElement | null>,
  /** Where a claim's card stands (a big map hands React Flow only the cards near the view). */
  boxOf: (id: string) => Box | undefined,
) {
  const store = useAppStoreApi();
  const flow = useReactFlow();
  return useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as Element;
      const nodeElement = target.closest?.(".react-flow__node");
      if (!nodeElement) return;
      const state = store.getState();
      const focusedId = nodeElement.getAttribute("data-id");
      const far = event.ctrlKey || event.metaKey ? 5 : 1;
      if (event.shiftKey && !event.altKey) {
        const pan = offsetOfKey(event.key, PAN_STEP * far);
        if (!pan) return;
        event.preventDefault();
        const { x, y, zoom } = flow.getViewport();
        void flow.setViewport({ x: x - pan.dx, y: y - pan.dy, zoom });
        return;
      }
      if (event.altKey && !event.shiftKey) {
        const move = offsetOfKey(event.key, NUDGE * far);
        const at = focusedId === null ? undefined : boxOf(focusedId);
        if (!move || !at || focusedId === null) return;
        event.preventDefault();
        const { x, y } = at;
        state.moveClaims(new Map([[focusedId, { x: x + move.dx, y: y + move.dy }]]));
        // A card moved out of sight, or under the minimap, brings the view along.
        const pane = container.current;
        requestAnimationFrame(() => {
          if (pane) keepCardInSight(pane, nodeElement, flow);
        });
        return;
      }
      if (event.key === "Escape") {
        state.selectClaim(null);
        return;
      }
      if (event.key === "Enter" || event.key === " ") {
        event.preventDefault();
        if (focusedId !== null) state.selectClaim(focusedId);
        if (event.key === "Enter") {
          requestAnimationFrame(() => document.getElementById(DETAILS_HEADING_ID)?.focus());
        }
        return;
      }
      const step = stepOfKey(event.key, state.direction);
      if (!step) return;
      event.preventDefault();
      const current = state.selectedId ?? focusedId;
      if (current === null) return;
      const axis = state.direction === "TB" ? "x" : "y";
      const next = stepFrom(
        selectMap(state),
        current,
        step,
        selectVisibility(state).drawn,
        (id) => {
          return boxOf(id)?.[axis] ?? 0;
        },
      );
      if (next === undefined) return;
      state.selectClaim(next, { centre: true });
      requestAnimationFrame(() => focusCardWhenDrawn(container.current, next));
    },
    [store, flow, container, boxOf],
  );
}
