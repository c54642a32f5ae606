import { speakerMatrix } from "../../model/view/speakerLens";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectFilter, selectMap } from "../../store/selectors";
import { speakerColour, speakerName } from "./LensPanel";
import "./Lens.css";

/** The speakers × speakers table of support and dispute counts; a cell shows its links. */
export function SpeakerMatrix() {
  const map = useAppStore(selectMap);
  const pair = useAppStore(selectFilter).pair;
  const store = useAppStoreApi();
  const matrix = speakerMatrix(map);
  // Column heads are short: capitals of the name ("Kim Dae-jung" → "KD"), the last three
  // when there are more ("South Korea's National Security Council" → "NSC").
  const initials = (name: string) => {
    const capitals = name
      .replace(/^The /, "")
      .split(/[\s-]+/)
      .filter((w) => /^\p{Lu}/u.test(w))
      .map((w) => w[0]);
    return capitals.length === 0 ? name.slice(0, 2) : capitals.slice(-3).join("");
  };
  return (
    <section className="matrix" aria-labelledby="matrix-title">
      <header className="matrix__header">
        <h2 id="matrix-title">Who supports whom</h2>
        <p>
          Rows: the speaker whose claims support or dispute. Columns: the speaker whose claims are
          supported or disputed. Choose a cell to see its links on the map.
        </p>
        {pair && (
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
      </header>
      <div className="matrix__scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">
                <span className="visually-hidden">From \ to</span>
              </th>
              {matrix.speakers.map((to) => (
                <th key={to} scope="col" title={speakerName(map, to)}>
                  <span
                    className="matrix__swatch"
                    style={{ background: speakerColour(map, to) }}
                    aria-hidden="true"
                  />
                  <abbr title={speakerName(map, to)} aria-label={speakerName(map, to)}>
                    {initials(speakerName(map, to))}
                  </abbr>
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
                  const support = cell?.support ?? 0;
                  const dispute = cell?.dispute ?? 0;
                  const active = pair?.from === from && pair.to === to;
                  return (
                    <td key={to} className={active ? "is-active" : undefined}>
                      {support + dispute > 0 ? (
                        <button
                          type="button"
                          aria-pressed={active}
                          data-from={from}
                          data-to={to}
                          aria-label={`${speakerName(map, from)} towards ${speakerName(map, to)}: ${support} support, ${dispute} dispute`}
                          onClick={() => store.getState().setPair(active ? null : { from, to })}
                        >
                          {support > 0 && <span className="lens__support">+{support}</span>}
                          {dispute > 0 && <span className="lens__dispute">−{dispute}</span>}
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
