import {
  BaseEdge,
  EdgeLabelRenderer,
  getBezierPath,
  Position,
  useStore,
  type EdgeProps,
  type ReactFlowState,
} from "@xyflow/react";
import { memo, useCallback } from "react";
import { RELATION_STYLE } from "../../model/view/relationStyle";
import { LINK_HIT_WIDTH } from "./RelationEdge";
import { useAppStore } from "../../store/AppStoreContext";
import { selectMap } from "../../store/selectors";
import type { UndercutFlowEdge } from "./toFlow";

type Point = { x: number; y: number };

/**
 * Where a claim link's line starts and ends on screen: a card's reasons leave from its top
 * (top-down) or right side (left-right) and arrive at the bottom or left side of what they
 * support or dispute, as RelationEdge draws them.
 */
function handle(state: ReactFlowState, id: string, side: "source" | "target"): Point | undefined {
  const node = state.nodeLookup.get(id);
  if (!node) return undefined;
  const { x, y } = node.internals.positionAbsolute;
  const w = node.measured.width ?? node.width ?? 0;
  const h = node.measured.height ?? node.initialHeight ?? 0;
  const position = side === "source" ? node.sourcePosition : node.targetPosition;
  switch (position) {
    case Position.Top:
      return { x: x + w / 2, y };
    case Position.Bottom:
      return { x: x + w / 2, y: y + h };
    case Position.Left:
      return { x, y: y + h / 2 };
    default:
      return { x: x + w, y: y + h / 2 };
  }
}

/**
 * A claim that disputes a link: a dashed dispute line ending, with its bar, on the middle of
 * the link it disputes (an undercut: "that does not follow"), or on the middle of another
 * such line (an attack on the attack), where a small ring marks the spot. It never ends on a
 * card: an undercut does not attack the conclusion.
 */
function UndercutEdgeView(props: EdgeProps<UndercutFlowEdge>) {
  const { id, data, sourceX, sourceY, sourcePosition, markerEnd } = props;
  const map = useAppStore(selectMap);
  const active = useAppStore((s) => s.activeLinkId === id);
  // The middle of the disputed link, down a chain of disputes of links; as a string, so the
  // edge re-renders only when it moves.
  const middle = useStore(
    useCallback(
      (state: ReactFlowState) => {
        const links = new Map(map.links.map((l) => [l.id, l]));
        const disputes = new Map(map.linkDisputes.map((d) => [d.id, d]));
        const mid = (linkId: string, depth: number): Point | undefined => {
          if (depth > 20) return undefined;
          const link = links.get(linkId);
          if (link) {
            const a = handle(state, link.from, "source");
            const b = handle(state, link.to, "target");
            return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : undefined;
          }
          const d = disputes.get(linkId);
          if (!d) return undefined;
          const a = handle(state, d.from, "source");
          const b = mid(d.toLink, depth + 1);
          return a && b ? { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 } : undefined;
        };
        const m = data ? mid(data.toLink, 0) : undefined;
        return m ? `${Math.round(m.x)},${Math.round(m.y)}` : "";
      },
      [map, data],
    ),
  );
  if (!middle || !data) return null;
  const [tx = 0, ty = 0] = middle.split(",").map(Number);
  const [path, labelX, labelY] = getBezierPath({
    sourceX,
    sourceY,
    sourcePosition,
    targetX: tx,
    targetY: ty,
    targetPosition:
      sourcePosition === Position.Top
        ? Position.Bottom
        : sourcePosition === Position.Right
          ? Position.Left
          : Position.Top,
  });
  const style = RELATION_STYLE.dispute;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        markerEnd={markerEnd}
        interactionWidth={LINK_HIT_WIDTH}
        className={`relation-edge relation-edge--undercut${active ? " is-active" : ""}`}
        style={
          {
            "--relation": style.colour,
            strokeDasharray: "2 4",
            strokeWidth: active ? 3 : 2,
          } as React.CSSProperties
        }
      />
      <circle
        className="undercut-target"
        cx={tx}
        cy={ty}
        r={6}
        style={{ "--relation": style.colour } as React.CSSProperties}
      />
      {active && (
        <EdgeLabelRenderer>
          <div
            className="relation-tooltip relation-tooltip--dispute"
            role="tooltip"
            style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          >
            <strong>{data.targetType === "support" ? "undercuts" : "disputes the dispute"}</strong>
            {data.note ? ` — ${data.note}` : ` — ${data.description}`}
          </div>
        </EdgeLabelRenderer>
      )}
    </>
  );
}

export const UndercutEdge = memo(UndercutEdgeView);
