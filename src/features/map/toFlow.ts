// From the map and its layout to React Flow's nodes and edges. Pure: no DOM, no store.
import { MarkerType, Position, type Edge, type Node } from "@xyflow/react";
import type { LayoutDirection } from "../../layout/layoutTypes";
import { describeLink, mapIndex, speakerLabel } from "../../model/core/mapIndex";
import { DIMMED_COLOURS } from "../../model/geometry/tokens";
import { RELATION_STYLE } from "../../model/view/relationStyle";
import type { ArgumentMap, ClaimId, LinkId, LinkType } from "../../model/core/types";
import type { Visibility } from "../../model/view/viewFilter";
import type { XY } from "../../model/geometry/geometry";

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
/** The same bar, grey, for a dimmed dispute. */
export const DISPUTE_MARKER_DIMMED_ID = "argmap-dispute-bar-dimmed";

/** The end marker of a link's line: an arrow (support) or a bar (dispute), grey if dimmed. */
function markerOf(type: LinkType, dimmed: boolean): Edge["markerEnd"] {
  if (type === "dispute") return dimmed ? DISPUTE_MARKER_DIMMED_ID : DISPUTE_MARKER_ID;
  const color = dimmed ? DIMMED_COLOURS.line : RELATION_STYLE.support.colour;
  return { type: MarkerType.ArrowClosed, color, width: 18, height: 18 };
}

/** Where the automatic layout puts each claim, and each card's size. */
export interface PlacedLayout {
  positions: ReadonlyMap<ClaimId, XY>;
  sizes: ReadonlyMap<ClaimId, { width: number; height: number }>;
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
  selected: ReadonlySet<ClaimId> = new Set(),
): ClaimFlowNode[] {
  const nodes: ClaimFlowNode[] = [];
  for (const claim of map.claims) {
    const position = dragged.get(claim.id) ?? layout.positions.get(claim.id);
    const size = layout.sizes.get(claim.id);
    if (!position || !size) continue;
    nodes.push({
      id: claim.id,
      type: "claim",
      position,
      width: size.width,
      // The estimate stands in until React Flow has measured the card (or if it never renders).
      initialHeight: size.height,
      data: { claimId: claim.id },
      sourcePosition: direction === "TB" ? Position.Top : Position.Right,
      targetPosition: direction === "TB" ? Position.Bottom : Position.Left,
      // The card's name is its content, in reading order: what it shows is what it is called.
      ariaRole: "button",
      selected: selected.has(claim.id),
      domAttributes: { "aria-roledescription": "claim", tabIndex: -1 },
    });
  }
  return nodes;
}

const dimmedNodes = new WeakMap<ClaimFlowNode, ClaimFlowNode>();
const hiddenNodes = new WeakMap<ClaimFlowNode, ClaimFlowNode>();
const dimmedEdges = new WeakMap<RelationFlowEdge, RelationFlowEdge>();

function variant<T extends object>(cache: WeakMap<T, T>, base: T, make: (base: T) => T): T {
  let made = cache.get(base);
  if (!made) cache.set(base, (made = make(base)));
  return made;
}

/**
 * Applies the filters to laid-out nodes: hidden nodes keep their place (and React Flow its
 * measurements), dimmed ones fade. Unchanged nodes keep their identity, so React Flow
 * re-renders only what the filter changed.
 */
export function filterNodes(nodes: readonly ClaimFlowNode[], visible: Visibility): ClaimFlowNode[] {
  return nodes.map((node) => {
    if (!visible.drawn.has(node.id))
      return variant(hiddenNodes, node, (n) => ({ ...n, hidden: true }));
    if (!visible.matching.has(node.id))
      return variant(dimmedNodes, node, (n) => ({ ...n, className: "is-dimmed" }));
    return node;
  });
}

const entryNodes = new WeakMap<ClaimFlowNode, ClaimFlowNode>();

/**
 * The map is one stop for Tab: only its entry card (the selected one, else the first in
 * reading order) takes focus from Tab; arrow keys move between cards from there. The other
 * cards stay focusable from script (tabindex -1). Identities are stable, so moving the entry
 * re-renders two cards.
 */
export function withEntry(
  nodes: readonly ClaimFlowNode[],
  entryId: ClaimId | null,
): ClaimFlowNode[] {
  return nodes.map((node) =>
    node.id === entryId
      ? variant(entryNodes, node, (n) => ({
          ...n,
          domAttributes: { ...n.domAttributes, tabIndex: 0 },
        }))
      : node,
  );
}

