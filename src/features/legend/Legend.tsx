import { FRAMING_LABEL } from "../../model/core/mapIndex";
import { FRAMING_COLOUR, speakerColours } from "../../model/core/speakerColours";
import { useAppStore } from "../../store/AppStoreContext";
import { selectMap } from "../../store/selectors";
import { RelationSample, UndercutSample } from "../../ui/RelationSample";
import "./Legend.css";

/** Who is who by colour, and how support and dispute are drawn. */
export function Legend({
  withSpeakers = true,
  children,
}: {
  withSpeakers?: boolean;
  children?: React.ReactNode;
}) {
  const map = useAppStore(selectMap);
  const colours = speakerColours(map);
  const hasFraming = map.claims.some((c) => c.speaker === undefined);
  return (
    <section className="legend" aria-label="Legend">
      <ul className="legend__relations">
        <li>
          <RelationSample type="support" /> supports{" "}
          <span className="legend__hint">(solid, arrow)</span>
        </li>
        <li>
          <RelationSample type="dispute" /> disputes{" "}
          <span className="legend__hint">(dashed, bar)</span>
        </li>
        {map.linkDisputes.length > 0 && (
          <li>
            <UndercutSample /> undercuts{" "}
            <span className="legend__hint">(dotted, ends on a link: “that does not follow”)</span>
          </li>
        )}
      </ul>
      {children}
      {withSpeakers && (
        <ul className="legend__speakers" aria-label="Speakers">
          {map.speakers.map((s) => (
            <li key={s.id}>
              <span
                className="legend__swatch"
                style={{ background: colours.get(s.id) }}
                aria-hidden="true"
              />
              {s.name}
            </li>
          ))}
          {hasFraming && (
            <li className="legend__framing">
              <span
                className="legend__swatch"
                style={{ background: FRAMING_COLOUR }}
                aria-hidden="true"
              />
              {FRAMING_LABEL}
            </li>
          )}
        </ul>
      )}
    </section>
  );
}
