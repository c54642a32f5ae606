// The "Why?" tree: a claim's justification expanded down to claims nothing disputes.
// Pure: no DOM, no store.
import type { ClaimId, LinkId } from "../core/types";
import { movesAgainst, smallestDefeater, type Move } from "./disputeMoves";
import { statusOf, type Evaluation, type Status } from "./evaluateMap";
import { IN, OUT, UNDEC } from "./groundedLabelling";

export interface DisputeTreeNode {
  claim: ClaimId;
  /** The claim's own status. */
  status: Status;
  /**
   * How this claim bears on its parent: it disputes the parent claim, or it disputes
   * (undercuts) the link by which the parent bears on the grandparent. "root" at the top.
   */
  relation: "root" | "disputes" | "undercuts";
  /** The link it bears through (a dispute link or a link dispute); null at the root. */
  link: LinkId | null;
  /**
   * The status of what this node stands for: the link when there is one (a claim can stand
   * while its dispute is undercut), else the claim. Children explain this status.
   */
  linkStatus: Status;
  /** Min–max number of what this node stands for: children always have smaller or equal ones. */
  rank: number;
  children: DisputeTreeNode[];
  /** Why expansion stopped early: the depth limit, or a node already on the path (a loop). */
  cut: "depth" | "loop" | null;
}

/**
 * The justification of a claim's status as a tree, expanded down to claims nothing disputes:
 * a node that stands has as children everything that disputes it (its claim, or its link),
 * each of which fails; a node that fails has one child, the standing move that defeats it
 * soonest (see `smallestDefeater`); an undecided node has its undecided disputers as
 * children. An undecided node whose claim is already on its path is cut as a loop; below
 * `maxDepth` levels the tree is cut. Standing and falling nodes never loop: numbers do not
 * grow going down, and stay equal only along a chain of link disputes, which has no circles.
 * Null for an unknown claim.
 * @example
 * disputeTree(evaluateMap(sketchMap("c>b b>a")), "a")
 * // a stands ← b disputes it and falls ← c disputes b and stands (nothing disputes c)
 */
export function disputeTree(
  evaluation: Evaluation,
  claimId: ClaimId,
  maxDepth = 8,
): DisputeTreeNode | null {
  const { framework, labelling } = evaluation;
  const root = framework.claimIndex.get(claimId);
  if (root === undefined) return null;
  const claims = framework.claimIds.length;
  const onPath = new Set<number>();

  const grow = (argument: number, move: Move | null, depth: number): DisputeTreeNode => {
    const claim = argument < claims ? argument : framework.linkSource[argument - claims]!;
    const label = labelling.label[argument]!;
    const node: DisputeTreeNode = {
      claim: framework.claimIds[claim]!,
      status: statusOf(labelling.label[claim]!),
      relation: move ? move.relation : "root",
      link: move ? framework.linkIds[move.link]! : null,
      linkStatus: statusOf(label),
      rank: labelling.rank[argument]!,
      children: [],
      cut: null,
    };
    let next: Move[];
    if (label === IN) next = movesAgainst(framework, argument);
    else if (label === OUT) {
      const defeater = smallestDefeater(evaluation, argument);
      next = defeater ? [defeater] : [];
    } else
      next = movesAgainst(framework, argument).filter(
        (m) => labelling.label[claims + m.link] === UNDEC,
      );
    if (next.length === 0) return node;
    if (label === UNDEC && onPath.has(claim)) {
      node.cut = "loop";
      return node;
    }
    if (depth >= maxDepth) {
      node.cut = "depth";
      return node;
    }
    const added = !onPath.has(claim);
    onPath.add(claim);
    node.children = next.map((m) => grow(claims + m.link, m, depth + 1));
    if (added) onPath.delete(claim);
    return node;
  };
  return grow(root, null, 0);
}
