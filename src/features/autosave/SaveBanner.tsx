// What the user must know about their saved work: storage that fails, another tab's newer
// copy, and saved data that could not be restored. It stays until the cause is gone.
import { selectMap } from "../../store/selectors";
import { fileStem } from "../../model/format/fileStem";
import { serializeMap } from "../../model/format/serializeMap";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { DismissButton } from "../../ui/DismissButton";
import { download } from "../../ui/download";
import type { AppState } from "../../store/appStore";
import type { Autosave } from "./autosave";
import "./SaveBanner.css";

const selectSaveProblem = (s: AppState) => s.saveProblem;
const selectKeptSave = (s: AppState) => s.keptSave;

function DownloadMap({ children }: { children: string }) {
  const store = useAppStoreApi();
  return (
    <button
      type="button"
      onClick={() => {
        const map = selectMap(store.getState());
        download(
          new Blob([serializeMap(map)], { type: "application/json" }),
          `${fileStem(map.title)}.json`,
        );
      }}
    >
      {children}
    </button>
  );
}

export function SaveBanner({ autosave }: { autosave: Autosave }) {
  const problem = useAppStore(selectSaveProblem);
  const kept = useAppStore(selectKeptSave);
  const store = useAppStoreApi();
  // One polite live region, always in the page, so a banner is read when it appears; each
  // banner is a region of its own, named by its first words, to be found again.
  return (
    <div className="save-banners" role="status" aria-live="polite">
      {problem?.kind === "failing" && (
        <div className="save-banner is-failing" role="region" aria-labelledby="save-failing">
          <span>
            <strong id="save-failing">Changes are not being saved — download your map.</strong>{" "}
            <span className="save-banner__why">({problem.message})</span>
          </span>
          <DownloadMap>Download map</DownloadMap>
        </div>
      )}
      {problem?.kind === "conflict" && (
        <div className="save-banner is-conflict" role="region" aria-labelledby="save-conflict">
          <span>
            <strong id="save-conflict">This map was changed in another tab.</strong> Your changes
            here are not saved until you choose.
          </span>
          <button type="button" onClick={() => void autosave.loadNewer()}>
            Load the other tab’s version
          </button>
          <button type="button" onClick={() => void autosave.keepMine()}>
            Keep mine
          </button>
          <DownloadMap>Download mine</DownloadMap>
        </div>
      )}
      {kept && (
        <div className="save-banner is-kept" role="region" aria-labelledby="save-kept">
          <span>
            <strong id="save-kept">Your saved map could not be restored:</strong> {kept.reason}
          </span>
          <button
            type="button"
            onClick={() =>
              download(
                new Blob([kept.raw], { type: "application/json" }),
                "saved-map-unrestored.json",
              )
            }
          >
            Download saved data
          </button>
          <DismissButton
            label="Dismiss this message"
            onDismiss={() => store.getState().setKeptSave(null)}
          />
        </div>
      )}
    </div>
  );
}
