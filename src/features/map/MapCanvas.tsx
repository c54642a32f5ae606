import {
  applyNodeChanges,
  Background,
  Controls,
  MiniMap,
  ReactFlow,
  useReactFlow,
  ViewportPortal,
  type NodeChange,
  type NodeTypes,
  type EdgeTypes,
} from "@xyflow/react";
import "@xyflow/react/dist/style.css";
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type FocusEvent,
  type KeyboardEvent,
} from "react";
import { nearestFreeSpot } from "../../layout/freeSpot";
import { colourOf } from "../../model/view/speakerColours";
import { mapIndex } from "../../model/core/mapIndex";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import {
  selectCentreRequest,
  selectDirection,
  selectDragged,
  selectLayoutGeneration,
  selectMap,
  selectViewportRequest,
  selectVisibility,
} from "../../store/selectors";
import { DETAILS_HEADING_ID } from "../../store/domIds";
import { stepFrom, stepOfKey } from "./keyboardSteps";
import { ClaimNode } from "./ClaimNode";
import { LinkChooser } from "./LinkChooser";
import { DisputeMarker } from "./DisputeMarker";
import { regionsOf } from "./regions";
import { RelationEdge } from "./RelationEdge";
import {
  filterEdges,
  filterNodes,
  toClaimNodes,
  toRelationEdges,
  type ClaimFlowNode,
} from "./toFlow";
import { useLayout } from "./useLayout";
import "./MapCanvas.css";

const nodeTypes: NodeTypes = { claim: ClaimNode };
const edgeTypes: EdgeTypes = { relation: RelationEdge };
const NO_HEIGHTS: ReadonlyMap<string, number> = new Map();
/** Above this many claims the map opens at a readable zoom rather than fitted whole. */
const BIG_MAP = 400;
const BIG_MAP_ZOOM = 0.6;
/** Shift-, Ctrl- or Cmd-click adds a claim to the selection (for exporting a few claims). */
const MULTI_SELECT_KEYS = ["Shift", "Control", "Meta"];

/** Keeps React Flow's measurements on nodes whose derived form did not change. */
function mergeMeasured(next: ClaimFlowNode[], previous: ClaimFlowNode[]): ClaimFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  return next.map((node) => {
    const old = before.get(node.id);
    if (!old?.measured) return node;
    if (
      old.position.x === node.position.x &&
      old.position.y === node.position.y &&
      old.width === node.width &&
      old.sourcePosition === node.sourcePosition &&
      old.ariaLabel === node.ariaLabel &&
      old.hidden === node.hidden &&
      old.className === node.className
    ) {
      return old;
    }
    return { ...node, measured: old.measured };
  });
}

