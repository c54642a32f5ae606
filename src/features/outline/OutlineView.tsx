import { mapIndex, speakerLabel } from "../../model/core/mapIndex";
import { colourOf } from "../../model/core/speakerColours";
import type { Claim } from "../../model/core/types";
import { speakerKey } from "../../model/view/viewFilter";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { useEffect, useRef } from "react";
import {
  selectMap,
  selectEvaluation,
  selectSearchMatches,
  selectSelectedId,
  selectVisibility,
} from "../../store/selectors";
import { StatusBadge } from "../../ui/StatusBadge";
import "./OutlineView.css";

/**
 * The map as text: claims grouped by topic, then by speaker, each with its relations. The
 * accessible alternative to the canvas; its selection is the map's.
 */
export function OutlineView() {
  const map = useAppStore(selectMap);
  const selectedId = useAppStore(selectSelectedId);
  const visible = useAppStore(selectVisibility);
  const store = useAppStoreApi();
  const matches = useAppStore(selectSearchMatches);
  const currentMatch = useAppStore((s) => selectSearchMatches(s).ids[s.searchIndex]);
  const evaluation = useAppStore(selectEvaluation);
  const showStatus = useAppStore((s) => s.showStatus);
  const index = mapIndex(map);
  const container = useRef<HTMLDivElement>(null);
  // The selected claim (a search's current match, say) is scrolled into view in the outline.
  useEffect(() => {
    if (selectedId === null) return;
    container.current
      ?.querySelector(`[data-claim-id="${CSS.escape(selectedId)}"]`)
      ?.scrollIntoView({ block: "center" });
  }, [selectedId]);
  const groups = new Map<string, Map<string, Claim[]>>();
  for (const claim of map.claims) {
    if (!visible.drawn.has(claim.id)) continue;
    const topic = claim.topics?.[0] ?? "";
    const bySpeaker = groups.get(topic) ?? new Map<string, Claim[]>();
    groups.set(topic, bySpeaker);
    const key = speakerKey(claim.speaker);
    bySpeaker.set(key, [...(bySpeaker.get(key) ?? []), claim]);
  }
  return (
    <div className="outline" aria-label="Outline of the map" ref={container}>
      {[...groups].map(([topic, bySpeaker]) => (
        <section key={topic} aria-label={index.topics.get(topic)?.label ?? "No topic"}>
          <h2>{index.topics.get(topic)?.label ?? "No topic"}</h2>
          {[...bySpeaker].map(([speaker, claims]) => (
            <section key={speaker} className="outline__speaker">
              <h3 style={{ "--speaker": colourOf(map, claims[0]?.speaker) } as React.CSSProperties}>
                {claims[0] ? speakerLabel(map, claims[0]) : speaker}
              </h3>
              <ul>
                {claims.map((claim) => {
                  const outgoing = (index.outgoing.get(claim.id) ?? []).filter((l) =>
                    visible.drawnLinks.has(l.id),
                  );
                  const incoming = (index.incoming.get(claim.id) ?? []).filter((l) =>
                    visible.drawnLinks.has(l.id),
                  );
                  const selected = claim.id === selectedId;
                  return (
                    <li
                      key={claim.id}
                      className={visible.matching.has(claim.id) ? undefined : "is-dimmed"}
                      data-claim-id={claim.id}
                    >
                      <button
                        type="button"
                        className={`outline__claim${
                          claim.id === currentMatch
                            ? " is-current-match"
                            : matches.set.has(claim.id)
                              ? " is-match"
                              : ""
                        }`}
                        aria-pressed={selected}
                        aria-current={selected ? "true" : undefined}
                        onClick={() => store.getState().selectClaim(claim.id)}
                      >
                        {claim.text}
                      </button>
                      {!visible.matching.has(claim.id) && (
                        <span className="outline__dimmed"> (filtered out)</span>
                      )}
                      {showStatus && evaluation.claimStatus.get(claim.id) && (
                        <>
                          {" "}
                          <StatusBadge status={evaluation.claimStatus.get(claim.id)!} />
                        </>
                      )}
                      {(outgoing.length > 0 || incoming.length > 0) && (
                        <ul className="outline__relations">
                          {outgoing.map((l) => {
                            const to = index.claims.get(l.to);
                            return (
                              <li key={l.id} className={`is-${l.type}`}>
                                {l.type === "support" ? "supports" : "disputes"}{" "}
                                {to ? `${speakerLabel(map, to)}: ${to.text}` : l.to}
                              </li>
                            );
                          })}
                          {incoming.map((l) => {
                            const from = index.claims.get(l.from);
                            return (
                              <li key={l.id} className={`is-${l.type}`}>
                                {l.type === "support" ? "supported by" : "disputed by"}{" "}
                                {from ? `${speakerLabel(map, from)}: ${from.text}` : l.from}
                              </li>
                            );
                          })}
                        </ul>
                      )}
                    </li>
                  );
                })}
              </ul>
            </section>
          ))}
        </section>
      ))}
    </div>
  );
}
