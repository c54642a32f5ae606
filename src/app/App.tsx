import { ReactFlowProvider } from "@xyflow/react";
import { useState } from "react";
import { ProblemsDialog } from "../features/files/ProblemsDialog";
import { DetailsPanel } from "../features/details/DetailsPanel";
import { Legend } from "../features/legend/Legend";
import { MapCanvas } from "../features/map/MapCanvas";
import { SourcePane } from "../features/source/SourcePane";
import { useAppStore } from "../store/AppStoreContext";
import { selectSourcePaneOpen } from "../store/selectors";
import type { Problem } from "../model/types";
import { Header } from "./Header";

export function App({ startupProblems }: { startupProblems?: readonly Problem[] | undefined }) {
  const sourceOpen = useAppStore(selectSourcePaneOpen);
  const [problems, setProblems] = useState(startupProblems);
  return (
    <ReactFlowProvider>
      <div className="app">
        <Header />
        <main className={`app-main${sourceOpen ? "" : " is-source-hidden"}`}>
          <div className="app-map">
            <Legend />
            <MapCanvas />
          </div>
          <div className="app-side">
            <DetailsPanel />
            {sourceOpen && <SourcePane />}
          </div>
        </main>
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
