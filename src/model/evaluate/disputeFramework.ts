// The argumentation framework a map stands for: claims, links and the disputes between them.
// Pure: no DOM, no store; builds numbers and arrays, decides nothing.
import type { ArgumentMap, ClaimId, LinkId } from "../core/types";
import { attackGraph, type AttackGraph } from "./groundedLabelling";

/** What a link of the framework is: a support or a dispute between claims, or a dispute of a link. */
export const SUPPORT = 0;
export const DISPUTE = 1;
export const LINK_DISPUTE = 2;
export type LinkKind = typeof SUPPORT | typeof DISPUTE | typeof LINK_DISPUTE;

/**
 * A map as an abstract argumentation framework whose arguments are the claims, the links,
 * and for each link an auxiliary argument "its source does not stand" (the reduction used by
 * AFRA, Baroni et al. 2011, and Modgil's extended frameworks, 2009):
 *
 * - argument `c` (0 ≤ c < claims) is claim c;
 * - argument `claims + l` is link l, where links are `map.links` then `map.linkDisputes`;
 * - argument `claims + links + l` is "link l's source does not stand".
 *
 * Claim s attacks "link l's source does not stand" when s is l's source; that argument
 * attacks link l; every link dispute on l attacks l; a dispute link attacks the claim it
 * disputes. Supports attack nothing. So a link is IN exactly when its source is IN and every
 * dispute of it is OUT, and OUT when its source is OUT or a dispute of it is IN; a claim is OUT
 * when some dispute link into it is IN. Claims weigh 1 in min–max numbers, the rest 0, so a
 * number counts claims along the dispute that settles it.
 *
 * Claims `given` (a speaker's position taken as granted) keep their dispute links as
 * arguments, but those links attack nothing: the dispute is set aside, and its own status
 * still says whether it would hold.
 */
export interface DisputeFramework {
  readonly claimIds: readonly ClaimId[];
  /** `map.links` then `map.linkDisputes`, by id. */
  readonly linkIds: readonly LinkId[];
  readonly claimIndex: ReadonlyMap<ClaimId, number>;
  readonly linkIndex: ReadonlyMap<LinkId, number>;
  readonly linkKind: Uint8Array;
  /** The claim a link comes from; −1 when the map names no such claim. */
  readonly linkSource: Int32Array;
  /** The claim a support or dispute goes to, or −1 (a link dispute, or an unknown claim). */
  readonly linkTargetClaim: Int32Array;
  /** The link a link dispute goes to, or −1. */
  readonly linkTargetLink: Int32Array;
  /**
   * The dispute links into claim c that count (none into a given claim):
   * `disputesInto[disputesIntoStart[c]]` up to `disputesIntoStart[c + 1]`.
   */
  readonly disputesIntoStart: Int32Array;
  readonly disputesInto: Int32Array;
  /** The link disputes on link l, laid out the same way. */
  readonly challengesStart: Int32Array;
  readonly challenges: Int32Array;
  /** 1 for each claim taken as given, whose disputes are set aside. */
  readonly given: Uint8Array;
  readonly graph: AttackGraph;
}

/** Index lists: `items[start[k]]` up to `items[start[k + 1]]` are the items of key k. */
function groupBy(size: number, keys: Int32Array): { start: Int32Array; items: Int32Array } {
  const start = new Int32Array(size + 1);
  for (const key of keys) if (key >= 0) start[key + 1]!++;
  for (let k = 0; k < size; k++) start[k + 1]! += start[k]!;
  const items = new Int32Array(start[size]!);
  const fill = start.slice(0, size);
  keys.forEach((key, i) => {
    if (key >= 0) items[fill[key]!++] = i;
  });
  return { start, items };
}

/** Numbers for a map's claims and links, and where each link goes: what does not depend on `given`. */
type LinkTable = Pick<
  DisputeFramework,
  | "claimIds"
  | "linkIds"
  | "claimIndex"
  | "linkIndex"
  | "linkKind"
  | "linkSource"
  | "linkTargetClaim"
  | "linkTargetLink"
>;

