import { DIMMED_COLOURS } from "../../model/geometry/tokens";
import { RELATION_STYLE } from "../../model/view/relationStyle";
import { DISPUTE_MARKER_DIMMED_ID, DISPUTE_MARKER_ID } from "./toFlow";

/** The flat bar that ends a dispute edge (and its grey twin for a dimmed one), defined once for the whole page. */
export function DisputeMarker() {
  return (
    <svg width="0" height="0" style={{ position: "absolute" }} aria-hidden="true">
      <defs>
        {[
          [DISPUTE_MARKER_ID, RELATION_STYLE.dispute.colour],
          [DISPUTE_MARKER_DIMMED_ID, DIMMED_COLOURS.line],
        ].map(([id, colour]) => (
          <marker
            key={id}
            id={id}
            viewBox="0 0 10 20"
            markerWidth="10"
            markerHeight="20"
            refX="8"
            refY="10"
            orient="auto-start-reverse"
            markerUnits="userSpaceOnUse"
          >
            <rect x="5" y="1" width="4" height="18" rx="1" fill={colour} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}
