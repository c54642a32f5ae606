import { useReactFlow, type NodeChange } from "@xyflow/react";
import { useCallback } from "react";
import { nearestFreeSpot } from "../../layout/freeSpot";
import type { LayoutSnapshot } from "../../layout/layoutSession";
import type { XY } from "../../model/geometry/geometry";
import { useAppStoreApi } from "../../store/AppStoreContext";
import { layoutSessionOf } from "../../store/layoutOfStore";
import type { ClaimFlowNode } from "./toFlow";

/**
 * What React Flow reports back, each to its owner:
 * - sizes measured on screen: a card taller than its estimate has its region laid out again
 *   with the real height, so cards never overlap;
 * - a drop: the card stays where it was put (or slides to the nearest free spot if it covers
 *   another), as one undoable step;
 * - selection by box or modifier clicks: the store's selection;
 * - everything else (a drag in progress, measurements): React Flow's working copy.
 */
export function useNodeChanges(
  snapshot: LayoutSnapshot,
  apply: (changes: NodeChange<ClaimFlowNode>[]) => void,
) {
  const store = useAppStoreApi();
  const flow = useReactFlow<ClaimFlowNode>();
  const sizes = snapshot.sizes;
  return useCallback(
    (changes: NodeChange<ClaimFlowNode>[]) => {
      const tooTall = new Map<string, number>();
      const dropped = new Map<string, XY>();
      const selection = new Map<string, boolean>();
      for (const change of changes) {
        if (change.type === "position" && change.dragging === false && change.position)
          dropped.set(change.id, change.position);
        if (change.type === "dimensions" && change.dimensions) {
          const planned = sizes.get(change.id)?.height ?? Infinity;
          if (change.dimensions.height > planned + 2)
            tooTall.set(change.id, Math.ceil(change.dimensions.height));
        }
        if (change.type === "select") selection.set(change.id, change.selected);
      }
      if (tooTall.size > 0) layoutSessionOf(store).reportHeights(tooTall);
      const kept = changes.filter((c) => c.type === "dimensions" || c.type === "position");
      if (kept.length > 0) apply(kept);
      if (selection.size > 0) {
        const next = new Set(store.getState().selectedIds);
        for (const [id, on] of selection) {
          if (on) next.add(id);
          else next.delete(id);
        }
        store.getState().setSelection(next);
      }
      if (dropped.size === 0) return;
      // A card dropped onto others slides to the nearest free spot: cards never overlap.
      const moves = new Map<string, XY>();
      for (const [id, position] of dropped) {
        const others = flow
          .getNodes()
          .flatMap((n) =>
            n.id === id || dropped.has(n.id) || n.hidden
              ? []
              : [{ ...n.position, width: n.measured?.width ?? 0, height: n.measured?.height ?? 0 }],
          );
        const self = flow.getInternalNode(id);
        const box = {
          ...position,
          width: self?.measured.width ?? 0,
          height: self?.measured.height ?? 0,
        };
        moves.set(id, nearestFreeSpot(box, others));
      }
      store.getState().moveClaims(moves);
    },
    [store, sizes, apply, flow],
  );
}
