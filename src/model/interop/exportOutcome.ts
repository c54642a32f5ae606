// What an export gives: the file's text, and what the format could not hold. Pure: no DOM, no store.

/** A format's text for a map, and one line for each kind of thing it could not carry. */
export interface ExportOutcome {
  text: string;
  /** For example `["3 claims' topics", "2 claim notes"]`; empty when nothing was lost. */
  lost: string[];
}

/** Lines for the counts that are not zero: `[2, "claim note", "claim notes"]` → "2 claim notes". */
export function countLost(counts: readonly (readonly [number, string, string])[]): string[] {
  return counts
    .filter(([n]) => n > 0)
    .map(([n, one, other]) => `${n.toLocaleString("en-US")} ${n === 1 ? one : other}`);
}
