// Who supports and who disputes whom, counted over the links between speakers' claims.
// Pure: no DOM, no store.
import { mapIndex } from "../core/mapIndex";
import type { ArgumentMap, ClaimId, LinkId, SpeakerId } from "../core/types";
import { FRAMING, speakerKey } from "./viewFilter";

export interface RelationCount {
  support: number;
  dispute: number;
}

export interface SpeakerMatrix {
  /** Row and column keys: the map's speakers in order, then FRAMING if any claim lacks a speaker. */
  speakers: SpeakerId[];
  /** cells.get(from).get(to): links from `from`'s claims to `to`'s claims. */
  cells: Map<SpeakerId, Map<SpeakerId, RelationCount & { links: LinkId[] }>>;
}

/**
 * The speakers × speakers matrix of support and dispute counts.
 * @example speakerMatrix(map).cells.get("oberdorfer")?.get("roh-moo-hyun")?.dispute
 */
const matrices = new WeakMap<ArgumentMap, SpeakerMatrix>();

/** Memoised per map (maps are immutable): the lens and the matrix share one. */
export function speakerMatrix(map: ArgumentMap): SpeakerMatrix {
  let matrix = matrices.get(map);
  if (!matrix) matrices.set(map, (matrix = computeMatrix(map)));
  return matrix;
}

function computeMatrix(map: ArgumentMap): SpeakerMatrix {
  const index = mapIndex(map);
  const speakers = map.speakers.map((s) => s.id);
  if (map.claims.some((c) => c.speaker === undefined)) speakers.push(FRAMING);
  const cells: SpeakerMatrix["cells"] = new Map(
    speakers.map((from) => [
      from,
      new Map(speakers.map((to) => [to, { support: 0, dispute: 0, links: [] as LinkId[] }])),
    ]),
  );
  for (const link of map.links) {
    const from = index.claims.get(link.from);
    const to = index.claims.get(link.to);
    if (!from || !to) continue;
    const cell = cells.get(speakerKey(from.speaker))?.get(speakerKey(to.speaker));
    if (!cell) continue;
    cell[link.type]++;
    cell.links.push(link.id);
  }
  return { speakers, cells };
}

export interface SpeakerLens {
  speaker: SpeakerId;
  claims: ClaimId[];
  /** Other speakers whose claims this speaker's claims support or dispute, most links first. */
  towards: { speaker: SpeakerId; support: number; dispute: number }[];
  /** Other speakers whose claims support or dispute this speaker's claims. */
  from: { speaker: SpeakerId; support: number; dispute: number }[];
}

/** One speaker's claims, allies and opponents, from the matrix's row and column. */
export function speakerLens(map: ArgumentMap, speaker: SpeakerId): SpeakerLens {
  const matrix = speakerMatrix(map);
  const byCount = (a: RelationCount, b: RelationCount) =>
    b.support + b.dispute - (a.support + a.dispute);
  const towards = matrix.speakers
    .filter((other) => other !== speaker)
    .map((other) => ({ speaker: other, ...pick(matrix.cells.get(speaker)?.get(other)) }))
    .filter((r) => r.support + r.dispute > 0)
    .sort(byCount);
  const from = matrix.speakers
    .filter((other) => other !== speaker)
    .map((other) => ({ speaker: other, ...pick(matrix.cells.get(other)?.get(speaker)) }))
    .filter((r) => r.support + r.dispute > 0)
    .sort(byCount);
  return {
    speaker,
    claims: map.claims.filter((c) => speakerKey(c.speaker) === speaker).map((c) => c.id),
    towards,
    from,
  };
}

function pick(cell: RelationCount | undefined): RelationCount {
  return { support: cell?.support ?? 0, dispute: cell?.dispute ?? 0 };
}
