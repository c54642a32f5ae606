import { ControlButton, useReactFlow } from "@xyflow/react";
import { PAN_STEP } from "./keyboardSteps";

const reducedMotion = () => window.matchMedia("(prefers-reduced-motion: reduce)").matches;

/** Arrow drawn in a 12 × 12 box, pointing up; turned for the other directions. */
const ARROW = "M6 1.5 L10.5 7 H7.5 V10.5 H4.5 V7 H1.5 Z";

const DIRECTIONS = [
  { name: "Pan up", dx: 0, dy: -1, turn: 0 },
  { name: "Pan left", dx: -1, dy: 0, turn: 270 },
  { name: "Pan right", dx: 1, dy: 0, turn: 90 },
  { name: "Pan down", dx: 0, dy: 1, turn: 180 },
] as const;

/**
 * Four buttons that move the view, for whoever cannot or would rather not drag it (WCAG
 * 2.5.7); Shift+arrow on a card does the same from the keyboard.
 */
export function PanButtons() {
  const flow = useReactFlow();
  return DIRECTIONS.map(({ name, dx, dy, turn }) => (
    <ControlButton
      key={name}
      aria-label={name}
      title={`${name} (Shift+arrow on a card)`}
      onClick={() => {
        const { x, y, zoom } = flow.getViewport();
        void flow.setViewport(
          { x: x - dx * PAN_STEP, y: y - dy * PAN_STEP, zoom },
          { duration: reducedMotion() ? 0 : 150 },
        );
      }}
    >
      <svg viewBox="0 0 12 12" aria-hidden="true" style={{ transform: `rotate(${turn}deg)` }}>
        <path d={ARROW} />
      </svg>
    </ControlButton>
  ));
}
