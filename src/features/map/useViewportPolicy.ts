import { getViewportForBounds, useReactFlow, type Viewport } from "@xyflow/react";
import { useEffect, useRef, useState, type RefObject } from "react";
import { BIG_MAP, FIT_OPTIONS, minZoomFor, READING_ZOOM } from "../../layout/firstView";
import type { LayoutSession, LayoutSnapshot } from "../../layout/layoutSession";
import type { Box } from "../../model/geometry/geometry";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { layoutSessionOf } from "../../store/layoutOfStore";
import { selectPendingViewport, selectSelectedId } from "../../store/selectors";
import { onViewCommand } from "../../store/viewCommands";
import { DETAILS_PANEL_ID } from "../../store/domIds";
import { isNarrowScreen } from "../../ui/narrowScreen";

/** Which fit request of a session has been applied: kept beside the session, not in a component,
 * so that a canvas mounted again (after the outline) does not fit a second time. */
const appliedFits = new WeakMap<LayoutSession, number>();

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/**
 * The part of the map's pane the user can see, in screen pixels: on a phone the details
 * panel is a sheet over the bottom of the map, and what it covers does not count.
 */
function seenPart(pane: DOMRect): { top: number; bottom: number; left: number; right: number } {
  const seen = { top: pane.top, bottom: pane.bottom, left: pane.left, right: pane.right };
  if (!isNarrowScreen()) return seen;
  const sheet = document.getElementById(DETAILS_PANEL_ID)?.getBoundingClientRect();
  if (sheet && sheet.height > 0 && sheet.top > pane.top && sheet.top < pane.bottom)
    seen.bottom = sheet.top;
  return seen;
}

/**
 * Marks `argmap:interactive` (read by `npm run bench`) once the first view is painted: some
 * card, or a big map's overview, inside the canvas is laid out and visible in the DOM, and a
 * frame has been drawn since.
 */
function markWhenPainted(container: HTMLElement, claims: number) {
  if (performance.getEntriesByName("argmap:interactive").length > 0) return;
  const started = performance.now();
  const check = () => {
    const pane = container.getBoundingClientRect();
    const painted = [
      ...container.querySelectorAll<HTMLElement>(".react-flow__node, .map-overview__region"),
    ].some((node) => {
      if (getComputedStyle(node).visibility !== "visible") return false;
      const box = node.getBoundingClientRect();
      return (
        box.width > 0 &&
        box.right > pane.left &&
        box.left < pane.right &&
        box.bottom > pane.top &&
        box.top < pane.bottom
      );
    });
    if (painted)
      requestAnimationFrame(() => performance.mark("argmap:interactive", { detail: { claims } }));
    else if (performance.now() - started < 30_000) requestAnimationFrame(check);
  };
  requestAnimationFrame(check);
}

/**
 * The viewport belongs to the user. It moves only when asked: a fresh layout of a newly
 * opened map (or "Re-arrange", or a new direction) fits it; a shared link or Back/Forward
 * applies its own; "centre on" a claim centres, at a zoom its card can be read at. Edits,
 * undo, redo and autosave never move it.
 * @param boxOf where a claim's card stands (the layout's place, or where the user put it).
 * @param bounds the whole map's extent, regions' frames included.
 * @returns the viewport the canvas opens with, whether the first view has been applied yet,
 *   and a fit of the whole map (for the Fit View button: a big map's overview has no nodes).
 */
