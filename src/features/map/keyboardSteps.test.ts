import { expect, test } from "vitest";
import { sampleMap } from "../../model/testing/testMaps";
import { stepFrom, stepOfKey } from "./keyboardSteps";

const map = sampleMap();
const all = new Set(["c1", "c2", "c3"]);
const x: Record<string, number> = { c1: 0, c2: 10, c3: 20 };
const order = (id: string) => x[id] ?? 0;

test("arrow keys follow the layout's direction", () => {
  expect(stepOfKey("ArrowUp", "TB")).toBe("toTarget");
  expect(stepOfKey("ArrowRight", "LR")).toBe("toTarget");
  expect(stepOfKey("ArrowLeft", "TB")).toBe("previousSibling");
  expect(stepOfKey("Enter", "TB")).toBeUndefined();
});

test("steps along links and between siblings, within what is shown", () => {
  expect(stepFrom(map, "c2", "toTarget", all, order)).toBe("c1");
  expect(stepFrom(map, "c1", "toSource", all, order)).toBe("c2");
  expect(stepFrom(map, "c2", "nextSibling", all, order)).toBe("c3");
  expect(stepFrom(map, "c3", "previousSibling", all, order)).toBe("c2");
  expect(stepFrom(map, "c3", "nextSibling", all, order)).toBeUndefined();
  expect(stepFrom(map, "c1", "toSource", new Set(["c1", "c3"]), order)).toBe("c3");
  expect(stepFrom(map, "c1", "toTarget", all, order)).toBeUndefined();
});
