import { BaseEdge, EdgeLabelRenderer, getBezierPath, type EdgeProps } from "@xyflow/react";
import { memo } from "react";
import { useAppStore } from "../../store/AppStoreContext";
import { RELATION_STYLE } from "../../model/view/relationStyle";
import type { RelationFlowEdge } from "./toFlow";

/** How wide a link is to a pointer: wider for a finger than for a mouse. */
export const LINK_HIT_WIDTH =
  typeof window !== "undefined" && window.matchMedia("(any-pointer: coarse)").matches ? 28 : 16;

/** A support or dispute link: solid with an arrowhead, or dashed with a flat bar. */
function RelationEdgeView(props: EdgeProps<RelationFlowEdge>) {
  const { id, data, markerEnd } = props;
  const active = useAppStore((s) => s.activeLinkId === id);
  // Links of the selected claim stand out; the rest step back while something is selected.
  const emphasis = useAppStore((s) =>
    s.selectedId === null
      ? "none"
      : s.selectedId === props.source || s.selectedId === props.target
        ? "near"
        : "far",
  );
  // The edge's props carry the ends and sides getBezierPath needs.
  const [path, labelX, labelY] = getBezierPath(props);
  const type = data?.type ?? "support";
  const style = RELATION_STYLE[type];
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={LINK_HIT_WIDTH}
        className={`relation-edge relation-edge--${type} is-${emphasis}${active ? " is-active" : ""}`}
        // The colour goes through a custom property, so that a dimmed link's stylesheet rule
        // can grey it (an inline stroke would win over any rule).
        style={
          {
            "--relation": style.colour,
            strokeDasharray: style.dash,
            strokeWidth: active || emphasis === "near" ? 3 : emphasis === "far" ? 1.25 : 1.75,
          } as React.CSSProperties
        }
      />
      {active && (
        <EdgeLabelRenderer>
          <div
            className={`relation-tooltip relation-tooltip--${type}`}
            role="tooltip"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            <strong>{style.verb}</strong>
            {data?.note ? ` — ${data.note}` : ""}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const RelationEdge = memo(RelationEdgeView);
