import { useEffect, useMemo, useState, type RefObject } from "react";
import { requestLayout } from "../../layout/layoutClient";
import type { LayoutDirection } from "../../layout/layoutTypes";
import type { ArgumentMap } from "../../model/core/types";
import { layoutJobOf } from "./layoutJob";
import type { PlacedLayout } from "./toFlow";

export type LayoutState =
  | { status: "pending"; previous?: PlacedLayout }
  | { status: "ready"; layout: PlacedLayout }
  | { status: "error"; message: string };

interface Inputs {
  map: ArgumentMap;
  direction: LayoutDirection;
  generation: number;
  minHeights: ReadonlyMap<string, number>;
}

type Outcome = { inputs: Inputs } & (
  { ok: true; layout: PlacedLayout } | { ok: false; message: string }
);

/**
 * The automatic layout of a map, computed in the worker. It is derived data: it follows the
 * map, the direction, the "re-arrange" generation, and card heights measured on screen.
 */
export function useLayout(
  map: ArgumentMap,
  direction: LayoutDirection,
  generation: number,
  minHeights: ReadonlyMap<string, number>,
  /** The element the map is drawn in: the packing aims for its shape. */
  container: RefObject<HTMLElement | null>,
): LayoutState {
  const inputs = useMemo<Inputs>(
    () => ({ map, direction, generation, minHeights }),
    [map, direction, generation, minHeights],
  );
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  useEffect(() => {
    let current = true;
    const box = container.current?.getBoundingClientRect();
    const aspect = box && box.width > 0 && box.height > 0 ? box.width / box.height : undefined;
    void requestLayout(layoutJobOf(inputs.map, inputs.direction, inputs.minHeights, aspect)).then(
      (reply) => {
        if (!current) return;
        if (reply.ok) {
          performance.mark("argmap:layout", {
            detail: { milliseconds: reply.result.milliseconds },
          });
        }
        setOutcome(
          reply.ok
            ? { inputs, ok: true, layout: { result: reply.result, sizes: reply.sizes } }
            : { inputs, ok: false, message: reply.message },
        );
      },
    );
    return () => {
      current = false;
    };
  }, [inputs, container]);
  if (outcome?.inputs === inputs) {
    return outcome.ok
      ? { status: "ready", layout: outcome.layout }
      : { status: "error", message: outcome.message };
  }
  // A newer request is on its way: keep showing the last good layout of the same map.
  return outcome?.ok && outcome.inputs.map === map
    ? { status: "pending", previous: outcome.layout }
    : { status: "pending" };
}
