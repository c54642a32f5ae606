import { ReactFlowProvider } from "@xyflow/react";
import { useEffect, useState } from "react";
import type { Autosave } from "../features/autosave/autosave";
import { SaveBanner } from "../features/autosave/SaveBanner";
import { DetailsPanel } from "../features/details/DetailsPanel";
import { ExportDialog } from "../features/export/ExportDialog";
import { ImportReportDialog } from "../features/files/ImportReportDialog";
import { OpenDialog } from "../features/files/OpenDialog";
import { ProblemsDialog } from "../features/files/ProblemsDialog";
import { useFileDrop } from "../features/files/useFileDrop";
import { ExplorePanel } from "../features/filters/ExplorePanel";
import { Legend } from "../features/legend/Legend";
import { LensPanel } from "../features/lens/LensPanel";
import { SpeakerMatrix } from "../features/lens/SpeakerMatrix";
import { MapCanvas } from "../features/map/MapCanvas";
import { OutlineView } from "../features/outline/OutlineView";
import { useUrlSync } from "../features/share/useUrlSync";
import { SpeakersTopicsDialog } from "../features/speakers/SpeakersTopicsDialog";
import { MapDetailsDialog } from "../features/document/MapDetailsDialog";
import { AddSourceDialog } from "../features/source/AddSourceDialog";
import { SourcePane } from "../features/source/SourcePane";
import type { Problem } from "../model/core/types";
import type { AppStore } from "../store/appStore";
import { useAppStore, useAppStoreApi } from "../store/AppStoreContext";
import {
  selectExplorePanelOpen,
  selectMatrixOpen,
  selectNotice,
  selectOpenProblems,
  selectSourcePaneOpen,
  selectView,
} from "../store/selectors";
import { DismissButton } from "../ui/DismissButton";
import { DETAILS_HEADING_ID } from "../store/domIds";
import { Announcer } from "./Announcer";
import { builtInMapText } from "./builtInMap";
import { Header, Status } from "./Header";

/** Focuses the map's entry card (the one Tab lands on), or the map itself when it has none. */
function focusMap() {
  const card = document.querySelector<HTMLElement>('.react-flow__node[tabindex="0"]');
  if (card) card.focus();
  else document.querySelector<HTMLElement>(".app-canvas")?.focus();
}

/** Links past the header, to the map, the filters and the details; shown when focused. */
function SkipLinks() {
  const store = useAppStoreApi();
  return (
    <nav className="skip-links" aria-label="Skip links">
      <button type="button" onClick={focusMap}>
        Skip to the map
      </button>
      <button
        type="button"
        onClick={() => {
          store.getState().setExplorePanelOpen(true);
          requestAnimationFrame(() =>
            document
              .querySelector<HTMLElement>("#explore-panel input, #explore-panel button")
              ?.focus(),
          );
        }}
      >
        Skip to the filters
      </button>
      <button
        type="button"
        onClick={() =>
          (
            document.getElementById(DETAILS_HEADING_ID) ??
            document.querySelector<HTMLElement>(".app-side .details")
          )?.focus()
        }
      >
        Skip to the details
      </button>
    </nav>
  );
}

/** The app's notices ("Opened …", a refusal, a restored map): a polite live region, always
 * in the page, so that a notice is read when it appears. */
function Notice() {
  const notice = useAppStore(selectNotice);
  const store = useAppStoreApi();
  return (
    <div className="notices" role="status" aria-live="polite">
      {notice && (
        <div className="notice">
          <span>{notice}</span>
          <DismissButton
            label="Dismiss notice"
            onDismiss={() => store.getState().setNotice(null)}
          />
        </div>
      )}
    </div>
  );
}

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redoes; text fields keep their own undo. */
function useUndoKeys(store: AppStore) {
  useEffect(() => {
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey) return;
      const target = event.target as HTMLElement | null;
      if (target?.closest("input, textarea, select, [contenteditable='true']")) return;
      const key = event.key.toLowerCase();
      if (key === "z" && !event.shiftKey) store.getState().undo();
      else if ((key === "z" && event.shiftKey) || key === "y") store.getState().redo();
      else return;
      event.preventDefault();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [store]);
}

