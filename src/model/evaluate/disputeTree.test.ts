import fc from "fast-check";
import { expect, test } from "vitest";
import { mapArbitrary } from "../testing/mapArbitrary";
import { disputeHeavyArb } from "./disputeArbitrary";
import { disputeTree, type DisputeTreeNode } from "./disputeTree";
import { evaluateMap } from "./evaluateMap";
import { sketchMap } from "./sketchMap";

/** A tree as nested text: "claim:status" with the relation, children in brackets. */
function sketch(node: DisputeTreeNode): string {
  const head = `${node.relation === "undercuts" ? "~" : ""}${node.claim}:${node.linkStatus[0]}`;
  const cut = node.cut ? `(${node.cut})` : "";
  return node.children.length === 0
    ? head + cut
    : `${head}[${node.children.map(sketch).join(" ")}]`;
}

const tree = (map: string, claim: string, depth?: number) =>
  sketch(disputeTree(evaluateMap(sketchMap(map)), claim, depth)!);

test("reinstatement: a stands because b falls because c stands", () => {
  expect(tree("c>b b>a", "a")).toBe("a:s[b:f[c:s]]");
});

test("a standing claim lists all its disputers, each with its smallest defeater", () => {
  expect(tree("b>a c>b d>b e>a f>e", "a")).toBe("a:s[b:f[c:s] e:f[f:s]]");
});

test("a falling claim shows the standing claim that defeats it soonest", () => {
  expect(tree("k>j j>y y>a z>a", "a")).toBe("a:f[z:s]");
});

test("undercuts appear as moves on the link", () => {
  // x stands, but its dispute of a fails: y undercuts it.
  expect(tree("x>a y>[x>a]", "a")).toBe("a:s[x:f[~y:s]]");
  // The dispute from x holds: the disputers of x and the undercutters of the link all fail.
  expect(tree("x>a y>[x>a] k>y q>x r>q", "a")).toBe("a:f[x:s[q:f[r:s] ~y:f[k:s]]]");
});

test("the root node carries the claim's own numbers", () => {
  const root = disputeTree(evaluateMap(sketchMap("c>b b>a")), "a")!;
  expect(root).toMatchObject({
    claim: "a",
    status: "stands",
    relation: "root",
    link: null,
    rank: 3,
  });
  expect(root.children[0]).toMatchObject({
    claim: "b",
    link: "b>a",
    rank: 2,
    relation: "disputes",
  });
});

test("loops are cut where a node comes back", () => {
  expect(tree("a>b b>a", "a")).toBe("a:u[b:u[a:u(loop)]]");
});

test("the depth limit cuts long chains", () => {
  expect(tree("e>d d>c c>b b>a", "a", 2)).toBe("a:s[b:f[c:s(depth)]]");
});

test("regression: a link that falls both ways is explained by the way that is not circular", () => {
  // c1 falls by __proto__'s dispute; c1's challenge to it fails, undercut by __proto__ in
  // turn. That challenge also fails because c1 falls, but that reason runs back through the
  // dispute being explained: the tree must take the undercut.
  const map = "__proto__>c1 c1>[__proto__>c1] __proto__>[c1>[__proto__>c1]]";
  expect(tree(map, "c1")).toBe("c1:f[__proto__:s[~c1:f[~__proto__:s]]]");
});

test("an unknown claim has no tree", () => {
  expect(disputeTree(evaluateMap(sketchMap("a")), "zz")).toBeNull();
});

test("on generated maps: children explain their parent's status, and numbers never grow going down", () => {
  fc.assert(
    fc.property(fc.oneof(mapArbitrary, disputeHeavyArb), (map) => {
      const evaluation = evaluateMap(map);
      const check = (node: DisputeTreeNode) => {
        const kids = node.children.map((c) => c.linkStatus);
        if (node.cut === null) {
          if (node.linkStatus === "stands") expect(kids.every((s) => s === "falls")).toBe(true);
          if (node.linkStatus === "falls") expect(kids).toEqual(["stands"]);
          if (node.linkStatus === "undecided")
            expect(kids.every((s) => s === "undecided") && kids.length > 0).toBe(true);
        }
        if (node.linkStatus === "falls" && node.children[0]) {
          const child = node.children[0];
          expect(child.rank + (child.relation === "disputes" ? 1 : 0)).toBe(node.rank);
        }
        if (node.linkStatus !== "undecided") {
          expect(node.cut).toBeNull();
          for (const child of node.children) expect(child.rank).toBeLessThanOrEqual(node.rank);
          if (node.children.length === 0 && node.linkStatus === "stands")
            expect(evaluation.claimRank.get(node.claim)).toBe(1);
        }
        node.children.forEach(check);
      };
      for (const claim of map.claims) check(disputeTree(evaluation, claim.id, 50)!);
    }),
    { numRuns: 300 },
  );
});
