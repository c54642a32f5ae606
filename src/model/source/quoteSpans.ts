// Splits a source's text into runs, each with the claims whose quotes cover it.
// Pure: no DOM, no store.
import type { ArgumentMap, ClaimId } from "../core/types";

export interface TextRun {
  start: number;
  end: number;
  text: string;
  /** Claims quoting this run, in document order; empty for unquoted text. */
  claims: ClaimId[];
}

const cache = new WeakMap<ArgumentMap, Map<string, TextRun[]>>();

/**
 * Where each claim's quote sits in a source: the occurrence it names (`at`), else the first.
 * @returns runs covering the whole text, in order, split wherever a quote starts or ends.
 */
export function quoteRuns(map: ArgumentMap, sourceId: string): TextRun[] {
  let perSource = cache.get(map);
  if (!perSource) cache.set(map, (perSource = new Map()));
  const cached = perSource.get(sourceId);
  if (cached) return cached;
  const runs = computeRuns(map, sourceId);
  perSource.set(sourceId, runs);
  return runs;
}

function computeRuns(map: ArgumentMap, sourceId: string): TextRun[] {
  const source = map.sources.find((s) => s.id === sourceId);
  const text = source?.text ?? "";
  const ranges: { start: number; end: number; claim: ClaimId }[] = [];
  for (const claim of map.claims) {
    if (claim.quote?.source !== sourceId || claim.quote.detached) continue;
    // The occurrence the claim chose, or the first.
    const start =
      claim.quote.at !== undefined && text.startsWith(claim.quote.text, claim.quote.at)
        ? claim.quote.at
        : text.indexOf(claim.quote.text);
    if (start >= 0) ranges.push({ start, end: start + claim.quote.text.length, claim: claim.id });
  }
  const cuts = new Set([0, text.length]);
  for (const r of ranges) {
    cuts.add(r.start);
    cuts.add(r.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i] as number;
    const end = points[i + 1] as number;
    if (start === end) continue;
    runs.push({
      start,
      end,
      text: text.slice(start, end),
      claims: ranges.filter((r) => r.start <= start && r.end >= end).map((r) => r.claim),
    });
  }
  return runs;
}
