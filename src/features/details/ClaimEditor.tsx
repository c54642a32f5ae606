import { useEffect, useMemo, useRef, useState } from "react";
import { attribute } from "../../model/source/attribution";
import { editedQuote } from "../../model/source/passage";
import { deleteClaim, linksOfClaim, updateClaim } from "../../model/core/edits";
import { mapIndex } from "../../model/core/mapIndex";
import type { Claim } from "../../model/core/types";
import type { ClaimDraft } from "../../store/appStore";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap } from "../../store/selectors";
import { FormError } from "../../ui/FormError";

/** The editor's fields for a claim, as saved. */
function fieldsOf(claim: Claim): ClaimDraft {
  return {
    text: claim.text,
    speaker: claim.speaker ?? "",
    topics: claim.topics ?? [],
    quoteSource: claim.quote?.source ?? "",
    quoteText: claim.quote?.text ?? "",
    note: claim.note ?? "",
  };
}

const sameFields = (a: ClaimDraft, b: ClaimDraft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Edits a claim's text, speaker, topics, quote and note; refused edits say why. Ctrl/Cmd+Enter
 * saves, Escape cancels. Leaving it any other way (selecting another claim, say) keeps what
 * was typed as a draft, which the claim's details offer to continue or discard.
 */
export function ClaimEditor({ claim, onDone }: { claim: Claim; onDone: () => void }) {
  const map = useAppStore(selectMap);
  const store = useAppStoreApi();
  const index = mapIndex(map);
  const [fields, setFields] = useState<ClaimDraft>(
    () => store.getState().drafts.get(claim.id) ?? fieldsOf(claim),
  );
  const set = <K extends keyof ClaimDraft>(key: K, value: ClaimDraft[K]) =>
    setFields((current) => ({ ...current, [key]: value }));
  const { text, speaker, topics, quoteSource, quoteText, note } = fields;
  const [error, setError] = useState<string | null>(null);
  const speakerField = useRef<HTMLSelectElement>(null);

  // What is typed is kept as a draft if the editor goes away without Save or Cancel.
  const latest = useRef({ fields, finished: false });
  useEffect(() => {
    latest.current.fields = fields;
  }, [fields]);
  useEffect(
    () => () => {
      if (latest.current.finished) return;
      const current = mapIndex(selectMap(store.getState())).claims.get(claim.id);
      if (!current || sameFields(latest.current.fields, fieldsOf(current))) return;
      store.getState().setDraft(claim.id, latest.current.fields);
      store
        .getState()
        .setNotice(`Your unsaved changes to “${shorten(current.text)}” are kept as a draft.`);
    },
    [store, claim.id],
  );

  const finish = () => {
    latest.current.finished = true;
    store.getState().setDraft(claim.id, null);
    onDone();
  };

  const save = () => {
    let message: string | null = null;
    const ok = store.getState().edit((m) => {
      const result = updateClaim(m, claim.id, {
        text: text.trim(),
        speaker: speaker === "" ? undefined : speaker,
        topics,
        quote:
          quoteSource !== "" && quoteText.trim() !== ""
            ? editedQuote(claim.quote, { source: quoteSource, text: quoteText })
            : undefined,
        note: note.trim() === "" ? undefined : note,
      });
      if (!result.ok) message = result.message;
      return result;
    });
    if (ok) finish();
    else setError(message);
  };

  const cancel = () => {
    latest.current.finished = true;
    store.getState().setDraft(claim.id, null);
    if (store.getState().newClaimId === claim.id) store.getState().cancelNewClaim(claim.id);
    else onDone();
  };

  return (
    <form
      className="editor"
      aria-label="Edit claim"
      onSubmit={(e) => {
        e.preventDefault();
        save();
      }}
      onKeyDown={(e) => {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          save();
        } else if (e.key === "Escape") {
          e.preventDefault();
          e.stopPropagation();
          cancel();
        }
      }}
    >
      <label>
        Text
        <textarea
          value={text}
          onChange={(e) => set("text", e.target.value)}
          rows={3}
          required
          autoFocus
        />
      </label>
      <SpeakerSuggestion
        claim={claim}
        chosen={speaker}
        onUse={(id) => {
          set("speaker", id);
          // The suggestion goes once taken: the keyboard lands on the field it filled.
          speakerField.current?.focus();
        }}
      />
      <label>
        Speaker
        <select ref={speakerField} value={speaker} onChange={(e) => set("speaker", e.target.value)}>
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
                  set(
                    "topics",
                    e.target.checked ? [...topics, t.id] : topics.filter((x) => x !== t.id),
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
            <select value={quoteSource} onChange={(e) => set("quoteSource", e.target.value)}>
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
              <textarea
                value={quoteText}
                onChange={(e) => set("quoteText", e.target.value)}
                rows={3}
              />
            </label>
          )}
        </fieldset>
      )}
      <label>
        Note
        <textarea value={note} onChange={(e) => set("note", e.target.value)} rows={2} />
      </label>
      <FormError error={error} />
      <div className="editor__actions">
        <button type="submit" className="primary" aria-keyshortcuts="Control+Enter Meta+Enter">
          Save
        </button>
        <button type="button" onClick={cancel} aria-keyshortcuts="Escape">
          Cancel
        </button>
        <span className="editor__hint">Ctrl+Enter saves · Esc cancels</span>
      </div>
    </form>
  );
}

