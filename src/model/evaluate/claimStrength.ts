// How strong each claim is, by the balance of its supports and disputes (DF-QuAD).
// Pure: no DOM, no store.
import type { ArgumentMap, ClaimId } from "../core/types";
import { disputeFramework, DISPUTE, LINK_DISPUTE, SUPPORT } from "./disputeFramework";
import { stronglyConnected } from "./stronglyConnected";

export interface StrengthOptions {
  /** Every claim's strength before its supports and disputes count. Default 0.5 (neutral). */
  baseScore?: number;
  /** Most sweeps over a loop before its claims are flagged as unsettled. Default 200. */
  maxIterations?: number;
  /** A loop has settled when a sweep moves no score by more than this. Default 1e-9. */
  tolerance?: number;
}

export interface Strength {
  /** Each claim's strength, from 0 to 1; null where it does not settle. */
  score: ReadonlyMap<ClaimId, number | null>;
  /**
   * Claims whose score does not settle within `maxIterations` sweeps (it keeps moving,
   * typically flipping between two values), and every claim whose score depends on one.
   */
  unsettled: ReadonlySet<ClaimId>;
  /** Claims on loops of supports and disputes, whose scores were found by iteration. */
  looped: ReadonlySet<ClaimId>;
  /** The most sweeps any loop took (0 on a map without loops). */
  iterations: number;
}

/** DF-QuAD's combination of a base score with the aggregated attack and support. */
export function combine(base: number, attack: number, support: number): number {
  return attack >= support
    ? base - base * Math.abs(support - attack)
    : base + (1 - base) * Math.abs(support - attack);
}

/**
 * Each claim's strength by DF-QuAD (Rago, Cyras & Toni, KR 2016), on a scale of 0 to 1, every
 * claim starting from the same base score (0.5: nothing is presumed for or against it):
 *
 * strength(c) = C(base, F(disputers), F(supporters)), where F(v₁…vₙ) = 1 − Π(1 − vᵢ) (0 for
 * none) and C(b, a, s) = b − b·|s − a| when a ≥ s, else b + (1 − b)·|s − a|.
 *
 * What a link brings is its source's strength, scaled down by what disputes the link:
 * force(link) = strength(source) · Π(1 − force(d)) over the link disputes d on it, so an
 * undercut weakens an inference, and an attack on an attack weakens the attack, without
 * touching either claim. The supports of one linked group count as one supporter with the
 * force of its weakest premise (min), since linked premises work only together.
 *
 * Method: claims are grouped into loops (strongly connected components of "depends on",
 * counting undercutters as dependencies) and taken in topological order. Outside loops each
 * score is exact, computed once: O(claims + links) in all. Inside a loop the equations are
 * solved by Gauss–Seidel sweeps until no score moves by more than `tolerance`; a loop that
 * has not settled after `maxIterations` sweeps has its claims, and every claim downstream of
 * them, reported as unsettled with a null score rather than a number that flips. Limits:
 * DF-QuAD reads supports and disputes as independent forces, so a claim backed by ten weak
 * repetitions of one reason looks strong; on loops the fixpoint reached may not be the only
 * one; and the scores say nothing about which claims stand (see `evaluateMap`).
 * @example claimStrength(sketchMap("a>b")).score.get("b") // 0.25
 */
