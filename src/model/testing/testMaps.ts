// Small maps for the model's tests. Pure data: no DOM, no store.
import type { ArgumentMap } from "../core/types";

/** A valid map that uses every feature of the format. */
export function sampleMap(): ArgumentMap {
  return {
    format: "argument-map",
    version: 2,
    title: "Sample",
    description: "A small debate.",
    speakers: [
      {
        id: "ann",
        name: "Ann",
        role: "Analyst",
        affiliation: "Institute",
        url: "https://example.org/ann",
      },
      { id: "bo", name: "Bo" },
    ],
    topics: [
      { id: "t1", label: "Topic one" },
      { id: "t2", label: "Topic two" },
    ],
    sources: [
      {
        id: "src",
        title: "Article",
        publisher: "Press",
        text: "Ann said the sky is blue. Bo said it is not.",
      },
    ],
    claims: [
      {
        id: "c1",
        text: "The sky is blue",
        speaker: "ann",
        topics: ["t1"],
        quote: { source: "src", text: "the sky is blue", at: 9 },
      },
      {
        id: "c2",
        text: "It is not",
        speaker: "bo",
        topics: ["t1", "t2"],
        quote: { source: "src", text: "it is not" },
        note: "A flat denial.",
      },
      { id: "c3", text: "Framing" },
    ],
    links: [
      { id: "l1", from: "c2", to: "c1", type: "dispute", note: "Bo denies Ann." },
      { id: "c3->c1", from: "c3", to: "c1", type: "support", group: "g1" },
    ],
    linkDisputes: [{ id: "u1", from: "c3", toLink: "l1", type: "dispute", note: "Not so fast." }],
    ext: { tool: { version: 2 } },
  };
}
