import { mapIndex } from "../../model/core/mapIndex";
import { speakerLens } from "../../model/view/speakerLens";
import type { SpeakerId } from "../../model/core/types";
import { speakerKeyColour, speakerKeyName } from "../../model/view/viewFilter";
import { useAppStore, useAppStoreApi } from "../../store/AppStoreContext";
import { selectLens, selectMap } from "../../store/selectors";
import { PositionPanel } from "./PositionPanel";
import "./Lens.css";

const speakerName = speakerKeyName;
const speakerColour = speakerKeyColour;

function Counts({ support, dispute }: { support: number; dispute: number }) {
  return (
    <span className="lens__counts">
      {support > 0 && <span className="lens__support">{support} support</span>}{" "}
      {dispute > 0 && <span className="lens__dispute">{dispute} dispute</span>}
    </span>
  );
}

/** The counts a row shows, in words: "1 support, 2 dispute" (a count of 0 is not shown). */
const countsText = ({ support, dispute }: { support: number; dispute: number }) =>
  [support > 0 ? `${support} support` : "", dispute > 0 ? `${dispute} dispute` : ""]
    .filter(Boolean)
    .join(", ");

/** Other speakers with their support and dispute counts; each row shows those links. */
function SpeakerCounts({
  rows,
  before,
  after,
  onShow,
}: {
  rows: { speaker: SpeakerId; support: number; dispute: number }[];
  /** Words in the name before the other speaker's and after the counts: "X towards ", or " towards X". */
  before: string;
  after: string;
  onShow: (other: SpeakerId) => void;
}) {
  const map = useAppStore(selectMap);
  if (rows.length === 0) return <p className="lens__none">No other speaker's claims.</p>;
  return (
    <ul className="lens__relations">
      {rows.map((r) => (
        <li key={r.speaker}>
          {/* The name holds what the row shows, in one run ("Roh Moo-hyun 1 dispute"), with
              the words only a screen reader needs around it (WCAG 2.5.3). */}
          <button
            type="button"
            onClick={() => onShow(r.speaker)}
            aria-label={`${before}${speakerName(map, r.speaker)}: ${countsText(r)}${after}; show these links`}
          >
            <span
              className="lens__swatch"
              style={{ background: speakerColour(map, r.speaker) }}
              aria-hidden="true"
            />
            <span className="lens__who">{speakerName(map, r.speaker)}</span>{" "}
            <Counts support={r.support} dispute={r.dispute} />
          </button>
        </li>
      ))}
    </ul>
  );
}

/** One speaker seen through the map: their claims, and whom they stand with or against. */
export function LensPanel() {
  const map = useAppStore(selectMap);
  const lens = useAppStore(selectLens);
  const store = useAppStoreApi();
  if (lens === null) return null;
  const view = speakerLens(map, lens);
  const index = mapIndex(map);
  const name = speakerName(map, lens);
  const showPair = (from: SpeakerId, to: SpeakerId) => store.getState().setPair({ from, to });
  return (
    <section className="lens" aria-label={`Lens on ${name}`}>
      <header className="lens__header">
        <span
          className="lens__swatch"
          style={{ background: speakerColour(map, lens) }}
          aria-hidden="true"
        />
        <h2>{name}</h2>
        <button
          type="button"
          className="lens__close"
          aria-label="Close lens"
          onClick={() => store.getState().setLens(null)}
        >
          ×
        </button>
      </header>
      <h3>Their position</h3>
      <PositionPanel speaker={lens} />
      <h3>Claims ({view.claims.length})</h3>
      <ul className="lens__claims">
        {view.claims.map((id) => (
          <li key={id}>
            <button
              type="button"
              onClick={() => store.getState().selectClaim(id, { centre: true })}
            >
              {index.claims.get(id)?.text}
            </button>
          </li>
        ))}
      </ul>
      <h3>Their claims support or dispute</h3>
      <SpeakerCounts
        rows={view.towards}
        before={`${name} towards `}
        after=""
        onShow={(other) => showPair(lens, other)}
      />
      <h3>Supported or disputed by</h3>
      <SpeakerCounts
        rows={view.from}
        before=""
        after={` towards ${name}`}
        onShow={(other) => showPair(other, lens)}
      />
      <button
        type="button"
        className="lens__matrix-button"
        onClick={() => store.getState().setMatrixOpen(true)}
      >
        Who supports whom: the matrix
      </button>
    </section>
  );
}
