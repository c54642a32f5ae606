import { useState } from "react";
import { useModalDialog } from "../../ui/useModalDialog";
import { useAppStoreApi } from "../../store/AppStoreContext";
import { openFile, openText } from "./openFile";

/** Open a map: a file, pasted JSON, the built-in example, or a new empty map. */
export function OpenDialog({ onClose, example }: { onClose: () => void; example: () => string }) {
  const ref = useModalDialog();
  const store = useAppStoreApi();
  const [pasted, setPasted] = useState("");
  const close = () => ref.current?.close();
  return (
    <dialog ref={ref} className="export" aria-labelledby="open-title" onClose={onClose}>
      <h2 id="open-title">Open a map</h2>
      <p className="export__note">
        Files are checked before anything changes: a file with problems leaves your map as it is.
      </p>
      <label className="open__row">
        A map file (JSON)
        <input
          type="file"
          accept=".json,application/json"
          onChange={(e) => {
            const file = e.target.files?.[0];
            if (file) void openFile(store, file).then(close);
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
          disabled={pasted.trim() === ""}
          // On failure the dialog stays, with the pasted text, under the list of problems.
          onClick={() => {
            if (openText(store, pasted, "The pasted text")) close();
          }}
        >
          Open pasted map
        </button>
      </div>
      <h3 className="open__heading">Or start from</h3>
      <div className="export__actions" style={{ justifyContent: "flex-start" }}>
        <button type="button" onClick={() => (openText(store, example(), "The example"), close())}>
          Example: the South Korea–US alliance
        </button>
        <button
          type="button"
          onClick={() => (
            openText(
              store,
              JSON.stringify({ title: "Untitled map", speakers: [], claims: [], links: [] }),
              "A new map",
            ),
            close()
          )}
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
