import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { loadMapFromUrl } from "../features/files/fetchMapText";
import type { LoadResult, Problem } from "../model/types";
import { createAppStore } from "../store/appStore";
import { AppStoreProvider } from "../store/AppStoreContext";
import { App } from "./App";
import { loadBuiltInMap } from "./builtInMap";
import "./styles.css";

async function start() {
  const root = createRoot(document.getElementById("root") as HTMLElement);
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
  const mapUrl = new URLSearchParams(window.location.search).get("map");
  let requested: LoadResult | undefined;
  if (mapUrl) requested = await loadMapFromUrl(mapUrl);
  const store = createAppStore(requested?.ok ? requested.map : builtIn.map);
  const startupProblems: Problem[] | undefined =
    requested && !requested.ok ? requested.problems : undefined;
  root.render(
    <StrictMode>
      <AppStoreProvider store={store}>
        <App startupProblems={startupProblems} />
      </AppStoreProvider>
    </StrictMode>,
  );
}

void start();
