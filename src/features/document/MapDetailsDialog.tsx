import { useState } from "react";
import { setMapDetails } from "../../model/core/edits";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap } from "../../store/selectors";
import { useModalDialog } from "../../ui/useModalDialog";
import { FormError } from "../../ui/FormError";
import { SaveCancel } from "../../ui/SaveCancel";

/** The map's title and description: one undoable step. */
export function MapDetailsDialog({ onClose }: { onClose: () => void }) {
  const ref = useModalDialog();
  const map = useAppStore(selectMap);
  const store = useAppStoreApi();
  const [title, setTitle] = useState(map.title);
  const [description, setDescription] = useState(map.description ?? "");
  const [error, setError] = useState<string | null>(null);
  return (
    <dialog ref={ref} className="export" aria-labelledby="map-details-title" onClose={onClose}>
      <h2 id="map-details-title">The map’s title and description</h2>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          let message: string | null = null;
          const ok = store.getState().edit((m) => {
            const result = setMapDetails(m, { title, description });
            if (!result.ok) message = result.message;
            return result;
          });
          if (ok) ref.current?.close();
          else setError(message);
        }}
      >
        <label className="open__row">
          Title
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} required />
        </label>
        <label className="open__row">
          Description
          <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={4} />
        </label>
        <FormError error={error} />
        <SaveCancel onCancel={() => ref.current?.close()} />
      </form>
    </dialog>
  );
}
