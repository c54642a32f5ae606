import { readFileSync } from "node:fs";
import { expect, test } from "vitest";
import { parseMap } from "./loadMap";

// The links of the built-in map, read as the file has them: the parser gives a link without an
// id the id "from->to", so the raw JSON is what tells whether the file names its links.
const text = readFileSync(
  new URL("../../../data/south-korea-us-alliance.json", import.meta.url),
  "utf8",
);
const raw = JSON.parse(text) as {
  claims: { id: string; note?: string }[];
  links: { id?: unknown; from: string; to: string; note?: unknown }[];
};
const result = parseMap(text);
if (!result.ok) throw new Error(`built-in map does not load: ${JSON.stringify(result.problems)}`);
const map = result.map;
const article = map.sources[0]?.text ?? "";
const claimIds = new Set(map.claims.map((c) => c.id));

/**
 * Words in a note that look like ids ("no-attack-belief": lower case, joined by hyphens) but are
 * neither a claim's id nor a word of the article ("self-sufficient", "post-2001").
 */
function strangeIds(note: string): string[] {
  const words = note.match(/(?<![\p{L}\p{N}_-])[a-z][a-z0-9]*(?:-[a-z0-9]+)+(?![\p{L}\p{N}_-])/gu);
  const inArticle = (w: string) =>
    new RegExp(`(?<![\\p{L}\\p{N}-])${w}(?![\\p{L}\\p{N}-])`, "iu").test(article);
  return (words ?? []).filter((w) => !claimIds.has(w) && !inArticle(w));
}

/** The passages a note quotes (“…”), cut at the ellipses that mark words left out. */
function quotedPassages(note: string): string[] {
  return [...note.matchAll(/“([^”]*)”/g)].flatMap((m) =>
    (m[1] ?? "")
      .split("…")
      .map((s) => s.trim())
      .filter((s) => s.length > 0),
  );
}

test("every link has an id and a non-empty note, and no note names a claim id that does not exist", () => {
  // The detector can fail: an id that is not in the map is caught, a word of the article is not.
  expect(
    strangeIds("As the no-such-claim says, Roh aims to be self-sufficient post-2001."),
  ).toEqual(["no-such-claim"]);
  const ids = raw.links.map((l) => l.id);
  for (const [i, link] of raw.links.entries()) {
    expect(typeof link.id === "string" && link.id.length > 0, `links[${i}] has no id`).toBe(true);
    expect(typeof link.note === "string" && link.note.trim().length > 0, `${link.id}`).toBe(true);
  }
  expect(new Set(ids).size).toBe(ids.length);
  expect(map.links.map((l) => l.id)).toEqual(ids);
  const notes = [
    ...raw.links.map((l) => ({ where: `link ${String(l.id)}`, note: String(l.note ?? "") })),
    ...raw.claims.map((c) => ({ where: `claim ${c.id}`, note: c.note ?? "" })),
  ];
  for (const { where, note } of notes) expect(strangeIds(note), where).toEqual([]);
});

test("every passage a note quotes occurs verbatim in the article", () => {
  const notes = [
    ...map.links.map((l) => ({ where: `link ${l.id}`, note: l.note ?? "" })),
    ...map.claims.map((c) => ({ where: `claim ${c.id}`, note: c.note ?? "" })),
  ];
  expect(notes.some(({ note }) => quotedPassages(note).length > 0)).toBe(true);
  for (const { where, note } of notes) {
    for (const passage of quotedPassages(note)) {
      expect(article.includes(passage), `${where}: “${passage}”`).toBe(true);
    }
  }
});