export function useViewportPolicy(
  snapshot: LayoutSnapshot,
  claims: number,
  container: RefObject<HTMLElement | null>,
  boxOf: (id: string) => Box | undefined,
  bounds: Box | undefined,
) {
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const session = layoutSessionOf(store);
  const pendingViewport = useAppStore(selectPendingViewport);

  // The viewport the canvas opens with: the last one the user had, if any.
  const [initial] = useState<Viewport | undefined>(() => store.getState().viewport ?? undefined);
  const [applied, setApplied] = useState(() => (appliedFits.get(session) ?? 0) > 0);

  /** Fits the whole map; a big map from its layout's extent (its overview draws no nodes). */
  const fitWhole = () => {
    const pane = container.current?.getBoundingClientRect();
    if (claims > BIG_MAP && bounds && pane && pane.width > 0) {
      void flow.setViewport(
        getViewportForBounds(
          bounds,
          pane.width,
          pane.height,
          minZoomFor(bounds),
          FIT_OPTIONS.maxZoom,
          FIT_OPTIONS.padding,
        ),
      );
    } else void flow.fitView({ ...FIT_OPTIONS, duration: 0 });
  };

  useEffect(() => {
    if (snapshot.status !== "ready") return;
    const done = appliedFits.get(session) ?? 0;
    const element = container.current;
    if (pendingViewport) {
      appliedFits.set(session, snapshot.fitRequest);
      const viewport = pendingViewport;
      requestAnimationFrame(() => {
        void flow.setViewport(viewport);
        store.getState().viewportApplied();
        setApplied(true);
        performance.mark("argmap:first-view");
        if (element) markWhenPainted(element, claims);
      });
      return;
    }
    if (snapshot.fitRequest <= done) return;
    appliedFits.set(session, snapshot.fitRequest);
    requestAnimationFrame(() => {
      fitWhole();
      setApplied(true);
      performance.mark("argmap:first-view");
      if (element) markWhenPainted(element, claims);
    });
    // fitWhole reads the latest bounds; a new fit request is what starts a fit.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [snapshot, pendingViewport, session, flow, store, claims, container]);

  // "Centre on" a claim: from the source pane, the details' lists, search, the overview or the
  // keyboard, at a zoom its card can be read at. Centred in the part of the map the user sees
  // (on a phone, above the details sheet, which shows once the selection has rendered: hence
  // the frame's wait). From a zoomed-out view it jumps (an animation would draw every card on
  // the way).
  // When the last "centre on" came: a selection that comes with one is placed by it.
  const centredAt = useRef(-Infinity);
  useEffect(
    () =>
      onViewCommand(store, (command) => {
        centredAt.current = performance.now();
        requestAnimationFrame(() => {
          const box = boxOf(command.id);
          const pane = container.current?.getBoundingClientRect();
          if (!box || !pane) return;
          const far = claims > BIG_MAP && flow.getZoom() < READING_ZOOM / 2;
          const zoom = Math.max(flow.getZoom(), READING_ZOOM);
          const seen = seenPart(pane);
          // setCenter centres in the whole pane: shift by how far the seen part's centre is off.
          const dy = (pane.top + pane.bottom) / 2 - (seen.top + seen.bottom) / 2;
          void flow.setCenter(box.x + box.width / 2, box.y + box.height / 2 + dy / zoom, {
            zoom,
            duration: reducedMotion() || far ? 0 : 400,
          });
        });
      }),
    [store, flow, container, boxOf, claims],
  );

  // A card selected by a tap on a phone must not end up under the details sheet that the
  // selection opens (WCAG 2.4.11): if it does, the map moves it to the middle of what shows.
  // A selection centred on (search, the keyboard, a list) is already placed above the sheet:
  // moving it again would cut that move short, at the zoom it started from.
  const selectedId = useAppStore(selectSelectedId);
  useEffect(() => {
    if (selectedId === null || !isNarrowScreen()) return;
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => {
        const card = container.current?.querySelector(
          `.react-flow__node[data-id="${CSS.escape(selectedId)}"]`,
        );
        const pane = container.current?.getBoundingClientRect();
        if (!card || !pane || performance.now() - centredAt.current < 1000) return;
        const box = card.getBoundingClientRect();
        const seen = seenPart(pane);
        const inSight =
          box.top >= seen.top &&
          box.bottom <= seen.bottom &&
          box.left >= seen.left &&
          box.right <= seen.right;
        if (inSight) return;
        // Out of sight, even in part: it comes to the middle of what can be seen.
        const dx = (seen.left + seen.right) / 2 - (box.left + box.right) / 2;
        const dy = (seen.top + seen.bottom) / 2 - (box.top + box.bottom) / 2;
        const { x, y, zoom } = flow.getViewport();
        void flow.setViewport(
          { x: x + dx, y: y + dy, zoom },
          { duration: reducedMotion() ? 0 : 300 },
        );
      });
    });
    return () => cancelAnimationFrame(frame);
  }, [selectedId, flow, container]);

  return { defaultViewport: initial, applied, fitWhole };
}
