/** A form's error, read out at once (an alert), or nothing when there is none. */
export function FormError({ error }: { error: string | null | undefined }) {
  if (!error) return null;
  return (
    <p className="editor__error" role="alert">
      {error}
    </p>
  );
}
