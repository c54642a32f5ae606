import { expect, test } from "vitest";
import { IndexedMap } from "./indexedMap";

function firstIndex(keys: string[]): Map<string, number> {
  const index = new Map<string, number>();
  keys.forEach((k, i) => {
    if (!index.has(k)) index.set(k, i);
  });
  return index;
}

test("it reads like a Map built from the same entries", () => {
  const keys = ["a", "__proto__", "c"];
  const values = [10, 20, 30];
  const map = new IndexedMap(keys, firstIndex(keys), (i) => values[i]!);
  const plain = new Map(keys.map((k, i) => [k, values[i]!]));
  expect(map.size).toBe(3);
  expect(map.get("__proto__")).toBe(20);
  expect(map.get("toString")).toBeUndefined();
  expect(map.has("c")).toBe(true);
  expect(map.has("constructor")).toBe(false);
  expect([...map]).toEqual([...plain]);
  expect([...map.keys()]).toEqual([...plain.keys()]);
  expect([...map.values()]).toEqual([...plain.values()]);
  const seen: [string, number][] = [];
  map.forEach((v, k, m) => {
    expect(m).toBe(map);
    seen.push([k, v]);
  });
  expect(seen).toEqual([...plain]);
  expect(new Map(map)).toEqual(plain);
});

test("a repeated key is one entry, the first", () => {
  const keys = ["a", "b", "a"];
  const map = new IndexedMap(keys, firstIndex(keys), (i) => i);
  expect(map.size).toBe(2);
  expect([...map]).toEqual([
    ["a", 0],
    ["b", 1],
  ]);
  expect([...map.keys()]).toEqual(["a", "b"]);
  expect([...map.values()]).toEqual([0, 1]);
});
