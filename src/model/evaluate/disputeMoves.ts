// The moves that bear on a claim or a link, and which of them settles it: the steps that
// reasons and dispute trees are made of. Pure: no DOM, no store.
import type { DisputeFramework } from "./disputeFramework";
import { IN } from "./groundedLabelling";
import type { Evaluation } from "./evaluateMap";

/** A link bearing on an argument: a dispute of its claim, or a dispute of its link (an undercut). */
export interface Move {
  /** Index of the link in the framework (see `DisputeFramework.linkIds`). */
  link: number;
  relation: "disputes" | "undercuts";
}

/**
 * The moves against an argument of the framework, a claim or a link, leaving out the
 * auxiliary "source does not stand" arguments: against a claim, the dispute links into it;
 * against a link, the dispute links into its source claim and the link disputes on it.
 * Links whose source the map does not name are left out.
 */
export function movesAgainst(framework: DisputeFramework, argument: number): Move[] {
  const claims = framework.claimIds.length;
  const moves: Move[] = [];
  const claim = argument < claims ? argument : framework.linkSource[argument - claims]!;
  if (claim >= 0) {
    for (
      let k = framework.disputesIntoStart[claim]!;
      k < framework.disputesIntoStart[claim + 1]!;
      k++
    ) {
      const link = framework.disputesInto[k]!;
      if (framework.linkSource[link]! >= 0) moves.push({ link, relation: "disputes" });
    }
  }
  if (argument >= claims) {
    const on = argument - claims;
    for (let k = framework.challengesStart[on]!; k < framework.challengesStart[on + 1]!; k++) {
      const link = framework.challenges[k]!;
      if (framework.linkSource[link]! >= 0) moves.push({ link, relation: "undercuts" });
    }
  }
  return moves;
}

/**
 * The move that defeats an OUT argument soonest: the IN move with the smallest cost, where a
 * dispute of the claim costs its number plus one (the claim it knocks out is a step) and a
 * dispute of the link costs its number, so the cost is the argument's own min–max number.
 * Disputes of the claim come before undercuts when equal. Null when no move is IN.
 */
export function smallestDefeater(evaluation: Evaluation, argument: number): Move | null {
  const claims = evaluation.framework.claimIds.length;
  const { label, rank } = evaluation.labelling;
  let best: Move | null = null;
  let bestCost = Infinity;
  for (const move of movesAgainst(evaluation.framework, argument)) {
    const at = claims + move.link;
    if (label[at] !== IN) continue;
    const cost = rank[at]! + (move.relation === "disputes" ? 1 : 0);
    if (cost < bestCost) {
      best = move;
      bestCost = cost;
    }
  }
  return best;
}
