import { useState } from "react";
import {
  deleteSource,
  linksOfClaim,
  updateSourceDetails,
  updateSourceText,
  type EditResult,
} from "../../model/core/edits";
import { mapIndex } from "../../model/core/mapIndex";
import type { ArgumentMap } from "../../model/core/types";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap } from "../../store/selectors";
import { useModalDialog } from "../../ui/useModalDialog";
import { SourceDetailsFields, type SourceDetailsDraft } from "./SourceDetailsFields";
import { FormError } from "../../ui/FormError";
import { SaveCancel } from "../../ui/SaveCancel";

export type SourceDialog =
  | { kind: "details"; sourceId: string }
  | { kind: "text"; sourceId: string }
  | { kind: "delete"; sourceId: string };

/** Applies an edit from a dialog: its refusal is shown in the dialog, which stays open. */
function useApply(onError: (message: string | null) => void) {
  const store = useAppStoreApi();
  return (change: (map: ArgumentMap) => EditResult): boolean => {
    let message: string | null = null;
    const ok = store.getState().edit((m) => {
      const result = change(m);
      if (!result.ok) message = result.message;
      return result;
    });
    onError(ok ? null : message);
    return ok;
  };
}

function DetailsDialog({ sourceId, onClose }: { sourceId: string; onClose: () => void }) {
  const ref = useModalDialog();
  const map = useAppStore(selectMap);
  const source = mapIndex(map).sources.get(sourceId);
  const [details, setDetails] = useState<SourceDetailsDraft>({
    title: source?.title ?? "",
    publisher: source?.publisher ?? "",
    date: source?.date ?? "",
    url: source?.url ?? "",
  });
  const [error, setError] = useState<string | null>(null);
  const apply = useApply(setError);
  return (
    <dialog ref={ref} className="export" aria-labelledby="source-details-title" onClose={onClose}>
      <h2 id="source-details-title">The source’s details</h2>
      <form
        className="add-source__details"
        onSubmit={(e) => {
          e.preventDefault();
          if (apply((m) => updateSourceDetails(m, sourceId, details))) ref.current?.close();
        }}
      >
        <SourceDetailsFields value={details} onChange={setDetails} titleRequired />
        <FormError error={error} />
        <SaveCancel onCancel={() => ref.current?.close()} />
      </form>
    </dialog>
  );
}

function TextDialog({ sourceId, onClose }: { sourceId: string; onClose: () => void }) {
  const ref = useModalDialog();
  const map = useAppStore(selectMap);
  const source = mapIndex(map).sources.get(sourceId);
  const [text, setText] = useState(source?.text ?? "");
  const [error, setError] = useState<string | null>(null);
  const store = useAppStoreApi();
  const apply = useApply(setError);
  const quoting = map.claims.filter((c) => c.quote?.source === sourceId).length;
  return (
    <dialog
      ref={ref}
      className="export source-text-dialog"
      aria-labelledby="source-text-title"
      onClose={onClose}
    >
      <h2 id="source-text-title">Edit the text of “{source?.title}”</h2>
      <p className="export__note">
        {quoting === 0
          ? "No claim quotes this text yet."
          : `${quoting} ${quoting === 1 ? "claim quotes" : "claims quote"} this text. Quotes whose words are still there stay attached; any whose words are gone are listed for you to fix. Nothing is dropped.`}
      </p>
      <label className="open__row">
        Text
        <textarea value={text} onChange={(e) => setText(e.target.value)} rows={16} />
      </label>
      <FormError error={error} />
      <div className="export__actions">
        <button
          type="button"
          className="primary"
          onClick={() => {
            const before = selectMap(store.getState());
            if (!apply((m) => updateSourceText(m, sourceId, text))) return;
            const after = selectMap(store.getState());
            const lost = after.claims.filter(
              (c) =>
                c.quote?.source === sourceId &&
                c.quote.detached &&
                !mapIndex(before).claims.get(c.id)?.quote?.detached,
            ).length;
            if (lost > 0)
              store
                .getState()
                .setNotice(
                  `${lost} ${lost === 1 ? "quote no longer matches" : "quotes no longer match"} the edited text: they are listed above the source, to fix.`,
                );
            ref.current?.close();
          }}
        >
          Save the text
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}

function DeleteDialog({ sourceId, onClose }: { sourceId: string; onClose: () => void }) {
  const ref = useModalDialog();
  const map = useAppStore(selectMap);
  const source = mapIndex(map).sources.get(sourceId);
  const quoting = map.claims.filter((c) => c.quote?.source === sourceId);
  const links = quoting.reduce((n, c) => n + linksOfClaim(map, c.id), 0);
  const [choice, setChoice] = useState<"drop-quotes" | "delete-claims">("drop-quotes");
  const [error, setError] = useState<string | null>(null);
  const apply = useApply(setError);
  return (
    <dialog ref={ref} className="export" aria-labelledby="delete-source-title" onClose={onClose}>
      <h2 id="delete-source-title">Delete “{source?.title}”?</h2>
      {quoting.length > 0 ? (
        <fieldset className="export__choice">
          <legend>
            {quoting.length} {quoting.length === 1 ? "claim quotes" : "claims quote"} it: what
            happens to {quoting.length === 1 ? "it" : "them"}?
          </legend>
          <label>
            <input
              type="radio"
              name="delete-source"
              checked={choice === "drop-quotes"}
              onChange={() => setChoice("drop-quotes")}
            />
            Keep {quoting.length === 1 ? "it" : "them"}, without{" "}
            {quoting.length === 1 ? "its quote" : "their quotes"}
          </label>
          <label>
            <input
              type="radio"
              name="delete-source"
              checked={choice === "delete-claims"}
              onChange={() => setChoice("delete-claims")}
            />
            Delete {quoting.length === 1 ? "it" : "them"} and {links}{" "}
            {links === 1 ? "link" : "links"}
          </label>
        </fieldset>
      ) : (
        <p>No claim quotes it.</p>
      )}
      <FormError error={error} />
      <div className="export__actions">
        <button
          type="button"
          className="danger"
          onClick={() => {
            if (apply((m) => deleteSource(m, sourceId, choice))) ref.current?.close();
          }}
        >
          Delete source
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          Keep it
        </button>
      </div>
    </dialog>
  );
}

/** The source's dialogs: details, its text, its deletion. Each change is one undoable step. */
export function SourceDialogs({ dialog, onClose }: { dialog: SourceDialog; onClose: () => void }) {
  if (dialog.kind === "details")
    return <DetailsDialog sourceId={dialog.sourceId} onClose={onClose} />;
  if (dialog.kind === "text") return <TextDialog sourceId={dialog.sourceId} onClose={onClose} />;
  return <DeleteDialog sourceId={dialog.sourceId} onClose={onClose} />;
}
