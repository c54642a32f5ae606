import { useStore, useStoreApi } from "@xyflow/react";
import { useMemo } from "react";
import type { Box } from "../../model/geometry/geometry";
import { edgesNearView, nodesNearView, viewCell } from "./edgesNearView";

/**
 * What a big map hands React Flow: the links of the cards within a screen of the view, the
 * cards within a screen of it, the selection, and the far ends of those links (React Flow
 * draws a link only between two cards it has). Changes every half screen of panning, not
 * every frame. A map that is not big is handed whole.
 */
export function useNearView<
  N extends {
    id: string;
    position: { x: number; y: number };
    width?: number;
    initialHeight?: number;
  },
  E extends { source: string; target: string },
>(
  big: boolean,
  nodes: N[],
  edges: E[],
  boxOf: (id: string) => Box | undefined,
  selected: readonly string[],
): { nodes: N[]; edges: E[] } {
  const flowStore = useStoreApi();
  // The view's cell stands for the viewport: what is handed over changes when it does.
  const cellKey = useStore((s) => (big ? viewCell(s.transform, s).key : ""));
  const selectedKey = selected.join("\u0000");
  return useMemo(() => {
    if (!big) return { nodes, edges };
    const { transform, width, height } = flowStore.getState();
    const { area } = viewCell(transform, { width, height });
    const always = new Set(selected);
    const near = edgesNearView(edges, boxOf, area, always);
    const keep = new Set(always);
    for (const edge of near) keep.add(edge.source).add(edge.target);
    return { nodes: nodesNearView(nodes, area, keep), edges: near };
    // cellKey and selectedKey stand for the viewport and the selection.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [big, nodes, edges, boxOf, cellKey, selectedKey, flowStore]);
}
