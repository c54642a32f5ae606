import { useState } from "react";
import { speakerMatrix } from "../../model/view/speakerLens";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectEvaluation, selectFilter, selectMap } from "../../store/selectors";
import { underminingMatrix } from "../../model/evaluate/underminingMatrix";
import {
  speakerKeyColour as speakerColour,
  speakerKeyName as speakerName,
} from "../../model/view/viewFilter";
import "./Lens.css";

/** Past this many speakers the matrix is a list of pairs. */
const GRID_LIMIT = 40;

/**
 * Short column heads that tell speakers apart: the capitals and digits of each name
 * ("Kim Dae-jung" → "KD", "Speaker 12" → "S12"), the last three when there are more; heads
 * that still clash are numbered ("SK1", "SK2").
 */
export function columnHeads(names: readonly string[]): string[] {
  const heads = names.map((name) => {
    const marks = name
      .replace(/^The /, "")
      .split(/[\s-]+/)
      .flatMap((w) => (/^\d+$/.test(w) ? [w] : /^\p{Lu}/u.test(w) ? [[...w][0]!] : []));
    return marks.length === 0 ? [...name].slice(0, 2).join("") : marks.slice(-3).join("");
  });
  const counts = new Map<string, number>();
  for (const h of heads) counts.set(h, (counts.get(h) ?? 0) + 1);
  const seen = new Map<string, number>();
  return heads.map((h) => {
    if ((counts.get(h) ?? 0) < 2) return h;
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return `${h}${n}`;
  });
}