/** The card Tab lands on: the selection if drawn, else the drawn card nearest the top left. */
export function entryOf(
  nodes: readonly ClaimFlowNode[],
  selectedId: ClaimId | null,
): ClaimId | null {
  let best: ClaimFlowNode | undefined;
  for (const node of nodes) {
    if (node.hidden) continue;
    if (node.id === selectedId) return node.id;
    if (
      !best ||
      node.position.y < best.position.y - 40 ||
      (Math.abs(node.position.y - best.position.y) <= 40 && node.position.x < best.position.x)
    )
      best = node;
  }
  return best?.id ?? null;
}

/** Keeps the drawn links, dimming those not at full strength; identities are stable. */
export function filterEdges(
  edges: readonly RelationFlowEdge[],
  visible: Visibility,
): RelationFlowEdge[] {
  const out: RelationFlowEdge[] = [];
  for (const edge of edges) {
    if (!visible.drawnLinks.has(edge.id)) continue;
    out.push(
      visible.matchingLinks.has(edge.id)
        ? edge
        : variant(dimmedEdges, edge, (e) => ({
            ...e,
            className: "is-dimmed",
            markerEnd: markerOf(e.data?.type ?? "support", true),
          })),
    );
  }
  return out;
}

/** One edge per link, drawn from the supporting or disputing claim to its target. */
export function toRelationEdges(map: ArgumentMap): RelationFlowEdge[] {
  return map.links.map((link) => {
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
      markerEnd: markerOf(link.type, false),
    };
  });
}

export interface UndercutEdgeData extends Record<string, unknown> {
  /** The link this one disputes. */
  toLink: LinkId;
  /** Whether that link is a support (an undercut) or a dispute (an attack on the attack). */
  targetType: LinkType;
  note?: string;
  description: string;
}
export type UndercutFlowEdge = Edge<UndercutEdgeData, "undercut">;

/**
 * One edge per claim that disputes a link: drawn from the claim to the middle of the link it
 * disputes, never to a claim, so an undercut is never mistaken for an attack on a conclusion.
 * React Flow needs a node at each end: the edge names the disputed link's far end, and the
 * edge component draws to the link's middle instead.
 */
export function toUndercutEdges(map: ArgumentMap): UndercutFlowEdge[] {
  const index = mapIndex(map);
  const links = new Map(map.links.map((l) => [l.id, l]));
  const disputes = new Map(map.linkDisputes.map((d) => [d.id, d]));
  // The claim a chain of disputes of links ends at: an end for React Flow.
  const endOf = (id: LinkId, seen = new Set<LinkId>()): ClaimId | undefined => {
    const link = links.get(id);
    if (link) return link.to;
    const d = disputes.get(id);
    if (!d || seen.has(id)) return undefined;
    seen.add(id);
    return endOf(d.toLink, seen);
  };
  const describeTarget = (id: LinkId): string => {
    const link = links.get(id);
    if (link) return describeLink(map, link);
    const d = disputes.get(id);
    const from = d ? index.claims.get(d.from) : undefined;
    return d && from ? `${speakerLabel(map, from)}: ${from.text} disputing a link` : id;
  };
  return map.linkDisputes.flatMap((d) => {
    const target = endOf(d.toLink);
    const from = index.claims.get(d.from);
    if (target === undefined || !from) return [];
    const targetType: LinkType = links.get(d.toLink)?.type ?? "dispute";
    const description = `${speakerLabel(map, from)}: ${from.text} ${
      targetType === "support" ? "undercuts the inference" : "disputes the dispute"
    } “${describeTarget(d.toLink)}”`;
    return [
      {
        id: d.id,
        type: "undercut" as const,
        source: d.from,
        target,
        ariaLabel: description,
        data: {
          toLink: d.toLink,
          targetType,
          description,
          ...(d.note === undefined ? {} : { note: d.note }),
        },
        markerEnd: DISPUTE_MARKER_ID,
      },
    ];
  });
}

const dimmedUndercuts = new WeakMap<UndercutFlowEdge, UndercutFlowEdge>();

/** The drawn disputes of links, dimming those not at full strength. */
export function filterUndercutEdges(
  edges: readonly UndercutFlowEdge[],
  visible: Visibility,
): UndercutFlowEdge[] {
  return edges.flatMap((edge) =>
    !visible.drawnLinkDisputes.has(edge.id)
      ? []
      : visible.matchingLinkDisputes.has(edge.id)
        ? [edge]
        : [
            variant(dimmedUndercuts, edge, (e) => ({
              ...e,
              className: "is-dimmed",
              markerEnd: DISPUTE_MARKER_DIMMED_ID,
            })),
          ],
  );
}
