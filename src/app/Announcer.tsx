// Says politely what changed without anything to see: undo and redo. Its region is always in
// the page (a live region that appears together with its words is often not read).
import { useEffect, useState } from "react";
import type { AppState, AppStore } from "../store/appStore";

/** What a change of history was: a step back, a step forward, or something else. */
function historyStep(before: AppState, after: AppState): "undo" | "redo" | null {
  const a = before.history;
  const b = after.history;
  if (a === b) return null;
  if (b.present === a.past[a.past.length - 1] && b.future[0] === a.present) return "undo";
  if (b.past[b.past.length - 1] === a.present && a.future[0] === b.present) return "redo";
  return null;
}

export function Announcer({ store }: { store: AppStore }) {
  const [message, setMessage] = useState("");
  useEffect(
    () =>
      store.subscribe((after, before) => {
        const step = historyStep(before, after);
        if (!step) return;
        const left = step === "undo" ? after.history.past.length : after.history.future.length;
        const text =
          step === "undo"
            ? `Undone.${left === 0 ? " Nothing more to undo." : ""}`
            : `Redone.${left === 0 ? " Nothing more to redo." : ""}`;
        // The same words twice in a row are a change too: a no-break space tells them apart.
        setMessage((previous) => (previous === text ? `${text}\u00a0` : text));
      }),
    [store],
  );
  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-announcer="">
      {message}
    </div>
  );
}
