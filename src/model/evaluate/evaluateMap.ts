// Which claims stand, fall or stay undecided: the grounded reading of a map's disputes.
// Pure: no DOM, no store; the same map always gives the same evaluation.
import type { ArgumentMap, ClaimId, LinkId } from "../core/types";
import { disputeFramework, type DisputeFramework } from "./disputeFramework";
import { groundedLabelling, type Labelling } from "./groundedLabelling";
import { IndexedMap } from "./indexedMap";

/**
 * A claim's status: it stands (IN), falls (OUT), or the disputes around it go round in a loop
 * with no way out (undecided, UNDEC). For a link: it holds, it fails, or undecided.
 */
export type Status = "stands" | "falls" | "undecided";

// Indexed by label code: UNDEC, IN, OUT.
const STATUS: readonly Status[] = ["undecided", "stands", "falls"];

/** The status a label code means. */
export function statusOf(code: number): Status {
  return STATUS[code] ?? "undecided";
}

export interface EvaluateOptions {
  /**
   * Claims taken as given: the disputes against them are set aside (they attack nothing,
   * though they are still evaluated as links), so these claims stand. See `acceptSpeakers`.
   */
  given?: ReadonlySet<ClaimId>;
}

export interface Evaluation {
  /** The map evaluated; reasons and trees are read from it. */
  readonly map: ArgumentMap;
  /** The claims taken as given (empty for the plain evaluation). */
  readonly given: ReadonlySet<ClaimId>;
  readonly framework: DisputeFramework;
  /** One label and min–max number per argument of the framework. */
  readonly labelling: Labelling;
  /** Every claim's status. */
  readonly claimStatus: ReadonlyMap<ClaimId, Status>;
  /**
   * Every link's and link dispute's status. A support stands when the inference holds (its
   * source stands and nothing disputing the link stands), falls when its source falls or an
   * undercut stands. A dispute link stands when it is effective: its target falls by it.
   */
  readonly linkStatus: ReadonlyMap<LinkId, Status>;
  /**
   * A claim's min–max number (Caminada): the length, in claims, of the shortest dispute that
   * settles it. 1 for a claim nothing disputes, 2 for one disputed by such a claim, 3 for one
   * reinstated by an answer to its only objector, and so on; Infinity when undecided.
   */
  readonly claimRank: ReadonlyMap<ClaimId, number>;
  readonly counts: Readonly<Record<Status, number>>;
}

const cache = new WeakMap<ArgumentMap, Evaluation>();

/**
 * The grounded evaluation of a map (Dung 1995), in O(claims + links).
 *
 * - A claim stands when every dispute link into it fails; falls when some dispute link into
 *   it stands; is undecided otherwise (disputes in a loop with no way out).
 * - A link (support, dispute, or a link dispute) stands when its source stands and every
 *   link dispute on it falls; fails when its source falls or some link dispute on it stands.
 *   So an undercut ("that does not follow") defeats the inference, not the conclusion, and a
 *   dispute of a dispute link (an attack on the attack) stops that dispute from knocking its
 *   target out, without saying anything of the disputing claim itself.
 * - Supports change no claim's status: there are no derived attacks. Their own status says
 *   whether the inference holds; `claimStrength` uses it.
 *
 * Built as plain grounded labelling over the framework of `disputeFramework` (links as
 * arguments, AFRA-style). The plain evaluation (nothing given) is memoised per map object.
 * @example evaluateMap(map).claimStatus.get("c1") // "stands"
 */
export function evaluateMap(map: ArgumentMap, options: EvaluateOptions = {}): Evaluation {
  const given = options.given ?? new Set<ClaimId>();
  const plain = given.size === 0;
  const cached = plain ? cache.get(map) : undefined;
  if (cached) return cached;
  const framework = disputeFramework(map, given);
  const labelling = groundedLabelling(framework.graph);
  const { label, rank } = labelling;
  const claims = framework.claimIds.length;
  const claimStatus = new IndexedMap(framework.claimIds, framework.claimIndex, (c) =>
    statusOf(label[c]!),
  );
  const claimRank = new IndexedMap(framework.claimIds, framework.claimIndex, (c) => rank[c]!);
  const linkStatus = new IndexedMap(framework.linkIds, framework.linkIndex, (l) =>
    statusOf(label[claims + l]!),
  );
  const counts = { stands: 0, falls: 0, undecided: 0 };
  for (const c of framework.claimIndex.values()) counts[statusOf(label[c]!)]++;
  const evaluation: Evaluation = {
    map,
    given,
    framework,
    labelling,
    claimStatus,
    linkStatus,
    claimRank,
    counts,
  };
  if (plain) cache.set(map, evaluation);
  return evaluation;
}
