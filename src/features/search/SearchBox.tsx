import { useEffect, useRef } from "react";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { SEARCH_INPUT_ID } from "../../store/domIds";
import { selectSearch, selectSearchIndex, selectSearchMatches } from "../../store/selectors";
import "./SearchBox.css";

/** Whether keys typed at this element are text (so "/" is a slash there, not a shortcut). */
function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLSelectElement) return false;
  return (
    target instanceof HTMLInputElement &&
    !["checkbox", "radio", "button", "submit", "reset", "range", "color", "file"].includes(
      target.type,
    )
  );
}

/** Search over claim texts, notes, quotes and speakers. "/" focuses it; Enter goes to the next match. */
export function SearchBox() {
  const query = useAppStore(selectSearch);
  const matches = useAppStore(selectSearchMatches);
  const current = useAppStore(selectSearchIndex);
  const store = useAppStoreApi();
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey) return;
      if (isTextEntry(event.target)) return;
      event.preventDefault();
      input.current?.focus();
      input.current?.select();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  const go = (delta: number) => {
    const count = matches.ids.length;
    if (count === 0) return;
    const state = store.getState();
    // The first Enter goes to the first match; later ones step on.
    const next =
      state.selectedId === matches.ids[current] ? (current + delta + count) % count : current;
    state.setSearchIndex(next);
    state.selectClaim(matches.ids[next] ?? null, { centre: true });
  };

  return (
    <div className="search" role="search">
      <label htmlFor={SEARCH_INPUT_ID} className="visually-hidden">
        Search claims
      </label>
      <input
        id={SEARCH_INPUT_ID}
        ref={input}
        type="search"
        placeholder="Search claims  ( / )"
        value={query}
        autoComplete="off"
        onChange={(e) => store.getState().setSearch(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === "Enter") {
            e.preventDefault();
            go(e.shiftKey ? -1 : 1);
          } else if (e.key === "Escape") {
            store.getState().setSearch("");
          }
        }}
      />
      {/* Always in the page, empty without a query: a live region must be there before its
          words are, to be read. */}
      <span className="search__count" role="status" aria-live="polite">
        {query.trim() !== "" &&
          (matches.ids.length === 0
            ? "no matches"
            : `${Math.min(current + 1, matches.ids.length)} of ${matches.ids.length}`)}
        {query.trim() !== "" &&
          matches.hidden > 0 &&
          ` · ${matches.hidden} more hidden by the filters`}
      </span>
      {query.trim() !== "" && matches.hidden > 0 && (
        <button
          type="button"
          className="search__show-hidden"
          onClick={() => store.getState().setFilterMode("dim")}
        >
          Show them
        </button>
      )}
    </div>
  );
}
