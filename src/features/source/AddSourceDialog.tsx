import { useEffect, useRef, useState } from "react";
import { addSource, addSpeaker, freshId, idStem } from "../../model/core/edits";
import { mapIndex } from "../../model/core/mapIndex";
import type { ArgumentMap } from "../../model/core/types";
import { proposeSpeakers, type ProposedSpeaker } from "../../model/source/attribution";
import { useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap } from "../../store/selectors";
import { useModalDialog } from "../../ui/useModalDialog";
import { readSourceFile, sourceFromPaste, type SourceIntake } from "./readSource";
import { SourceDetailsFields, type SourceDetailsDraft } from "./SourceDetailsFields";
import { FormError } from "../../ui/FormError";

/** A proposed speaker as the user decides on it: kept or not, under which name. */
interface Choice {
  proposal: ProposedSpeaker;
  keep: boolean;
  name: string;
}

/** The stem itself if free, else the stem with a number: "oberdorfer", "oberdorfer-2". */
function newId(stem: string, taken: (id: string) => boolean): string {
  return taken(stem) ? freshId(`${stem}-`, taken) : stem;
}

/** Names already in the map, folded, so that a proposal of an existing speaker is left out. */
function known(map: ArgumentMap): Set<string> {
  return new Set(map.speakers.map((s) => s.name.toLowerCase().replace(/\s+/g, " ").trim()));
}

const addLabel = (n: number) => (n === 1 ? "Add 1 speaker" : `Add ${n} speakers`);

/**
 * Adds a source: pasted text, or a .txt, .md, .html or .pdf file (also dropped on the
 * window). Then proposes the speakers its text quotes, to accept, rename or leave out at once.
 * Nothing changes until the text has been read and checked.
 */
