import { describe, expect, test } from "vitest";
import { sampleMap } from "../testing/testMaps";
import { evaluateMap, type Status } from "./evaluateMap";
import { sketchMap } from "./sketchMap";

/** Status letters by claim, in the sketch's order: "I" stands, "O" falls, "U" undecided. */
function labels(sketch: string): Record<string, string> {
  const evaluation = evaluateMap(sketchMap(sketch));
  const letter: Record<Status, string> = { stands: "I", falls: "O", undecided: "U" };
  return Object.fromEntries([...evaluation.claimStatus].map(([id, s]) => [id, letter[s]]));
}

function ranks(sketch: string): Record<string, number> {
  return Object.fromEntries(evaluateMap(sketchMap(sketch)).claimRank);
}

describe("the classic frameworks, with their grounded labellings from the literature", () => {
  test("an unattacked claim stands, with number 1", () => {
    expect(labels("a")).toEqual({ a: "I" });
    expect(ranks("a")).toEqual({ a: 1 });
  });

  test("a single dispute: the disputed claim falls", () => {
    expect(labels("b>a")).toEqual({ b: "I", a: "O" });
    expect(ranks("b>a")).toEqual({ b: 1, a: 2 });
  });

  test("reinstatement: a ← b ← c gives c IN, b OUT, a IN", () => {
    expect(labels("c>b b>a")).toEqual({ c: "I", b: "O", a: "I" });
    expect(ranks("c>b b>a")).toEqual({ c: 1, b: 2, a: 3 });
  });

  test("two claims disputing each other are both undecided", () => {
    expect(labels("a>b b>a")).toEqual({ a: "U", b: "U" });
    expect(ranks("a>b b>a")).toEqual({ a: Infinity, b: Infinity });
  });

  test("a claim disputing itself is undecided", () => {
    expect(labels("a>a")).toEqual({ a: "U" });
  });

  test("odd loop: a 3-cycle is all undecided", () => {
    expect(labels("a>b b>c c>a")).toEqual({ a: "U", b: "U", c: "U" });
  });

  test("even loop: a 4-cycle is all undecided in the grounded reading", () => {
    expect(labels("a>b b>c c>d d>a")).toEqual({ a: "U", b: "U", c: "U", d: "U" });
  });

  test("a loop with a way out: an unattacked claim disputing a member resolves it", () => {
    // e knocks out a; then b stands, c falls, d stands (and a falls by e anyway).
    expect(labels("a>b b>c c>d d>a e>a")).toEqual({ a: "O", b: "I", c: "O", d: "I", e: "I" });
    expect(ranks("a>b b>c c>d d>a e>a")).toEqual({ e: 1, a: 2, b: 3, c: 4, d: 5 });
    // An odd loop resolves the same way.
    expect(labels("a>b b>c c>a e>a")).toEqual({ a: "O", b: "I", c: "O", e: "I" });
  });

  test("floating acceptance: a ↔ b, both dispute c, c disputes d: all undecided", () => {
    expect(labels("a>b b>a a>c b>c c>d")).toEqual({ a: "U", b: "U", c: "U", d: "U" });
  });

  test("the Nixon diamond: quaker and republican dispute each other; each backs one conclusion", () => {
    // Nixon is a Quaker, so a pacifist; a Republican, so not. The two conclusions dispute
    // each other and nothing breaks the tie: grounded leaves both undecided, and the
    // supports do not decide it either.
    const map = "quaker+pacifist republican+hawk pacifist>hawk hawk>pacifist quaker republican";
    expect(labels(map)).toEqual({ quaker: "I", pacifist: "U", republican: "I", hawk: "U" });
  });

  test("the Nixon diamond as attacks between the two defaults: both undecided", () => {
    expect(labels("q>r r>q q>p r>np")).toEqual({ q: "U", r: "U", p: "U", np: "U" });
  });

  test("a claim disputed twice, once by a standing claim: the smallest number wins", () => {
    // d is knocked out by x (number 1) and by a reinstated claim a (number 3).
    expect(ranks("c>b b>a a>d x>d")).toEqual({ c: 1, b: 2, a: 3, d: 2, x: 1 });
  });

  test("a standing claim's number is one more than its latest answered objector", () => {
    // t is disputed by o1 (answered at 2) and o2 (answered at 4): t = 5.
    expect(ranks("k>o1 o1>t z>y y>w w>o2 o2>t")).toMatchObject({ o1: 2, o2: 4, t: 5 });
  });
});

