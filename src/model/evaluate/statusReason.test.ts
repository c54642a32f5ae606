import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { mapArbitrary } from "../testing/mapArbitrary";
import { disputeHeavyArb } from "./disputeArbitrary";
import { evaluateMap } from "./evaluateMap";
import { sketchMap } from "./sketchMap";
import { explainStatus, reasonSentence } from "./statusReason";

const upper = (id: string) => id.toUpperCase();

function sentence(sketch: string, claim: string): string {
  const reason = explainStatus(evaluateMap(sketchMap(sketch)), claim);
  if (!reason) throw new Error(`no claim ${claim}`);
  return reasonSentence(reason, upper);
}

describe("reason sentences", () => {
  test("a claim nothing disputes", () => {
    expect(sentence("a b+a", "a")).toBe("Stands: nothing disputes it.");
  });

  test("a claim whose disputers are all answered names each answer", () => {
    expect(sentence("a>x b>a c>x d>c", "x")).toBe(
      "Stands: every claim disputing it falls — A (answered by B), C (answered by D).",
    );
  });

  test("the answer named is the one that settles the disputer soonest", () => {
    // a is knocked out by b (number 1) and by e, itself reinstated (number 3).
    expect(sentence("a>x g>f f>e e>a b>a", "x")).toBe(
      "Stands: every claim disputing it falls — A (answered by B).",
    );
    expect(sentence("a>x e>a b>a", "x")).toBe(
      "Stands: every claim disputing it falls — A (answered by E).",
    );
  });

  test("a falling claim names the standing claim that defeats it soonest", () => {
    expect(sentence("x>a", "a")).toBe("Falls: disputed by X, which stands.");
    // y is reinstated (number 3), z stands unattacked (number 1): z is named.
    expect(sentence("k>j j>y y>a z>a", "a")).toBe("Falls: disputed by Z, which stands.");
  });

  test("an undercut dispute says so", () => {
    expect(sentence("x>a y>[x>a]", "a")).toBe(
      "Stands: the dispute from X is undercut by Y, which stands.",
    );
  });

  test("answers and undercuts together", () => {
    expect(sentence("x>a y>[x>a] b>a c>b", "a")).toBe(
      "Stands: every dispute against it fails — B falls (answered by C); the dispute from X is undercut by Y, which stands.",
    );
  });

  test("a falling claim whose defeat survives a challenge says the challenge fails", () => {
    expect(sentence("x>a y>[x>a] k>y", "a")).toBe(
      "Falls: disputed by X, which stands (the challenge to that dispute by Y fails).",
    );
    expect(sentence("x>a y>[x>a] w>[x>a] k>y k>w", "a")).toBe(
      "Falls: disputed by X, which stands (the challenges to that dispute by Y and W fail).",
    );
  });

  test("an undecided claim on a loop", () => {
    expect(sentence("a>b b>a", "a")).toBe("Undecided: caught in the dispute loop A → B → A.");
    expect(sentence("a>b b>c c>a", "b")).toBe(
      "Undecided: caught in the dispute loop B → C → A → B.",
    );
    expect(sentence("a>a", "a")).toBe("Undecided: caught in the dispute loop A → A.");
  });

  test("the loop named is a shortest one through the claim", () => {
    // a is on a 4-loop and a 2-loop.
    expect(sentence("a>b b>c c>d d>a a>e e>a", "a")).toBe(
      "Undecided: caught in the dispute loop A → E → A.",
    );
  });

  test("an undecided claim off the loop it hangs on", () => {
    expect(sentence("a>b b>a a>c b>c", "c")).toBe(
      "Undecided: disputed by A, which is caught in the dispute loop A → B → A.",
    );
    expect(sentence("a>b b>a a>c b>c c>d", "d")).toBe(
      "Undecided: it hangs on the dispute loop A → B → A, through A → C → D.",
    );
  });

  test("loops are measured in claims: one claim through three link disputes beats two claims", () => {
    // b disputes v's dispute of u's dispute of a's dispute of b: a loop of one claim (and
    // four links), shorter in claims than b ↔ c (two claims, two links).
    const map = "a>b u>[a>b] v>[u>[a>b]] b>[v>[u>[a>b]]] b>c c>b";
    expect(sentence(map, "b")).toBe(
      "Undecided: caught in the dispute loop B → the dispute from V → the dispute from U → the dispute from A → B.",
    );
  });

  test("a loop through a dispute of a link names that dispute", () => {
    expect(sentence("a>b b>[a>b]", "b")).toBe(
      "Undecided: caught in the dispute loop B → the dispute from A → B.",
    );
  });
});

