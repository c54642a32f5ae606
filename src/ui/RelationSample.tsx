// The picture of a relation's line style, shared by the legend and the filters.
import { RELATION_STYLE } from "../model/view/relationStyle";
import type { LinkType } from "../model/core/types";

/** A dotted dispute line ending, with a ring, on another line: a claim disputing a link. */
export function UndercutSample() {
  const colour = RELATION_STYLE.dispute.colour;
  return (
    <svg width="44" height="20" viewBox="0 0 44 20" aria-hidden="true">
      <line x1="24" y1="2" x2="24" y2="18" stroke="#8a8f98" strokeWidth="2" />
      <line x1="2" y1="10" x2="17" y2="10" stroke={colour} strokeWidth="2" strokeDasharray="2 4" />
      <circle cx="24" cy="10" r="5" fill="#fff" stroke={colour} strokeWidth="2" />
    </svg>
  );
}

/** A short solid line with an arrowhead (support) or a dashed one with a bar (dispute). */
export function RelationSample({ type }: { type: LinkType }) {
  const style = RELATION_STYLE[type];
  return (
    <svg width="44" height="14" viewBox="0 0 44 14" aria-hidden="true">
      <line
        x1="2"
        y1="7"
        x2={type === "support" ? 32 : 36}
        y2="7"
        stroke={style.colour}
        strokeWidth="2"
        strokeDasharray={style.dash}
      />
      {type === "support" ? (
        <path d="M31 2 L42 7 L31 12 Z" fill={style.colour} />
      ) : (
        <rect x="37" y="1" width="4" height="12" rx="1" fill={style.colour} />
      )}
    </svg>
  );
}