export function claimStrength(map: ArgumentMap, options: StrengthOptions = {}): Strength {
  const { baseScore = 0.5, maxIterations = 200, tolerance = 1e-9 } = options;
  const framework = disputeFramework(map);
  const { claimIds, claimIndex, linkKind, linkSource, linkTargetClaim } = framework;
  const { challengesStart, challenges } = framework;
  const claims = claimIds.length;
  const links = linkKind.length;

  // Supports and disputes into each claim, with each support's group number (−1 for none).
  const intoStart = new Int32Array(claims + 1);
  for (let l = 0; l < links; l++)
    if (linkKind[l] !== LINK_DISPUTE && linkTargetClaim[l]! >= 0 && linkSource[l]! >= 0)
      intoStart[linkTargetClaim[l]! + 1]!++;
  for (let c = 0; c < claims; c++) intoStart[c + 1]! += intoStart[c]!;
  const into = new Int32Array(intoStart[claims]!);
  const fill = intoStart.slice(0, claims);
  for (let l = 0; l < links; l++)
    if (linkKind[l] !== LINK_DISPUTE && linkTargetClaim[l]! >= 0 && linkSource[l]! >= 0)
      into[fill[linkTargetClaim[l]!]!++] = l;
  const groupOf = new Int32Array(links).fill(-1);
  const groupIds = new Map<ClaimId, Map<string, number>>();
  let groups = 0;
  map.links.forEach((link, l) => {
    if (link.group === undefined || linkKind[l] !== SUPPORT) return;
    const byGroup = groupIds.get(link.to) ?? new Map<string, number>();
    groupIds.set(link.to, byGroup);
    if (!byGroup.has(link.group)) byGroup.set(link.group, groups++);
    groupOf[l] = byGroup.get(link.group)!;
  });

  // What each claim depends on: the sources of its links, and of the disputes of those links
  // (two passes, counting then filling, so no array per claim).
  const visitSources = (l: number, visit: (claim: number) => void, depth: number) => {
    visit(linkSource[l]!);
    if (depth > links) return;
    for (let k = challengesStart[l]!; k < challengesStart[l + 1]!; k++) {
      const d = challenges[k]!;
      if (linkSource[d]! >= 0) visitSources(d, visit, depth + 1);
    }
  };
  const depStart = new Int32Array(claims + 1);
  for (let c = 0; c < claims; c++) {
    let count = 0;
    for (let k = intoStart[c]!; k < intoStart[c + 1]!; k++)
      visitSources(into[k]!, () => count++, 0);
    depStart[c + 1] = depStart[c]! + count;
  }
  const depItems = new Int32Array(depStart[claims]!);
  let at = 0;
  const put = (source: number) => (depItems[at++] = source);
  for (let c = 0; c < claims; c++)
    for (let k = intoStart[c]!; k < intoStart[c + 1]!; k++) visitSources(into[k]!, put, 0);

  const score = new Float64Array(claims).fill(baseScore);
  const force = (l: number, depth: number): number => {
    let value = score[linkSource[l]!]!;
    if (depth > links) return value;
    for (let k = challengesStart[l]!; k < challengesStart[l + 1]!; k++) {
      const d = challenges[k]!;
      if (linkSource[d]! >= 0) value *= 1 - force(d, depth + 1);
    }
    return value;
  };
  // The weakest premise of each linked group, reset to Infinity after use.
  const weakest = new Float64Array(groups).fill(Infinity);
  // Products of (1 − force), accumulated in place: F(v…) = 1 − Π(1 − v).
  const strengthOf = (c: number): number => {
    let attackRest = 1;
    let supportRest = 1;
    let grouped = false;
    const first = intoStart[c]!;
    const last = intoStart[c + 1]!;
    for (let k = first; k < last; k++) {
      const l = into[k]!;
      const value =
        challengesStart[l] === challengesStart[l + 1] ? score[linkSource[l]!]! : force(l, 0);
      const g = groupOf[l]!;
      if (linkKind[l] === DISPUTE) attackRest *= 1 - value;
      else if (g < 0) supportRest *= 1 - value;
      else {
        weakest[g] = Math.min(weakest[g]!, value);
        grouped = true;
      }
    }
    if (grouped)
      for (let k = first; k < last; k++) {
        const g = groupOf[into[k]!]!;
        if (g >= 0 && weakest[g] !== Infinity) {
          supportRest *= 1 - weakest[g]!;
          weakest[g] = Infinity;
        }
      }
    return combine(baseScore, 1 - attackRest, 1 - supportRest);
  };

  const { members } = stronglyConnected(claims, depStart, depItems);
  const unsettledAt = new Uint8Array(claims);
  const loopedAt = new Uint8Array(claims);
  let iterations = 0;
  for (const component of members) {
    const only = component[0]!;
    const loop =
      component.length > 1 ||
      depItems.subarray(depStart[only]!, depStart[only + 1]!).includes(only);
    if (!loop) {
      score[only] = strengthOf(only);
    } else {
      let settled = false;
      let sweep = 0;
      while (!settled && sweep < maxIterations) {
        sweep++;
        let moved = 0;
        for (const c of component) {
          const next = strengthOf(c);
          moved = Math.max(moved, Math.abs(next - score[c]!));
          score[c] = next;
        }
        settled = moved <= tolerance;
      }
      iterations = Math.max(iterations, sweep);
      for (const c of component) {
        loopedAt[c] = 1;
        if (!settled) unsettledAt[c] = 1;
      }
    }
    // Downstream of an unsettled score, nothing settles either.
    for (const c of component)
      for (let k = depStart[c]!; k < depStart[c + 1]!; k++)
        if (unsettledAt[depItems[k]!]) for (const m of component) unsettledAt[m] = 1;
  }

  const result = new Map<ClaimId, number | null>();
  const unsettled = new Set<ClaimId>();
  const looped = new Set<ClaimId>();
  claimIds.forEach((id, c) => {
    if (claimIndex.get(id) !== c) return;
    result.set(id, unsettledAt[c] ? null : score[c]!);
    if (unsettledAt[c]) unsettled.add(id);
    if (loopedAt[c]) looped.add(id);
  });
  return { score: result, unsettled, looped, iterations };
}