describe("reasons as data", () => {
  test("a defended claim lists the links and the answering links", () => {
    expect(explainStatus(evaluateMap(sketchMap("b>a c>b u>a v>[u>a]")), "a")).toEqual({
      kind: "defended",
      claim: "a",
      answers: [
        { kind: "answered", attacker: "b", link: "b>a", by: "c", byLink: "c>b" },
        { kind: "undercut", attacker: "u", link: "u>a", by: "v", byLink: "v>[u>a]" },
      ],
    });
  });

  test("an unknown claim has no reason", () => {
    expect(explainStatus(evaluateMap(sketchMap("a")), "nope")).toBeNull();
  });

  test("every claim of a generated map has a reason that agrees with its status", () => {
    fc.assert(
      fc.property(fc.oneof(mapArbitrary, disputeHeavyArb), (map) => {
        const evaluation = evaluateMap(map);
        for (const claim of map.claims) {
          const reason = explainStatus(evaluation, claim.id)!;
          const status = evaluation.claimStatus.get(claim.id);
          const rank = (id: string) => evaluation.claimRank.get(id)!;
          const linkStatus = (id: string) => evaluation.linkStatus.get(id);
          const { framework, labelling } = evaluation;
          const linkRank = (id: string) =>
            labelling.rank[framework.claimIds.length + framework.linkIndex.get(id)!]!;
          switch (reason.kind) {
            case "unattacked":
              expect(status).toBe("stands");
              expect(rank(claim.id)).toBe(1);
              break;
            case "defended":
              expect(status).toBe("stands");
              for (const answer of reason.answers) {
                expect(linkStatus(answer.link)).toBe("falls");
                expect(evaluation.claimStatus.get(answer.by)).toBe("stands");
                expect(linkStatus(answer.byLink)).toBe("stands");
                expect(rank(answer.by)).toBeLessThan(rank(claim.id));
                if (answer.kind === "answered")
                  expect(evaluation.claimStatus.get(answer.attacker)).toBe("falls");
                // The answer named is a soonest one: it accounts for the dispute's number.
                const cost = linkRank(answer.byLink) + (answer.kind === "answered" ? 1 : 0);
                expect(cost).toBe(linkRank(answer.link));
              }
              break;
            case "defeated":
              expect(status).toBe("falls");
              expect(evaluation.claimStatus.get(reason.by)).toBe("stands");
              expect(linkStatus(reason.link)).toBe("stands");
              expect(rank(claim.id)).toBeGreaterThan(rank(reason.by));
              expect(rank(claim.id)).toBe(linkRank(reason.link) + 1);
              break;
            case "undecided": {
              expect(status).toBe("undecided");
              expect(reason.loop.length).toBeGreaterThan(0);
              for (const step of [...reason.loop, ...reason.chain]) {
                if (step.kind === "claim")
                  expect(evaluation.claimStatus.get(step.claim)).toBe("undecided");
                else expect(linkStatus(step.link)).toBe("undecided");
              }
              const first = reason.chain[0] ?? reason.loop[0];
              expect(first).toEqual(reason.loop[0]);
              const last = reason.chain.at(-1) ?? reason.loop[0];
              expect(last).toEqual({ kind: "claim", claim: claim.id });
              expect(reasonSentence(reason, (id) => id)).toMatch(/^Undecided: /);
              break;
            }
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
