// First: starts the layout worker before the rest of the bundle is evaluated.
import "./startLayout";
import { selectMap } from "../store/selectors";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import {
  broadcastChannel,
  deferredAutosave,
  pinsOf,
  startAutosave,
  type Autosave,
} from "../features/autosave/autosave";
import { localNotes } from "../features/autosave/localNotes";
import { restoreWorkingCopy, type Restored } from "../features/autosave/restore";
import { loadMapFromUrl } from "../features/files/fetchMapText";
import type { SaveBase } from "../model/persist/savedRecord";
import type { ArgumentMap, Problem } from "../model/core/types";
import { createAppStore, type AppStore, type Pins } from "../store/appStore";
import { AppStoreProvider } from "../store/AppStoreContext";
import { App } from "./App";
import { builtInLayout, loadBuiltInMap } from "./builtInMap";
import { warmUpLayout } from "../layout/layoutClient";
import { whenIdle } from "../ui/whenIdle";
import { addShippedLayouts } from "../store/layoutOfStore";
import { cssTokens } from "../model/geometry/tokens";
import { isNarrowScreen } from "../ui/narrowScreen";
import "./styles.css";

function app(store: AppStore, autosave: Autosave, startupProblems?: readonly Problem[]) {
  // On narrow screens the map gets the room; the filters are one click away. On a phone the
  // source is a sheet over the map: it starts closed too.
  if (window.innerWidth < 1200) store.getState().setExplorePanelOpen(false);
  if (isNarrowScreen()) store.getState().setSourcePaneOpen(false);
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

/** What the saved work offers: the copy to show (if any) and what autosave builds on. */
function savedWork(restored: Restored) {
  const stored = restored.saved.kind === "ok" ? restored.saved : null;
  const base: SaveBase = stored
    ? { revision: stored.record.revision, mapText: stored.record.mapText }
    : { revision: 0, mapText: null };
  // A closing tab's note is newer than the stored copy it was built on.
  return { base, copy: restored.adopted ?? stored };
}

async function start() {
  performance.mark("argmap:start");
  // The card's and regions' look, from the one set of tokens the layout and export read.
  for (const [name, value] of Object.entries(cssTokens()))
    document.documentElement.style.setProperty(name, value);
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const mapUrl = new URLSearchParams(window.location.search).get("map");
  const notes = localNotes();
  const restoring = restoreWorkingCopy(notes);
  const requested = mapUrl ? await loadMapFromUrl(mapUrl) : undefined;
  // Opening IndexedDB takes tens to hundreds of milliseconds. The first render waits for it
  // only when there may be saved work to show instead of the built-in map.
  const waited =
    requested?.ok || (notes !== null && !notes.mayHaveSaved()) ? null : await restoring;
  performance.measure("argmap:restore", "argmap:start");
  const copy = waited ? savedWork(waited).copy : null;

  let map: ArgumentMap;
  let pins: Pins | undefined;
  if (requested?.ok) {
    // A map asked for by URL replaces the working copy, as opening a file does.
    map = requested.map;
    forgetMapParameter();
  } else if (copy) {
    map = copy.map;
    pins = pinsOf(copy.record, map);
    // A link's own view wins; otherwise the view comes back as it was left.
    if (!window.location.hash && copy.record.view)
      window.history.replaceState(
        null,
        "",
        `${window.location.pathname}${window.location.search}#${copy.record.view}`,
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
    // Its layout ships with it: the first view waits for no worker.
    addShippedLayouts(builtInLayout());
  }
  const store = createAppStore(map, pins ? { pins } : {});
  if (requested?.ok && requested.imported)
    store.getState().setImportReport({ title: map.title, ...requested.imported });
  const deferred = deferredAutosave();
  root.render(
    app(store, deferred.autosave, requested && !requested.ok ? requested.problems : undefined),
  );
  // Graphviz, for edits and the other direction, once the first view has had its turn.
  whenIdle(warmUpLayout);

  const restored = waited ?? (await restoring);
  const work = savedWork(restored);
  let base = work.base;
  let unsaved = requested?.ok === true || (waited !== null && restored.adopted !== null);
  if (!waited && !requested?.ok && work.copy) {
    // Saved work without its sign in localStorage (cleared on its own). Shown now if the user
    // has not changed anything yet; otherwise autosave finds the stored copy differs and asks.
    if (selectMap(store.getState()) === map) {
      store.getState().replaceDocument(work.copy.map, pinsOf(work.copy.record, work.copy.map));
      store.getState().setNotice("Your saved map was restored.");
      unsaved = restored.adopted !== null;
    } else base = { revision: 0, mapText: null };
  }
  if (restored.kept) store.getState().setKeptSave(restored.kept);
  deferred.resolve(
    startAutosave({
      store,
      storage: restored.storage,
      ...(restored.unavailableReason ? { unavailableReason: restored.unavailableReason } : {}),
      base,
      tab: typeof crypto.randomUUID === "function" ? crypto.randomUUID() : `${Math.random()}`,
      channel: broadcastChannel(),
      // A map from a URL, or a closing tab's note, is not the stored copy: it is saved at once.
      unsaved,
      pending: notes,
      // A note not taken (a map from a URL came first) stays; the next start-up offers it.
      settledNotes: restored.settledNotes.filter(
        (key) => !(requested?.ok && key === restored.adopted?.key),
      ),
    }),
  );
}

void start();
