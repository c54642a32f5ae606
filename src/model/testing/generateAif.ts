// A generated OVA-style AIF file for benchmarks and tests: `count` I-nodes, each with its
// L-node, YA "Asserting" and locution by one of 20 participants (personID as a number or a
// string, as in real corpora), TA transitions between locutions, and an RA or CA from each
// I-node to an earlier one; with OVA's \`text\` holding every claim's words.
export function generateAif(count: number): string {
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
    .map((w, i) => `<span id="nodel${i}" class="highlighted">${w}</span>`)
    .join(" ");
  return JSON.stringify({
    AIF: { nodes, edges, participants, locutions },
    text,
    OVA: { nodes: [], edges: [] },
  });
}
