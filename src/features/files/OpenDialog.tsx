import { useState } from "react";
import { useModalDialog } from "../../ui/useModalDialog";
import { useAppStoreApi } from "../../store/AppStoreContext";
import { fileKind, openFile, openText, pairOf } from "./openFile";

/**
 * Open a map: a file or pasted text in the app's format, AIF (AIFdb, OVA), Argdown or
 * Kialo's text export, recognised from its content; the built-in example; or a new map.
 */
export function OpenDialog({
  onClose,
  example,
  onSource,
}: {
  onClose: () => void;
  example: () => string;
  /** A file that is an article (text, Markdown, a web page, a PDF) rather than a map. */
  onSource: (file: File) => void;
}) {
  const ref = useModalDialog();
  const store = useAppStoreApi();
  const [pasted, setPasted] = useState("");
  const [busy, setBusy] = useState(false);
  const close = () => ref.current?.close();
  const run = async (open: () => Promise<boolean>) => {
    setBusy(true);
    const ok = await open();
    setBusy(false);
    // On failure the dialog stays, with what was given, under the list of problems.
    if (ok) close();
  };
  return (
    <dialog ref={ref} className="export" aria-labelledby="open-title" onClose={onClose}>
      <h2 id="open-title">Open a map</h2>
      <p className="export__note">
        This app’s maps (.json), AIF from AIFdb or OVA (.json), Argdown (.argdown) and Kialo’s text
        export (.txt) open here, recognised from their content. An AIF file may come with the text
        it analyses (choose both files): its claims then quote it. An article to map (.txt, .md,
        .html, .pdf) is added to this map as a source. Files are checked before anything changes: a
        file with problems leaves your map as it is.
      </p>
      <label className="open__row">
        A map file (or a map and its text), or an article
        <input
          type="file"
          multiple
          accept=".json,.argdown,.ad,.txt,.md,.markdown,.html,.htm,.pdf,application/json,text/plain,text/markdown,text/html,application/pdf"
          disabled={busy}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            if (files.length === 0) return;
            void run(async () => {
              const only = files.length === 1 ? files[0] : undefined;
              if (only && (await fileKind(only)) === "source") {
                // An article, not a map: the add-source dialog takes it from here.
                close();
                onSource(only);
                return false;
              }
              const pair = await pairOf(files);
              return openFile(store, pair.map, pair.text);
            });
          }}
        />
      </label>
      <label className="open__row">
        Or paste a map
        <textarea
          value={pasted}
          onChange={(e) => setPasted(e.target.value)}
          rows={5}
          placeholder='{"title": "…", "speakers": [], "claims": [], "links": []}'
        />
      </label>
      <div className="export__actions">
        <button
          type="button"
          disabled={pasted.trim() === "" || busy}
          onClick={() => void run(() => openText(store, pasted, "The pasted text"))}
        >
          Open pasted map
        </button>
      </div>
      <h3 className="open__heading">Or start from</h3>
      <div className="export__actions" style={{ justifyContent: "flex-start" }}>
        <button
          type="button"
          onClick={() => void run(() => openText(store, example(), "The example"))}
        >
          Example: the South Korea–US alliance
        </button>
        <button
          type="button"
          onClick={() =>
            void run(() =>
              openText(
                store,
                JSON.stringify({
                  format: "argument-map",
                  title: "Untitled map",
                  speakers: [],
                  claims: [],
                  links: [],
                }),
                "A new map",
              ),
            )
          }
        >
          New map
        </button>
      </div>
      <div className="export__actions">
        <button type="button" onClick={close}>
          Close
        </button>
      </div>
    </dialog>
  );
}
