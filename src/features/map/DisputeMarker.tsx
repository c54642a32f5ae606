import { RELATION_STYLE } from "../../model/view/relationStyle";
import { DISPUTE_MARKER_ID } from "./toFlow";

/** The flat bar that ends a dispute edge, defined once for the whole page. */
export function DisputeMarker() {
  return (
    <svg width="0" height="0" style={{ position: "absolute" }} aria-hidden="true">
      <defs>
        <marker
          id={DISPUTE_MARKER_ID}
          viewBox="0 0 10 20"
          markerWidth="10"
          markerHeight="20"
          refX="8"
          refY="10"
          orient="auto-start-reverse"
          markerUnits="userSpaceOnUse"
        >
          <rect x="5" y="1" width="4" height="18" rx="1" fill={RELATION_STYLE.dispute.colour} />
        </marker>
      </defs>
    </svg>
  );
}
