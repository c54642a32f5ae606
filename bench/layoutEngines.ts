// Measures the candidate layout engines in Node on the built-in map and on generated maps.
// Run: npx tsx bench/layoutEngines.ts [sizes...]   (prints a Markdown table)
import { readFileSync } from "node:fs";
import dagre from "@dagrejs/dagre";
import { Graphviz } from "@hpcc-js/wasm-graphviz";
import ELK from "elkjs/lib/elk.bundled.js";
import { generateMap } from "../src/model/testing/generateMap";
import { parseMap } from "../src/model/format/loadMap";
import type { ArgumentMap } from "../src/model/core/types";

const W = 260;
const H = 110;

async function elk(map: ArgumentMap) {
  const engine = new ELK();
  await engine.layout({
    id: "root",
    layoutOptions: { "elk.algorithm": "layered", "elk.direction": "DOWN" },
    children: map.claims.map((c) => ({ id: c.id, width: W, height: H })),
    edges: map.links.map((l) => ({ id: l.id, sources: [l.from], targets: [l.to] })),
  });
}

function dagreLayout(map: ArgumentMap) {
  const g = new dagre.graphlib.Graph();
  g.setGraph({ rankdir: "TB" });
  g.setDefaultEdgeLabel(() => ({}));
  for (const c of map.claims) g.setNode(c.id, { width: W, height: H });
  for (const l of map.links) g.setEdge(l.from, l.to);
  dagre.layout(g);
}

let graphviz: Graphviz | undefined;
async function dot(map: ArgumentMap) {
  graphviz ??= await Graphviz.load();
  const q = (s: string) => JSON.stringify(s);
  const lines = ["digraph G { node [shape=box, fixedsize=true, width=3.6, height=1.5];"];
  for (const c of map.claims) lines.push(`${q(c.id)};`);
  for (const l of map.links) lines.push(`${q(l.from)} -> ${q(l.to)};`);
  lines.push("}");
  graphviz.layout(lines.join("\n"), "json", "dot");
}

async function median(runs: number, f: () => unknown): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)] ?? NaN;
}

const builtIn = parseMap(readFileSync("data/south-korea-us-alliance.json", "utf8"));
if (!builtIn.ok) throw new Error("built-in map does not load");
const sizes = process.argv.slice(2).map(Number);
const maps: [string, ArgumentMap][] = [
  [`built-in (${builtIn.map.claims.length})`, builtIn.map],
  ...(sizes.length ? sizes : [2000]).map((n): [string, ArgumentMap] => [
    `${n} generated`,
    generateMap({ claims: n, seed: 1 }),
  ]),
];
const engines: [string, (m: ArgumentMap) => unknown][] = [
  ["elkjs layered", elk],
  ["@dagrejs/dagre", dagreLayout],
  ["graphviz dot (wasm)", dot],
];
console.log(`| engine | ${maps.map(([n]) => n).join(" | ")} |`);
console.log(`|---|${maps.map(() => "---").join("|")}|`);
for (const [name, run] of engines) {
  const cells: string[] = [];
  for (const [, map] of maps)
    cells.push(`${(await median(map.claims.length > 500 ? 3 : 5, () => run(map))).toFixed(0)} ms`);
  console.log(`| ${name} | ${cells.join(" | ")} |`);
}
