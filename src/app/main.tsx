import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadMapFromUrl } from "../features/files/fetchMapText";
import { warmUpLayout } from "../layout/layoutClient";
import type { LoadResult, Problem } from "../model/types";
import { createAppStore, type AppStore } from "../store/appStore";
import { AppStoreProvider } from "../store/AppStoreContext";
import { App } from "./App";
import { loadBuiltInMap } from "./builtInMap";
import "./styles.css";

function app(store: AppStore, startupProblems?: readonly Problem[]) {
  // On narrow screens the map gets the room; the filters are one click away.
  if (window.innerWidth < 1200) store.getState().setExplorePanelOpen(false);
  return (
    <StrictMode>
      <AppStoreProvider store={store}>
        <App startupProblems={startupProblems} />
      </AppStoreProvider>
    </StrictMode>
  );
}

async function start() {
  // The layout worker and its Graphviz start loading while the map is fetched and checked.
  warmUpLayout();
  const root = createRoot(document.getElementById("root") as HTMLElement);
  const mapUrl = new URLSearchParams(window.location.search).get("map");
  let requested: LoadResult | undefined;
  if (mapUrl) requested = await loadMapFromUrl(mapUrl);
  if (requested?.ok) {
    root.render(app(createAppStore(requested.map)));
    return;
  }
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
  root.render(app(createAppStore(builtIn.map), requested?.problems));
}

void start();
