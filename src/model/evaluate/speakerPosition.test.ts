import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { ArgumentMap, ClaimId } from "../core/types";
import { parseMap } from "../format/loadMap";
import { mapArbitrary } from "../testing/mapArbitrary";
import { FRAMING } from "../view/viewFilter";
import { disputeHeavyArb } from "./disputeArbitrary";
import { evaluateMap } from "./evaluateMap";
import { naiveEvaluation } from "./naiveEvaluation";
import { sketchMap } from "./sketchMap";
import { acceptSpeakers, comparePositions } from "./speakerPosition";
import { explainStatus, reasonSentence } from "./statusReason";

const loaded = parseMap(
  readFileSync(new URL("../../../data/south-korea-us-alliance.json", import.meta.url), "utf8"),
);
if (!loaded.ok) throw new Error("the built-in map does not load");
const builtIn = loaded.map;

/** The map with every dispute of a given claim deleted, and the link disputes left hanging. */
function withoutDisputesOf(map: ArgumentMap, given: ReadonlySet<ClaimId>): ArgumentMap {
  const links = map.links.filter((l) => !(l.type === "dispute" && given.has(l.to)));
  const kept = new Set(links.map((l) => l.id));
  let linkDisputes = map.linkDisputes;
  for (let before = -1; before !== linkDisputes.length;) {
    before = linkDisputes.length;
    linkDisputes = linkDisputes.filter((d) => kept.has(d.toLink));
    for (const d of linkDisputes) kept.add(d.id);
  }
  return { ...map, links, linkDisputes };
}

describe("a speaker's position on the built-in map", () => {
  const plain = evaluateMap(builtIn);
  const choices = [
    ...builtIn.speakers.map((s) => [s.id]),
    [FRAMING],
    ["roh-moo-hyun", "moon-chung-in"],
    ["bush-administration", "oberdorfer", "officials"],
  ];

  test.each(choices.map((c) => [c.join(" + "), c] as const))(
    "%s: the figures match a direct computation",
    (_, speakers) => {
      const position = acceptSpeakers(builtIn, speakers);
      const theirs = new Set(
        builtIn.claims.filter((c) => speakers.includes(c.speaker ?? FRAMING)).map((c) => c.id),
      );
      expect(new Set(position.claims)).toEqual(theirs);

      // Re-evaluating a hand-filtered map gives the same statuses, and so does the naive oracle.
      const filtered = evaluateMap(withoutDisputesOf(builtIn, theirs));
      expect(new Map(position.evaluation.claimStatus)).toEqual(new Map(filtered.claimStatus));
      expect(new Map(position.evaluation.claimStatus)).toEqual(
        naiveEvaluation(builtIn, theirs).claim,
      );
      for (const id of theirs) expect(position.evaluation.claimStatus.get(id)).toBe("stands");

      // What changes, counted by hand.
      const changed = builtIn.claims.filter(
        (c) => plain.claimStatus.get(c.id) !== filtered.claimStatus.get(c.id),
      );
      expect(position.changes.map((c) => c.claim)).toEqual(changed.map((c) => c.id));
      for (const status of ["stands", "falls", "undecided"] as const)
        expect(position.changeCounts[status]).toBe(
          changed.filter((c) => filtered.claimStatus.get(c.id) === status).length,
        );

      // Internal conflicts: their claims disputing their claims.
      const conflicts = builtIn.links.filter(
        (l) => l.type === "dispute" && theirs.has(l.from) && theirs.has(l.to),
      );
      expect(position.internalConflicts.map((c) => c.link)).toEqual(conflicts.map((l) => l.id));

      // Unanswered objections: others' claims disputing theirs that still stand (the
      // built-in map has no link disputes, so a dispute holds when its source stands).
      expect(builtIn.linkDisputes).toEqual([]);
      const objections = builtIn.links.filter(
        (l) =>
          l.type === "dispute" &&
          theirs.has(l.to) &&
          !theirs.has(l.from) &&
          filtered.claimStatus.get(l.from) === "stands",
      );
      expect(position.unansweredObjections.map((o) => [o.claim, o.target])).toEqual(
        objections.map((l) => [l.from, l.to]),
      );

      // Commitments: what their claims support, found by sweeping until nothing is added.
      const reached = new Set(theirs);
      for (let size = -1; size !== reached.size;) {
        size = reached.size;
        for (const l of builtIn.links)
          if (l.type === "support" && reached.has(l.from)) reached.add(l.to);
      }
      const commitments = builtIn.claims.filter((c) => reached.has(c.id) && !theirs.has(c.id));
      expect(position.commitments.map((c) => c.claim)).toEqual(commitments.map((c) => c.id));
      for (const commitment of position.commitments) {
        const disputers = builtIn.links
          .filter((l) => l.type === "dispute" && l.to === commitment.claim && theirs.has(l.from))
          .map((l) => l.from);
        expect(commitment.disputedBy).toEqual(disputers);
        expect(commitment.status).toBe(filtered.claimStatus.get(commitment.claim));
      }
    },
  );

  test("Roh Moo-hyun's position: his three falling claims stand, the officials' best option falls, and five objections stay open", () => {
    const position = acceptSpeakers(builtIn, ["roh-moo-hyun"]);
    expect(position.changeCounts).toEqual({ stands: 3, falls: 1, undecided: 0 });
    expect(position.changes).toEqual([
      { claim: "engagement", before: "falls", after: "stands" },
      { claim: "balancing-power", before: "falls", after: "stands" },
      // His aim of self-sufficiency, once taken as given, knocks out what it disputes.
      { claim: "best-option", before: "stands", after: "falls" },
      { claim: "self-sufficient", before: "falls", after: "stands" },
    ]);
    expect(position.unansweredObjections.map((o) => o.claim)).toEqual([
      "tougher-stance",
      "incentives-after-compliance",
      "few-specifics",
      "ridiculous",
      "need-the-us",
    ]);
    const reason = explainStatus(position.evaluation, "engagement")!;
    expect(reasonSentence(reason, (id) => id)).toBe("Stands: taken as given in this position.");
  });

  test("comparing two positions lists the claims whose status differs", () => {
    const differences = comparePositions(builtIn, ["roh-moo-hyun"], ["oberdorfer"]);
    const a = acceptSpeakers(builtIn, ["roh-moo-hyun"]).evaluation.claimStatus;
    const b = acceptSpeakers(builtIn, ["oberdorfer"]).evaluation.claimStatus;
    expect(differences).toEqual(
      builtIn.claims
        .filter((c) => a.get(c.id) !== b.get(c.id))
        .map((c) => ({ claim: c.id, a: a.get(c.id), b: b.get(c.id) })),
    );
    expect(differences.length).toBeGreaterThan(0);
    expect(comparePositions(builtIn, ["oberdorfer"], ["oberdorfer"])).toEqual([]);
  });
});

