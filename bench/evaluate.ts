// npx tsx bench/evaluate.ts: times the evaluation of a map (which claims stand, fall or stay
// undecided), reasons, a speaker's position and DF-QuAD strength, on generated maps, and on
// the same maps with dispute loops added. Not part of npm test: timings belong here, never
// in assertions.
//
//   npx tsx bench/evaluate.ts              5,000 and 20,000 claims, 15 runs each
//   npx tsx bench/evaluate.ts 1000 50000   other sizes
//   RUNS=31 npx tsx bench/evaluate.ts      more runs
import { claimStrength } from "../src/model/evaluate/claimStrength";
import { evaluateMap } from "../src/model/evaluate/evaluateMap";
import { acceptSpeakers } from "../src/model/evaluate/speakerPosition";
import { explainStatus } from "../src/model/evaluate/statusReason";
import type { ArgumentMap } from "../src/model/core/types";
import { generateMap, seededRandom } from "../src/model/testing/generateMap";

const RUNS = Number(process.env.RUNS ?? 15);
const WARMUP = 5;
const SIZES = process.argv.slice(2).map(Number).filter(Boolean);
const sizes = SIZES.length > 0 ? SIZES : [5000, 20000];

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * A fresh copy of the map for each run, as a file load gives: evaluations are memoised per
 * map object, and ids that were never hashed cost more than ids that were.
 */
function copies(map: ArgumentMap, count: number): ArgumentMap[] {
  const text = JSON.stringify(map);
  return Array.from({ length: count }, () => JSON.parse(text) as ArgumentMap);
}

/**
 * The map with pairs of claims that dispute each other added (0.3 pairs per claim), so that
 * some disputes go round in loops with no way out: generated maps alone have none.
 */
function withLoops(map: ArgumentMap): ArgumentMap {
  const random = seededRandom(7);
  const n = map.claims.length;
  const taken = new Set(map.links.map((l) => `${l.from}>${l.to}`));
  const links = [...map.links];
  for (let i = 0; i < n * 0.3; i++) {
    const a = `c${Math.floor(random() * n)}`;
    const b = `c${Math.floor(random() * n)}`;
    if (a === b || taken.has(`${a}>${b}`) || taken.has(`${b}>${a}`)) continue;
    taken.add(`${a}>${b}`).add(`${b}>${a}`);
    links.push(
      { id: `loop${i}a`, from: a, to: b, type: "dispute" },
      { id: `loop${i}b`, from: b, to: a, type: "dispute" },
    );
  }
  return { ...map, title: `${map.title}, with loops`, links };
}

/** Time of one reason over 200 claims spread through the map, in microseconds: median and slowest. */
function reasonMicros(map: ArgumentMap): string {
  const evaluation = evaluateMap(map);
  const step = Math.max(1, Math.floor(map.claims.length / 200));
  const sample = map.claims.filter((_, i) => i % step === 0);
  for (const c of sample.slice(0, 20)) explainStatus(evaluation, c.id);
  const times = sample.map((c) => {
    const start = performance.now();
    explainStatus(evaluation, c.id);
    return (performance.now() - start) * 1000;
  });
  return `${median(times).toFixed(0)}/${Math.max(...times).toFixed(0)}`;
}

function time(map: ArgumentMap, task: (map: ArgumentMap) => unknown): number {
  const maps = copies(map, WARMUP + RUNS);
  const times: number[] = [];
  maps.forEach((m, i) => {
    const start = performance.now();
    task(m);
    if (i >= WARMUP) times.push(performance.now() - start);
  });
  return median(times);
}

const rows: string[][] = [];
for (const claims of sizes) {
  const plain = generateMap({ claims, seed: 1 });
  for (const [label, map] of [
    ["generated", plain],
    ["+ loops", withLoops(plain)],
  ] as const) {
    const evaluation = evaluateMap(map);
    const strength = claimStrength(map);
    const busiest = map.speakers
      .map((s) => ({ id: s.id, count: map.claims.filter((c) => c.speaker === s.id).length }))
      .sort((a, b) => b.count - a.count)[0]!.id;
    rows.push([
      `${claims.toLocaleString("en")} ${label}`,
      (map.links.length + map.linkDisputes.length).toLocaleString("en"),
      `${evaluation.counts.stands}/${evaluation.counts.falls}/${evaluation.counts.undecided}`,
      time(map, (m) => evaluateMap(m)).toFixed(1),
      reasonMicros(map),
      time(map, (m) => acceptSpeakers(m, [busiest])).toFixed(1),
      time(map, (m) => claimStrength(m)).toFixed(1),
      `${strength.looped.size}/${strength.iterations}/${strength.unsettled.size}`,
    ]);
  }
}

const header = [
  "claims",
  "links",
  "stand/fall/undec",
  "evaluate ms",
  "reason µs med/max",
  "position ms",
  "strength ms",
  "looped/sweeps/unsettled",
];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (cells: string[]) =>
  `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" | ")} |`;
console.log(
  `Medians of ${RUNS} runs after ${WARMUP} warm-up runs, each on a fresh parse of generateMap({ claims, seed: 1 }); Node ${process.version}.\n` +
    "evaluate: statuses and min–max numbers; reason: explainStatus for one of 200 claims on an evaluated map, median and\n" +
    "slowest (the first undecided claim asked about finds the evaluation's loops, once);\n" +
    "position: acceptSpeakers for the speaker with most claims (two evaluations and the figures); strength: DF-QuAD;\n" +
    "looped/sweeps/unsettled: claims on support/dispute loops, most Gauss–Seidel sweeps, claims that did not settle.",
);
console.log(line(header));
console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
for (const row of rows) console.log(line(row));