describe("supports add no derived attacks", () => {
  test("a dispute on a conclusion leaves its reasons standing", () => {
    expect(labels("r+c o>c")).toEqual({ r: "I", c: "O", o: "I" });
  });

  test("refuting one reason does not topple a conclusion another reason carries", () => {
    expect(labels("r1+c r2+c o>r1")).toEqual({ r1: "O", c: "I", r2: "I", o: "I" });
  });

  test("a support's own status says whether the inference holds", () => {
    const evaluation = evaluateMap(sketchMap("r1+c r2+c o>r1 u>[r2+c]"));
    expect(Object.fromEntries(evaluation.linkStatus)).toEqual({
      "r1+c": "falls",
      "r2+c": "falls",
      "o>r1": "stands",
      "u>[r2+c]": "stands",
    });
    expect(evaluation.claimStatus.get("c")).toBe("stands");
  });
});

describe("undercuts and attacks on attacks", () => {
  test("c1 disputes c2; c3 disputes the link c1→c2: c2 stands again, c1 still stands", () => {
    const evaluation = evaluateMap(sketchMap("c1>c2 c3>[c1>c2]"));
    expect(Object.fromEntries(evaluation.claimStatus)).toEqual({
      c1: "stands",
      c2: "stands",
      c3: "stands",
    });
    expect(evaluation.linkStatus.get("c1>c2")).toBe("falls");
    expect(evaluation.claimRank.get("c2")).toBe(2);
  });

  test("an attack on the attack on the attack restores the first dispute", () => {
    expect(labels("c1>c2 c3>[c1>c2] c4>[c3>[c1>c2]]")).toEqual({
      c1: "I",
      c2: "O",
      c3: "I",
      c4: "I",
    });
  });

  test("an undercut by a falling claim changes nothing", () => {
    expect(labels("c1>c2 c3>[c1>c2] k>c3")).toEqual({ c1: "I", c2: "O", c3: "O", k: "I" });
  });

  test("an undercut by an undecided claim leaves the dispute, and its target, undecided", () => {
    expect(labels("c1>c2 c3>[c1>c2] c3>x x>c3")).toEqual({ c1: "I", c2: "U", c3: "U", x: "U" });
  });

  test("a claim that disputes the dispute against itself: undecided (each way is self-consistent)", () => {
    expect(labels("a>b b>[a>b]")).toEqual({ a: "I", b: "U" });
  });

  test("an undercut on a support makes the inference fail but leaves both claims", () => {
    const evaluation = evaluateMap(sketchMap("r+c u>[r+c]"));
    expect(evaluation.linkStatus.get("r+c")).toBe("falls");
    expect(evaluation.claimStatus.get("r")).toBe("stands");
    expect(evaluation.claimStatus.get("c")).toBe("stands");
  });

  test("a dispute link from a falling claim fails", () => {
    const evaluation = evaluateMap(sketchMap("k>a a>b"));
    expect(evaluation.linkStatus.get("a>b")).toBe("falls");
  });
});

test("the sample map: Bo's denial is disputed by the framing, so Ann's claim stands", () => {
  const evaluation = evaluateMap(sampleMap());
  expect(Object.fromEntries(evaluation.claimStatus)).toEqual({
    c1: "stands",
    c2: "stands",
    c3: "stands",
  });
  expect(evaluation.linkStatus.get("l1")).toBe("falls");
  expect(evaluation.counts).toEqual({ stands: 3, falls: 0, undecided: 0 });
});

test("ids such as __proto__ are plain keys", () => {
  const evaluation = evaluateMap(sketchMap("__proto__>constructor constructor>toString"));
  expect(evaluation.claimStatus.get("__proto__")).toBe("stands");
  expect(evaluation.claimStatus.get("constructor")).toBe("falls");
  expect(evaluation.claimStatus.get("toString")).toBe("stands");
});

test("the evaluation is memoised per map object", () => {
  const map = sketchMap("a>b");
  expect(evaluateMap(map)).toBe(evaluateMap(map));
  expect(evaluateMap({ ...map })).not.toBe(evaluateMap(map));
});
