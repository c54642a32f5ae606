// Small maps written as one line of arrows, for the evaluation's tests. Test data only; pure.
import type { ArgumentMap, Claim, Link, LinkDispute } from "../core/types";

/**
 * A map from a sketch of space-separated links:
 *
 * - `a>b`: claim a disputes claim b (link id `a>b`);
 * - `a+b`: a supports b (id `a+b`); `a+b@g`: a support in linked group g;
 * - `u>[a>b]`: u disputes the link `a>b` (id `u>[a>b]`); brackets nest: `w>[u>[a>b]]`;
 * - a lone name: a claim with no links.
 *
 * Claims are named by their ids, in order of first mention; `speakers` gives claims speakers.
 * @example sketchMap("c>b b>a").links.map((l) => l.id) // ["c>b", "b>a"]
 */
export function sketchMap(sketch: string, speakers: Record<string, string[]> = {}): ArgumentMap {
  const claimIds: string[] = [];
  const mention = (id: string) => {
    if (!claimIds.includes(id)) claimIds.push(id);
  };
  const links: Link[] = [];
  const linkDisputes: LinkDispute[] = [];
  for (const token of sketch.split(/\s+/).filter(Boolean)) {
    const match = /^([^>+[\]@]+)([>+])(.+?)(?:@([^\]]+))?$/.exec(token);
    if (!match) {
      mention(token);
      continue;
    }
    const [, from, arrow, target, group] = match as unknown as [
      string,
      string,
      string,
      string,
      string?,
    ];
    mention(from);
    if (target.startsWith("[")) {
      linkDisputes.push({ id: token, from, toLink: target.slice(1, -1), type: "dispute" });
      continue;
    }
    mention(target);
    const link: Link = { id: token, from, to: target, type: arrow === ">" ? "dispute" : "support" };
    if (group !== undefined) {
      link.id = `${from}+${target}`;
      link.group = group;
    }
    links.push(link);
  }
  const speakerOf = new Map<string, string>();
  for (const [speaker, ids] of Object.entries(speakers))
    for (const id of ids) speakerOf.set(id, speaker);
  const claims: Claim[] = claimIds.map((id) => {
    const speaker = speakerOf.get(id);
    return speaker === undefined ? { id, text: id } : { id, text: id, speaker };
  });
  return {
    format: "argument-map",
    version: 2,
    title: "Sketch",
    speakers: Object.keys(speakers).map((id) => ({ id, name: id })),
    topics: [],
    sources: [],
    claims,
    links,
    linkDisputes,
  };
}
