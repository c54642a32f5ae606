import { ReactFlowProvider } from "@xyflow/react";
import { useState } from "react";
import { DetailsPanel } from "../features/details/DetailsPanel";
import { ExportDialog } from "../features/export/ExportDialog";
import { ProblemsDialog } from "../features/files/ProblemsDialog";
import { ExplorePanel } from "../features/filters/ExplorePanel";
import { Legend } from "../features/legend/Legend";
import { LensPanel } from "../features/lens/LensPanel";
import { SpeakerMatrix } from "../features/lens/SpeakerMatrix";
import { MapCanvas } from "../features/map/MapCanvas";
import { OutlineView } from "../features/outline/OutlineView";
import { useUrlSync } from "../features/share/useUrlSync";
import { SourcePane } from "../features/source/SourcePane";
import type { Problem } from "../model/types";
import { useAppStore, useAppStoreApi } from "../store/AppStoreContext";
import {
  selectExplorePanelOpen,
  selectMatrixOpen,
  selectNotice,
  selectSourcePaneOpen,
  selectView,
} from "../store/selectors";
import { Header, Status } from "./Header";

function Notice() {
  const notice = useAppStore(selectNotice);
  const store = useAppStoreApi();
  if (!notice) return null;
  return (
    <div className="notice" role="status">
      <span>{notice}</span>
      <button
        type="button"
        aria-label="Dismiss notice"
        onClick={() => store.getState().setNotice(null)}
      >
        ×
      </button>
    </div>
  );
}

export function App({ startupProblems }: { startupProblems?: readonly Problem[] | undefined }) {
  const store = useAppStoreApi();
  useUrlSync(store);
  const sourceOpen = useAppStore(selectSourcePaneOpen);
  const exploreOpen = useAppStore(selectExplorePanelOpen);
  const view = useAppStore(selectView);
  const matrixOpen = useAppStore(selectMatrixOpen);
  const [problems, setProblems] = useState(startupProblems);
  const [exporting, setExporting] = useState(false);
  return (
    <ReactFlowProvider>
      <div className="app">
        <Header onExport={() => setExporting(true)} />
        <Notice />
        <main
          className={`app-main${sourceOpen ? "" : " is-source-hidden"}${exploreOpen ? " is-explore-open" : ""}`}
        >
          {exploreOpen && (
            <div className="app-explore" id="explore-panel">
              <ExplorePanel />
            </div>
          )}
          <div className="app-map">
            <div className="app-map__bar">
              <Legend withSpeakers={!exploreOpen} />
              <Status />
            </div>
            <div className="app-canvas">
              {view === "map" ? <MapCanvas /> : <OutlineView />}
              <LensPanel />
              {matrixOpen && <SpeakerMatrix />}
            </div>
          </div>
          <div className="app-side">
            <DetailsPanel />
            {sourceOpen && <SourcePane />}
          </div>
        </main>
        {exporting && <ExportDialog onClose={() => setExporting(false)} />}
        {problems && (
          <ProblemsDialog
            title="The requested map could not be opened"
            problems={problems}
            onClose={() => setProblems(undefined)}
          />
        )}
      </div>
    </ReactFlowProvider>
  );
}
