// ArgumentMap → Argdown text: one statement per claim (`[title]: text #tag {data}`),
// relations as `+>` and `->`, linked premises and undercut inferences as premise–conclusion
// structures, and the map's speakers, topics and sources in the front matter.
// @argdown/core reads it back to the same graph. Pure: no DOM, no store.
import type { ArgumentMap, Claim, Link } from "../core/types";
import { countLost, type ExportOutcome } from "./exportOutcome";

/** Characters Argdown gives a meaning to in text; each is written with a backslash. */
const SPECIAL = /[\\@#*_[\],.:</>(){};+\-=`'"!?$%&|~^]/g;

/** Ids that are already properties of every plain object: @argdown/core keys titles in one. */
const OBJECT_KEYS = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * JSON that Argdown's lexer and YAML reader take as it is: braces and equals signs inside
 * strings are written as \u escapes, so they cannot end a data block or the front matter.
 */
export function argdownJson(value: unknown): string {
  return JSON.stringify(value).replace(/"(?:[^"\\]|\\.)*"/g, (s) =>
    s.replace(/[{}=]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
  );
}

/** A title Argdown keeps as it is: plain words, not an object's own property name. */
function isPlainTitle(id: string): boolean {
  return (
    /^[A-Za-z0-9][A-Za-z0-9 -]{0,59}$/.test(id) &&
    !/ {2}| $/.test(id) &&
    !/^Untitled \d+$/.test(id) &&
    !OBJECT_KEYS.has(id)
  );
}

/** A tag Argdown reads back as it is, in its `#tag` or `#(a tag)` form; else undefined. */
function tagOf(topic: string): string | undefined {
  if (
    /^[A-Za-z0-9-\u00A0-\uD7FF\uF900-\uFDCF\uFDF0-\uFFEF]+$/.test(topic) &&
    !OBJECT_KEYS.has(topic)
  ) {
    return `#${topic}`;
  }
  if (
    /^[^()\s][^()\n\r]*$/.test(topic) &&
    topic === topic.trim() &&
    !/\s{2}/.test(topic) &&
    !OBJECT_KEYS.has(topic)
  ) {
    return `#(${topic})`;
  }
  return undefined;
}

/** Text that Argdown's model gives back unchanged once escaped; else it also goes into data. */
function textSurvives(text: string): boolean {
  return (
    text === text.trim() &&
    !/[\r\n\u2028\u2029\t\v\f]/.test(text) &&
    !/\s{2}/.test(text) &&
    !/\\/.test(text)
  );
}

