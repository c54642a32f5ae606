// Keeping the card the keyboard is on in sight, and putting the keyboard on a card.
import type { ReactFlowInstance } from "@xyflow/react";

/**
 * Brings a card to the middle of the map's pane if it is partly outside the pane or under the
 * minimap or the map's buttons (WCAG 2.4.11), keeping the zoom. Does nothing when in sight.
 */
export function keepCardInSight(pane: HTMLElement, card: Element, flow: ReactFlowInstance) {
  const box = card.getBoundingClientRect();
  const seen = pane.getBoundingClientRect();
  const covered = [...pane.querySelectorAll(".react-flow__minimap, .react-flow__controls")]
    .map((el) => el.getBoundingClientRect())
    .some(
      (r) => box.left < r.right && box.right > r.left && box.top < r.bottom && box.bottom > r.top,
    );
  const inside =
    box.left >= seen.left &&
    box.right <= seen.right &&
    box.top >= seen.top &&
    box.bottom <= seen.bottom;
  if (inside && !covered) return;
  const { x, y, zoom } = flow.getViewport();
  void flow.setViewport({
    x: x + (seen.left + seen.right) / 2 - (box.left + box.right) / 2,
    y: y + (seen.top + seen.bottom) / 2 - (box.top + box.bottom) / 2,
    zoom,
  });
}

/**
 * Puts the keyboard on a claim's card once it is drawn: on a big map only the cards near the
 * view exist, so it keeps trying for the length of a move of the view (about a second).
 */
export function focusCardWhenDrawn(container: HTMLElement | null, id: string, tries = 10) {
  const element = container?.querySelector<HTMLElement>(
    `.react-flow__node[data-id="${CSS.escape(id)}"]`,
  );
  if (element) element.focus();
  else if (tries > 0) setTimeout(() => focusCardWhenDrawn(container, id, tries - 1), 100);
}
