import { useAppStore, useAppStoreApi } from "../store/AppStoreContext";
import { selectDirection, selectMap, selectSourcePaneOpen } from "../store/selectors";

/** The map's title and its source, with the map-wide actions. */
export function Header() {
  const map = useAppStore(selectMap);
  const direction = useAppStore(selectDirection);
  const sourceOpen = useAppStore(selectSourcePaneOpen);
  const store = useAppStoreApi();
  const source = map.sources[0];
  return (
    <header className="app-header">
      <div className="app-header__titles">
        <h1>{map.title}</h1>
        {source && (
          <p className="app-header__source">
            From “{source.title}”{source.publisher ? `, ${source.publisher}` : ""}
            {map.sources.length > 1 ? ` and ${map.sources.length - 1} more` : ""}
          </p>
        )}
      </div>
      <div className="app-header__actions" role="toolbar" aria-label="Map actions">
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
        <button type="button" onClick={() => store.getState().rearrange()}>
          Re-arrange
        </button>
        <button
          type="button"
          aria-pressed={sourceOpen}
          onClick={() => store.getState().setSourcePaneOpen(!sourceOpen)}
        >
          {sourceOpen ? "Hide source" : "Show source"}
        </button>
      </div>
    </header>
  );
}
