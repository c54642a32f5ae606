/** A form dialog's actions: Save submits the form, Cancel closes the dialog unchanged. */
export function SaveCancel({ onCancel }: { onCancel: () => void }) {
  return (
    <div className="export__actions">
      <button type="submit" className="primary">
        Save
      </button>
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
