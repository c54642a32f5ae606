import { Handle, Position, useStore, type NodeProps, type ReactFlowState } from "@xyflow/react";
import { memo } from "react";
import { mapIndex, speakerLabel } from "../../model/core/mapIndex";
import { colourOf } from "../../model/core/speakerColours";
import { useAppStore } from "../../store/AppStoreContext";
import {
  selectEvaluation,
  selectMap,
  selectSearchMatches,
  selectVisibility,
} from "../../store/selectors";
import { StatusBadge } from "../../ui/StatusBadge";
import type { ClaimFlowNode } from "./toFlow";
import "./ClaimNode.css";

/** Below this zoom a card's words are too small to read: it is drawn as a plain block. */
export const TEXT_ZOOM = 0.2;
const selectFar = (s: ReactFlowState) => s.transform[2] < TEXT_ZOOM;

/** A claim card: its text, its speaker in the speaker's colour, its topics, and a quote mark. */
function ClaimNodeView({ id, sourcePosition, targetPosition, height }: NodeProps<ClaimFlowNode>) {
  // Narrow subscriptions: each returns the same value (the same claim object, the same
  // string) unless what this card shows changed, so an edit elsewhere re-renders no card here.
  const claim = useAppStore((s) => mapIndex(selectMap(s)).claims.get(id));
  const speakerName = useAppStore((s) => (claim ? speakerLabel(selectMap(s), claim) : ""));
  const colour = useAppStore((s) => colourOf(selectMap(s), claim?.speaker));
  const topics = useAppStore((s) => selectMap(s).topics);
  const selected = useAppStore((s) => s.selectedId === id);
  const match = useAppStore((s) => {
    const matches = selectSearchMatches(s);
    return matches.ids[s.searchIndex] === id ? "current" : matches.set.has(id) ? "match" : "none";
  });
  const far = useStore(selectFar);
  const dimmed = useAppStore((s) => !selectVisibility(s).matching.has(id));
  const status = useAppStore((s) =>
    s.showStatus ? selectEvaluation(s).claimStatus.get(id) : undefined,
  );
  if (!claim) return null;
  const framing = claim.speaker === undefined;
  return (
    <div
      className={`claim-card${selected ? " is-selected" : ""}${framing ? " is-framing" : ""}${match === "none" ? "" : ` is-${match}-match`}`}
      style={
        {
          "--speaker": colour,
          // Zoomed far out, the words go but the card keeps its size, so nothing moves.
          ...(far && height ? { height } : {}),
        } as React.CSSProperties
      }
      data-claim-id={id}
    >
      <Handle type="target" position={targetPosition ?? Position.Bottom} isConnectable />
      <div className="claim-card__header">
        <span className="claim-card__swatch" aria-hidden="true" />
        <span className="claim-card__speaker">{speakerName}</span>
        {status && <StatusBadge status={status} />}
        {claim.quote && (
          <span className="claim-card__quote-mark" title="Quoted in the source" aria-hidden="true">
            ❝
          </span>
        )}
      </div>
      <p className={`claim-card__text${far ? " is-far" : ""}`}>{far ? null : claim.text}</p>
      {claim.topics && claim.topics.length > 0 && (
        <ul className="claim-card__topics">
          {claim.topics.map((t) => (
            <li key={t}>{topics.find((topic) => topic.id === t)?.label ?? t}</li>
          ))}
        </ul>
      )}
      {/* Last, so that the card's name holds what it shows in one run: words read aloud but
          not shown go after them (WCAG 2.5.3). */}
      {claim.quote && <span className="visually-hidden">(quoted in the source)</span>}
      {dimmed && <span className="visually-hidden">(dimmed by the filters)</span>}
      <Handle type="source" position={sourcePosition ?? Position.Top} isConnectable />
    </div>
  );
}

export const ClaimNode = memo(ClaimNodeView);
