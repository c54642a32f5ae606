import { useId, useMemo, useState, type KeyboardEvent } from "react";
import { addLink } from "../../model/core/edits";
import { mapIndex, speakerLabel } from "../../model/core/mapIndex";
import type { Claim, LinkType } from "../../model/core/types";
import { foldText } from "../../model/view/searchClaims";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap } from "../../store/selectors";
import { useModalDialog } from "../../ui/useModalDialog";

const SHOWN = 50;

/**
 * "Supports…" or "Disputes…" from a claim: a search-as-you-type list of the other claims,
 * worked with the keyboard (↑ ↓ to move, Enter to link, Escape to close), so that linking
 * never needs a drag.
 */
export function LinkPicker({
  from,
  type,
  onClose,
}: {
  from: Claim;
  type: LinkType;
  onClose: () => void;
}) {
  const ref = useModalDialog();
  const map = useAppStore(selectMap);
  const store = useAppStoreApi();
  const [query, setQuery] = useState("");
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const listId = useId();
  const linked = useMemo(
    () => new Set(map.links.filter((l) => l.from === from.id).map((l) => l.to)),
    [map, from.id],
  );
  const candidates = useMemo(() => {
    const words = foldText(query).split(/\s+/).filter(Boolean);
    return map.claims.filter((c) => {
      if (c.id === from.id) return false;
      const hay = foldText(`${c.text}\n${speakerLabel(map, c)}`);
      return words.every((w) => hay.includes(w));
    });
  }, [map, query, from.id]);
  const shown = candidates.slice(0, SHOWN);
  const verb = type === "support" ? "supports" : "disputes";

  const choose = (target: Claim) => {
    let message: string | null = null;
    const ok = store.getState().edit((m) => {
      const result = addLink(m, { from: from.id, to: target.id, type });
      if (!result.ok) message = result.message;
      return result;
    });
    if (!ok) {
      setError(message);
      return;
    }
    store.getState().setNotice(`Linked: “${from.text}” ${verb} “${target.text}”.`);
    ref.current?.close();
  };

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      const step = event.key === "ArrowDown" ? 1 : -1;
      setActive((a) => Math.max(0, Math.min(shown.length - 1, a + step)));
    } else if (event.key === "Enter") {
      event.preventDefault();
      const target = shown[active];
      if (target) choose(target);
    }
  };

  const index = mapIndex(map);
  return (
    <dialog
      ref={ref}
      className="export link-picker"
      aria-labelledby={`${listId}-title`}
      onClose={onClose}
    >
      <h2 id={`${listId}-title`}>
        “{from.text.length > 80 ? `${from.text.slice(0, 78)}…` : from.text}” {verb}…
      </h2>
      <label className="open__row">
        Find the claim it {type === "support" ? "supports" : "disputes"}
        <input
          type="search"
          role="combobox"
          aria-expanded="true"
          aria-controls={listId}
          aria-activedescendant={shown[active] ? `${listId}-${active}` : undefined}
          aria-autocomplete="list"
          value={query}
          autoFocus
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
            setError(null);
          }}
          onKeyDown={onKeyDown}
        />
      </label>
      <p className="export__note" role="status">
        {candidates.length === 0
          ? "No claim matches."
          : `${candidates.length.toLocaleString("en-US")} ${candidates.length === 1 ? "claim" : "claims"}${candidates.length > SHOWN ? `, the first ${SHOWN} shown` : ""}. ↑ ↓ to choose, Enter to link.`}
      </p>
      <ul className="link-picker__list" id={listId} role="listbox" aria-label="Claims">
        {shown.map((claim, i) => (
          <li
            key={claim.id}
            id={`${listId}-${i}`}
            role="option"
            aria-selected={i === active}
            aria-disabled={linked.has(claim.id) || undefined}
            className={i === active ? "is-active" : undefined}
            onClick={() => choose(claim)}
            onMouseMove={() => setActive(i)}
          >
            <span className="link-picker__speaker">{speakerLabel(map, claim)}</span>{" "}
            <span>{claim.text}</span>
            {linked.has(claim.id) && <span className="link-picker__note"> (already linked)</span>}
            {claim.topics?.[0] && (
              <span className="link-picker__note">
                {" "}
                · {index.topics.get(claim.topics[0])?.label}
              </span>
            )}
          </li>
        ))}
      </ul>
      {error && (
        <p className="editor__error" role="alert">
          {error}
        </p>
      )}
      <div className="export__actions">
        <button type="button" onClick={() => ref.current?.close()}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
