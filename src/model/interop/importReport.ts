// What an import made of a file: counts of what became what, and what was odd about it.
// Pure: no DOM, no store; plain data that a dialog can list and a test can compare.
import type { Problem } from "../core/types";

/** A number of things, with the words for one and for several ("1 claim", "2 claims"). */
export interface Tally {
  count: number;
  one: string;
  other: string;
}

/** One line of a report: things in the file and what they became in the map. */
export type ReportLine =
  { kind: "became"; from: Tally; to: Tally[] } | { kind: "kept"; what: Tally[]; where: string };

/** Something odd in the file, tolerated; `details` point at each place. */
export interface ReportWarning {
  /** A stable key, such as "dangling-locution", for tests and for grouping. */
  code: string;
  what: Tally;
  details: Problem[];
}

/** What an import did: in order, what became what, what was kept aside, and warnings. */
export interface ImportReport {
  /** The id of the format read, such as "aif". */
  format: string;
  lines: ReportLine[];
  warnings: ReportWarning[];
}

/** A tally; the plural defaults to the singular plus "s". */
export function tally(count: number, one: string, other = `${one}s`): Tally {
  return { count, one, other };
}

/** "1 claim", "2 claims". */
export function renderTally(t: Tally): string {
  return `${t.count.toLocaleString("en-US")} ${t.count === 1 ? t.one : t.other}`;
}

/**
 * The report in one line, for a notice.
 * @example "9 I-nodes → 9 claims; 5 RA → 5 supports; 13 locutions → 2 speakers; 14 YA, 8 TA kept in ext; 2 locutions point at missing nodes (ignored)"
 */
export function summariseReport(report: ImportReport): string {
  const parts = report.lines.map((line) => {
    if (line.kind === "kept") return `${line.what.map(renderTally).join(", ")} ${line.where}`;
    const to = line.to.filter((t, i) => t.count > 0 || i === 0);
    return `${renderTally(line.from)} → ${to.map(renderTally).join(" + ")}`;
  });
  for (const warning of report.warnings) parts.push(renderTally(warning.what));
  return parts.join("; ");
}

/** Collects warnings by code while a reader works; `report()` freezes them in order. */
export class WarningLog {
  private readonly byCode = new Map<string, ReportWarning>();

  /** Counts one more occurrence of a kind of oddity, at `path`. */
  add(code: string, one: string, other: string, detail: Problem): void {
    let warning = this.byCode.get(code);
    if (!warning) {
      warning = { code, what: tally(0, one, other), details: [] };
      this.byCode.set(code, warning);
    }
    warning.what.count++;
    // A million dangling edges should not make a million-line report.
    if (warning.details.length < 200) warning.details.push(detail);
  }

  count(code: string): number {
    return this.byCode.get(code)?.what.count ?? 0;
  }

  list(): ReportWarning[] {
    return [...this.byCode.values()];
  }
}
