import { useEffect, useRef, useState } from "react";
import { mapIndex, speakerLabel } from "../../model/core/mapIndex";
import { quoteRuns, type TextRun } from "../../model/source/quoteSpans";
import { colourOf } from "../../model/core/speakerColours";
import type { ArgumentMap } from "../../model/core/types";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap, selectSelectedId } from "../../store/selectors";
import "./SourcePane.css";

function runLabel(map: ArgumentMap, run: TextRun): string {
  const index = mapIndex(map);
  const parts = run.claims.map((id) => {
    const claim = index.claims.get(id);
    return claim ? `${speakerLabel(map, claim)}: ${claim.text}` : id;
  });
  return parts.length === 1
    ? `Quote of ${parts[0]}`
    : `${parts.length} overlapping quotes, press again for the next: ${parts.join("; ")}`;
}

/** The source's full text, every quoted span highlighted in its speaker's colour. */
export function SourcePane() {
  const map = useAppStore(selectMap);
  const selectedId = useAppStore(selectSelectedId);
  const store = useAppStoreApi();
  const withText = map.sources.filter((s) => s.text !== undefined);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const selectedQuoteSource =
    selectedId === null ? undefined : mapIndex(map).claims.get(selectedId)?.quote?.source;
  const source =
    withText.find((s) => s.id === selectedQuoteSource) ??
    withText.find((s) => s.id === chosen) ??
    withText[0];
  const sourceId = source?.id;
  const runs = sourceId === undefined ? [] : quoteRuns(map, sourceId);
  const runElements = useRef(new Map<number, HTMLElement>());

  useEffect(() => {
    if (selectedId === null || sourceId === undefined) return;
    const first = quoteRuns(map, sourceId).findIndex((r) => r.claims.includes(selectedId));
    runElements.current.get(first)?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, [selectedId, map, sourceId]);

  if (!source) {
    return (
      <section className="source-pane" aria-label="Source text">
        <p className="source-pane__empty">This map carries no source text.</p>
      </section>
    );
  }
  const choose = (run: TextRun) => {
    const at = selectedId === null ? -1 : run.claims.indexOf(selectedId);
    const next = run.claims[(at + 1) % run.claims.length];
    if (next !== undefined) store.getState().selectClaim(next, { centre: true });
  };
  const index = mapIndex(map);
  return (
    <section className="source-pane" aria-label="Source text">
      <header className="source-pane__header">
        {withText.length > 1 ? (
          <label>
            <span className="visually-hidden">Source</span>
            <select value={source.id} onChange={(e) => setChosen(e.target.value)}>
              {withText.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <h2 className="source-pane__title">{source.title}</h2>
        )}
        <p className="source-pane__credit">
          {[source.publisher, source.date].filter(Boolean).join(" · ")}
          {source.url && (
            <>
              {" · "}
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                original
              </a>
            </>
          )}
        </p>
      </header>
      <div className="source-pane__text">
        {runs.map((run, i) => {
          if (run.claims.length === 0) return <span key={run.start}>{run.text}</span>;
          const colours = run.claims.map((id) => colourOf(map, index.claims.get(id)?.speaker));
          const selected = selectedId !== null && run.claims.includes(selectedId);
          return (
            <mark
              key={run.start}
              ref={(el) => {
                if (el) runElements.current.set(i, el);
                else runElements.current.delete(i);
              }}
              role="button"
              tabIndex={0}
              aria-label={runLabel(map, run)}
              aria-pressed={selected}
              className={`source-quote${selected ? " is-selected" : ""}${run.claims.length > 1 ? " is-overlap" : ""}`}
              style={
                {
                  "--quote": colours[0],
                  "--quote-2": colours[1] ?? colours[0],
                } as React.CSSProperties
              }
              onClick={() => choose(run)}
              onKeyDown={(e) => {
                if (e.key === "Enter" || e.key === " ") {
                  e.preventDefault();
                  choose(run);
                }
              }}
            >
              {run.text}
            </mark>
          );
        })}
      </div>
    </section>
  );
}
