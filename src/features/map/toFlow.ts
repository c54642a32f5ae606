// From the map and its layout to React Flow's nodes and edges. Pure: no DOM, no store.
import { MarkerType, Position, type Edge, type Node } from "@xyflow/react";
import type { LayoutDirection, LayoutResult } from "../../layout/layoutTypes";
import { describeLink, speakerLabel } from "../../model/mapIndex";
import { RELATION_STYLE } from "../../model/relationStyle";
import type { ArgumentMap, ClaimId, LinkType } from "../../model/types";
import type { XY } from "../../store/appStore";

export interface ClaimNodeData extends Record<string, unknown> {
  claimId: ClaimId;
}
export type ClaimFlowNode = Node<ClaimNodeData, "claim">;

export interface RelationEdgeData extends Record<string, unknown> {
  type: LinkType;
  note?: string;
  description: string;
}
export type RelationFlowEdge = Edge<RelationEdgeData, "relation">;

/** The id of the SVG marker drawn at the end of a dispute edge: a flat bar. */
export const DISPUTE_MARKER_ID = "argmap-dispute-bar";

export interface PlacedLayout {
  result: LayoutResult;
  sizes: Record<string, { width: number; height: number }>;
}

/**
 * One node per laid-out claim. A position the user dragged wins over the layout's.
 * Handles face the direction of flow: a claim's supporters sit below it (TB) or left of it (LR).
 */
export function toClaimNodes(
  map: ArgumentMap,
  layout: PlacedLayout,
  dragged: ReadonlyMap<ClaimId, XY>,
  direction: LayoutDirection,
): ClaimFlowNode[] {
  const nodes: ClaimFlowNode[] = [];
  for (const claim of map.claims) {
    const position = dragged.get(claim.id) ?? layout.result.positions[claim.id];
    const size = layout.sizes[claim.id];
    if (!position || !size) continue;
    nodes.push({
      id: claim.id,
      type: "claim",
      position,
      width: size.width,
      data: { claimId: claim.id },
      sourcePosition: direction === "TB" ? Position.Top : Position.Right,
      targetPosition: direction === "TB" ? Position.Bottom : Position.Left,
      ariaLabel: `${speakerLabel(map, claim)}: ${claim.text}`,
      ariaRole: "button",
      domAttributes: { "aria-roledescription": "claim" },
    });
  }
  return nodes;
}

/** One edge per link, drawn from the supporting or disputing claim to its target. */
export function toRelationEdges(map: ArgumentMap): RelationFlowEdge[] {
  return map.links.map((link) => {
    const style = RELATION_STYLE[link.type];
    const description = describeLink(map, link);
    return {
      id: link.id,
      type: "relation",
      source: link.from,
      target: link.to,
      ariaLabel: description,
      data: {
        type: link.type,
        description,
        ...(link.note === undefined ? {} : { note: link.note }),
      },
      markerEnd:
        link.type === "support"
          ? { type: MarkerType.ArrowClosed, color: style.colour, width: 18, height: 18 }
          : DISPUTE_MARKER_ID,
    };
  });
}
