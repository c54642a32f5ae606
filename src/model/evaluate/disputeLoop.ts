// Why an undecided claim is undecided: the shortest loop of undecided disputes it is caught in,
// or that it hangs on. Pure: no DOM, no store.
import type { ClaimId, LinkId } from "../core/types";
import type { Evaluation } from "./evaluateMap";
import { UNDEC, type AttackGraph } from "./groundedLabelling";
import { stronglyConnected, type Components } from "./stronglyConnected";

/**
 * One step of a loop or chain of disputes, in the direction of the disputes: a claim, or a
 * link that the step before disputes (the dispute from `from`, disputed in turn).
 */
export type DisputeStep =
  { kind: "claim"; claim: ClaimId } | { kind: "link"; link: LinkId; from: ClaimId };

export interface DisputeLoop {
  /**
   * The loop, from its first claim round to the step before that claim comes again:
   * `[A, B]` is A disputes B, B disputes A. It starts at the claim asked about when that
   * claim is on it.
   */
  loop: DisputeStep[];
  /**
   * Empty when the claim is on the loop; else the way from the loop's first claim to the
   * claim asked about, both included: `[A, X, C]` is A disputes X, X disputes C.
   */
  chain: DisputeStep[];
}

/**
 * Shortest path by claims (0–1 weights) from `from` to a node `goal` accepts, over undecided
 * arguments, following attacks forwards or backwards. The path includes both ends; for a loop
 * (`goal` accepting `from` itself) it starts and ends at `from`. Null when there is none.
 */
function shortestUndecidedPath(
  graph: AttackGraph,
  label: Uint8Array,
  from: number,
  forwards: boolean,
  goal: (node: number) => boolean,
  loop: boolean,
): number[] | null {
  const start = forwards ? graph.targetStart : graph.attackerStart;
  const items = forwards ? graph.targets : graph.attackers;
  const dist = new Float64Array(graph.size).fill(Infinity);
  const parent = new Int32Array(graph.size).fill(-1);
  let current: number[] = [];
  let next: number[] = [];
  const relax = (node: number, via: number, cost: number) => {
    if (label[node] !== UNDEC || cost >= dist[node]!) return;
    dist[node] = cost;
    parent[node] = via;
    (graph.weight[node] ? next : current).push(node);
  };
  if (loop) {
    for (let k = start[from]!; k < start[from + 1]!; k++) {
      const node = items[k]!;
      relax(node, from, graph.weight[node]!);
    }
  } else {
    dist[from] = 0;
    current.push(from);
  }
  while (current.length > 0 || next.length > 0) {
    if (current.length === 0) [current, next] = [next, current];
    const node = current.pop()!;
    if (goal(node) && !(node === from && !loop)) {
      const path = [node];
      for (let at = parent[node]!; at !== -1 && path.length <= graph.size; at = parent[at]!) {
        path.push(at);
        if (at === from) break;
      }
      return forwards ? path.reverse() : path;
    }
    if (loop && node === from) continue;
    for (let k = start[node]!; k < start[node + 1]!; k++) {
      const other = items[k]!;
      relax(other, node, dist[node]! + graph.weight[other]!);
    }
  }
  return null;
}

/** Arguments of the framework as steps: claims, and links entered from a link dispute. */
function steps(evaluation: Evaluation, path: number[]): DisputeStep[] {
  const { claimIds, linkIds, linkSource } = evaluation.framework;
  const claims = claimIds.length;
  const links = linkIds.length;
  const isLink = (node: number | undefined) =>
    node !== undefined && node >= claims && node < claims + links;
  const out: DisputeStep[] = [];
  path.forEach((node, i) => {
    if (node < claims) out.push({ kind: "claim", claim: claimIds[node]! });
    else if (isLink(node) && isLink(path[i - 1])) {
      const source = linkSource[node - claims]!;
      out.push({ kind: "link", link: linkIds[node - claims]!, from: claimIds[source] ?? "" });
    }
  });
  return out;
}

/**
 * The dispute loop behind an undecided claim: the shortest loop of undecided disputes
 * through it (fewest claims), or when it is on none, the nearest loop it hangs on and the
 * shortest chain from that loop to it. Null when the claim is not undecided.
 * @example
 * // a and b dispute each other, both dispute c.
 * disputeLoop(evaluateMap(map), "c") // { loop: [a, b], chain: [a, c] } (as steps)
 */
export function disputeLoop(evaluation: Evaluation, claimId: ClaimId): DisputeLoop | null {
  const { framework, labelling } = evaluation;
  const claim = framework.claimIndex.get(claimId);
  if (claim === undefined || labelling.label[claim] !== UNDEC) return null;
  const { graph } = framework;
  const label = labelling.label;
  const around = (node: number) =>
    shortestUndecidedPath(graph, label, node, true, (n) => n === node, true);
  const own = around(claim);
  if (own) return { loop: steps(evaluation, own.slice(0, -1)), chain: [] };
  const { component, members } = undecidedComponents(evaluation);
  const onLoop = (n: number) =>
    n < framework.claimIds.length &&
    component[n]! >= 0 &&
    (members[component[n]!]!.length > 1 || selfAttacks(graph, n));
  const back = shortestUndecidedPath(graph, label, claim, false, onLoop, false);
  if (!back) return { loop: [], chain: [] };
  const entry = back[0]!;
  const loop = around(entry) ?? [entry];
  return { loop: steps(evaluation, loop.slice(0, -1)), chain: steps(evaluation, back) };
}

const componentsOf = new WeakMap<Evaluation, Components>();

/** The loops of undecided arguments, found once per evaluation: O(arguments + attacks). */
function undecidedComponents(evaluation: Evaluation): Components {
  const cached = componentsOf.get(evaluation);
  if (cached) return cached;
  const { graph } = evaluation.framework;
  const { label } = evaluation.labelling;
  const components = stronglyConnected(
    graph.size,
    graph.targetStart,
    graph.targets,
    (n) => label[n] === UNDEC,
  );
  componentsOf.set(evaluation, components);
  return components;
}

function selfAttacks(graph: AttackGraph, n: number): boolean {
  for (let k = graph.targetStart[n]!; k < graph.targetStart[n + 1]!; k++)
    if (graph.targets[k] === n) return true;
  return false;
}
