import { mapIndex, neighbours, speakerLabel, type Neighbour } from "../../model/mapIndex";
import { colourOf } from "../../model/speakerColours";
import type { ArgumentMap } from "../../model/types";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap, selectSelectedId } from "../../store/selectors";
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
            <button
              type="button"
              className={`details__relation details__relation--${item.link.type}`}
              aria-label={`${verb(item)} ${speakerLabel(map, item.claim)}: ${item.claim.text}`}
              onClick={() => store.getState().selectClaim(item.claim.id, { centre: true })}
            >
              <span className="details__relation-type">{verb(item)}</span>
              <span
                className="details__relation-speaker"
                style={{ color: colourOf(map, item.claim.speaker) }}
              >
                {speakerLabel(map, item.claim)}
              </span>
              <span className="details__relation-text">{item.claim.text}</span>
            </button>
            {item.link.note && <p className="details__relation-note">{item.link.note}</p>}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Everything about the selected claim, with its neighbours one click away. */
export function DetailsPanel() {
  const map = useAppStore(selectMap);
  const selectedId = useAppStore(selectSelectedId);
  const store = useAppStoreApi();
  const index = mapIndex(map);
  const claim = selectedId === null ? undefined : index.claims.get(selectedId);
  if (!claim) {
    return (
      <aside className="details details--empty" aria-label="Claim details">
        <p>
          Select a claim on the map, or a highlighted quote in the source, to see who said it, their
          exact words, and what it supports or disputes.
        </p>
      </aside>
    );
  }
  const speaker = claim.speaker === undefined ? undefined : index.speakers.get(claim.speaker);
  const { outgoing, incoming } = neighbours(map, claim.id);
  return (
    <aside
      className="details"
      aria-label="Claim details"
      style={{ "--speaker": colourOf(map, claim.speaker) } as React.CSSProperties}
    >
      <div className="details__head">
        <h2 className="details__title">{claim.text}</h2>
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
    </aside>
  );
}