const tables = new WeakMap<ArgumentMap, LinkTable>();

/** Positions by id, the first where an id repeats. Set from the end: one hash per id. */
function indexOf<K>(ids: readonly K[]): Map<K, number> {
  const index = new Map<K, number>();
  for (let i = ids.length - 1; i >= 0; i--) index.set(ids[i]!, i);
  return index;
}

// Hashing ids is most of the cost of an evaluation; a position re-evaluates the same map.
function linkTable(map: ArgumentMap): LinkTable {
  const cached = tables.get(map);
  if (cached) return cached;
  const claimIds = map.claims.map((c) => c.id);
  const claimIndex = indexOf(claimIds);
  const linkIds = [...map.links.map((l) => l.id), ...map.linkDisputes.map((d) => d.id)];
  const linkIndex = indexOf(linkIds);
  const links = linkIds.length;
  const linkKind = new Uint8Array(links);
  const linkSource = new Int32Array(links).fill(-1);
  const linkTargetClaim = new Int32Array(links).fill(-1);
  const linkTargetLink = new Int32Array(links).fill(-1);
  for (let l = 0; l < map.links.length; l++) {
    const link = map.links[l]!;
    linkKind[l] = link.type === "dispute" ? DISPUTE : SUPPORT;
    linkSource[l] = claimIndex.get(link.from) ?? -1;
    linkTargetClaim[l] = claimIndex.get(link.to) ?? -1;
  }
  for (let d = 0; d < map.linkDisputes.length; d++) {
    const dispute = map.linkDisputes[d]!;
    const l = map.links.length + d;
    linkKind[l] = LINK_DISPUTE;
    linkSource[l] = claimIndex.get(dispute.from) ?? -1;
    linkTargetLink[l] = linkIndex.get(dispute.toLink) ?? -1;
  }
  const table = {
    claimIds,
    linkIds,
    claimIndex,
    linkIndex,
    linkKind,
    linkSource,
    linkTargetClaim,
    linkTargetLink,
  };
  tables.set(map, table);
  return table;
}

/**
 * The framework of a map (see `DisputeFramework`). Links whose ends the map does not name are
 * kept as arguments without attacks, so they never change a claim. O(claims + links); the
 * numbering of ids is memoised per map object, so evaluating positions on one map is cheaper.
 * @example disputeFramework(map).graph.size === map.claims.length + 2 * (map.links.length + map.linkDisputes.length)
 */
export function disputeFramework(
  map: ArgumentMap,
  given: ReadonlySet<ClaimId> = new Set(),
): DisputeFramework {
  const table = linkTable(map);
  const { claimIds, linkIds, claimIndex, linkKind, linkSource, linkTargetClaim } = table;
  const { linkTargetLink } = table;
  const claims = claimIds.length;
  const links = linkIds.length;
  const isGiven = new Uint8Array(claims);
  for (const id of given) {
    const c = claimIndex.get(id);
    if (c !== undefined) isGiven[c] = 1;
  }
  const disputeTargets = linkTargetClaim.map((c, l) =>
    linkKind[l] === DISPUTE && c >= 0 && !isGiven[c] ? c : -1,
  );
  const into = groupBy(claims, disputeTargets);
  const on = groupBy(links, linkTargetLink);

  const attacks: number[] = [];
  const notSource = claims + links;
  for (let l = 0; l < links; l++) {
    const source = linkSource[l]!;
    if (source >= 0) attacks.push(source, notSource + l);
    attacks.push(notSource + l, claims + l);
    if (linkTargetLink[l]! >= 0) attacks.push(claims + l, claims + linkTargetLink[l]!);
    if (disputeTargets[l]! >= 0) attacks.push(claims + l, disputeTargets[l]!);
  }
  const size = claims + 2 * links;
  const weight = new Uint8Array(size);
  weight.fill(1, 0, claims);
  return {
    ...table,
    disputesIntoStart: into.start,
    disputesInto: into.items,
    challengesStart: on.start,
    challenges: on.items,
    given: isGiven,
    graph: attackGraph(size, attacks, weight),
  };
}
