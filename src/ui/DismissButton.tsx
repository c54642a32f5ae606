// The × that closes a notice or banner, named for screen readers.

export function DismissButton({ label, onDismiss }: { label: string; onDismiss: () => void }) {
  return (
    <button type="button" aria-label={label} onClick={onDismiss}>
      ×
    </button>
  );
}
