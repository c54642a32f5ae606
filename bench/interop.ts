// Times the AIF import on a generated OVA-style file: 5,000 I-nodes, each with its L-node,
// YA "Asserting" and locution, TA transitions between locutions, an RA or CA per I-node.
// Run: npx tsx bench/interop.ts [I-nodes]. Target: ≤ 500 ms for 5,000 I-nodes. Not a test.
import { performance } from "node:perf_hooks";
import { aifFormat } from "../src/model/interop/aifFormat";
import { summariseReport } from "../src/model/interop/importReport";
import { generateAif } from "../src/model/testing/generateAif";

const count = Number(process.argv[2] ?? 5000);
if (process.env.DUMP) {
  (await import("node:fs")).writeFileSync(process.env.DUMP, generateAif(count));
  process.exit(0);
}
const file = generateAif(count);
const runs: number[] = [];
let summary = "";
for (let run = 0; run < 6; run++) {
  const start = performance.now();
  const outcome = await aifFormat.parse(file);
  runs.push(performance.now() - start);
  if (!outcome.ok) throw new Error(JSON.stringify(outcome.problems.slice(0, 3)));
  summary = summariseReport(outcome.report);
}
const warm = runs.slice(1).sort((a, b) => a - b);
const median = warm[Math.floor(warm.length / 2)] as number;
console.log(
  `AIF import, ${count.toLocaleString("en-US")} I-nodes (${(file.length / 1e6).toFixed(1)} MB):`,
);
console.log(
  `  first run ${runs[0]?.toFixed(0)} ms, median of the next 5 ${median.toFixed(0)} ms (target ≤ 500 ms)`,
);
console.log(`  ${summary}`);
