import {
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  ViewportPortal,
  type ReactFlowState,
  type NodeTypes,
  type EdgeTypes,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import { useCallback, useEffect, useMemo, useRef, useState, type FocusEvent } from "react";
import { BIG_MAP, minZoomFor, OVERVIEW_ZOOM } from "../../layout/firstView";
import { mapIndex } from "../../model/core/mapIndex";
import type { Box } from "../../model/geometry/geometry";
import { frameAround } from "../../model/geometry/regionFrame";
import { overviewOf, regionFrames } from "../../model/view/overview";
import { colourOf } from "../../model/core/speakerColours";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { setPlacementHint } from "../../store/layoutOfStore";
import {
  selectDragged,
  selectMap,
  selectSelectedId,
  selectSelectedIds,
  selectVisibility,
} from "../../store/selectors";
import { ClaimNode } from "./ClaimNode";
import { DisputeMarker } from "./DisputeMarker";
import { LinkChooser } from "./LinkChooser";
import { focusCardWhenDrawn, keepCardInSight } from "./cardInSight";
import { PanButtons } from "./PanButtons";
import { MapOverview } from "./MapOverview";
import { regionsOf } from "./regions";
import { RelationEdge } from "./RelationEdge";
import {
  filterEdges,
  filterUndercutEdges,
  toRelationEdges,
  toUndercutEdges,
  type ClaimFlowNode,
} from "./toFlow";
import { UndercutEdge } from "./UndercutEdge";
import { useFlowNodes, useLayoutSnapshot } from "./useFlowNodes";
import { useLinkLongPress } from "./useLinkLongPress";
import { useMapKeyboard } from "./useMapKeyboard";
import { useNearView } from "./useNearView";
import { useNodeChanges } from "./useNodeChanges";
import { useViewportPolicy } from "./useViewportPolicy";
import "./MapCanvas.css";

const nodeTypes: NodeTypes = { claim: ClaimNode };
const NO_EDGES: never[] = [];
const selectZoomedOut = (s: ReactFlowState) => s.transform[2] < OVERVIEW_ZOOM;

const edgeTypes: EdgeTypes = { relation: RelationEdge, undercut: UndercutEdge };
/** Shift-, Ctrl- or Cmd-click adds a claim to the selection (for exporting a few claims). */
const MULTI_SELECT_KEYS = ["Shift", "Control", "Meta"];

/** The topic regions behind the cards, around the cards where they stand now. */
function useRegions(
  nodes: readonly ClaimFlowNode[],
  sizes: ReadonlyMap<string, { height: number }>,
) {
  const map = useAppStore(selectMap);
  const pinned = useAppStore(selectDragged);
  return useMemo(() => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return regionsOf(
      map,
      (id) => {
        const node = byId.get(id);
        if (!node || node.hidden || node.width === undefined) return undefined;
        return {
          x: node.position.x,
          y: node.position.y,
          width: node.width,
          height: node.measured?.height ?? sizes.get(id)?.height ?? 0,
        };
      },
      (id) => pinned.has(id),
    );
  }, [map, nodes, sizes, pinned]);
}

