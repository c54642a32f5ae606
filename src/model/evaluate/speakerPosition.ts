// A speaker's position: accept their claims, re-evaluate the rest, and see what follows.
// Pure: no DOM, no store.
import type { ArgumentMap, ClaimId, Link, LinkId, SpeakerId } from "../core/types";
import { speakerKey } from "../view/viewFilter";
import { evaluateMap, type Evaluation, type Status } from "./evaluateMap";

export interface StatusChange {
  claim: ClaimId;
  before: Status;
  after: Status;
}

/** One of their claims disputing another of theirs. */
export interface InternalConflict {
  from: ClaimId;
  to: ClaimId;
  link: LinkId;
}

/**
 * An objection still standing once their claims are given: a dispute of one of their claims
 * (`dispute`), or a dispute of one of their links (`undercut`: "that does not follow", or
 * an attack on one of their disputes), that would hold.
 */
export interface Objection {
  kind: "dispute" | "undercut";
  /** The objecting claim; it stands in the position. */
  claim: ClaimId;
  link: LinkId;
  /** Their claim disputed, or the claim whose link is disputed. */
  target: ClaimId;
  /** The link disputed, for an undercut. */
  targetLink: LinkId | null;
}

/** A claim that is not theirs but that their claims support, directly or through others. */
export interface Commitment {
  claim: ClaimId;
  /** Its status in the position. */
  status: Status;
  /** The support links that commit them to it: from their claims or other commitments. */
  via: LinkId[];
  /** Their own claims that dispute it: a tension in the position. */
  disputedBy: ClaimId[];
}

export interface SpeakerPosition {
  speakers: SpeakerId[];
  /** Their claims: those whose speaker is one of `speakers` (FRAMING for claims without one). */
  claims: ClaimId[];
  /** The evaluation with their claims given. */
  evaluation: Evaluation;
  /** Claims whose status differs from the plain evaluation, in map order. */
  changes: StatusChange[];
  /** How many of the changed claims now stand, fall, or are undecided. */
  changeCounts: Record<Status, number>;
  internalConflicts: InternalConflict[];
  unansweredObjections: Objection[];
  commitments: Commitment[];
}

/**
 * Accepts the claims of one or several speakers and re-evaluates the map.
 *
 * Their claims are given: every dispute link into one of them is set aside (it knocks out
 * nothing; link disputes of it become moot), so they all stand, and the rest is evaluated
 * again. Their links are not given: an undercut of one of their inferences or disputes still
 * counts. Returns what changes against the plain evaluation; their internal conflicts (one
 * of their claims disputing another); their unanswered objections (a dispute of their claim,
 * or of their link, that would hold: its source stands and nothing standing disputes it); and
 * their commitments (what their claims support, following support links onwards; a linked
 * group of premises commits only when all its premises are theirs or commitments), each
 * flagged with their own claims that dispute it. `plain` is the map's plain evaluation, to
 * compare with (memoised, so rarely worth passing).
 * @example acceptSpeakers(builtIn, ["roh-moo-hyun"]).changeCounts // { stands: 3, falls: 0, undecided: 0 }
 */
