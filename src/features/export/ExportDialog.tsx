import { useReactFlow } from "@xyflow/react";
import { useModalDialog } from "../../ui/useModalDialog";
import { useRef, useState } from "react";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectMap, selectSelectedId, selectView } from "../../store/selectors";
import { runExport, selectedClaims, type ExportOptions } from "./exporter";
import { layoutSessionOf } from "../../store/layoutOfStore";
import { BIG_MAP } from "../../layout/firstView";
import { ExportCancelled } from "./rasterize";
import "./ExportDialog.css";

const FORMAT_NAMES: Record<ExportOptions["format"], string> = {
  png: "PNG",
  svg: "SVG",
  json: "JSON",
  aif: "AIF",
  argdown: "Argdown",
  kialo: "Kialo text",
};

type Status =
  | { kind: "idle" }
  | { kind: "working"; step: string }
  | { kind: "done"; message: string; lost?: string[] }
  | { kind: "failed"; message: string };

function Choice<T extends string | number>({
  legend,
  name,
  value,
  options,
  onChange,
  disabled,
}: {
  legend: string;
  name: string;
  value: T;
  options: { value: T; label: string; disabled?: boolean }[];
  onChange: (value: T) => void;
  disabled?: boolean;
}) {
  return (
    <fieldset className="export__choice" disabled={disabled}>
      <legend>{legend}</legend>
      {options.map((o) => (
        <label key={o.value}>
          <input
            type="radio"
            name={name}
            checked={value === o.value}
            disabled={o.disabled}
            onChange={() => onChange(o.value)}
          />
          {o.label}
        </label>
      ))}
    </fieldset>
  );
}

/** PNG, SVG or JSON of the map as it is seen: scope, scale, background, with progress. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const ref = useModalDialog();
  const store = useAppStoreApi();
  const flow = useReactFlow();
  const view = useAppStore(selectView);
  useAppStore(selectSelectedId);
  const [options, setOptions] = useState<ExportOptions>({
    format: "png",
    scope: "map",
    scale: 2,
    background: "white",
    json: "document",
  });
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const abort = useRef<AbortController | null>(null);
  const set = <K extends keyof ExportOptions>(key: K, value: ExportOptions[K]) =>
    setOptions((o) => ({ ...o, [key]: value }));
  const hasSelection = selectedClaims(store.getState()).size > 0;
  // A big map opens as an overview of its topics; that overview can be the picture too.
  const big = useAppStore((s) => selectMap(s).claims.length > BIG_MAP);
  const isImage = options.format === "png" || options.format === "svg";
  const imageNeedsMap = isImage && view !== "map";
  const map = useAppStore(selectMap);

  const start = async () => {
    const controller = new AbortController();
    abort.current = controller;
    setStatus({ kind: "working", step: "Starting…" });
    try {
      const outcome = await runExport(
        options,
        store.getState(),
        flow,
        controller.signal,
        (step) => setStatus({ kind: "working", step }),
        layoutSessionOf(store).getSnapshot(),
      );
      setStatus({
        kind: "done",
        message: outcome.message,
        ...(outcome.lost ? { lost: outcome.lost } : {}),
      });
    } catch (error) {
      const cancelled =
        error instanceof ExportCancelled ||
        (error instanceof DOMException && error.name === "AbortError");
      setStatus(
        cancelled
          ? { kind: "idle" }
          : {
              kind: "failed",
              message: `The export failed: ${error instanceof Error ? error.message : String(error)}.`,
            },
      );
    } finally {
      abort.current = null;
    }
  };

  const working = status.kind === "working";
  return (
    <dialog
      ref={ref}
      className="export"
      aria-labelledby="export-title"
      onClose={() => {
        abort.current?.abort();
        onClose();
      }}
    >
      <h2 id="export-title">Export</h2>
      <Choice
        legend="Format"
        name="export-format"
        value={options.format}
        disabled={working}
        options={[
          { value: "png", label: "PNG image" },
          { value: "svg", label: "SVG (vector)" },
          { value: "json", label: "JSON (map file)" },
          { value: "aif", label: "AIF (for OVA, AIFdb)" },
          { value: "argdown", label: "Argdown" },
          { value: "kialo", label: "Kialo text" },
        ]}
        onChange={(v) => set("format", v)}
      />
      {isImage ? (
        <>
          <Choice
            legend="What"
            name="export-scope"
            value={options.scope}
            disabled={working}
            options={[
              { value: "map", label: "Whole map, as filtered" },
              { value: "viewport", label: "What the view shows" },
              { value: "selection", label: "Selected claims", disabled: !hasSelection },
              ...(big
                ? [
                    {
                      value: "overview" as const,
                      label: "The overview: topics, counts, main claims",
                    },
                  ]
                : []),
            ]}
            onChange={(v) => set("scope", v)}
          />
          {options.format === "png" && (
            <>
              <Choice
                legend="Scale"
                name="export-scale"
                value={options.scale}
                disabled={working}
                options={[
                  { value: 1, label: "1×" },
                  { value: 2, label: "2× (sharp on slides)" },
                  { value: 3, label: "3×" },
                ]}
                onChange={(v) => set("scale", v)}
              />
              <Choice
                legend="Background"
                name="export-background"
                value={options.background}
                disabled={working}
                options={[
                  { value: "white", label: "White" },
                  { value: "transparent", label: "Transparent" },
                ]}
                onChange={(v) => set("background", v)}
              />
            </>
          )}
          <p className="export__note">
            {options.scope === "overview"
              ? "The image carries the map's title, a caption saying what it shows, and a credit to the source."
              : "The image carries the map's title, a legend of the speakers it shows, and a credit to the source."}
          </p>
        </>
      ) : (
        <>
          <Choice
            legend="What"
            name="export-json"
            value={options.json}
            disabled={working}
            options={[
              { value: "document", label: "The whole document" },
              { value: "view", label: "Only the claims this view shows" },
            ]}
            onChange={(v) => set("json", v)}
          />
          {options.format === "kialo" && (
            <label className="open__row">
              The discussion’s thesis (the top of the tree)
              <select
                value={options.root ?? ""}
                onChange={(e) => set("root", e.target.value === "" ? undefined : e.target.value)}
              >
                <option value="">The claim with most below it</option>
                {map.claims.map((c) => (
                  <option key={c.id} value={c.id}>
                    {c.text.length > 90 ? `${c.text.slice(0, 88)}…` : c.text}
                  </option>
                ))}
              </select>
            </label>
          )}
          {options.format !== "json" && (
            <p className="export__note">
              Each format carries only part of a map: what it cannot hold is listed once the file is
              saved.
            </p>
          )}
        </>
      )}
      {imageNeedsMap && <p className="export__note">Switch to the Map view to export an image.</p>}
      <div className="export__status" role="status" aria-live="polite">
        {status.kind === "working" && (
          <>
            <span className="export__spinner" aria-hidden="true" /> {status.step}
          </>
        )}
        {status.kind === "done" && (
          <>
            {status.message}
            {status.lost && status.lost.length > 0 && (
              <ul className="export__lost">
                {status.lost.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </>
        )}
        {status.kind === "failed" && <span className="export__error">{status.message}</span>}
      </div>
      <div className="export__actions">
        {working ? (
          <button type="button" onClick={() => abort.current?.abort()}>
            Cancel export
          </button>
        ) : (
          <button
            type="button"
            className="primary"
            disabled={imageNeedsMap}
            onClick={() => void start()}
          >
            Export {FORMAT_NAMES[options.format]}
          </button>
        )}
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
