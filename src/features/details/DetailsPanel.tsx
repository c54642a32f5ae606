import { useState } from "react";
import { deleteLink, updateLink } from "../../model/core/edits";
import { mapIndex, neighbours, speakerLabel, type Neighbour } from "../../model/core/mapIndex";
import type { Link, LinkType } from "../../model/core/types";
import { ClaimEditor, DeleteClaim, DraftNotice } from "./ClaimEditor";
import { ClaimStatus } from "./ClaimStatus";
import { LinkPicker } from "./LinkPicker";
import { colourOf } from "../../model/core/speakerColours";
import type { ArgumentMap } from "../../model/core/types";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectEditingId, selectFilter, selectMap, selectSelectedId } from "../../store/selectors";
import { DETAILS_HEADING_ID, DETAILS_PANEL_ID } from "../../store/domIds";
import "./DetailsPanel.css";

function RelationList({
  title,
  items,
  map,
  verb,
}: {
  title: string;
  items: Neighbour[];
  map: ArgumentMap;
  verb: (n: Neighbour) => string;
}) {
  const store = useAppStoreApi();
  if (items.length === 0) return null;
  return (
    <section className="details__relations">
      <h3>{title}</h3>
      <ul>
        {items.map((item) => (
          <li key={item.link.id}>
            {/* Named by what it shows: "supported by Peter Beck: …". */}
            <button
              type="button"
              className={`details__relation details__relation--${item.link.type}`}
              onClick={() => store.getState().selectClaim(item.claim.id, { centre: true })}
            >
              <span className="details__relation-type">{verb(item)}</span>{" "}
              <span
                className="details__relation-speaker"
                style={{ "--speaker": colourOf(map, item.claim.speaker) } as React.CSSProperties}
              >
                {speakerLabel(map, item.claim)}:
              </span>{" "}
              <span className="details__relation-text">{item.claim.text}</span>
            </button>
            <LinkControls link={item.link} />
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A link's type, note and removal, under the link in the lists. */
function LinkControls({ link }: { link: Link }) {
  const store = useAppStoreApi();
  const [note, setNote] = useState(link.note ?? "");
  const [seen, setSeen] = useState(link);
  if (seen !== link) {
    setSeen(link);
    setNote(link.note ?? "");
  }
  const saveNote = () => {
    if (note !== (link.note ?? ""))
      store
        .getState()
        .edit((m) => updateLink(m, link.id, { note: note.trim() === "" ? undefined : note }));
  };
  return (
    <div className="details__link-controls">
      <label>
        <span className="visually-hidden">Relation</span>
        <select
          value={link.type}
          aria-label="Relation"
          onChange={(e) =>
            store
              .getState()
              .edit((m) => updateLink(m, link.id, { type: e.target.value as LinkType }))
          }
        >
          <option value="support">supports</option>
          <option value="dispute">disputes</option>
        </select>
      </label>
      <input
        className="details__link-note"
        aria-label="Note on this link"
        placeholder="Note on this link"
        value={note}
        onChange={(e) => setNote(e.target.value)}
        onBlur={saveNote}
        onKeyDown={(e) => {
          if (e.key === "Enter") saveNote();
        }}
      />
      <button
        type="button"
        aria-label="Remove this link"
        onClick={() => store.getState().edit((m) => deleteLink(m, link.id))}
      >
        ×
      </button>
    </div>
  );
}

/**
 * Disputes of links around a claim: the links this claim disputes (undercuts: "that does
 * not follow"), and the claims that dispute its own links.
 */
function LinkDisputes({ claimId }: { claimId: string }) {
  const map = useAppStore(selectMap);
  const store = useAppStoreApi();
  const index = mapIndex(map);
  const links = new Map(map.links.map((l) => [l.id, l]));
  const describe = (id: string): string => {
    const link = links.get(id);
    if (link) {
      const from = index.claims.get(link.from);
      const to = index.claims.get(link.to);
      return `“${from?.text ?? link.from}” ${link.type === "support" ? "supports" : "disputes"} “${to?.text ?? link.to}”`;
    }
    const d = map.linkDisputes.find((x) => x.id === id);
    return d ? `the dispute of a link by “${index.claims.get(d.from)?.text ?? d.from}”` : id;
  };
  const made = map.linkDisputes.filter((d) => d.from === claimId);
  const own = new Set(
    map.links.filter((l) => l.from === claimId || l.to === claimId).map((l) => l.id),
  );
  const received = map.linkDisputes.filter((d) => own.has(d.toLink));
  if (made.length === 0 && received.length === 0) return null;
  return (
    <section className="details__relations">
      <h3>Disputes of links</h3>
      <ul>
        {made.map((d) => (
          <li key={d.id} className="details__undercut">
            <strong>{links.get(d.toLink)?.type === "support" ? "undercuts" : "disputes"}</strong>{" "}
            that {describe(d.toLink)}
            {d.note && <span className="details__role">{d.note}</span>}
          </li>
        ))}
        {received.map((d) => (
          <li key={d.id} className="details__undercut">
            <button
              type="button"
              className="details__relation details__relation--dispute"
              onClick={() => store.getState().selectClaim(d.from, { centre: true })}
            >
              <span className="details__relation-type">
                {links.get(d.toLink)?.type === "support"
                  ? "undercut by"
                  : "its dispute disputed by"}
              </span>{" "}
              <span className="details__relation-text">
                {index.claims.get(d.from)?.text ?? d.from}
              </span>
            </button>
            <span className="details__role">on {describe(d.toLink)}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** "Focus on this claim": its neighbourhood, 1 to 3 steps along links. */
function FocusControls({ claimId }: { claimId: string }) {
  const store = useAppStoreApi();
  const focus = useAppStore(selectFilter).focus;
  const focused = focus?.claimId === claimId;
  return (
    <div className="details__focus" role="group" aria-label="Focus">
      <button
        type="button"
        aria-pressed={focused}
        onClick={() =>
          focused
            ? store.getState().clearFocus()
            : store.getState().focusOn(claimId, focus?.depth ?? 1)
        }
      >
        {focused ? "Clear focus" : "Focus on this claim"}
      </button>
      <label>
        steps{" "}
        <select
          value={focus?.depth ?? 1}
          onChange={(e) => store.getState().focusOn(claimId, Number(e.target.value))}
          aria-label="Focus depth in steps along links"
        >
          <option value={1}>1</option>
          <option value={2}>2</option>
          <option value={3}>3</option>
        </select>
      </label>
    </div>
  );
}

/** Everything about the selected claim, with its neighbours one click away. */
export function DetailsPanel() {
  const map = useAppStore(selectMap);
  const selectedId = useAppStore(selectSelectedId);
  const store = useAppStoreApi();
  const editing = useAppStore(selectEditingId);
  const [picking, setPicking] = useState<LinkType | null>(null);
  const setEditing = (id: string | null) => store.getState().setEditing(id);
  const index = mapIndex(map);
  const claim = selectedId === null ? undefined : index.claims.get(selectedId);
  if (!claim) {
    return (
      <aside className="details details--empty" id={DETAILS_PANEL_ID} aria-label="Claim details">
        <p>
          Select a claim on the map, or a highlighted quote in the source, to see who said it, their
          exact words, and what it supports or disputes.
        </p>
      </aside>
    );
  }
  if (editing === claim.id) {
    return (
      <aside className="details" id={DETAILS_PANEL_ID} aria-label="Claim details">
        <ClaimEditor key={claim.id} claim={claim} onDone={() => setEditing(null)} />
      </aside>
    );
  }
  const speaker = claim.speaker === undefined ? undefined : index.speakers.get(claim.speaker);
  const { outgoing, incoming } = neighbours(map, claim.id);
  return (
    <aside
      className="details"
      id={DETAILS_PANEL_ID}
      aria-label="Claim details"
      tabIndex={-1}
      style={{ "--speaker": colourOf(map, claim.speaker) } as React.CSSProperties}
      onKeyDown={(event) => {
        // Escape leaves the details for the claim's card on the map, and clears the selection.
        if (event.key !== "Escape" || event.defaultPrevented) return;
        const target = event.target as HTMLElement;
        if (target.closest("select, input, textarea")) return;
        event.preventDefault();
        document
          .querySelector<HTMLElement>(`.react-flow__node[data-id="${CSS.escape(claim.id)}"]`)
          ?.focus();
        store.getState().selectClaim(null);
      }}
    >
      <div className="details__head">
        <h2 className="details__title" id={DETAILS_HEADING_ID} tabIndex={-1}>
          {claim.text}
        </h2>
        <button
          type="button"
          className="details__close"
          aria-label="Close details"
          onClick={() => store.getState().selectClaim(null)}
        >
          ×
        </button>
      </div>
      <p className="details__speaker">
        <span className="details__swatch" aria-hidden="true" />
        <span>
          <strong>{speakerLabel(map, claim)}</strong>
          {speaker?.role && <span className="details__role">{speaker.role}</span>}
          {speaker?.affiliation && <span className="details__role">{speaker.affiliation}</span>}
        </span>
      </p>
      {claim.topics && claim.topics.length > 0 && (
        <ul className="details__topics" aria-label="Topics">
          {claim.topics.map((t) => (
            <li key={t}>{index.topics.get(t)?.label ?? t}</li>
          ))}
        </ul>
      )}
      {claim.quote && (
        <figure className="details__quote">
          <blockquote>{claim.quote.text}</blockquote>
          <figcaption>
            {index.sources.get(claim.quote.source)?.title ?? claim.quote.source}
          </figcaption>
        </figure>
      )}
      {claim.note && <p className="details__note">{claim.note}</p>}
      <ClaimStatus claimId={claim.id} />
      <DraftNotice claim={claim} onContinue={() => setEditing(claim.id)} />
      <FocusControls claimId={claim.id} />
      <div className="details__edit">
        <button type="button" onClick={() => setEditing(claim.id)}>
          Edit claim
        </button>
        <button type="button" onClick={() => setPicking("support")}>
          Supports…
        </button>
        <button type="button" onClick={() => setPicking("dispute")}>
          Disputes…
        </button>
        {/* Keyed: a confirmation belongs to the claim it was asked for. */}
        <DeleteClaim key={claim.id} claim={claim} />
      </div>
      {picking && (
        <LinkPicker key={claim.id} from={claim} type={picking} onClose={() => setPicking(null)} />
      )}
      <RelationList
        title="Supports / disputes"
        items={outgoing}
        map={map}
        verb={(n) => (n.link.type === "support" ? "supports" : "disputes")}
      />
      <RelationList
        title="Supported by / disputed by"
        items={incoming}
        map={map}
        verb={(n) => (n.link.type === "support" ? "supported by" : "disputed by")}
      />
      <LinkDisputes claimId={claim.id} />
    </aside>
  );
}
