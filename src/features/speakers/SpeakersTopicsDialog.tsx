// Add, rename and delete the map's speakers and topics. Every change is one undoable edit;
// deleting one that claims use first asks what should happen to those claims.
import { useEffect, useId, useRef, useState, type FormEvent } from "react";
import {
  addSpeaker,
  addTopic,
  deleteSpeaker,
  deleteTopic,
  freshId,
  idStem,
  renameSpeaker,
  renameTopic,
  type EditResult,
} from "../../model/core/edits";
import { colourOf } from "../../model/core/speakerColours";
import type { ArgumentMap, ClaimId } from "../../model/core/types";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap } from "../../store/selectors";
import { useModalDialog } from "../../ui/useModalDialog";
import "./SpeakersTopicsDialog.css";

type Kind = "speaker" | "topic";

interface Entry {
  id: string;
  name: string;
  /** The claims that use it. */
  claims: ClaimId[];
}

const plural = (n: number, one: string, many = `${one}s`) =>
  `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;

/** An id from a name: "Kim Dae-jung" → "kim-dae-jung", or "kim-dae-jung-2" if that is taken. */
function idFromName(name: string, taken: (id: string) => boolean, fallback: string): string {
  const stem = idStem(name, fallback);
  return taken(stem) ? freshId(`${stem}-`, taken) : stem;
}

function linksTouching(map: ArgumentMap, claims: readonly ClaimId[]): number {
  const ids = new Set(claims);
  return map.links.filter((l) => ids.has(l.from) || ids.has(l.to)).length;
}

/** Applies an edit; a refusal's reason is returned for the dialog to show. */
function useApply() {
  const store = useAppStoreApi();
  return (change: (map: ArgumentMap) => EditResult): string | null => {
    const result = change(selectMap(store.getState()));
    if (!result.ok) return result.message;
    store.getState().edit(() => result);
    return null;
  };
}

function DeleteChoice({
  kind,
  entry,
  others,
  onDone,
  onCancel,
}: {
  kind: Kind;
  entry: Entry;
  others: readonly { id: string; name: string }[];
  onDone: (error: string | null) => void;
  onCancel: () => void;
}) {
  const map = useAppStore(selectMap);
  const apply = useApply();
  const [choice, setChoice] = useState<"move" | "keep" | "delete-claims">(
    kind === "speaker" && others.length > 0 ? "move" : "keep",
  );
  const [target, setTarget] = useState(others[0]?.id ?? "");
  const name = useId();
  const links = linksTouching(map, entry.claims);
  const claims = plural(entry.claims.length, "claim");
  const confirm = () => {
    if (kind === "speaker") {
      onDone(
        apply((m) =>
          deleteSpeaker(
            m,
            entry.id,
            choice === "move"
              ? { reassign: target }
              : choice === "keep"
                ? "unassign"
                : "delete-claims",
          ),
        ),
      );
    } else {
      onDone(apply((m) => deleteTopic(m, entry.id, choice === "keep" ? "untag" : "delete-claims")));
    }
  };
  return (
    <fieldset className="cast__delete">
      <legend>
        Delete “{entry.name}”: what happens to its {claims}?
      </legend>
      {kind === "speaker" && (
        <label>
          <input
            type="radio"
            name={name}
            checked={choice === "move"}
            disabled={others.length === 0}
            onChange={() => setChoice("move")}
          />
          Give them to
          <select
            aria-label="Speaker to take the claims"
            value={target}
            disabled={others.length === 0 || choice !== "move"}
            onChange={(e) => setTarget(e.target.value)}
          >
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </label>
      )}
      <label>
        <input
          type="radio"
          name={name}
          checked={choice === "keep"}
          onChange={() => setChoice("keep")}
        />
        {kind === "speaker"
          ? "Keep them with no speaker (as the source’s own framing)"
          : "Keep them, without this topic"}
      </label>
      <label>
        <input
          type="radio"
          name={name}
          checked={choice === "delete-claims"}
          onChange={() => setChoice("delete-claims")}
        />
        Delete the {claims} and {plural(links, "link")}
      </label>
      <div className="cast__delete-actions">
        <button type="button" className="danger" onClick={confirm}>
          Delete {kind} “{entry.name}”
        </button>
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </fieldset>
  );
}

function EntryRow({
  kind,
  entry,
  colour,
  others,
  onError,
}: {
  kind: Kind;
  entry: Entry;
  colour?: string;
  others: readonly { id: string; name: string }[];
  onError: (error: string | null) => void;
}) {
  const apply = useApply();
  const [name, setName] = useState(entry.name);
  const [deleting, setDeleting] = useState(false);
  const store = useAppStoreApi();
  const commitRename = (to: string, quiet = false) => {
    // Compared with the name as it is now, not as it was when this row was drawn.
    const map = selectMap(store.getState());
    const now =
      kind === "speaker"
        ? map.speakers.find((s) => s.id === entry.id)?.name
        : map.topics.find((t) => t.id === entry.id)?.label;
    // Leaving a field emptied is no rename (it goes back); submitting one says why not.
    if (now === undefined || to === now || (quiet && to.trim() === "")) return;
    onError(
      apply((m) =>
        kind === "speaker" ? renameSpeaker(m, entry.id, to) : renameTopic(m, entry.id, to),
      ),
    );
  };
  const rename = (event: FormEvent) => {
    event.preventDefault();
    commitRename(name);
  };
  // A rename typed but not submitted is not lost: it is made when the field or the dialog
  // is left.
  const typed = useRef(name);
  useEffect(() => {
    typed.current = name;
  }, [name]);
  const commitOnClose = useRef(commitRename);
  useEffect(() => {
    commitOnClose.current = commitRename;
  });
  useEffect(() => () => commitOnClose.current(typed.current, true), []);
  const remove = () => {
    if (entry.claims.length > 0) {
      setDeleting(true);
      return;
    }
    onError(
      apply((m) =>
        kind === "speaker"
          ? deleteSpeaker(m, entry.id, "unassign")
          : deleteTopic(m, entry.id, "untag"),
      ),
    );
  };
  return (
    <li className="cast__row">
      <form className="cast__entry" onSubmit={rename}>
        {colour && <span className="cast__dot" style={{ background: colour }} aria-hidden="true" />}
        <input
          aria-label={`Name of ${kind} “${entry.name}”`}
          value={name}
          maxLength={200}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => commitRename(name, true)}
        />
        <span className="cast__count">{plural(entry.claims.length, "claim")}</span>
        <button type="submit" disabled={name === entry.name}>
          Rename
        </button>
        <button
          type="button"
          aria-label={`Delete ${kind} “${entry.name}”…`}
          aria-expanded={entry.claims.length > 0 ? deleting : undefined}
          onClick={remove}
        >
          Delete…
        </button>
      </form>
      {deleting && (
        <DeleteChoice
          kind={kind}
          entry={entry}
          others={others}
          onCancel={() => setDeleting(false)}
          onDone={(error) => {
            onError(error);
            if (!error) setDeleting(false);
          }}
        />
      )}
    </li>
  );
}

function AddEntry({ kind, onError }: { kind: Kind; onError: (error: string | null) => void }) {
  const apply = useApply();
  const [name, setName] = useState("");
  const add = (event: FormEvent) => {
    event.preventDefault();
    const error = apply((m) => {
      if (kind === "speaker") {
        const ids = new Set(m.speakers.map((s) => s.id));
        return addSpeaker(m, {
          id: idFromName(name, (x) => ids.has(x), "speaker"),
          name: name.trim(),
        });
      }
      const ids = new Set(m.topics.map((t) => t.id));
      return addTopic(m, {
        id: idFromName(name, (x) => ids.has(x), "topic"),
        label: name.trim(),
      });
    });
    onError(error);
    if (!error) setName("");
  };
  return (
    <form className="cast__add" onSubmit={add}>
      <input
        aria-label={`New ${kind}’s name`}
        placeholder={kind === "speaker" ? "A new speaker’s name" : "A new topic"}
        value={name}
        maxLength={200}
        onChange={(e) => setName(e.target.value)}
      />
      <button type="submit" disabled={name.trim() === ""}>
        Add {kind}
      </button>
    </form>
  );
}

/** One kind's list: a row for each, then a field to add one. */
function Section({
  kind,
  title,
  entries,
  onError,
}: {
  kind: Kind;
  title: string;
  entries: readonly Entry[];
  onError: (error: string | null) => void;
}) {
  const map = useAppStore(selectMap);
  const heading = useId();
  return (
    <section aria-labelledby={heading}>
      <h3 id={heading}>{title}</h3>
      {entries.length === 0 && (
        <p className="export__note">This map has no {title.toLowerCase()} yet.</p>
      )}
      <ul className="cast__list">
        {entries.map((e) => (
          // Keyed on the name too, so a rename elsewhere (or undo) resets the field.
          <EntryRow
            key={`${e.id}\u0000${e.name}`}
            kind={kind}
            entry={e}
            {...(kind === "speaker" ? { colour: colourOf(map, e.id) } : {})}
            others={kind === "speaker" ? map.speakers.filter((o) => o.id !== e.id) : []}
            onError={onError}
          />
        ))}
      </ul>
      <AddEntry kind={kind} onError={onError} />
    </section>
  );
}

/** The dialog: speakers above, topics below. */
export function SpeakersTopicsDialog({ onClose }: { onClose: () => void }) {
  const ref = useModalDialog();
  const map = useAppStore(selectMap);
  const [error, setError] = useState<string | null>(null);
  const claimsOf = (test: (c: ArgumentMap["claims"][number]) => boolean) =>
    map.claims.filter(test).map((c) => c.id);
  const speakers: Entry[] = map.speakers.map((s) => ({
    id: s.id,
    name: s.name,
    claims: claimsOf((c) => c.speaker === s.id),
  }));
  const topics: Entry[] = map.topics.map((t) => ({
    id: t.id,
    name: t.label,
    claims: claimsOf((c) => c.topics?.includes(t.id) === true),
  }));
  return (
    <dialog ref={ref} className="export cast" aria-labelledby="cast-title" onClose={onClose}>
      <h2 id="cast-title">Speakers and topics</h2>
      <p className="export__note">
        Changes apply at once and can be undone (Ctrl+Z) after closing this dialog.
      </p>
      <p className="cast__error" role="alert">
        {error}
      </p>
      <Section kind="speaker" title="Speakers" entries={speakers} onError={setError} />
      <Section kind="topic" title="Topics" entries={topics} onError={setError} />
      <div className="export__actions">
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
