import { applyNodeChanges, type NodeChange } from "@xyflow/react";
import { useEffect, useMemo, useState, useSyncExternalStore } from "react";
import type { LayoutSnapshot } from "../../layout/layoutSession";
import type { XY } from "../../model/geometry/geometry";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { layoutSessionOf } from "../../store/layoutOfStore";
import {
  selectDirection,
  selectDragged,
  selectMap,
  selectSelectedId,
  selectSelectedIds,
  selectVisibility,
} from "../../store/selectors";
import { entryOf, filterNodes, toClaimNodes, withEntry, type ClaimFlowNode } from "./toFlow";

const NO_NODES: ClaimFlowNode[] = [];

/** Cards ease to new places over this long when a region is laid out again. */
const SETTLE_MS = 260;
/** Past this many moving cards, easing costs more than it helps: they jump. */
const SETTLE_MAX_CARDS = 400;

/** The layout of the store's map, kept outside React (see layout/layoutSession.ts). */
export function useLayoutSnapshot(
  area?: () => { width: number; height: number } | undefined,
): LayoutSnapshot {
  const store = useAppStoreApi();
  const session = layoutSessionOf(store, area);
  return useSyncExternalStore(session.subscribe, session.getSnapshot);
}

/** Whether two nodes would draw the same; then the older object is kept, and nothing re-renders. */
function sameNode(a: ClaimFlowNode, b: ClaimFlowNode): boolean {
  return (
    a.position.x === b.position.x &&
    a.position.y === b.position.y &&
    a.width === b.width &&
    a.initialHeight === b.initialHeight &&
    a.sourcePosition === b.sourcePosition &&
    a.ariaLabel === b.ariaLabel &&
    a.hidden === b.hidden &&
    a.className === b.className &&
    a.selected === b.selected &&
    a.domAttributes?.tabIndex === b.domAttributes?.tabIndex
  );
}

/** Keeps React Flow's measurements, and the very object, of nodes whose derived form did not change. */
function reuse(next: ClaimFlowNode[], previous: readonly ClaimFlowNode[]): ClaimFlowNode[] {
  const before = new Map(previous.map((n) => [n.id, n]));
  let same = next.length === previous.length;
  const out = next.map((node, i) => {
    const old = before.get(node.id);
    if (!old) {
      same = false;
      return node;
    }
    if (sameNode(old, node)) {
      if (previous[i] !== old) same = false;
      return old;
    }
    same = false;
    return old.measured ? { ...node, measured: old.measured } : node;
  });
  return same ? (previous as ClaimFlowNode[]) : out;
}

const prefersReducedMotion = () =>
  typeof window !== "undefined" && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

interface Easing {
  settle: number;
  from: ReadonlyMap<string, XY>;
  target: ReadonlyMap<string, XY>;
  /** 0 at the start of the easing, 1 when done. */
  t: number;
}

function eased(easing: Easing): ReadonlyMap<string, XY> {
  if (easing.t >= 1) return easing.target;
  const k = 1 - (1 - easing.t) ** 3;
  const out = new Map(easing.target);
  for (const [id, to] of easing.target) {
    const from = easing.from.get(id);
    if (from && (from.x !== to.x || from.y !== to.y))
      out.set(id, { x: from.x + (to.x - from.x) * k, y: from.y + (to.y - from.y) * k });
  }
  return out;
}

/**
 * The layout's positions, eased: when regions were laid out again (the snapshot's `settle`
 * went up), cards glide from where they were to their new places instead of jumping. Any
 * other change shows at once. No easing with `prefers-reduced-motion`, or for many cards.
 */
function useSettling(snapshot: LayoutSnapshot): ReadonlyMap<string, XY> {
  const [easing, setEasing] = useState<Easing>({
    settle: snapshot.settle,
    from: snapshot.positions,
    target: snapshot.positions,
    t: 1,
  });
  if (easing.target !== snapshot.positions) {
    const from = eased(easing);
    let moving = 0;
    if (snapshot.settle !== easing.settle)
      for (const [id, to] of snapshot.positions) {
        const was = from.get(id);
        if (was && (was.x !== to.x || was.y !== to.y)) moving++;
      }
    const glide = moving > 0 && moving <= SETTLE_MAX_CARDS && !prefersReducedMotion();
    setEasing({ settle: snapshot.settle, from, target: snapshot.positions, t: glide ? 0 : 1 });
  }
  const gliding = easing.t < 1;
  const target = easing.target;
  useEffect(() => {
    if (!gliding) return;
    const began = performance.now();
    let frame = requestAnimationFrame(function step(now) {
      const t = Math.min(1, (now - began) / SETTLE_MS);
      setEasing((e) => (e.target === target ? { ...e, t } : e));
      if (t < 1) frame = requestAnimationFrame(step);
    });
    return () => cancelAnimationFrame(frame);
  }, [gliding, target]);
  const shown = useMemo(() => eased(easing), [easing]);
  return easing.target === snapshot.positions ? shown : snapshot.positions;
}

/**
 * React Flow's nodes: derived from the map, its layout, the user's pins, the filters and the
 * selection; plus React Flow's own working copy (measurements, a drag in progress). A node
 * whose derived form did not change keeps its identity, so an edit re-renders the cards it
 * touched and no others.
 */
export function useFlowNodes(snapshot: LayoutSnapshot, enabled = true) {
  const map = useAppStore(selectMap);
  const direction = useAppStore(selectDirection);
  const dragged = useAppStore(selectDragged);
  const visible = useAppStore(selectVisibility);
  const selectedIds = useAppStore(selectSelectedIds);
  const positions = useSettling(snapshot);
  // A big map's overview draws no cards: none are made until the user zooms in.
  const placed = useMemo(
    () =>
      enabled
        ? toClaimNodes(map, { positions, sizes: snapshot.sizes }, dragged, direction, selectedIds)
        : NO_NODES,
    [enabled, map, positions, snapshot.sizes, dragged, direction, selectedIds],
  );
  const selectedId = useAppStore(selectSelectedId);
  const filtered = useMemo(() => filterNodes(placed, visible), [placed, visible]);
  const entry = useMemo(() => entryOf(filtered, selectedId), [filtered, selectedId]);
  const derived = useMemo(() => withEntry(filtered, entry), [filtered, entry]);
  const [working, setWorking] = useState({ derived, nodes: derived });
  if (working.derived !== derived) setWorking({ derived, nodes: reuse(derived, working.nodes) });
  const nodes = working.derived === derived ? working.nodes : reuse(derived, working.nodes);
  /** Applies React Flow's own changes (sizes measured, a card being dragged) to its copy. */
  const apply = (changes: NodeChange<ClaimFlowNode>[]) =>
    setWorking((current) => ({ ...current, nodes: applyNodeChanges(changes, current.nodes) }));
  return { nodes, apply };
}
