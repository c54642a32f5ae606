import { useEffect, type RefObject } from "react";
import type { AppStore } from "../../store/appStore";

/** How long a finger rests on a link before its note shows (what a hover does with a mouse). */
export const LONG_PRESS_MS = 500;
/** A finger that moves further than this is panning, not pressing. */
const SLOP_PX = 10;

/**
 * Long-press on a link (touch): shows the link's note, as hovering does with a mouse. The note
 * stays until the user taps elsewhere on the map. A tap on a link shows it too (React Flow's
 * edge click); the long press is what a touch user reaches for first.
 */
export function useLinkLongPress(container: RefObject<HTMLElement | null>, store: AppStore): void {
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let start: { x: number; y: number } | undefined;
    const cancel = () => {
      clearTimeout(timer);
      timer = undefined;
      start = undefined;
    };
    const onDown = (event: PointerEvent) => {
      if (event.pointerType !== "touch") return;
      const edge = (event.target as Element).closest?.(".react-flow__edge");
      const id = edge?.getAttribute("data-id");
      cancel();
      if (!id) return;
      start = { x: event.clientX, y: event.clientY };
      timer = setTimeout(() => {
        store.getState().setActiveLink(id);
        cancel();
      }, LONG_PRESS_MS);
    };
    const onMove = (event: PointerEvent) => {
      if (start && Math.hypot(event.clientX - start.x, event.clientY - start.y) > SLOP_PX) cancel();
    };
    // The browser's own long-press menu would cover the note.
    const onContextMenu = (event: Event) => {
      if ((event.target as Element).closest?.(".react-flow__edge")) event.preventDefault();
    };
    element.addEventListener("pointerdown", onDown);
    element.addEventListener("pointermove", onMove);
    element.addEventListener("pointerup", cancel);
    element.addEventListener("pointercancel", cancel);
    element.addEventListener("contextmenu", onContextMenu);
    return () => {
      cancel();
      element.removeEventListener("pointerdown", onDown);
      element.removeEventListener("pointermove", onMove);
      element.removeEventListener("pointerup", cancel);
      element.removeEventListener("pointercancel", cancel);
      element.removeEventListener("contextmenu", onContextMenu);
    };
  }, [container, store]);
}
