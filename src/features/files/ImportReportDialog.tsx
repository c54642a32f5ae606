import { renderTally, summariseReport, type ImportReport } from "../../model/interop/importReport";
import { useModalDialog } from "../../ui/useModalDialog";

/** What an import from another format made of its file: what became what, and what was odd. */
export function ImportReportDialog({
  title,
  format,
  report,
  onClose,
}: {
  title: string;
  /** The format's name, as the registry gives it. */
  format: string;
  report: ImportReport;
  onClose: () => void;
}) {
  const ref = useModalDialog();
  return (
    <dialog
      ref={ref}
      className="export import-report"
      aria-labelledby="import-report-title"
      onClose={onClose}
    >
      <h2 id="import-report-title">
        Opened “{title}” from {format}
      </h2>
      <p className="export__note">{summariseReport(report)}</p>
      <ul className="import-report__lines">
        {report.lines.map((line, i) => (
          <li key={i}>
            {line.kind === "became"
              ? `${renderTally(line.from)} → ${line.to
                  .filter((t, j) => t.count > 0 || j === 0)
                  .map(renderTally)
                  .join(" + ")}`
              : `${line.what.map(renderTally).join(", ")} ${line.where}`}
          </li>
        ))}
      </ul>
      {report.warnings.length > 0 && (
        <>
          <h3 className="open__heading">Tolerated, and reported</h3>
          <ul className="import-report__warnings">
            {report.warnings.map((warning) => (
              <li key={warning.code}>
                <details>
                  <summary>{renderTally(warning.what)}</summary>
                  <ul>
                    {warning.details.slice(0, 100).map((d, i) => (
                      <li key={i}>
                        <code>{d.path}</code>: {d.message}
                      </li>
                    ))}
                    {warning.details.length > 100 && (
                      <li>…and {warning.details.length - 100} more</li>
                    )}
                  </ul>
                </details>
              </li>
            ))}
          </ul>
        </>
      )}
      <div className="export__actions">
        <button type="button" className="primary" autoFocus onClick={() => ref.current?.close()}>
          Close
        </button>
      </div>
    </dialog>
  );
}
