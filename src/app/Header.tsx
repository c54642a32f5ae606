import { useState, type KeyboardEvent } from "react";
import { SearchBox } from "../features/search/SearchBox";
import { FRAMING_LABEL, mapIndex } from "../model/core/mapIndex";
import { activeFilters, FRAMING, isUnfiltered } from "../model/view/viewFilter";
import { useAppStore, useAppStoreApi } from "../store/AppStoreContext";
import {
  selectCanRedo,
  selectCanUndo,
  selectDirection,
  selectDragged,
  selectExplorePanelOpen,
  selectFilter,
  selectLens,
  selectMap,
  selectSearch,
  selectSelectedId,
  selectSourcePaneOpen,
  selectView,
  selectVisibility,
} from "../store/selectors";

/** What the view shows, in words: "Showing 12 of 48 claims · 2 speakers". */
export function Status() {
  const map = useAppStore(selectMap);
  const visible = useAppStore(selectVisibility);
  const filter = useAppStore(selectFilter);
  const search = useAppStore(selectSearch);
  const lens = useAppStore(selectLens);
  const selected = useAppStore(selectSelectedId);
  const store = useAppStoreApi();
  // Real speakers only: the article's own framing is not a speaker.
  const speakers = new Set(
    map.claims.flatMap((c) =>
      c.speaker !== undefined && visible.matching.has(c.id) ? [c.speaker] : [],
    ),
  );
  const untouched = isUnfiltered(filter) && search === "" && lens === null && selected === null;
  const nameOf = (key: string) =>
    key === FRAMING ? FRAMING_LABEL : (mapIndex(map).speakers.get(key)?.name ?? key);
  const active = activeFilters(map, filter, nameOf);
  return (
    <div className="status">
      <span role="status" aria-live="polite">
        Showing {visible.matching.size.toLocaleString("en-US")} of{" "}
        {map.claims.length.toLocaleString("en-US")} claims · {speakers.size}{" "}
        {speakers.size === 1 ? "speaker" : "speakers"}
      </span>
      {active.length > 0 && (
        <ul className="status__filters" aria-label="Filters in force">
          {active.map((f) => (
            <li key={f.kind + f.label}>
              <button
                type="button"
                className="status__filter"
                onClick={() => store.getState().clearFilter(f.kind)}
              >
                {f.label}
                <span aria-hidden="true"> ✕</span>
                <span className="visually-hidden">, remove</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <button type="button" disabled={untouched} onClick={() => store.getState().resetView()}>
        Reset view
      </button>
    </div>
  );
}

/** Re-arrange lays the map out afresh; if the user placed cards by hand, it says so first. */
function RearrangeButton() {
  const store = useAppStoreApi();
  const pinned = useAppStore(selectDragged).size;
  const [asking, setAsking] = useState(false);
  if (!asking || pinned === 0)
    return (
      <button
        type="button"
        onClick={() => (pinned > 0 ? setAsking(true) : store.getState().rearrange())}
      >
        Re-arrange
      </button>
    );
  return (
    <span className="header__confirm" role="group" aria-label="Confirm re-arrange">
      <span>
        Let go of where you put {pinned} {pinned === 1 ? "card" : "cards"}? (Undo brings{" "}
        {pinned === 1 ? "it" : "them"} back.)
      </span>
      <button
        type="button"
        className="primary"
        onClick={() => {
          setAsking(false);
          store.getState().rearrange();
        }}
      >
        Re-arrange
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        Keep them
      </button>
    </span>
  );
}

function UndoRedo() {
  const store = useAppStoreApi();
  const canUndo = useAppStore(selectCanUndo);
  const canRedo = useAppStore(selectCanRedo);
  return (
    <span className="segmented">
      <button
        type="button"
        disabled={!canUndo}
        onClick={() => store.getState().undo()}
        aria-keyshortcuts="Control+Z Meta+Z"
      >
        Undo
      </button>
      <button
        type="button"
        disabled={!canRedo}
        onClick={() => store.getState().redo()}
        aria-keyshortcuts="Control+Shift+Z Meta+Shift+Z"
      >
        Redo
      </button>
    </span>
  );
}

const MENU_BUTTON_ID = "map-actions-menu";
const ACTIONS_ID = "map-actions";

/** The map's title and its source, with the map-wide actions. */
export function Header({
  onExport,
  onOpen,
  onSpeakersTopics,
  onMapDetails,
}: {
  onExport: () => void;
  onOpen: () => void;
  onSpeakersTopics: () => void;
  onMapDetails: () => void;
}) {
  const map = useAppStore(selectMap);
  const direction = useAppStore(selectDirection);
  const sourceOpen = useAppStore(selectSourcePaneOpen);
  const exploreOpen = useAppStore(selectExplorePanelOpen);
  const view = useAppStore(selectView);
  const store = useAppStoreApi();
  const source = map.sources[0];
  // On a phone the map's actions fold into a menu (CSS shows the Menu button only there).
  const [menuOpen, setMenuOpen] = useState(false);
  /** An action that opens something else closes the menu first. */
  const act = (action: () => void) => () => {
    setMenuOpen(false);
    action();
  };
  const onMenuKey = (event: KeyboardEvent) => {
    if (event.key !== "Escape" || !menuOpen) return;
    event.preventDefault();
    setMenuOpen(false);
    document.getElementById(MENU_BUTTON_ID)?.focus();
  };
  return (
    <header className={`app-header${menuOpen ? " is-menu-open" : ""}`} onKeyDown={onMenuKey}>
      <button
        type="button"
        className="app-header__explore"
        aria-pressed={exploreOpen}
        aria-controls={exploreOpen ? "explore-panel" : undefined}
        onClick={act(() => store.getState().setExplorePanelOpen(!exploreOpen))}
      >
        {exploreOpen ? "Hide filters" : "Filters"}
      </button>
      <div className="app-header__titles">
        <div className="app-header__title-row">
          <h1>{map.title}</h1>
          <button type="button" className="app-header__edit-title" onClick={onMapDetails}>
            Edit title…
          </button>
        </div>
        <div className="app-header__source">
          {source && (
            <>
              From “{source.title}”{source.publisher ? `, ${source.publisher}` : ""}
              {map.sources.length > 1 ? ` and ${map.sources.length - 1} more` : ""}
            </>
          )}
        </div>
      </div>
      <SearchBox />
      <div className="segmented app-header__view" role="radiogroup" aria-label="View">
        {(["map", "outline"] as const).map((v) => (
          <button
            key={v}
            type="button"
            role="radio"
            aria-checked={view === v}
            onClick={act(() => store.getState().setView(v))}
          >
            {v === "map" ? "Map" : "Outline"}
          </button>
        ))}
      </div>
      <button
        type="button"
        id={MENU_BUTTON_ID}
        className="app-header__menu"
        aria-expanded={menuOpen}
        aria-controls={ACTIONS_ID}
        onClick={() => setMenuOpen(!menuOpen)}
      >
        Menu
      </button>
      <div className="app-header__actions" id={ACTIONS_ID} role="toolbar" aria-label="Map actions">
        <div className="segmented" role="radiogroup" aria-label="Layout direction">
          {(["TB", "LR"] as const).map((d) => (
            <button
              key={d}
              type="button"
              role="radio"
              aria-checked={direction === d}
              onClick={() => store.getState().setDirection(d)}
            >
              {d === "TB" ? "Top-down" : "Left-right"}
            </button>
          ))}
        </div>
        <button type="button" onClick={act(onOpen)}>
          Open…
        </button>
        <button type="button" onClick={act(() => store.getState().addClaim())}>
          Add claim
        </button>
        <button type="button" onClick={act(onSpeakersTopics)}>
          Speakers &amp; topics…
        </button>
        {/* On a phone the title's own button is hidden: the menu has it. */}
        <button type="button" className="app-header__narrow-only" onClick={act(onMapDetails)}>
          Edit title…
        </button>
        <UndoRedo />
        <RearrangeButton />
        <button
          type="button"
          aria-pressed={sourceOpen}
          onClick={act(() => store.getState().setSourcePaneOpen(!sourceOpen))}
        >
          {sourceOpen ? "Hide source" : "Show source"}
        </button>
        <button type="button" className="primary" onClick={act(onExport)}>
          Export…
        </button>
      </div>
    </header>
  );
}
