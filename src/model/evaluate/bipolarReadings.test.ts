// Why supports add no derived attacks: the two standard bipolar reductions, written out here
// only to show what they would say on two small debate maps.
import { expect, test } from "vitest";
import type { ArgumentMap } from "../core/types";
import { evaluateMap } from "./evaluateMap";
import { sketchMap } from "./sketchMap";

/** The claims `from` reaches by support links, itself included. */
function supported(map: ArgumentMap, from: string): Set<string> {
  const reached = new Set([from]);
  for (let size = 0; size !== reached.size;) {
    size = reached.size;
    for (const l of map.links) if (l.type === "support" && reached.has(l.from)) reached.add(l.to);
  }
  return reached;
}

/** The map with derived attacks added as dispute links. */
function withAttacks(map: ArgumentMap, derived: [string, string][]): ArgumentMap {
  const have = new Set(map.links.map((l) => `${l.from}>${l.to}`));
  const links = [...map.links];
  for (const [from, to] of derived)
    if (!have.has(`${from}>${to}`)) links.push({ id: `${from}>>${to}`, from, to, type: "dispute" });
  return { ...map, links };
}

/**
 * Deductive support (Cayrol & Lagasquie-Schiex 2013): a reason entails what it supports, so
 * a dispute of a conclusion is a dispute of every reason for it (mediated attacks), and a
 * claim disputes what its consequences dispute (supported attacks).
 */
function deductive(map: ArgumentMap): ArgumentMap {
  const derived: [string, string][] = [];
  for (const a of map.claims)
    for (const b of map.claims)
      for (const l of map.links)
        if (
          l.type === "dispute" &&
          supported(map, a.id).has(l.from) &&
          supported(map, b.id).has(l.to)
        )
          derived.push([a.id, b.id]);
  return withAttacks(map, derived);
}

/**
 * Necessary support (Nouioua & Risch 2010): a reason is necessary for what it supports, so a
 * dispute of a reason is a dispute of its conclusions (secondary, or extended, attacks).
 */
function necessary(map: ArgumentMap): ArgumentMap {
  const derived: [string, string][] = [];
  for (const l of map.links)
    if (l.type === "dispute") for (const c of supported(map, l.to)) derived.push([l.from, c]);
  return withAttacks(map, derived);
}

const status = (map: ArgumentMap, claim: string) => evaluateMap(map).claimStatus.get(claim);

test("deductive support: an objection to a conclusion would knock out the reason for it", () => {
  // threat: "North Korea still threatens the South" supports keep: "Seoul should keep US
  // troops"; cost: "the troops cost too much" disputes keep, and nothing answers it.
  const map = sketchMap("threat+keep cost>keep");
  expect(status(map, "keep")).toBe("falls");
  expect(status(map, "threat")).toBe("stands");
  // The deductive reading makes the cost argument refute the threat, which it never addressed.
  expect(status(deductive(map), "threat")).toBe("falls");
});

test("necessary support: refuting one reason would topple a conclusion another reason still carries", () => {
  // deters: "US forces deter the North" and balance: "the alliance balances China" each
  // support continue: "the alliance should continue"; doubt: "the North is not deterred by
  // troops" refutes deters.
  const map = sketchMap("deters+continue balance+continue doubt>deters");
  expect(status(map, "deters")).toBe("falls");
  expect(status(map, "continue")).toBe("stands");
  expect(evaluateMap(map).linkStatus.get("deters+continue")).toBe("falls");
  // The necessary reading makes the conclusion fall with its first reason.
  expect(status(necessary(map), "continue")).toBe("falls");
});