export function App({
  startupProblems,
  autosave,
}: {
  startupProblems?: readonly Problem[] | undefined;
  autosave: Autosave;
}) {
  const store = useAppStoreApi();
  useUrlSync(store);
  useUndoKeys(store);
  const sourceOpen = useAppStore(selectSourcePaneOpen);
  const exploreOpen = useAppStore(selectExplorePanelOpen);
  const view = useAppStore(selectView);
  const matrixOpen = useAppStore(selectMatrixOpen);
  const [exporting, setExporting] = useState(false);
  const [opening, setOpening] = useState(false);
  const [casting, setCasting] = useState(false);
  const [editingDetails, setEditingDetails] = useState(false);
  // Adding a source: the dialog, with the file that was dropped on the window, if any.
  const [addingSource, setAddingSource] = useState<{ file?: File } | null>(null);
  // A dropped map opens; a dropped article (text, a page, a PDF) becomes a source.
  const { dragging } = useFileDrop(store, (file) => {
    store.getState().setSourcePaneOpen(true);
    setAddingSource({ file });
  });
  useEffect(() => {
    if (startupProblems)
      store.getState().setOpenProblems({
        title: "The requested map could not be opened",
        problems: startupProblems,
      });
  }, [store, startupProblems]);
  const openProblems = useAppStore(selectOpenProblems);
  const importReport = useAppStore((s) => s.importReport);
  return (
    <ReactFlowProvider>
      <div className="app">
        <SkipLinks />
        <Header
          onExport={() => setExporting(true)}
          onOpen={() => setOpening(true)}
          onSpeakersTopics={() => setCasting(true)}
          onMapDetails={() => setEditingDetails(true)}
        />
        <SaveBanner autosave={autosave} />
        <Notice />
        <Announcer store={store} />
        <main
          className={`app-main${sourceOpen ? "" : " is-source-hidden"}${exploreOpen ? " is-explore-open" : ""}`}
        >
          {exploreOpen && (
            <div className="app-explore" id="explore-panel">
              <ExplorePanel />
            </div>
          )}
          <div className="app-map">
            <Legend withSpeakers={!exploreOpen}>
              <Status />
            </Legend>
            <div className="app-canvas" tabIndex={-1}>
              {view === "map" ? <MapCanvas /> : <OutlineView />}
              <LensPanel />
              {matrixOpen && <SpeakerMatrix />}
            </div>
          </div>
          <div className="app-side">
            <DetailsPanel />
            {sourceOpen && (
              <div className="app-source">
                {/* On a phone the source covers the map: this takes it away again. */}
                <button
                  type="button"
                  className="app-source__close"
                  onClick={() => store.getState().setSourcePaneOpen(false)}
                >
                  Back to the map
                </button>
                <SourcePane onAddSource={() => setAddingSource({})} />
              </div>
            )}
          </div>
        </main>
        {dragging && (
          <div className="drop-zone" role="status">
            <p>Drop the file to open it</p>
          </div>
        )}
        {exporting && <ExportDialog onClose={() => setExporting(false)} />}
        {casting && <SpeakersTopicsDialog onClose={() => setCasting(false)} />}
        {editingDetails && <MapDetailsDialog onClose={() => setEditingDetails(false)} />}
        {addingSource && (
          <AddSourceDialog
            onClose={() => setAddingSource(null)}
            {...(addingSource.file ? { file: addingSource.file } : {})}
          />
        )}
        {opening && (
          <OpenDialog
            onClose={() => setOpening(false)}
            example={builtInMapText}
            onSource={(file) => {
              store.getState().setSourcePaneOpen(true);
              setAddingSource({ file });
            }}
          />
        )}
        {importReport && (
          <ImportReportDialog
            key={importReport.title}
            title={importReport.title}
            format={importReport.format}
            report={importReport.report}
            onClose={() => store.getState().setImportReport(null)}
          />
        )}
        {openProblems && (
          <ProblemsDialog
            key={openProblems.title + openProblems.problems.length}
            title={openProblems.title}
            problems={openProblems.problems}
            onClose={() => store.getState().setOpenProblems(null)}
          />
        )}
      </div>
    </ReactFlowProvider>
  );
}