/** The matrix as a list, for big casts: the pairs of speakers that have links, most first. */
function PairList() {
  const map = useAppStore(selectMap);
  const pair = useAppStore(selectFilter).pair;
  const store = useAppStoreApi();
  const matrix = speakerMatrix(map);
  const rows = [...matrix.cells]
    .flatMap(([from, row]) =>
      [...row].flatMap(([to, cell]) =>
        cell.support + cell.dispute > 0 ? [{ from, to, ...cell }] : [],
      ),
    )
    .sort((a, b) => b.support + b.dispute - (a.support + a.dispute));
  return (
    <section className="matrix" aria-labelledby="matrix-title">
      <header className="matrix__header">
        <h2 id="matrix-title">Who supports whom</h2>
        <p>
          {matrix.speakers.length.toLocaleString("en-US")} speakers: the pairs with links, most
          first. Choose one to see its links on the map.
        </p>
        <MatrixHeaderButtons pairChosen={pair !== null} />
      </header>
      <div className="matrix__scroll">
        <table className="matrix__pairs">
          <thead>
            <tr>
              <th scope="col">From</th>
              <th scope="col">To</th>
              <th scope="col">Links</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, 1000).map((r) => {
              const active = pair?.from === r.from && pair.to === r.to;
              return (
                <tr key={`${r.from}\u0000${r.to}`} className={active ? "is-active" : undefined}>
                  <td>{speakerName(map, r.from)}</td>
                  <td>{speakerName(map, r.to)}</td>
                  <td>
                    <button
                      type="button"
                      aria-pressed={active}
                      onClick={() =>
                        store.getState().setPair(active ? null : { from: r.from, to: r.to })
                      }
                    >
                      {r.support > 0 && <span className="lens__support">+{r.support}</span>}
                      {r.dispute > 0 && <span className="lens__dispute">−{r.dispute}</span>}
                      <span className="visually-hidden">
                        {" "}
                        {speakerName(map, r.from)} towards {speakerName(map, r.to)}
                      </span>
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The speakers × speakers table of support and dispute counts; a cell shows its links. */
export function SpeakerMatrix() {
  const map = useAppStore(selectMap);
  const pair = useAppStore(selectFilter).pair;
  const store = useAppStoreApi();
  const matrix = speakerMatrix(map);
  const evaluation = useAppStore(selectEvaluation);
  const [mode, setMode] = useState<"links" | "undermining">("links");
  const undermining = mode === "undermining" ? underminingMatrix(evaluation) : null;
  const heads = columnHeads(matrix.speakers.map((id) => speakerName(map, id)));
  // A big cast makes a grid no one can read (and thousands of cells to draw): it becomes a
  // list of the pairs that have links, most first.
  if (matrix.speakers.length > GRID_LIMIT) return <PairList />;
  return (
    <section className="matrix" aria-labelledby="matrix-title">
      <header className="matrix__header">
        <h2 id="matrix-title">Who supports whom</h2>
        <p>
          Rows: the speaker whose claims support or dispute. Columns: the speaker whose claims are
          supported or disputed. Choose a cell to see its links on the map.
        </p>
        <fieldset className="matrix__mode">
          <legend>Count</legend>
          <label>
            <input
              type="radio"
              name="matrix-mode"
              checked={mode === "links"}
              onChange={() => setMode("links")}
            />
            every link
          </label>
          <label>
            <input
              type="radio"
              name="matrix-mode"
              checked={mode === "undermining"}
              onChange={() => setMode("undermining")}
            />
            who undermines whom (disputes that hold)
          </label>
        </fieldset>
        <MatrixHeaderButtons pairChosen={pair !== null} />
      </header>
      <div className="matrix__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">From \ to</span>
              </th>
              {matrix.speakers.map((to, i) => (
                <th key={to} scope="col" title={speakerName(map, to)}>
                  <span
                    className="matrix__swatch"
                    style={{ background: speakerColour(map, to) }}
                    aria-hidden="true"
                  />
                  <abbr title={speakerName(map, to)}>{heads[i]}</abbr>
                  <span className="visually-hidden">{speakerName(map, to)}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {matrix.speakers.map((from) => (
              <tr key={from}>
                <th scope="row">
                  <span
                    className="matrix__swatch"
                    style={{ background: speakerColour(map, from) }}
                    aria-hidden="true"
                  />
                  {speakerName(map, from)}
                </th>
                {matrix.speakers.map((to) => {
                  const cell = matrix.cells.get(from)?.get(to);
                  const effective = undermining?.cells.get(from)?.get(to);
                  // Undermining: only the disputes that hold (and undercuts that hold).
                  const support = undermining ? 0 : (cell?.support ?? 0);
                  const dispute = undermining
                    ? (effective?.disputes ?? 0) + (effective?.undercuts ?? 0)
                    : (cell?.dispute ?? 0);
                  const active = pair?.from === from && pair.to === to;
                  return (
                    <td key={to} className={active ? "is-active" : undefined}>
                      {support + dispute > 0 ? (
                        <button
                          type="button"
                          aria-pressed={active}
                          data-from={from}
                          data-to={to}
                          onClick={() => store.getState().setPair(active ? null : { from, to })}
                        >
                          {support > 0 && <span className="lens__support">+{support}</span>}
                          {dispute > 0 && <span className="lens__dispute">−{dispute}</span>}
                          <span className="visually-hidden">
                            , {speakerName(map, from)} towards {speakerName(map, to)}:{" "}
                            {undermining
                              ? `${dispute} disputes that hold`
                              : `${support} support, ${dispute} dispute`}
                          </span>
                        </button>
                      ) : (
                        <span className="matrix__empty" aria-label="none">
                          ·
                        </span>
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The matrix header's buttons: back from one pair's links to all, and close. */
function MatrixHeaderButtons({ pairChosen }: { pairChosen: boolean }) {
  const store = useAppStoreApi();
  return (
    <>
      {pairChosen && (
        <button type="button" onClick={() => store.getState().setPair(null)}>
          Show all links
        </button>
      )}
      <button
        type="button"
        aria-label="Close matrix"
        className="lens__close"
        onClick={() => store.getState().setMatrixOpen(false)}
      >
        ×
      </button>
    </>
  );
}
