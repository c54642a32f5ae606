import { memo, useEffect, useMemo, type KeyboardEvent } from "react";
import { mapIndex, speakerLabel } from "../../model/core/mapIndex";
import { colourOf } from "../../model/core/speakerColours";
import type { ArgumentMap, ClaimId } from "../../model/core/types";
import { quoteRuns, type TextRun } from "../../model/source/quoteSpans";

export interface TextRange {
  start: number;
  end: number;
}

function runLabel(map: ArgumentMap, run: TextRun): string {
  const index = mapIndex(map);
  const parts = run.claims.map((id) => {
    const claim = index.claims.get(id);
    return claim ? `${speakerLabel(map, claim)}: ${claim.text}` : id;
  });
  // The words shown come first, so the name holds what the reader sees (WCAG 2.5.3).
  return parts.length === 1
    ? `${run.text} (quote of ${parts[0]})`
    : `${run.text} (${parts.length} overlapping quotes, press again for the next: ${parts.join("; ")})`;
}

/** The paragraphs of a text: [start, end) of each, split at blank lines. */
export function paragraphsOf(text: string): TextRange[] {
  const out: TextRange[] = [];
  const breaks = /\n[ \t]*\n+/g;
  let start = 0;
  for (let m = breaks.exec(text); m; m = breaks.exec(text)) {
    if (m.index > start) out.push({ start, end: m.index });
    start = m.index + m[0].length;
  }
  if (start < text.length) out.push({ start, end: text.length });
  return out;
}

/**
 * The offset in the source's text of a point in the rendered text: every rendered run carries
 * its start, and holds one text node.
 */
export function offsetAt(node: Node | null, offset: number): number | undefined {
  if (!node) return undefined;
  const element = node.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element);
  const run = element?.closest<HTMLElement>("[data-start]");
  if (!run) return undefined;
  const start = Number(run.dataset.start);
  if (node.nodeType === Node.TEXT_NODE) return start + offset;
  // A point between child nodes of a run: count the text before it.
  let before = 0;
  for (let i = 0; i < offset && i < run.childNodes.length; i++)
    before += run.childNodes[i]?.textContent?.length ?? 0;
  return start + before;
}

/** The text range a DOM selection covers inside `container`, if it lies wholly inside it. */
export function selectedRange(container: HTMLElement): TextRange | "outside" | undefined {
  const selection = window.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  if (!container.contains(range.startContainer) || !container.contains(range.endContainer))
    return "outside";
  const start = offsetAt(range.startContainer, range.startOffset);
  const end = offsetAt(range.endContainer, range.endOffset);
  if (start === undefined || end === undefined) return "outside";
  return { start: Math.min(start, end), end: Math.max(start, end) };
}

/** Selects a range of the rendered text in the page, as a user would with the mouse. */
export function selectRange(container: HTMLElement, range: TextRange): void {
  const point = (at: number): [Node, number] | undefined => {
    for (const run of container.querySelectorAll<HTMLElement>("[data-start]")) {
      const start = Number(run.dataset.start);
      const text = run.firstChild;
      const length = text?.textContent?.length ?? 0;
      if (text && at >= start && at <= start + length) return [text, at - start];
    }
    return undefined;
  };
  const a = point(range.start);
  const b = point(range.end);
  const selection = window.getSelection();
  if (!a || !b || !selection) return;
  const dom = document.createRange();
  dom.setStart(a[0], a[1]);
  dom.setEnd(b[0], b[1]);
  selection.removeAllRanges();
  selection.addRange(dom);
  (a[0].parentElement as HTMLElement | null)?.scrollIntoView({ block: "nearest" });
}

interface Props {
  map: ArgumentMap;
  sourceId: string;
  text: string;
  selectedId: ClaimId | null;
  onChooseRun: (run: TextRun) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  textRef: React.RefObject<HTMLDivElement | null>;
}

/**
 * The source's text in paragraphs (drawn only near the view: `content-visibility`), every
 * quoted span highlighted in its speaker's colour; a click on a quote selects its claim.
 */
function SourceTextView({
  map,
  sourceId,
  text,
  selectedId,
  onChooseRun,
  onKeyDown,
  textRef,
}: Props) {
  const runs = quoteRuns(map, sourceId);
  const paragraphs = useMemo(() => paragraphsOf(text), [text]);
  const index = mapIndex(map);
  // Runs split at paragraph edges, each paragraph with its own.
  const byParagraph = useMemo(() => {
    const out: TextRun[][] = paragraphs.map(() => []);
    let p = 0;
    for (const run of runs) {
      let start = run.start;
      while (start < run.end) {
        while (p < paragraphs.length && paragraphs[p]!.end <= start) p++;
        const para = paragraphs[p];
        if (!para) break;
        if (para.start >= run.end) break;
        const from = Math.max(start, para.start);
        const to = Math.min(run.end, para.end);
        if (to > from) out[p]!.push({ ...run, start: from, end: to, text: text.slice(from, to) });
        start = to >= para.end ? para.end : to;
        if (to >= para.end) p++;
      }
    }
    return out;
  }, [runs, paragraphs, text]);
  // The selected claim's quote is brought into view in the text.
  // Paragraphs far from the view have only an estimated height until they are drawn, so the
  // jump is made without animation and once more a frame later, when the paragraphs it passed
  // have their real heights.
  useEffect(() => {
    if (selectedId === null) return;
    const bring = () =>
      textRef.current
        ?.querySelector(".source-quote.is-selected")
        ?.scrollIntoView({ block: "center", behavior: "instant" });
    bring();
    const frame = requestAnimationFrame(bring);
    return () => cancelAnimationFrame(frame);
  }, [selectedId, sourceId, textRef]);

  return (
    <div
      className="source-pane__text"
      ref={textRef}
      tabIndex={0}
      role="document"
      aria-label="Source text: arrow keys move by sentence, Shift with them extends, Enter makes a claim"
      aria-roledescription="source text"
      onKeyDown={onKeyDown}
    >
      {paragraphs.map((para, p) => (
        <p key={para.start} className="source-pane__paragraph">
          {byParagraph[p]!.map((run) => {
            if (run.claims.length === 0)
              return (
                <span key={run.start} data-start={run.start}>
                  {run.text}
                </span>
              );
            const colours = run.claims.map((id) => colourOf(map, index.claims.get(id)?.speaker));
            const selected = selectedId !== null && run.claims.includes(selectedId);
            return (
              <mark
                key={run.start}
                data-start={run.start}
                role="button"
                tabIndex={-1}
                aria-label={runLabel(map, run)}
                aria-pressed={selected}
                className={`source-quote${selected ? " is-selected" : ""}${run.claims.length > 1 ? " is-overlap" : ""}`}
                style={
                  {
                    "--quote": colours[0],
                    "--quote-2": colours[1] ?? colours[0],
                  } as React.CSSProperties
                }
                onClick={() => {
                  // A drag that selects words across a quote is a selection, not a click on it.
                  if (!window.getSelection()?.isCollapsed) return;
                  onChooseRun(run);
                }}
                onKeyDown={(e) => {
                  if (e.key === "Enter" || e.key === " ") {
                    e.preventDefault();
                    e.stopPropagation();
                    onChooseRun(run);
                  }
                }}
              >
                {run.text}
              </mark>
            );
          })}
        </p>
      ))}
    </div>
  );
}

export const SourceText = memo(SourceTextView);