/**
 * For a claim just made from a passage: who probably said it, from the text around the
 * passage ("said Mr. Oberdorfer"), offered with its reason, never set without the user.
 * "No speaker (the source's own framing)" stays one choice in the list below.
 */
function SpeakerSuggestion({
  claim,
  chosen,
  onUse,
}: {
  claim: Claim;
  chosen: string;
  onUse: (speakerId: string) => void;
}) {
  const map = useAppStore(selectMap);
  const isNew = useAppStore((s) => s.newClaimId === claim.id);
  const suggestion = useMemo(() => {
    if (!isNew || !claim.quote) return null;
    const text = mapIndex(map).sources.get(claim.quote.source)?.text;
    if (!text) return null;
    const start = claim.quote.at ?? text.indexOf(claim.quote.text);
    if (start < 0) return null;
    return attribute(text, start, start + claim.quote.text.length, map.speakers);
  }, [isNew, claim.quote, map]);
  if (!suggestion) return null;
  const speaker =
    suggestion.speakerId === null ? undefined : mapIndex(map).speakers.get(suggestion.speakerId);
  if (speaker && chosen === speaker.id) return null;
  return (
    <p className="editor__suggestion" role="status">
      {speaker ? (
        <>
          Suggested speaker: <strong>{speaker.name}</strong>{" "}
          <span className="details__role">({suggestion.reason})</span>{" "}
          <button type="button" onClick={() => onUse(speaker.id)}>
            Use {speaker.name}
          </button>
        </>
      ) : (
        <>
          No speaker found for this passage{" "}
          <span className="details__role">({suggestion.reason})</span>: it may be the source’s own
          framing.
        </>
      )}
    </p>
  );
}

/** A claim's text cut to a readable length for a message. */
function shorten(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Offers a claim's kept draft: continue editing it, or let it go. */
export function DraftNotice({ claim, onContinue }: { claim: Claim; onContinue: () => void }) {
  const store = useAppStoreApi();
  const draft = useAppStore((s) => s.drafts.get(claim.id));
  if (!draft) return null;
  return (
    <div className="details__draft" role="status">
      <span>This claim has unsaved changes, kept as a draft.</span>
      <button type="button" onClick={onContinue}>
        Continue editing
      </button>
      <button type="button" onClick={() => store.getState().setDraft(claim.id, null)}>
        Discard draft
      </button>
    </div>
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
