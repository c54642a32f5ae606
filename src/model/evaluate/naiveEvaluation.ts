// The evaluation computed the slow, obvious way, as an oracle for tests. Test-only; pure.
import type { ArgumentMap } from "../core/types";
import type { Status } from "./evaluateMap";

/**
 * The evaluation's rules applied directly to claims and links, from all-undecided until
 * nothing changes: the least fixpoint, written without the framework of links as arguments.
 * Claims in `given` have their incoming disputes set aside. Slow (cubic) on purpose: a test
 * oracle, kept simple enough to check by eye.
 */
export function naiveEvaluation(map: ArgumentMap, given: ReadonlySet<string> = new Set()) {
  const claim = new Map<string, Status>(map.claims.map((c) => [c.id, "undecided"]));
  const links = [
    ...map.links.map((l) => ({
      id: l.id,
      from: l.from,
      to: l.to,
      toLink: undefined,
      type: l.type,
    })),
    ...map.linkDisputes.map((d) => ({
      id: d.id,
      from: d.from,
      to: undefined,
      toLink: d.toLink,
      type: d.type,
    })),
  ];
  const link = new Map<string, Status>(links.map((l) => [l.id, "undecided"]));
  for (let changed = true; changed;) {
    changed = false;
    const set = (map: Map<string, Status>, id: string, s: Status) => {
      if (map.get(id) === "undecided" && s !== "undecided") {
        map.set(id, s);
        changed = true;
      }
    };
    for (const l of links) {
      const challenges = links.filter((d) => d.toLink === l.id).map((d) => link.get(d.id));
      const source = claim.get(l.from);
      if (source === "stands" && challenges.every((s) => s === "falls")) set(link, l.id, "stands");
      if (source === "falls" || challenges.includes("stands")) set(link, l.id, "falls");
    }
    for (const c of map.claims) {
      const disputes = links
        .filter((l) => l.to === c.id && l.type === "dispute" && !given.has(c.id))
        .map((l) => link.get(l.id));
      if (disputes.every((s) => s === "falls")) set(claim, c.id, "stands");
      if (disputes.includes("stands")) set(claim, c.id, "falls");
    }
  }
  return { claim, link };
}
