import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { mapIndex } from "../../model/core/mapIndex";
import type { ArgumentMap } from "../../model/core/types";
import { prepareAttribution } from "../../model/source/attribution";
import { claimFromPassage } from "../../model/source/passage";
import { whenIdle } from "../../ui/whenIdle";
import { quoteRuns, type TextRun } from "../../model/source/quoteSpans";
import { coverage, sentencesOf } from "../../model/source/sentences";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap, selectSelectedId } from "../../store/selectors";
import { SourceDialogs, type SourceDialog } from "./SourceDialogs";
import { SourceText, selectedRange, selectRange, type TextRange } from "./SourceText";
import "./SourcePane.css";

type SourceView = {
  sentences: ReturnType<typeof sentencesOf>;
  runs: TextRun[];
  mapped: ReturnType<typeof coverage>;
};
const views = new WeakMap<ArgumentMap, Map<string | undefined, SourceView>>();

/**
 * A source's sentences, its quoted runs and which sentences they cover: computed once per map
 * and source (maps are immutable, so the map itself is the key).
 */
function sourceView(map: ArgumentMap, sourceId: string | undefined): SourceView {
  let perSource = views.get(map);
  if (!perSource) views.set(map, (perSource = new Map()));
  const known = perSource.get(sourceId);
  if (known) return known;
  const view = computeSourceView(map, sourceId);
  perSource.set(sourceId, view);
  return view;
}

function computeSourceView(map: ArgumentMap, sourceId: string | undefined): SourceView {
  const text = map.sources.find((s) => s.id === sourceId)?.text ?? "";
  const runs = sourceId === undefined ? [] : quoteRuns(map, sourceId);
  return {
    sentences: sentencesOf(text),
    runs,
    mapped: coverage(
      text,
      runs.filter((r) => r.claims.length > 0),
    ),
  };
}

/**
 * The map's sources: one at a time, its quoted spans highlighted; the passage to claim
 * workflow (select words, or move sentence by sentence with the keyboard, then "Claim from
 * selection"); how much of the text is mapped; and the source's details, text and deletion.
 */
