// A claim's evaluated status as a word and a shape, never colour alone: ✓ stands, ✗ falls,
// ? undecided. Shared by the map's cards, the details, the outline and the legend.
import type { Status } from "../model/evaluate/evaluateMap";

export const STATUS_SYMBOL: Record<Status, string> = {
  stands: "✓",
  falls: "✗",
  undecided: "?",
};

export function StatusBadge({ status }: { status: Status }) {
  return (
    <span className={`status-badge is-${status}`}>
      <span aria-hidden="true">{STATUS_SYMBOL[status]}</span> {status}
    </span>
  );
}