describe("a speaker's position on small maps", () => {
  test("an internal conflict, an answered and an unanswered objection", () => {
    const map = sketchMap("a1>a2 x>a1 y>a2 k>y", { ann: ["a1", "a2"], bo: ["x", "y"] });
    const position = acceptSpeakers(map, ["ann"]);
    expect(position.internalConflicts).toEqual([{ from: "a1", to: "a2", link: "a1>a2" }]);
    expect(position.unansweredObjections).toEqual([
      { kind: "dispute", claim: "x", link: "x>a1", target: "a1", targetLink: null },
    ]);
    // a2 already stood (both its disputers fall); a1 fell to x.
    expect(position.changes).toEqual([{ claim: "a1", before: "falls", after: "stands" }]);
  });

  test("an undercut of their inference that stands is an unanswered objection", () => {
    const map = sketchMap("a>x u>[a>x]", { ann: ["a"] });
    expect(acceptSpeakers(map, ["ann"]).unansweredObjections).toEqual([
      { kind: "undercut", claim: "u", link: "u>[a>x]", target: "a", targetLink: "a>x" },
    ]);
  });

  test("disputes of their claims are set aside, and so are the disputes of those disputes", () => {
    const map = sketchMap("x>a y>[x>a] y>z", { ann: ["a"] });
    const position = acceptSpeakers(map, ["ann"]);
    expect(position.evaluation.claimStatus.get("a")).toBe("stands");
    expect(position.unansweredObjections).toEqual([]);
  });

  test("commitments follow supports onwards; a linked group needs all its premises", () => {
    const map = sketchMap("a+b b+c a+d@g e+d@g f+k@h a+k@h x>c", { ann: ["a", "f"], bo: ["x"] });
    const position = acceptSpeakers(map, ["ann"]);
    // e is not theirs, so the group g does not commit them to d; the group h of a and f
    // commits them to k.
    expect(position.commitments).toEqual([
      { claim: "b", status: "stands", via: ["a+b"], disputedBy: [] },
      { claim: "c", status: "falls", via: ["b+c"], disputedBy: [] },
      { claim: "k", status: "stands", via: ["f+k", "a+k"], disputedBy: [] },
    ]);
  });

  test("a commitment their own claims dispute is flagged", () => {
    const map = sketchMap("a+b c>b", { ann: ["a", "c"] });
    expect(acceptSpeakers(map, ["ann"]).commitments).toEqual([
      { claim: "b", status: "falls", via: ["a+b"], disputedBy: ["c"] },
    ]);
  });

  test("speaker ids such as __proto__ are plain keys", () => {
    const map = sketchMap("p>q q>p", { ["__proto__"]: ["p"], constructor: ["q"] });
    expect(map.speakers.map((s) => s.id)).toContain("__proto__");
    expect(comparePositions(map, ["__proto__"], ["constructor"])).toEqual([
      { claim: "p", a: "stands", b: "falls" },
      { claim: "q", a: "falls", b: "stands" },
    ]);
  });

  test("on generated maps, the position equals the naive oracle with their claims given", () => {
    fc.assert(
      fc.property(fc.oneof(mapArbitrary, disputeHeavyArb), fc.nat(), (map, pick) => {
        const speakers = [...new Set(map.claims.map((c) => c.speaker ?? FRAMING))];
        const chosen = speakers.filter((_, i) => (pick >> i) & 1);
        const position = acceptSpeakers(map, chosen);
        expect(new Map(position.evaluation.claimStatus)).toEqual(
          naiveEvaluation(map, new Set(position.claims)).claim,
        );
      }),
      { numRuns: 300 },
    );
  });
});