export function MapCanvas() {
  const map = useAppStore(selectMap);
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const containerRef = useRef<HTMLDivElement>(null);
  const area = useCallback(() => containerRef.current?.getBoundingClientRect(), []);
  const snapshot = useLayoutSnapshot(area);
  const dragged = useAppStore(selectDragged);
  // Where each card stands: the layout's place, or where the user put it.
  const boxOf = useCallback(
    (id: string): Box | undefined => {
      const at = dragged.get(id) ?? snapshot.positions.get(id);
      const size = snapshot.sizes.get(id);
      return at && size ? { ...at, ...size } : undefined;
    },
    [dragged, snapshot],
  );
  const frames = useMemo(() => regionFrames(map, boxOf), [map, boxOf]);
  const bounds = useMemo(() => frameAround(frames.values()), [frames]);
  const { defaultViewport, applied, fitWhole } = useViewportPolicy(
    snapshot,
    map.claims.length,
    containerRef,
    boxOf,
    bounds,
  );
  // A big map zoomed out is its overview: React Flow gets no cards and no links, so opening
  // one costs no per-card work on this thread. Cards come as the user zooms in.
  const zoomedOut = useStore(selectZoomedOut);
  const overview =
    map.claims.length > BIG_MAP && snapshot.positions.size > 0 && (zoomedOut || !applied);
  const { nodes, apply } = useFlowNodes(snapshot, !overview);
  const visible = useAppStore(selectVisibility);
  const allEdges = useMemo(() => (overview ? NO_EDGES : toRelationEdges(map)), [overview, map]);
  const allUndercuts = useMemo(() => (overview ? NO_EDGES : toUndercutEdges(map)), [overview, map]);
  const filteredEdges = useMemo(
    () => [...filterEdges(allEdges, visible), ...filterUndercutEdges(allUndercuts, visible)],
    [allEdges, allUndercuts, visible],
  );
  const summary = useMemo(
    () => (overview ? overviewOf(map, visible) : undefined),
    [overview, map, visible],
  );
  const onNodesChange = useNodeChanges(snapshot, apply);
  const regions = useRegions(nodes, snapshot.sizes);
  // A big map hands React Flow only what is near the view (see useNearView).
  const selectedId = useAppStore(selectSelectedId);
  const selectedIds = useAppStore(selectSelectedIds);
  const selected = useMemo(
    () => (selectedId ? [...selectedIds, selectedId] : [...selectedIds]),
    [selectedId, selectedIds],
  );
  const { nodes: shownNodes, edges } = useNearView(
    map.claims.length > BIG_MAP,
    nodes,
    filteredEdges,
    boxOf,
    selected,
  );
  const onKeyDown = useMapKeyboard(containerRef, boxOf);
  // A claim chosen in the overview: selected, shown at reading size, and the keyboard on it.
  const showClaim = useCallback(
    (id: string) => {
      store.getState().selectClaim(id, { centre: true });
      requestAnimationFrame(() => focusCardWhenDrawn(containerRef.current, id));
    },
    [store],
  );
  useLinkLongPress(containerRef, store);

  // A new claim with nothing to stand beside appears in the middle of what the user sees.
  useEffect(() => {
    setPlacementHint(store, () => {
      const box = containerRef.current?.getBoundingClientRect();
      if (!box) return undefined;
      const centre = flow.screenToFlowPosition({
        x: box.left + box.width / 2,
        y: box.top + box.height / 2,
      });
      return { x: centre.x - 130, y: centre.y - 40 };
    });
    return () => setPlacementHint(store, undefined);
  }, [store, flow]);

  const [pendingLink, setPendingLink] = useState<{ from: string; to: string } | null>(null);
  const onFocusCapture = useCallback(
    (event: FocusEvent) => {
      const edge = (event.target as Element).closest?.(".react-flow__edge");
      store.getState().setActiveLink(edge?.getAttribute("data-id") ?? null);
      // A card reached by keyboard is never left under the minimap, the map's buttons or the
      // pane's edge (WCAG 2.4.11): the view moves to bring it to the middle.
      const card = (event.target as Element).closest?.(".react-flow__node");
      const pane = containerRef.current;
      if (!card || !pane || !card.matches(":focus-visible")) return;
      requestAnimationFrame(() => keepCardInSight(pane, card, flow));
    },
    [store, flow],
  );

  const index = mapIndex(map);
  return (
    <div
      className="map-canvas"
      ref={containerRef}
      onFocusCapture={onFocusCapture}
      onKeyDown={onKeyDown}
    >
      <DisputeMarker />
      <ReactFlow<ClaimFlowNode>
        nodes={shownNodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        {...(defaultViewport ? { defaultViewport } : {})}
        onNodeClick={(event, node) => {
          if (event.shiftKey || event.ctrlKey || event.metaKey) {
            const { selectedIds } = store.getState();
            if (selectedIds.has(node.id)) store.getState().setSelection(selectedIds, node.id);
          } else store.getState().selectClaim(node.id);
        }}
        // A double click on a card edits it in the details panel.
        onNodeDoubleClick={(_, node) => {
          store.getState().selectClaim(node.id);
          store.getState().setEditing(node.id);
        }}
        onPaneClick={(event) => {
          // A double click on empty canvas adds a claim there.
          if (event.detail === 2)
            store
              .getState()
              .addClaim(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY }));
          else {
            store.getState().selectClaim(null);
            // On a touch screen a link's note stays until a tap elsewhere.
            store.getState().setActiveLink(null);
          }
        }}
        zoomOnDoubleClick={false}
        onConnect={(connection) =>
          setPendingLink({ from: connection.source, to: connection.target })
        }
        onEdgeMouseEnter={(_, edge) => store.getState().setActiveLink(edge.id)}
        onEdgeMouseLeave={() => store.getState().setActiveLink(null)}
        onEdgeClick={(_, edge) => store.getState().setActiveLink(edge.id)}
        nodesConnectable
        elementsSelectable
        // Links are not Tab stops (the map is one stop; arrows move between cards): each
        // link, with its note, is listed under its claims in the details panel.
        edgesFocusable={false}
        minZoom={bounds ? minZoomFor(bounds) : 0.05}
        maxZoom={2.5}
        onlyRenderVisibleElements={nodes.length > BIG_MAP}
        disableKeyboardA11y
        multiSelectionKeyCode={MULTI_SELECT_KEYS}
        onMoveEnd={(_, viewport) => store.getState().setViewport(viewport)}
        proOptions={{ hideAttribution: true }}
        aria-label={`Argument map: ${map.claims.length} claims, ${map.links.length} links`}
      >
        <ViewportPortal>
          {regions.map((region) => (
            <div
              key={region.id}
              className="topic-region"
              style={{
                transform: `translate(${region.x}px, ${region.y}px)`,
                width: region.width,
                height: region.height,
              }}
            >
              <span className="topic-region__label">
                {region.label}{" "}
                <span className="topic-region__count">
                  · {region.count}
                  {region.tagged > region.count &&
                    ` (+${region.tagged - region.count} drawn in other topics)`}
                </span>
              </span>
            </div>
          ))}
        </ViewportPortal>
        <Background gap={24} size={1} color="#e3e6eb" />
        <Controls
          showInteractive={false}
          position="bottom-left"
          orientation="horizontal"
          onFitView={fitWhole}
        >
          <PanButtons />
        </Controls>
        {summary && <MapOverview overview={summary} frames={frames} onClaim={showClaim} />}
        {!overview && (
          <MiniMap<ClaimFlowNode>
            position="bottom-right"
            style={{ width: 180, height: 120 }}
            pannable
            zoomable
            ariaLabel="Overview of the map"
            nodeColor={(node) => colourOf(map, index.claims.get(node.id)?.speaker)}
            nodeStrokeWidth={0}
            maskColor="rgb(240 242 245 / 0.7)"
          />
        )}
      </ReactFlow>
      {pendingLink && <LinkChooser {...pendingLink} onClose={() => setPendingLink(null)} />}
      {snapshot.status === "pending" && snapshot.positions.size === 0 && map.claims.length > 0 && (
        <div className="map-canvas__status" role="status">
          Laying out {map.claims.length.toLocaleString("en-US")} claims…
        </div>
      )}
      {snapshot.status === "error" && (
        <div className="map-canvas__status is-error" role="alert">
          The map could not be laid out: {snapshot.message}
        </div>
      )}
      {map.claims.length === 0 && (
        <div className="map-canvas__status" role="status">
          This map has no claims yet.
        </div>
      )}
    </div>
  );
}
