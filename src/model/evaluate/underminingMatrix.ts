// Who undermines whom: effective disputes between speakers under an evaluation.
// Pure: no DOM, no store.
import type { ClaimId, LinkId, SpeakerId } from "../core/types";
import { IN } from "./groundedLabelling";
import { DISPUTE, LINK_DISPUTE } from "./disputeFramework";
import type { Evaluation } from "./evaluateMap";
import { FRAMING, speakerKey } from "../view/viewFilter";

export interface UnderminingCell {
  /** Dispute links from the row's claims that stand, knocking out a claim of the column's. */
  disputes: number;
  /** Link disputes from the row's claims that stand, defeating a link from the column's claims. */
  undercuts: number;
  /** Those links and link disputes, in map order. */
  links: LinkId[];
}

export interface UnderminingMatrix {
  /** Row and column keys: the map's speakers in order, then FRAMING if any claim lacks a speaker. */
  speakers: SpeakerId[];
  /** cells.get(from).get(to); every pair is present, with zeros where nothing happens. */
  cells: Map<SpeakerId, Map<SpeakerId, UnderminingCell>>;
}

/**
 * Per ordered pair of speakers, how many of the first's disputes are effective against the
 * second under the evaluation: a dispute link that stands (its source stands and nothing
 * standing disputes it), so the claim it targets falls by it; and a link dispute that stands,
 * so the link it targets (an inference or a dispute from the second's claim) fails by it.
 * Keys are speaker ids in Maps (FRAMING for claims without a speaker), safe for any id.
 * Pass a position's evaluation to see the matrix under that position.
 * @example underminingMatrix(evaluateMap(map)).cells.get("oberdorfer")?.get("roh-moo-hyun")?.disputes
 */
export function underminingMatrix(evaluation: Evaluation): UnderminingMatrix {
  const { map, framework, labelling } = evaluation;
  const speakers = map.speakers.map((s) => s.id);
  if (map.claims.some((c) => c.speaker === undefined)) speakers.push(FRAMING);
  const cells: UnderminingMatrix["cells"] = new Map(
    speakers.map((from) => [
      from,
      new Map(speakers.map((to) => [to, { disputes: 0, undercuts: 0, links: [] as LinkId[] }])),
    ]),
  );
  const speakerOf = new Map<ClaimId, SpeakerId>(
    map.claims.map((c) => [c.id, speakerKey(c.speaker)]),
  );
  const { claimIds, linkIds, linkKind, linkSource, linkTargetClaim, linkTargetLink } = framework;
  const claims = claimIds.length;
  for (let l = 0; l < linkIds.length; l++) {
    if (labelling.label[claims + l] !== IN) continue;
    const kind = linkKind[l];
    const target =
      kind === DISPUTE
        ? linkTargetClaim[l]!
        : kind === LINK_DISPUTE && linkTargetLink[l]! >= 0
          ? linkSource[linkTargetLink[l]!]!
          : -1;
    // A dispute of a given claim is set aside: it stands as a link but knocks out nothing.
    if (target < 0 || linkSource[l]! < 0 || (kind === DISPUTE && framework.given[target])) continue;
    const from = speakerOf.get(claimIds[linkSource[l]!]!);
    const to = speakerOf.get(claimIds[target]!);
    const cell = from === undefined || to === undefined ? undefined : cells.get(from)?.get(to);
    if (!cell) continue;
    if (kind === DISPUTE) cell.disputes++;
    else cell.undercuts++;
    cell.links.push(linkIds[l]!);
  }
  return { speakers, cells };
}
