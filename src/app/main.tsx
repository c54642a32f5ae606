import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { broadcastChannel, startAutosave, type Autosave } from "../features/autosave/autosave";
import { localPendingNotes } from "../features/autosave/pending";
import { restoreWorkingCopy } from "../features/autosave/restore";
import { loadMapFromUrl } from "../features/files/fetchMapText";
import { warmUpLayout } from "../layout/layoutClient";
import type { SaveBase } from "../model/savedRecord";
import type { ArgumentMap, ClaimId, LoadResult, Problem } from "../model/types";
import { createAppStore, type AppStore, type XY } from "../store/appStore";
import { AppStoreProvider } from "../store/AppStoreContext";
import { App } from "./App";
import { loadBuiltInMap } from "./builtInMap";
import "./styles.css";

function app(store: AppStore, autosave: Autosave, startupProblems?: readonly Problem[]) {
  // On narrow screens the map gets the room; the filters are one click away.
  if (window.innerWidth < 1200) store.getState().setExplorePanelOpen(false);
  return (
    <StrictMode>
      <AppStoreProvider store={store}>
        <App startupProblems={startupProblems} autosave={autosave} />
      </AppStoreProvider>
    </StrictMode>
  );
}

/** Drops `?map=` once its map is the working copy, so that a reload keeps the user's edits. */
function forgetMapParameter() {
  const url = new URL(window.location.href);
  url.searchParams.delete("map");
  window.history.replaceState(null, "", `${url.pathname}${url.search}${url.hash}`);
}

async function start() {
  // The layout worker and its Graphviz start loading while the map is fetched and checked.
  warmUpLayout();
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const mapUrl = new URLSearchParams(window.location.search).get("map");
  const notes = localPendingNotes();
  const [restored, requested] = await Promise.all([
    restoreWorkingCopy(notes),
    mapUrl ? loadMapFromUrl(mapUrl) : Promise.resolve<LoadResult | undefined>(undefined),
  ]);
  const stored = restored.saved.kind === "ok" ? restored.saved : null;
  const base: SaveBase = stored
    ? { revision: stored.record.revision, mapText: stored.record.mapText }
    : { revision: 0, mapText: null };
  // A closing tab's note is newer than the stored copy it was built on.
  const saved = restored.adopted ?? stored;
  let map: ArgumentMap;
  let dragged: Map<ClaimId, XY> | undefined;
  if (requested?.ok) {
    // A map asked for by URL replaces the working copy, as opening a file does.
    map = requested.map;
    forgetMapParameter();
  } else if (saved) {
    map = saved.map;
    const ids = new Set(map.claims.map((c) => c.id));
    dragged = new Map(
      saved.record.positions.filter(([id]) => ids.has(id)).map(([id, x, y]) => [id, { x, y }]),
    );
    // A link's own view wins; otherwise the view comes back as it was left.
    if (!window.location.hash && saved.record.view)
      window.history.replaceState(
        null,
        "",
        `${window.location.pathname}${window.location.search}#${saved.record.view}`,
      );
  } else {
    // The built-in map is parsed only when it is shown.
    const builtIn = loadBuiltInMap();
    if (!builtIn.ok) {
      // Only a broken build gets here: the unit tests load the built-in map.
      root.render(
        <div role="alert" className="fatal">
          The built-in map failed to load:{" "}
          {builtIn.problems.map((p) => `${p.path}: ${p.message}`).join("; ")}
        </div>,
      );
      return;
    }
    map = builtIn.map;
  }
  const store = createAppStore(map, dragged ? { dragged } : {});
  if (restored.kept) store.getState().setKeptSave(restored.kept);
  const autosave = startAutosave({
    store,
    storage: restored.storage,
    ...(restored.unavailableReason ? { unavailableReason: restored.unavailableReason } : {}),
    base,
    tab: typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Math.random()}`,
    channel: broadcastChannel(),
    // A map from a URL, or a closing tab's note, is not the stored copy: it is saved at once.
    unsaved: requested?.ok === true || restored.adopted !== null,
    pending: notes,
    // A note not taken (a map from a URL came first) stays; the next start-up offers it.
    settledNotes: restored.settledNotes.filter(
      (key) => !(requested?.ok && key === restored.adopted?.key),
    ),
  });
  root.render(app(store, autosave, requested && !requested.ok ? requested.problems : undefined));
}

void start();
