import { useState } from "react";
import { useModalDialog } from "../../ui/useModalDialog";
import type { Problem } from "../../model/core/types";
import "./ProblemsDialog.css";

/** Lists what is wrong with a file, each problem at its path; the map on screen is untouched. */
export function ProblemsDialog({
  title,
  problems,
  onClose,
}: {
  title: string;
  problems: readonly Problem[];
  onClose: () => void;
}) {
  const ref = useModalDialog();
  const text = problems.map((p) => `${p.path}: ${p.message}`).join("\n");
  const [copied, setCopied] = useState<"yes" | "no" | null>(null);
  return (
    <dialog
      ref={ref}
      className="problems-dialog"
      aria-labelledby="problems-title"
      onClose={onClose}
    >
      <h2 id="problems-title">{title}</h2>
      <p>
        {problems.length === 1
          ? "One problem was found"
          : `${problems.length.toLocaleString("en-US")} problems were found`}
        . The map on screen has not changed.
      </p>
      <ul className="problems-dialog__list">
        {problems.slice(0, 500).map((p, i) => (
          <li key={i}>
            <code>{p.path}</code>: {p.message}
          </li>
        ))}
      </ul>
      {problems.length > 500 && (
        <p>
          …and {(problems.length - 500).toLocaleString("en-US")} more (copy the list to see them
          all).
        </p>
      )}
      <div className="problems-dialog__actions">
        <button
          type="button"
          onClick={() => {
            const clipboard = navigator.clipboard as Clipboard | undefined;
            if (!clipboard) {
              setCopied("no");
              return;
            }
            clipboard.writeText(text).then(
              () => setCopied("yes"),
              () => setCopied("no"),
            );
          }}
        >
          Copy the list
        </button>
        <span role="status" className="problems-dialog__copied">
          {copied === "yes"
            ? "Copied."
            : copied === "no"
              ? "This browser did not allow copying; select the list above instead."
              : ""}
        </span>
        <button type="button" onClick={() => ref.current?.close()} autoFocus>
          Close
        </button>
      </div>
    </dialog>
  );
}
