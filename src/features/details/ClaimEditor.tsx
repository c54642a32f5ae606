import { useState } from "react";
import { deleteClaim, linksOfClaim, updateClaim } from "../../model/core/edits";
import { mapIndex } from "../../model/core/mapIndex";
import type { Claim } from "../../model/core/types";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap } from "../../store/selectors";

/** Edits a claim's text, speaker, topics, quote and note; refused edits say why. */
export function ClaimEditor({ claim, onDone }: { claim: Claim; onDone: () => void }) {
  const map = useAppStore(selectMap);
  const store = useAppStoreApi();
  const index = mapIndex(map);
  const [text, setText] = useState(claim.text);
  const [speaker, setSpeaker] = useState(claim.speaker ?? "");
  const [topics, setTopics] = useState<string[]>(claim.topics ?? []);
  const [quoteSource, setQuoteSource] = useState(claim.quote?.source ?? "");
  const [quoteText, setQuoteText] = useState(claim.quote?.text ?? "");
  const [note, setNote] = useState(claim.note ?? "");
  const [error, setError] = useState<string | null>(null);

  const save = () => {
    let message: string | null = null;
    const ok = store.getState().edit((m) => {
      const result = updateClaim(m, claim.id, {
        text: text.trim(),
        speaker: speaker === "" ? undefined : speaker,
        topics,
        quote:
          quoteSource !== "" && quoteText.trim() !== ""
            ? { source: quoteSource, text: quoteText }
            : undefined,
        note: note.trim() === "" ? undefined : note,
      });
      if (!result.ok) message = result.message;
      return result;
    });
    if (ok) onDone();
    else setError(message);
  };

  return (
    <form
      className="editor"
      aria-label="Edit claim"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
    >
      <label>
        Text
        <textarea
          value={text}
          onChange={(e) => setText(e.target.value)}
          rows={3}
          required
          autoFocus
        />
      </label>
      <label>
        Speaker
        <select value={speaker} onChange={(e) => setSpeaker(e.target.value)}>
          <option value="">None (the source's framing)</option>
          {map.speakers.map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
            </option>
          ))}
        </select>
      </label>
      {map.topics.length > 0 && (
        <fieldset>
          <legend>Topics</legend>
          {map.topics.map((t) => (
            <label key={t.id} className="editor__inline">
              <input
                type="checkbox"
                checked={topics.includes(t.id)}
                onChange={(e) =>
                  setTopics((current) =>
                    e.target.checked ? [...current, t.id] : current.filter((x) => x !== t.id),
                  )
                }
              />
              {t.label}
            </label>
          ))}
        </fieldset>
      )}
      {map.sources.length > 0 && (
        <fieldset>
          <legend>Quote</legend>
          <label>
            Source
            <select value={quoteSource} onChange={(e) => setQuoteSource(e.target.value)}>
              <option value="">No quote</option>
              {map.sources.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.title}
                </option>
              ))}
            </select>
          </label>
          {quoteSource !== "" && (
            <label>
              Exact words from {index.sources.get(quoteSource)?.title ?? "the source"}
              <textarea value={quoteText} onChange={(e) => setQuoteText(e.target.value)} rows={3} />
            </label>
          )}
        </fieldset>
      )}
      <label>
        Note
        <textarea value={note} onChange={(e) => setNote(e.target.value)} rows={2} />
      </label>
      {error && (
        <p className="editor__error" role="alert">
          {error}
        </p>
      )}
      <div className="editor__actions">
        <button type="submit" className="primary">
          Save
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Deletes a claim after saying how many links go with it. */
export function DeleteClaim({ claim }: { claim: Claim }) {
  const map = useAppStore(selectMap);
  const store = useAppStoreApi();
  const [asking, setAsking] = useState(false);
  const links = linksOfClaim(map, claim.id);
  if (!asking) {
    return (
      <button type="button" onClick={() => setAsking(true)}>
        Delete claim…
      </button>
    );
  }
  return (
    <div className="editor__confirm" role="group" aria-label="Confirm deletion">
      <span>
        Delete this claim{links > 0 ? ` and its ${links} ${links === 1 ? "link" : "links"}` : ""}?
      </span>
      <button
        type="button"
        className="danger"
        onClick={() => store.getState().edit((m) => deleteClaim(m, claim.id))}
      >
        Delete
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep
      </button>
    </div>
  );
}