/** Writes the map as Argdown, with what Argdown cannot carry listed in `lost`. */
export function writeArgdown(map: ArgumentMap): ExportOutcome {
  // Titles: the claim's id where Argdown keeps it, else a made-up one (the id goes in data).
  const titles = new Map<string, string>();
  const used = new Set<string>();
  for (const claim of map.claims) if (isPlainTitle(claim.id)) used.add(claim.id);
  let n = 1;
  for (const claim of map.claims) {
    if (isPlainTitle(claim.id)) titles.set(claim.id, claim.id);
    else {
      while (used.has(`c${n}`)) n++;
      titles.set(claim.id, `c${n}`);
      used.add(`c${n++}`);
    }
  }
  const title = (id: string) => titles.get(id) as string;

  const front: Record<string, unknown> = { title: map.title };
  const ours: Record<string, unknown> = {};
  if (map.description !== undefined) ours.description = map.description;
  if (map.speakers.length > 0) ours.speakers = map.speakers;
  if (map.topics.length > 0) ours.topics = map.topics;
  if (map.sources.length > 0) ours.sources = map.sources;
  if (map.ext !== undefined) ours.ext = map.ext;
  if (Object.keys(ours).length > 0) front.argumentMap = ours;
  const out: string[] = ["===", argdownJson(front), "===", ""];

  for (const claim of map.claims) out.push(statement(claim, title(claim.id)), "");

  // Supports that must be inferences: grouped premises, and supports that are undercut.
  const undercut = new Map<string, string[]>();
  const byId = new Map(map.links.map((l) => [l.id, l]));
  let lostCounterAttacks = 0;
  for (const dispute of map.linkDisputes) {
    const target = byId.get(dispute.toLink);
    if (target?.type !== "support") {
      lostCounterAttacks++;
      continue;
    }
    const list = undercut.get(target.id) ?? [];
    list.push(dispute.from);
    undercut.set(target.id, list);
  }
  const inferences = new Map<string, { group?: string; links: Link[] }>();
  const plain: Link[] = [];
  for (const link of map.links) {
    if (link.type === "support" && link.group !== undefined) {
      const key = JSON.stringify(["g", link.group, link.to]);
      const entry = inferences.get(key) ?? { group: link.group, links: [] };
      entry.links.push(link);
      inferences.set(key, entry);
    } else if (link.type === "support" && undercut.has(link.id)) {
      inferences.set(JSON.stringify(["l", link.id]), { links: [link] });
    } else plain.push(link);
  }
  const argumentTitles = new Set<string>();
  let k = 1;
  const inferenceTitle = new Map<string, string>();
  for (const entry of inferences.values()) {
    while (argumentTitles.has(`i${k}`)) k++;
    const name = `i${k++}`;
    argumentTitles.add(name);
    for (const link of entry.links) inferenceTitle.set(link.id, name);
    const conclusion = entry.links[0]?.to as string;
    out.push(`<${name}>`, "");
    entry.links.forEach((link, i) => out.push(`(${i + 1}) [${title(link.from)}]`));
    const data =
      entry.group === undefined ? { inference: true } : { inference: true, group: entry.group };
    out.push(
      "--",
      argdownJson(data),
      "--",
      `(${entry.links.length + 1}) [${title(conclusion)}]`,
      "",
    );
  }

  // Relations, grouped by the claim they come from.
  const from = new Map<string, string[]>();
  const relation = (claim: string, line: string) => {
    const list = from.get(claim) ?? [];
    list.push(line);
    from.set(claim, list);
  };
  for (const link of plain)
    relation(link.from, `  ${link.type === "support" ? "+>" : "->"} [${title(link.to)}]`);
  for (const [linkId, undercutters] of undercut) {
    for (const claim of undercutters)
      relation(claim, `  _> <${inferenceTitle.get(linkId) as string}>`);
  }
  for (const [claim, lines] of from) out.push(`[${title(claim)}]`, ...lines, "");

  const lost = countLost([
    [
      lostCounterAttacks,
      "dispute of a dispute (Argdown undercuts only inferences)",
      "disputes of disputes (Argdown undercuts only inferences)",
    ],
    [
      [...map.links, ...map.linkDisputes].filter((l) => l.note !== undefined).length,
      "link note",
      "link notes",
    ],
    [
      [...map.links, ...map.linkDisputes].filter((l) => l.ext !== undefined).length,
      "link's ext",
      "links' ext",
    ],
    [
      map.links.length + map.linkDisputes.length,
      "link id (Argdown relations have none)",
      "link ids (Argdown relations have none)",
    ],
  ]);
  return { text: `${out.join("\n").trimEnd()}\n`, lost };
}

function statement(claim: Claim, title: string): string {
  const data: Record<string, unknown> = {};
  if (title !== claim.id) data.id = claim.id;
  if (!textSurvives(claim.text)) data.text = claim.text;
  if (claim.speaker !== undefined) data.speaker = claim.speaker;
  if (claim.quote !== undefined) data.quote = claim.quote;
  if (claim.note !== undefined) data.note = claim.note;
  if (claim.ext !== undefined) data.ext = claim.ext;
  const topics = claim.topics ?? [];
  const tags = topics.map(tagOf);
  if (tags.some((t) => t === undefined)) data.topics = topics;
  const visible =
    claim.text
      .replace(/\s+/g, " ")
      .trim()
      .replace(SPECIAL, (c) => `\\${c}`) || "\\-";
  const tagText = tags.every((t) => t !== undefined) && tags.length > 0 ? ` ${tags.join(" ")}` : "";
  const dataText = Object.keys(data).length > 0 ? ` ${argdownJson(data)}` : "";
  return `[${title}]: ${visible}${tagText}${dataText}`;
}