export function SourcePane({ onAddSource }: { onAddSource: () => void }) {
  const map = useAppStore(selectMap);
  const selectedId = useAppStore(selectSelectedId);
  const store = useAppStoreApi();
  const withText = map.sources.filter((s) => s.text !== undefined);
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [message, setMessage] = useState<string | null>(null);
  const [dialog, setDialog] = useState<SourceDialog | null>(null);
  const textRef = useRef<HTMLDivElement>(null);
  const selectedQuoteSource =
    selectedId === null ? undefined : mapIndex(map).claims.get(selectedId)?.quote?.source;
  const source =
    withText.find((s) => s.id === chosen) ??
    withText.find((s) => s.id === selectedQuoteSource) ??
    withText[0];
  const text = source?.text ?? "";
  const sourceId = source?.id;

  const { sentences, runs, mapped } = sourceView(map, sourceId);
  // The text is read for speakers while the user reads it, so a claim's suggestion is quick.
  const speakers = map.speakers;
  useEffect(() => {
    if (text === "") return;
    return whenIdle(() => prepareAttribution(text, speakers));
  }, [text, speakers]);
  const isCovered = (i: number) => mapped.covered[i] === true;
  const toFix =
    sourceId === undefined
      ? []
      : map.claims.filter((c) => c.quote?.source === sourceId && c.quote.detached);

  const choose = useCallback(
    (run: TextRun) => {
      const at = selectedId === null ? -1 : run.claims.indexOf(selectedId);
      const next = run.claims[(at + 1) % run.claims.length];
      if (next !== undefined) store.getState().selectClaim(next, { centre: true });
    },
    [selectedId, store],
  );

  /** Makes a claim of the selected words: its quote is exactly them. */
  const claimFromSelection = () => {
    const container = textRef.current;
    if (!container || sourceId === undefined) return;
    const range = selectedRange(container);
    if (range === undefined) {
      setMessage(
        "Select a passage in the text first: drag over its words, or move to a sentence with the arrow keys.",
      );
      return;
    }
    if (range === "outside") {
      setMessage("The selection goes beyond this source's text: select words within it.");
      return;
    }
    const passage = claimFromPassage(text, range.start, range.end);
    if ("error" in passage) {
      setMessage(passage.error);
      return;
    }
    setMessage(null);
    window.getSelection()?.removeAllRanges();
    store.getState().addClaimFromPassage(passage.text, { source: sourceId, ...passage.quote });
  };

  /** The sentence the keyboard is on: the one holding the selection's end, if any. */
  const sentenceAt = (offset: number) =>
    Math.max(
      0,
      sentences.findIndex((s) => s.end >= offset),
    );
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const container = textRef.current;
    if (!container || sentences.length === 0) return;
    const current = selectedRange(container);
    const range: TextRange | undefined = current === "outside" ? undefined : current;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const forward = event.key === "ArrowDown";
      if (!range) {
        selectRange(container, sentences[forward ? 0 : sentences.length - 1]!);
        return;
      }
      if (event.shiftKey) {
        // Extend the selection by a sentence, at its end (down) or at its start (up).
        if (forward) {
          const next = sentences[Math.min(sentences.length - 1, sentenceAt(range.end) + 1)]!;
          selectRange(container, { start: range.start, end: Math.max(range.end, next.end) });
        } else {
          const previous = sentences[Math.max(0, sentenceAt(range.start + 1) - 1)]!;
          selectRange(container, { start: Math.min(range.start, previous.start), end: range.end });
        }
        return;
      }
      // The sentence after the selection (down), or before it (up).
      const next = forward
        ? (sentences.find((s) => s.start >= range.end) ?? sentences[sentences.length - 1]!)
        : (sentences.findLast((s) => s.end <= range.start) ?? sentences[0]!);
      selectRange(container, next);
      return;
    }
    if (event.key === "Enter") {
      event.preventDefault();
      claimFromSelection();
      return;
    }
    if (event.key === " " && range) {
      // Space on a quoted passage goes to its claim.
      const run = runs.find(
        (r) => r.claims.length > 0 && r.start < range.end && r.end > range.start,
      );
      if (run) {
        event.preventDefault();
        choose(run);
      }
    }
  };

  const nextUnmapped = () => {
    const container = textRef.current;
    if (!container) return;
    const range = selectedRange(container);
    const from = range && range !== "outside" ? sentenceAt(range.end) + 1 : 0;
    const order = [...sentences.keys()];
    const next = [...order.slice(from), ...order.slice(0, from)].find((i) => !isCovered(i));
    if (next === undefined) {
      setMessage("Every sentence of this source is quoted by some claim.");
      return;
    }
    setMessage(null);
    container.focus();
    selectRange(container, sentences[next]!);
  };

  if (!source) {
    return (
      <section className="source-pane" aria-label="Source text">
        <div className="source-pane__empty">
          <p>This map carries no source text yet. Add the article or transcript it maps:</p>
          <button type="button" className="primary" onClick={onAddSource}>
            Add a source…
          </button>
        </div>
      </section>
    );
  }
  return (
    <section className="source-pane" aria-label="Source text">
      <header className="source-pane__header">
        <div className="source-pane__row">
          {withText.length > 1 ? (
            <label className="source-pane__switch">
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
          <span className="source-pane__actions">
            <button
              type="button"
              onClick={() => setDialog({ kind: "details", sourceId: source.id })}
            >
              Details…
            </button>
            <button type="button" onClick={() => setDialog({ kind: "text", sourceId: source.id })}>
              Edit text…
            </button>
            <button
              type="button"
              onClick={() => setDialog({ kind: "delete", sourceId: source.id })}
            >
              Delete…
            </button>
            <button type="button" onClick={onAddSource}>
              Add source…
            </button>
          </span>
        </div>
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
        <div className="source-pane__tools">
          <button type="button" className="primary" onClick={claimFromSelection}>
            Claim from selection
          </button>
          <button type="button" onClick={nextUnmapped}>
            Next unmapped sentence
          </button>
          <span className="source-pane__coverage" role="status">
            {mapped.summary} mapped
          </span>
        </div>
        {message && (
          <p className="source-pane__message" role="alert">
            {message}
          </p>
        )}
        {toFix.length > 0 && (
          <div className="source-pane__fix" role="group" aria-label="Quotes to fix">
            <p>
              {toFix.length === 1
                ? "One quote no longer matches"
                : `${toFix.length} quotes no longer match`}{" "}
              the edited text:
            </p>
            <ul>
              {toFix.map((claim) => (
                <li key={claim.id}>
                  <span>{claim.text}</span>
                  <button
                    type="button"
                    onClick={() => {
                      store.getState().selectClaim(claim.id, { centre: true });
                      store.getState().setEditing(claim.id);
                    }}
                  >
                    Fix…<span className="visually-hidden"> the quote of “{claim.text}”</span>
                  </button>
                </li>
              ))}
            </ul>
          </div>
        )}
      </header>
      <SourceText
        map={map}
        sourceId={source.id}
        text={text}
        selectedId={selectedId}
        onChooseRun={choose}
        onKeyDown={onKeyDown}
        textRef={textRef}
      />
      {dialog && <SourceDialogs dialog={dialog} onClose={() => setDialog(null)} />}
    </section>
  );
}