export function AddSourceDialog({ onClose, file }: { onClose: () => void; file?: File }) {
  const ref = useModalDialog();
  const store = useAppStoreApi();
  const [details, setDetails] = useState<SourceDetailsDraft>({
    title: "",
    publisher: "",
    date: "",
    url: "",
  });
  const { title, publisher, date, url } = details;
  const [pasted, setPasted] = useState("");
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [choices, setChoices] = useState<Choice[] | null>(null);
  const [added, setAdded] = useState<string | null>(null);
  const abort = useRef<AbortController | null>(null);
  const close = () => ref.current?.close();

  /** Adds the read text as a source, and lists the speakers it names. */
  const add = (intake: SourceIntake) => {
    setProgress(null);
    if (!intake.ok) {
      setError(intake.message);
      return;
    }
    const sourceId = newId(idStem(title || intake.title, "source"), (x) =>
      mapIndex(selectMap(store.getState())).sources.has(x),
    );
    let message: string | null = null;
    const ok = store.getState().edit((m) => {
      const result = addSource(m, {
        id: sourceId,
        title: title.trim() || intake.title,
        publisher,
        date,
        url,
        text: intake.text,
      });
      if (!result.ok) message = result.message;
      return result;
    });
    if (!ok) {
      setError(message);
      return;
    }
    setError(null);
    setAdded(title.trim() || intake.title);
    const names = known(selectMap(store.getState()));
    const proposals = proposeSpeakers(intake.text).filter(
      (p) => !names.has(p.name.toLowerCase().replace(/\s+/g, " ").trim()),
    );
    if (proposals.length === 0) close();
    else setChoices(proposals.map((proposal) => ({ proposal, keep: true, name: proposal.name })));
  };

  const readFile = async (chosen: File) => {
    setError(null);
    abort.current?.abort();
    const controller = new AbortController();
    abort.current = controller;
    setProgress("Reading…");
    add(await readSourceFile(chosen, setProgress, controller.signal));
  };

  // A file dropped on the window arrives with the dialog.
  const dropped = useRef(false);
  useEffect(() => {
    if (file && !dropped.current) {
      dropped.current = true;
      void readFile(file);
    }
    // Read once, when the dialog opens with a dropped file.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [file]);
  useEffect(() => () => abort.current?.abort(), []);

  /** Adds the kept speakers, as one step. */
  const acceptSpeakers = () => {
    const kept = (choices ?? []).filter((c) => c.keep && c.name.trim() !== "");
    if (kept.length > 0) {
      let message: string | null = null;
      const ok = store.getState().edit((m) => {
        let next = m;
        for (const choice of kept) {
          const taken = mapIndex(next).speakers;
          const result = addSpeaker(next, {
            id: newId(idStem(choice.name, "speaker"), (x) => taken.has(x)),
            name: choice.name.trim(),
          });
          if (!result.ok) {
            message = `${choice.name}: ${result.message}`;
            return result;
          }
          next = result.map;
        }
        return { ok: true, map: next };
      });
      if (!ok) {
        setError(message);
        return;
      }
      store
        .getState()
        .setNotice(
          `Added ${kept.length} ${kept.length === 1 ? "speaker" : "speakers"} from “${added ?? "the source"}”.`,
        );
    }
    close();
  };

  return (
    <dialog
      ref={ref}
      className="export add-source"
      aria-labelledby="add-source-title"
      onClose={onClose}
    >
      <h2 id="add-source-title">{choices ? "Speakers in this source" : "Add a source"}</h2>
      {!choices && (
        <>
          <p className="export__note">
            The article or transcript to map: claims quote it word for word. Its text is read and
            checked before anything changes.
          </p>
          <label className="open__row">
            A file (.txt, .md, .html or .pdf)
            <input
              type="file"
              accept=".txt,.md,.markdown,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf"
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                if (chosen) void readFile(chosen);
              }}
            />
          </label>
          <label className="open__row">
            Or paste its text
            <textarea value={pasted} onChange={(e) => setPasted(e.target.value)} rows={6} />
          </label>
          <div className="add-source__details">
            <SourceDetailsFields value={details} onChange={setDetails} placeholders />
          </div>
          {progress && (
            <p className="export__status" role="status">
              {progress}
              <button type="button" onClick={() => abort.current?.abort()}>
                Cancel
              </button>
            </p>
          )}
          <FormError error={error} />
          <div className="export__actions">
            <button
              type="button"
              className="primary"
              disabled={pasted.trim() === "" || progress !== null}
              onClick={() => add(sourceFromPaste(pasted, title.trim()))}
            >
              Add pasted text
            </button>
            <button type="button" onClick={close}>
              Close
            </button>
          </div>
        </>
      )}
      {choices && (
        <>
          <p className="export__note">
            “{added}” was added. These people and bodies speak in it: keep the ones to map, and
            correct a name if you like. You can add, rename or remove speakers later too.
          </p>
          <ul className="add-source__speakers">
            {choices.map((choice, i) => (
              <li key={choice.proposal.name}>
                <label className="editor__inline">
                  <input
                    type="checkbox"
                    checked={choice.keep}
                    onChange={(e) =>
                      setChoices((all) =>
                        all!.map((c, j) => (j === i ? { ...c, keep: e.target.checked } : c)),
                      )
                    }
                  />
                  Keep<span className="visually-hidden"> {choice.proposal.name}</span>
                </label>
                <input
                  type="text"
                  aria-label={`Name for ${choice.proposal.name}`}
                  value={choice.name}
                  onChange={(e) =>
                    setChoices((all) =>
                      all!.map((c, j) => (j === i ? { ...c, name: e.target.value } : c)),
                    )
                  }
                />
                <span className="add-source__evidence">
                  {choice.proposal.kind === "organisation" ? "organisation · " : ""}
                  {choice.proposal.mentions}{" "}
                  {choice.proposal.mentions === 1 ? "mention" : "mentions"}
                  {choice.proposal.evidence ? ` · “${choice.proposal.evidence}”` : ""}
                </span>
              </li>
            ))}
          </ul>
          <FormError error={error} />
          <div className="export__actions">
            <button type="button" className="primary" onClick={acceptSpeakers}>
              {addLabel(choices.filter((c) => c.keep && c.name.trim() !== "").length)}
            </button>
            <button type="button" onClick={close}>
              Add none
            </button>
          </div>
        </>
      )}
    </dialog>
  );
}
