// Why a claim stands, falls or is undecided, as data naming the deciding claims, and as one
// English sentence. Pure: no DOM, no store; the caller supplies the claims' names.
import type { ClaimId, LinkId } from "../core/types";
import { disputeLoop, type DisputeStep } from "./disputeLoop";
import { movesAgainst, smallestDefeater } from "./disputeMoves";
import type { Evaluation } from "./evaluateMap";
import { IN, OUT } from "./groundedLabelling";

/** How one dispute against a standing claim is answered. */
export type Answer =
  /** The disputing claim falls, defeated soonest by `by` (through `byLink`). */
  | { kind: "answered"; attacker: ClaimId; link: LinkId; by: ClaimId; byLink: LinkId }
  /** The disputing claim may stand, but its dispute is itself disputed by `by`, which stands. */
  | { kind: "undercut"; attacker: ClaimId; link: LinkId; by: ClaimId; byLink: LinkId };

/** A claim's status with the claims that decide it; see `explainStatus`. */
export type StatusReason =
  | { kind: "unattacked"; claim: ClaimId }
  /** Taken as given in a speaker's position: the disputes against it are set aside. */
  | { kind: "given"; claim: ClaimId }
  | { kind: "defended"; claim: ClaimId; answers: Answer[] }
  | {
      kind: "defeated";
      claim: ClaimId;
      /** The standing claim that defeats it soonest, and its dispute link. */
      by: ClaimId;
      link: LinkId;
      /** Claims that dispute that dispute link, all of which fall. */
      failedChallenges: { by: ClaimId; link: LinkId }[];
    }
  | {
      kind: "undecided";
      claim: ClaimId;
      /** See `DisputeLoop`: the loop, and the chain from it to the claim when it is not on it. */
      loop: DisputeStep[];
      chain: DisputeStep[];
    };

/**
 * Why a claim has its status, following the shortest justification (smallest min–max
 * numbers):
 *
 * - `unattacked`: it stands and nothing disputes it;
 * - `given`: it stands because a speaker's position takes it as given;
 * - `defended`: it stands and every dispute against it fails: for each, either the disputing
 *   claim falls (`answered`, with the standing claim that defeats it soonest) or the dispute
 *   link is itself disputed by a standing claim (`undercut`);
 * - `defeated`: it falls; the standing claim whose dispute defeats it soonest, with any failed
 *   challenges to that dispute;
 * - `undecided`: the shortest loop of undecided disputes through it, or the one it hangs on
 *   (see `disputeLoop`).
 *
 * Null for an id the evaluated map does not have. The evaluation carries its map, so no map
 * is passed: for a speaker's position, pass the position's evaluation.
 * @example explainStatus(evaluateMap(map), "c2") // { kind: "defeated", claim: "c2", by: "c1", … }
 */
export function explainStatus(evaluation: Evaluation, claimId: ClaimId): StatusReason | null {
  const { framework, labelling } = evaluation;
  const claim = framework.claimIndex.get(claimId);
  if (claim === undefined) return null;
  const { claimIds, linkIds, linkSource } = framework;
  const claims = claimIds.length;
  const claimOf = (link: number) => claimIds[linkSource[link]!]!;
  const label = labelling.label[claim];
  if (framework.given[claim]) return { kind: "given", claim: claimId };
  if (label === IN) {
    const moves = movesAgainst(framework, claim);
    if (moves.length === 0) return { kind: "unattacked", claim: claimId };
    const answers = moves.flatMap((move): Answer[] => {
      const defeater = smallestDefeater(evaluation, claims + move.link);
      if (!defeater) return [];
      return [
        {
          kind: defeater.relation === "disputes" ? "answered" : "undercut",
          attacker: claimOf(move.link),
          link: linkIds[move.link]!,
          by: claimOf(defeater.link),
          byLink: linkIds[defeater.link]!,
        },
      ];
    });
    return { kind: "defended", claim: claimId, answers };
  }
  if (label === OUT) {
    const defeater = smallestDefeater(evaluation, claim);
    if (defeater) {
      const failedChallenges = movesAgainst(framework, claims + defeater.link)
        .filter((move) => move.relation === "undercuts")
        .map((move) => ({ by: claimOf(move.link), link: linkIds[move.link]! }));
      return {
        kind: "defeated",
        claim: claimId,
        by: claimOf(defeater.link),
        link: linkIds[defeater.link]!,
        failedChallenges,
      };
    }
  }
  return {
    kind: "undecided",
    claim: claimId,
    ...(disputeLoop(evaluation, claimId) ?? { loop: [], chain: [] }),
  };
}

/**
 * One English sentence for a reason. `nameOf` gives a claim's name as it should appear
 * (its text, shortened by the caller).
 * @example
 * reasonSentence(explainStatus(evaluation, "c")!, nameOf)
 * // "Stands: every claim disputing it falls — A (answered by B), C (answered by D)."
 * // "Falls: disputed by X, which stands."
 * // "Undecided: caught in the dispute loop A → B → A."
 */
export function reasonSentence(reason: StatusReason, nameOf: (claimId: ClaimId) => string): string {
  switch (reason.kind) {
    case "unattacked":
      return "Stands: nothing disputes it.";
    case "given":
      return "Stands: taken as given in this position.";
    case "defended": {
      const answered = reason.answers.filter((a) => a.kind === "answered");
      const undercut = reason.answers.filter((a) => a.kind === "undercut");
      const undercutText = undercut.map(
        (a) =>
          `the dispute from ${nameOf(a.attacker)} is undercut by ${nameOf(a.by)}, which stands`,
      );
      if (undercut.length === 0) {
        const list = answered.map((a) => `${nameOf(a.attacker)} (answered by ${nameOf(a.by)})`);
        return `Stands: every claim disputing it falls — ${list.join(", ")}.`;
      }
      if (answered.length === 0) return `Stands: ${undercutText.join("; ")}.`;
      const list = answered.map((a) => `${nameOf(a.attacker)} falls (answered by ${nameOf(a.by)})`);
      return `Stands: every dispute against it fails — ${[...list, ...undercutText].join("; ")}.`;
    }
    case "defeated": {
      const challengers = reason.failedChallenges.map((c) => nameOf(c.by));
      const failed =
        challengers.length === 0
          ? ""
          : challengers.length === 1
            ? ` (the challenge to that dispute by ${challengers[0]} fails)`
            : ` (the challenges to that dispute by ${listed(challengers)} fail)`;
      return `Falls: disputed by ${nameOf(reason.by)}, which stands${failed}.`;
    }
    case "undecided": {
      if (reason.loop.length === 0) return "Undecided.";
      const first = reason.loop[0]!;
      const loop = [...reason.loop, first].map((step) => stepName(step, nameOf)).join(" → ");
      if (reason.chain.length === 0) return `Undecided: caught in the dispute loop ${loop}.`;
      const [entry, target, ...rest] = reason.chain;
      if (rest.length === 0 && entry && target?.kind === "claim" && entry.kind === "claim")
        return `Undecided: disputed by ${nameOf(entry.claim)}, which is caught in the dispute loop ${loop}.`;
      const chain = reason.chain.map((step) => stepName(step, nameOf)).join(" → ");
      return `Undecided: it hangs on the dispute loop ${loop}, through ${chain}.`;
    }
  }
}

function stepName(step: DisputeStep, nameOf: (claimId: ClaimId) => string): string {
  return step.kind === "claim" ? nameOf(step.claim) : `the dispute from ${nameOf(step.from)}`;
}

/** "A", "A and B", "A, B and C". */
function listed(names: string[]): string {
  return names.length <= 1
    ? (names[0] ?? "")
    : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
}
