// Opens a <dialog> as modal when it mounts; shared by every dialog of the app.
import { useEffect, useRef } from "react";

/** A ref for a <dialog> that is shown modally on mount (focus trapped, Escape closes it). */
export function useModalDialog() {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);
  return ref;
}
