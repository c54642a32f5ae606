import { FRAMING_LABEL } from "../../model/core/mapIndex";
import { FRAMING_COLOUR, speakerColours } from "../../model/core/speakerColours";
import { claimCounts, FRAMING, NO_TOPIC } from "../../model/view/viewFilter";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectEvaluation, selectFilter, selectLens, selectMap } from "../../store/selectors";
import { StatusBadge } from "../../ui/StatusBadge";
import { RelationSample } from "../../ui/RelationSample";
import "./ExplorePanel.css";

/**
 * How many claims (or links) a row stands for. Outside the row's label, so that a checkbox is
 * named by exactly the words beside it; the unit is there for screen readers only.
 */
function Count({ n, unit = "claims" }: { n: number; unit?: string }) {
  return (
    <span className="explore__count">
      {n}
      <span className="visually-hidden"> {unit}</span>
    </span>
  );
}

/** Speakers, topics and relations: each a checkbox, all combining; plus the lens. */
export function ExplorePanel() {
  const map = useAppStore(selectMap);
  const filter = useAppStore(selectFilter);
  const lens = useAppStore(selectLens);
  const store = useAppStoreApi();
  const counts = claimCounts(map);
  const colours = speakerColours(map);
  const speakers = [
    ...map.speakers.map((s) => ({
      key: s.id,
      name: s.name,
      colour: colours.get(s.id) ?? FRAMING_COLOUR,
    })),
    ...(counts.has(FRAMING) ? [{ key: FRAMING, name: FRAMING_LABEL, colour: FRAMING_COLOUR }] : []),
  ];
  const topics = [
    ...map.topics.map((t) => ({ key: t.id, label: t.label })),
    ...(map.claims.some((c) => !c.topics?.length) ? [{ key: NO_TOPIC, label: "No topic" }] : []),
  ];
  const topicCounts = new Map<string, number>();
  for (const claim of map.claims) {
    for (const t of claim.topics?.length ? claim.topics : [NO_TOPIC])
      topicCounts.set(t, (topicCounts.get(t) ?? 0) + 1);
  }
  const state = store.getState;
  return (
    <nav className="explore" aria-label="Explore">
      <section aria-labelledby="explore-speakers">
        <div className="explore__head">
          <h2 id="explore-speakers">Speakers</h2>
          <span className="explore__shortcuts">
            {/* Each name starts with the word on the button, so "click none" works by voice. */}
            <button
              type="button"
              onClick={() => state().showAllSpeakers()}
              aria-label="all: show every speaker"
            >
              all
            </button>
            <button
              type="button"
              onClick={() => state().hideAllSpeakers()}
              aria-label="none: show no speakers"
            >
              none
            </button>
          </span>
        </div>
        <ul className="explore__list">
          {speakers.map((s) => (
            <li key={s.key} className={lens === s.key ? "is-lens" : undefined}>
              <label>
                <input
                  type="checkbox"
                  checked={!filter.hiddenSpeakers.has(s.key)}
                  onChange={(e) => state().setSpeakerHidden(s.key, !e.target.checked)}
                />
                <span
                  className="explore__swatch"
                  style={{ background: s.colour }}
                  aria-hidden="true"
                />
                <span className={`explore__name${s.key === FRAMING ? " is-framing" : ""}`}>
                  {s.name}
                </span>
              </label>
              <Count n={counts.get(s.key) ?? 0} />
              <span className="explore__tools">
                <button
                  type="button"
                  className="explore__mini"
                  onClick={() => state().onlySpeaker(s.key)}
                  aria-label={`Only ${s.name}`}
                >
                  only
                </button>
                <button
                  type="button"
                  className="explore__mini"
                  aria-pressed={lens === s.key}
                  onClick={() => state().setLens(lens === s.key ? null : s.key)}
                  aria-label={`Lens on ${s.name}`}
                >
                  lens
                </button>
              </span>
            </li>
          ))}
        </ul>
        <fieldset className="explore__mode">
          <legend>Filtered-out claims</legend>
          {(["dim", "hide"] as const).map((mode) => (
            <label key={mode}>
              <input
                type="radio"
                name="filter-mode"
                checked={filter.mode === mode}
                onChange={() => state().setFilterMode(mode)}
              />
              {mode === "dim" ? "dim" : "hide"}
            </label>
          ))}
        </fieldset>
      </section>
      {topics.length > 0 && (
        <section aria-labelledby="explore-topics">
          <h2 id="explore-topics">Topics</h2>
          <ul className="explore__list">
            {topics.map((t) => (
              <li key={t.key}>
                <label>
                  <input
                    type="checkbox"
                    checked={!filter.hiddenTopics.has(t.key)}
                    onChange={(e) => state().setTopicHidden(t.key, !e.target.checked)}
                  />
                  <span className="explore__name">{t.label}</span>
                </label>
                <Count n={topicCounts.get(t.key) ?? 0} />
              </li>
            ))}
          </ul>
        </section>
      )}
      <section aria-labelledby="explore-relations">
        <h2 id="explore-relations">Relations</h2>
        <ul className="explore__list">
          {(["support", "dispute"] as const).map((type) => (
            <li key={type}>
              <label>
                <input
                  type="checkbox"
                  checked={!filter.hiddenRelations.has(type)}
                  onChange={(e) => state().setRelationHidden(type, !e.target.checked)}
                />
                <RelationSample type={type} />
                <span className="explore__name">
                  {type === "support" ? "supports" : "disputes"}
                  <span className="explore__hint">
                    {type === "support" ? " solid, arrow" : " dashed, bar"}
                  </span>
                </span>
              </label>
              <Count n={map.links.filter((l) => l.type === type).length} unit="links" />
            </li>
          ))}
        </ul>
      </section>
      <StatusFilter />
    </nav>
  );
}

/**
 * What stands: the badges on or off, and the claims of each status shown or not ("show only
 * what falls"). Counts follow the evaluation in force (a speaker's position, if one is chosen).
 */
function StatusFilter() {
  const store = useAppStoreApi();
  const evaluation = useAppStore(selectEvaluation);
  const filter = useAppStore(selectFilter);
  const show = useAppStore((s) => s.showStatus);
  const position = useAppStore((s) => s.position);
  return (
    <section aria-labelledby="explore-status">
      <h2 id="explore-status">What stands</h2>
      <label className="explore__toggle">
        <input
          type="checkbox"
          checked={show}
          onChange={(e) => store.getState().setShowStatus(e.target.checked)}
        />
        Show on the claims
      </label>
      {position && <p className="explore__hint">Under a speaker’s position: see the lens.</p>}
      <ul className="explore__list">
        {(["stands", "falls", "undecided"] as const).map((status) => (
          <li key={status}>
            <label>
              <input
                type="checkbox"
                checked={!filter.hiddenStatuses.has(status)}
                onChange={(e) => store.getState().setStatusHidden(status, !e.target.checked)}
              />
              <StatusBadge status={status} /> <span className="explore__name" />
              <span className="explore__count">{evaluation.counts[status]}</span>
            </label>
          </li>
        ))}
      </ul>
    </section>
  );
}
