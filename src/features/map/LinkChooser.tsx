import { useModalDialog } from "../../ui/useModalDialog";
import { addLink } from "../../model/core/edits";
import { mapIndex, speakerLabel } from "../../model/core/mapIndex";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap } from "../../store/selectors";

/** After dragging from one claim to another: does the first support or dispute the second? */
export function LinkChooser({
  from,
  to,
  onClose,
}: {
  from: string;
  to: string;
  onClose: () => void;
}) {
  const ref = useModalDialog();
  const map = useAppStore(selectMap);
  const store = useAppStoreApi();
  const index = mapIndex(map);
  const a = index.claims.get(from);
  const b = index.claims.get(to);
  const choose = (type: "support" | "dispute") => {
    store.getState().edit((m) => addLink(m, { from, to, type }));
    ref.current?.close();
  };
  return (
    <dialog ref={ref} className="export" aria-labelledby="link-chooser-title" onClose={onClose}>
      <h2 id="link-chooser-title">New link</h2>
      <p>
        <strong>{a ? `${speakerLabel(map, a)}: ${a.text}` : from}</strong>
      </p>
      <p>… to …</p>
      <p>
        <strong>{b ? `${speakerLabel(map, b)}: ${b.text}` : to}</strong>
      </p>
      <div className="export__actions">
        <button type="button" className="primary" onClick={() => choose("support")}>
          Supports
        </button>
        <button type="button" className="danger" onClick={() => choose("dispute")}>
          Disputes
        </button>
        <button type="button" onClick={() => ref.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
