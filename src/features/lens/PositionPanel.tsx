import type { ReactNode } from "react";
import { mapIndex } from "../../model/core/mapIndex";
import type { ArgumentMap, ClaimId, SpeakerId } from "../../model/core/types";
import { comparePositions } from "../../model/evaluate/speakerPosition";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap, selectPosition } from "../../store/selectors";
import { StatusBadge } from "../../ui/StatusBadge";
import { speakerKeyName as speakerName } from "../../model/view/viewFilter";

const short = (text: string) => (text.length > 80 ? `${text.slice(0, 78)}…` : text);

function ClaimButton({ map, id }: { map: ArgumentMap; id: ClaimId }) {
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      className="claim-link"
      onClick={() => store.getState().selectClaim(id, { centre: true })}
    >
      {short(mapIndex(map).claims.get(id)?.text ?? id)}
    </button>
  );
}

function Part({ title, count, children }: { title: string; count: number; children: ReactNode }) {
  return (
    <section className="lens__part" aria-label={title}>
      <h4>
        {title} ({count})
      </h4>
      {count === 0 ? <p className="lens__none">None.</p> : <ul>{children}</ul>}
    </section>
  );
}

/**
 * A speaker's position: "Accept their claims" takes them as given and evaluates the map
 * again; the panel then says what changes, where their own claims clash, which objections
 * still stand, and what their claims commit them to. Another speaker's position can be set
 * beside it: the claims whose status differs.
 */
export function PositionPanel({ speaker }: { speaker: SpeakerId }) {
  const map = useAppStore(selectMap);
  const store = useAppStoreApi();
  const chosen = useAppStore((s) => s.position);
  const position = useAppStore(selectPosition);
  const name = speakerName(map, speaker);
  const accepted = chosen?.speakers.includes(speaker) === true;
  const others = [
    ...map.speakers.map((s) => s.id),
    ...(map.claims.some((c) => c.speaker === undefined) ? [""] : []),
  ].filter((id) => id !== speaker && id !== "");
  if (!accepted || !position) {
    return (
      <div className="lens__position">
        <button
          type="button"
          onClick={() => store.getState().setPosition({ speakers: [speaker], compare: null })}
        >
          Accept their claims
        </button>
        <p className="lens__none">
          Takes {name}’s claims as given and evaluates the map again: what changes, their internal
          conflicts, the objections left unanswered, and what they are committed to.
        </p>
      </div>
    );
  }
  const compare = chosen?.compare ?? null;
  const differences = compare ? comparePositions(map, chosen!.speakers, compare) : [];
  const counts = position.changeCounts;
  return (
    <div className="lens__position" role="region" aria-label={`${name}’s position`}>
      <p>
        <strong>{name}’s claims taken as given.</strong>{" "}
        <button type="button" onClick={() => store.getState().setPosition(null)}>
          Back to the plain evaluation
        </button>
      </p>
      <Part title="What changes" count={position.changes.length}>
        {position.changes.map((c) => (
          <li key={c.claim}>
            <ClaimButton map={map} id={c.claim} />: <StatusBadge status={c.before} /> →{" "}
            <StatusBadge status={c.after} />
          </li>
        ))}
      </Part>
      {position.changes.length > 0 && (
        <p className="lens__none">
          {counts.stands} now stand, {counts.falls} now fall, {counts.undecided} now undecided.
        </p>
      )}
      <Part title="Internal conflicts" count={position.internalConflicts.length}>
        {position.internalConflicts.map((c) => (
          <li key={c.link}>
            <ClaimButton map={map} id={c.from} /> disputes <ClaimButton map={map} id={c.to} />
          </li>
        ))}
      </Part>
      <Part title="Unanswered objections" count={position.unansweredObjections.length}>
        {position.unansweredObjections.map((o) => (
          <li key={o.link}>
            <ClaimButton map={map} id={o.claim} />{" "}
            {o.kind === "dispute" ? "disputes" : "undercuts the link of"}{" "}
            <ClaimButton map={map} id={o.target} />
          </li>
        ))}
      </Part>
      <Part title="Commitments" count={position.commitments.length}>
        {position.commitments.map((c) => (
          <li key={c.claim}>
            <ClaimButton map={map} id={c.claim} /> <StatusBadge status={c.status} />
            {c.disputedBy.length > 0 && (
              <span className="lens__tension"> — but {name} also disputes it</span>
            )}
          </li>
        ))}
      </Part>
      <label className="lens__compare">
        Set beside another speaker’s position{" "}
        <select
          value={compare?.[0] ?? ""}
          onChange={(e) =>
            store.getState().setPosition({
              speakers: chosen!.speakers,
              compare: e.target.value === "" ? null : [e.target.value],
            })
          }
        >
          <option value="">(none)</option>
          {others.map((id) => (
            <option key={id} value={id}>
              {speakerName(map, id)}
            </option>
          ))}
        </select>
      </label>
      {compare && (
        <Part
          title={`Where accepting ${name} and accepting ${speakerName(map, compare[0]!)} differ`}
          count={differences.length}
        >
          {differences.map((d) => (
            <li key={d.claim}>
              <ClaimButton map={map} id={d.claim} />: <StatusBadge status={d.a} /> vs{" "}
              <StatusBadge status={d.b} />
            </li>
          ))}
        </Part>
      )}
    </div>
  );
}
