// Times the AIF import on a generated OVA-style file: 5,000 I-nodes, each with its L-node,
// YA "Asserting" and locution, TA transitions between locutions, an RA or CA per I-node.
// Run: npx tsx bench/interop.ts [I-nodes]. Target: ≤ 500 ms for 5,000 I-nodes. Not a test.
import { performance } from "node:perf_hooks";
import { aifFormat } from "../src/model/interop/aifFormat";
import { summariseReport } from "../src/model/interop/importReport";

function generate(count: number): string {
  const nodes: object[] = [];
  const edges: object[] = [];
  const locutions: object[] = [];
  const participants = Array.from({ length: 20 }, (_, i) => ({
    participantID: i + 1,
    firstname: "Speaker",
    surname: `${i + 1}`,
  }));
  let edgeID = 1;
  const edge = (fromID: string, toID: string) => edges.push({ edgeID: edgeID++, fromID, toID });
  const words: string[] = [];
  for (let i = 0; i < count; i++) {
    const person = (i % 20) + 1;
    const text = `Claim number ${i} says something about topic ${i % 37}`;
    words.push(text);
    nodes.push(
      { nodeID: `i${i}`, type: "I", text },
      { nodeID: `l${i}`, type: "L", text: `Speaker ${person}: ${text}` },
      { nodeID: `y${i}`, type: "YA", text: "Asserting" },
    );
    edge(`l${i}`, `y${i}`);
    edge(`y${i}`, `i${i}`);
    locutions.push({ nodeID: `l${i}`, personID: i % 2 === 0 ? person : String(person) });
    if (i > 0) {
      const parent = Math.floor((i - 1) / 3);
      const s = i % 4 === 0 ? "c" : "r";
      nodes.push(
        {
          nodeID: `${s}${i}`,
          type: s === "c" ? "CA" : "RA",
          text: s === "c" ? "Default Conflict" : "Default Inference",
        },
        { nodeID: `t${i}`, type: "TA", text: "Default Transition" },
      );
      edge(`i${i}`, `${s}${i}`);
      edge(`${s}${i}`, `i${parent}`);
      edge(`l${i - 1}`, `t${i}`);
      edge(`t${i}`, `l${i}`);
    }
  }
  const text = words
    .map((w) => `<span id="nodel${words.indexOf(w)}" class="highlighted">${w}</span>`)
    .join(" ");
  return JSON.stringify({
    AIF: { nodes, edges, participants, locutions },
    text,
    OVA: { nodes: [], edges: [] },
  });
}

const count = Number(process.argv[2] ?? 5000);
if (process.env.DUMP) {
  (await import("node:fs")).writeFileSync(process.env.DUMP, generate(count));
  process.exit(0);
}
const file = generate(count);
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