export function MapCanvas() {
  const map = useAppStore(selectMap);
  const direction = useAppStore(selectDirection);
  const dragged = useAppStore(selectDragged);
  const generation = useAppStore(selectLayoutGeneration);
  const centreRequest = useAppStore(selectCentreRequest);
  const store = useAppStoreApi();
  const flow = useReactFlow();

  // Heights measured on screen, kept only for the map and direction they were measured in.
  const [measuredHeights, setMeasuredHeights] = useState({ map, direction, heights: NO_HEIGHTS });
  const minHeights =
    measuredHeights.map === map && measuredHeights.direction === direction
      ? measuredHeights.heights
      : NO_HEIGHTS;
  const containerRef = useRef<HTMLDivElement>(null);
  const layoutState = useLayout(map, direction, generation, minHeights, containerRef);
  const layout =
    layoutState.status === "ready"
      ? layoutState.layout
      : layoutState.status === "pending"
        ? layoutState.previous
        : undefined;

  const visible = useAppStore(selectVisibility);
  const placedNodes = useMemo(
    () => (layout ? toClaimNodes(map, layout, dragged, direction) : []),
    [map, layout, dragged, direction],
  );
  const derivedNodes = useMemo(() => filterNodes(placedNodes, visible), [placedNodes, visible]);
  // React Flow's working copy of the nodes: the derived nodes plus its measurements and the
  // drag in progress. It follows the derivation whenever that changes.
  const [working, setWorking] = useState({ derived: derivedNodes, nodes: derivedNodes });
  if (working.derived !== derivedNodes) {
    setWorking({ derived: derivedNodes, nodes: mergeMeasured(derivedNodes, working.nodes) });
  }
  const nodes = working.derived === derivedNodes ? working.nodes : derivedNodes;
  const allEdges = useMemo(() => toRelationEdges(map), [map]);
  const edges = useMemo(() => filterEdges(allEdges, visible), [allEdges, visible]);

  // If a card turns out taller on screen than its estimate, lay out again with the real height.
  // If a card turns out taller on screen than its estimate, lay out again with the real height.
  const sizes = layout?.sizes;
  const onNodesChange = useCallback(
    (changes: NodeChange<ClaimFlowNode>[]) => {
      const tooTall = new Map<string, number>();
      const dropped = new Map<string, { x: number; y: number }>();
      for (const change of changes) {
        if (change.type === "position" && change.dragging === false && change.position) {
          dropped.set(change.id, change.position);
        }
        if (change.type === "dimensions" && change.dimensions) {
          const planned = sizes?.[change.id]?.height ?? Infinity;
          if (change.dimensions.height > planned + 2)
            tooTall.set(change.id, Math.ceil(change.dimensions.height));
        }
      }
      if (tooTall.size > 0) {
        setMeasuredHeights((previous) => ({
          map,
          direction,
          heights: new Map([
            ...(previous.map === map && previous.direction === direction ? previous.heights : []),
            ...tooTall,
          ]),
        }));
      }
      // Selection changes are kept too: shift-click and box selection pick claims to export.
      const kept = changes.filter(
        (c) => c.type === "dimensions" || c.type === "position" || c.type === "select",
      );
      if (kept.length > 0)
        setWorking((current) => ({ ...current, nodes: applyNodeChanges(kept, current.nodes) }));
      // A card dropped onto others slides to the nearest free spot: cards never overlap.
      for (const [id, position] of dropped) {
        const others = flow
          .getNodes()
          .flatMap((n) =>
            n.id === id || dropped.has(n.id)
              ? []
              : [{ ...n.position, width: n.measured?.width ?? 0, height: n.measured?.height ?? 0 }],
          );
        const self = flow.getInternalNode(id);
        const box = {
          ...position,
          width: self?.measured.width ?? 0,
          height: self?.measured.height ?? 0,
        };
        store.getState().moveClaim(id, nearestFreeSpot(box, others));
      }
    },
    [store, sizes, map, direction, flow],
  );

  const regions = useMemo(() => {
    const byId = new Map(nodes.map((n) => [n.id, n]));
    return regionsOf(map, (id) => {
      const node = byId.get(id);
      const size = layout?.sizes[id];
      if (!node || node.hidden || !size) return undefined;
      return {
        x: node.position.x,
        y: node.position.y,
        width: size.width,
        height: node.measured?.height ?? size.height,
      };
    });
  }, [map, nodes, layout]);

  // Fit the whole map into view when a new layout arrives, unless a shared URL asked for a
  // viewport of its own, which is applied once the first layout is there.
  const fitted = useRef<unknown>(null);
  const viewportRequest = useAppStore(selectViewportRequest);
  const appliedRequest = useRef(0);
  useEffect(() => {
    if (layoutState.status !== "ready") return;
    const { viewport } = store.getState();
    if (viewportRequest !== appliedRequest.current && viewport) {
      appliedRequest.current = viewportRequest;
      fitted.current = layoutState.layout.result;
      requestAnimationFrame(() => void flow.setViewport(viewport));
      return;
    }
    if (fitted.current === layoutState.layout.result) return;
    fitted.current = layoutState.layout.result;
    const first = layoutState.layout.result;
    requestAnimationFrame(() => {
      if (map.claims.length > BIG_MAP) {
        // A big map fitted whole is specks: open at a readable zoom on its top left corner
        // instead (the minimap shows the whole), and draw only the cards in view.
        // The card nearest the top left corner: corners of big layouts are often empty.
        const topLeft = Object.values(first.positions).reduce(
          (best, p) => (p.x + p.y < best.x + best.y ? p : best),
          { x: Infinity, y: Infinity },
        );
        void flow.setViewport({
          x: 24 - topLeft.x * BIG_MAP_ZOOM,
          y: 24 - topLeft.y * BIG_MAP_ZOOM,
          zoom: BIG_MAP_ZOOM,
        });
      } else void flow.fitView({ padding: 0.08, duration: 0 });
      // Two frames later the cards in view are drawn: the map is interactive (see npm run bench).
      requestAnimationFrame(() =>
        requestAnimationFrame(() =>
          performance.mark("argmap:interactive", { detail: { claims: map.claims.length } }),
        ),
      );
    });
  }, [layoutState, flow, store, viewportRequest, map]);

  // Centre on the selection when asked (from the source pane or the details lists).
  useEffect(() => {
    if (centreRequest === 0) return;
    const id = store.getState().selectedId;
    const node = id === null ? undefined : flow.getInternalNode(id);
    if (!node) return;
    const width = node.measured.width ?? 0;
    const height = node.measured.height ?? 0;
    void flow.setCenter(
      node.internals.positionAbsolute.x + width / 2,
      node.internals.positionAbsolute.y + height / 2,
      {
        zoom: Math.max(flow.getZoom(), 0.9),
        duration: 400,
      },
    );
  }, [centreRequest, flow, store]);

  const [pendingLink, setPendingLink] = useState<{ from: string; to: string } | null>(null);
  const onKeyDown = useCallback(
    (event: KeyboardEvent) => {
      const target = event.target as Element;
      const nodeElement = target.closest?.(".react-flow__node");
      if (!nodeElement) return;
      const state = store.getState();
      const focusedId = nodeElement.getAttribute("data-id");
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
      const next = stepFrom(state.map, current, step, selectVisibility(state).drawn, (id) => {
        return flow.getInternalNode(id)?.internals.positionAbsolute[axis] ?? 0;
      });
      if (next === undefined) return;
      state.selectClaim(next, { centre: true });
      // On a big map only the cards in view exist: the next one appears once the view has
      // moved to it, so keep trying for the length of the move.
      const focusNext = (tries: number) => {
        const element = containerRef.current?.querySelector<HTMLElement>(
          `.react-flow__node[data-id="${CSS.escape(next)}"]`,
        );
        if (element) element.focus();
        else if (tries > 0) setTimeout(() => focusNext(tries - 1), 100);
      };
      requestAnimationFrame(() => focusNext(8));
    },
    [store, flow],
  );

  const onFocusCapture = useCallback(
    (event: FocusEvent) => {
      const edge = (event.target as Element).closest?.(".react-flow__edge");
      store.getState().setActiveLink(edge?.getAttribute("data-id") ?? null);
    },
    [store],
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
        nodes={nodes}
        edges={edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        onNodesChange={onNodesChange}
        onNodeClick={(_, node) => store.getState().selectClaim(node.id)}
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
          else store.getState().selectClaim(null);
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
        edgesFocusable
        minZoom={0.05}
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
                {region.label} <span className="topic-region__count">· {region.count}</span>
              </span>
            </div>
          ))}
        </ViewportPortal>
        <Background gap={24} size={1} color="#e3e6eb" />
        <Controls showInteractive={false} position="bottom-left" />
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
      </ReactFlow>
      {pendingLink && <LinkChooser {...pendingLink} onClose={() => setPendingLink(null)} />}
      {layoutState.status === "pending" && !layout && (
        <div className="map-canvas__status" role="status">
          Laying out {map.claims.length.toLocaleString("en-US")} claims…
        </div>
      )}
      {layoutState.status === "error" && (
        <div className="map-canvas__status is-error" role="alert">
          The map could not be laid out: {layoutState.message}
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