export function acceptSpeakers(
  map: ArgumentMap,
  speakers: readonly SpeakerId[],
  plain: Evaluation = evaluateMap(map),
): SpeakerPosition {
  const claims = claimsOfSpeakers(map, speakers);
  const theirs = new Set(claims);
  const evaluation = evaluateMap(map, { given: theirs });

  const changes: StatusChange[] = [];
  const changeCounts: Record<Status, number> = { stands: 0, falls: 0, undecided: 0 };
  for (const [claim, after] of evaluation.claimStatus) {
    const before = plain.claimStatus.get(claim) ?? "undecided";
    if (before === after) continue;
    changes.push({ claim, before, after });
    changeCounts[after]++;
  }

  const internalConflicts: InternalConflict[] = map.links
    .filter((l) => l.type === "dispute" && theirs.has(l.from) && theirs.has(l.to))
    .map((l) => ({ from: l.from, to: l.to, link: l.id }));

  const holds = (link: LinkId) => evaluation.linkStatus.get(link) === "stands";
  const sourceOf = new Map<LinkId, ClaimId>();
  for (const l of map.links) sourceOf.set(l.id, l.from);
  for (const d of map.linkDisputes) sourceOf.set(d.id, d.from);
  const unansweredObjections: Objection[] = [];
  for (const l of map.links) {
    if (l.type !== "dispute" || !theirs.has(l.to) || theirs.has(l.from) || !holds(l.id)) continue;
    unansweredObjections.push({
      kind: "dispute",
      claim: l.from,
      link: l.id,
      target: l.to,
      targetLink: null,
    });
  }
  for (const d of map.linkDisputes) {
    const target = sourceOf.get(d.toLink);
    if (target === undefined || !theirs.has(target) || theirs.has(d.from) || !holds(d.id)) continue;
    unansweredObjections.push({
      kind: "undercut",
      claim: d.from,
      link: d.id,
      target,
      targetLink: d.toLink,
    });
  }

  return {
    speakers: [...speakers],
    claims,
    evaluation,
    changes,
    changeCounts,
    internalConflicts,
    unansweredObjections,
    commitments: commitmentsOf(map, theirs, evaluation),
  };
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** The ids of the claims of some speakers (FRAMING stands for claims without a speaker). */
export function claimsOfSpeakers(map: ArgumentMap, speakers: readonly SpeakerId[]): ClaimId[] {
  const chosen = new Set(speakers);
  return map.claims.filter((c) => chosen.has(speakerKey(c.speaker))).map((c) => c.id);
}

function commitmentsOf(
  map: ArgumentMap,
  theirs: ReadonlySet<ClaimId>,
  evaluation: Evaluation,
): Commitment[] {
  const supportsFrom = new Map<ClaimId, Link[]>();
  // Members of each linked group, keyed by the conclusion and the group (a Map of Maps, so
  // no id is ever joined into a string key).
  const groups = new Map<ClaimId, Map<string, Link[]>>();
  for (const l of map.links) {
    if (l.type !== "support") continue;
    push(supportsFrom, l.from, l);
    if (l.group === undefined) continue;
    const byGroup = groups.get(l.to) ?? new Map<string, Link[]>();
    push(byGroup, l.group, l);
    groups.set(l.to, byGroup);
  }
  const committed = new Set<ClaimId>(theirs);
  const queue = [...theirs];
  while (queue.length > 0) {
    const claim = queue.pop()!;
    for (const l of supportsFrom.get(claim) ?? []) {
      if (committed.has(l.to)) continue;
      if (l.group !== undefined) {
        const premises = groups.get(l.to)?.get(l.group) ?? [];
        if (!premises.every((p) => committed.has(p.from))) continue;
      }
      committed.add(l.to);
      queue.push(l.to);
    }
  }
  const via = new Map<ClaimId, LinkId[]>();
  const disputedBy = new Map<ClaimId, ClaimId[]>();
  for (const l of map.links) {
    if (!committed.has(l.to) || theirs.has(l.to)) continue;
    if (l.type === "dispute") {
      if (theirs.has(l.from)) push(disputedBy, l.to, l.from);
    } else if (
      committed.has(l.from) &&
      (l.group === undefined ||
        (groups.get(l.to)?.get(l.group) ?? []).every((p) => committed.has(p.from)))
    )
      push(via, l.to, l.id);
  }
  const commitments: Commitment[] = [];
  for (const claim of map.claims) {
    if (theirs.has(claim.id) || !committed.has(claim.id)) continue;
    commitments.push({
      claim: claim.id,
      status: evaluation.claimStatus.get(claim.id) ?? "undecided",
      via: via.get(claim.id) ?? [],
      disputedBy: disputedBy.get(claim.id) ?? [],
    });
  }
  return commitments;
}

/** A claim whose status differs between two positions. */
export interface PositionDifference {
  claim: ClaimId;
  a: Status;
  b: Status;
}

/**
 * The claims whose status differs between accepting speakers `a` and accepting speakers `b`,
 * in map order.
 * @example comparePositions(map, ["roh-moo-hyun"], ["bush-administration"])
 */
export function comparePositions(
  map: ArgumentMap,
  a: readonly SpeakerId[],
  b: readonly SpeakerId[],
): PositionDifference[] {
  const first = evaluateMap(map, { given: new Set(claimsOfSpeakers(map, a)) }).claimStatus;
  const second = evaluateMap(map, { given: new Set(claimsOfSpeakers(map, b)) }).claimStatus;
  const differences: PositionDifference[] = [];
  for (const [claim, status] of first) {
    const other = second.get(claim) ?? "undecided";
    if (other !== status) differences.push({ claim, a: status, b: other });
  }
  return differences;
}
