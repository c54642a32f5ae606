// Deterministic synthetic argument maps for benchmarks and tests: same seed, same map.
// Pure: no DOM, no store.
import type { ArgumentMap, Claim, Link } from "../core/types";

/** A small, fast, seedable PRNG (mulberry32); good enough for test data, not for secrets. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  "alliance threat balance power region security troops treaty nuclear engagement pressure " +
  "sanctions dialogue summit deterrence autonomy sovereignty trade cooperation command " +
  "peninsula unification neutrality influence strategy burden forces deployment budget " +
  "diplomacy partner rival crisis stability reform policy election public opinion history"
).split(" ");

export interface GenerateOptions {
  claims: number;
  seed?: number;
  speakers?: number;
  topics?: number;
  /** Extra links as a share of claims, beyond the spanning forest; cycles included. */
  crossLinkShare?: number;
}

/**
 * A forest of claims, each supporting or disputing an earlier one, plus cross links.
 * With the defaults there are about 1.2 links per claim, 24 speakers and 6 topics.
 * @example generateMap({ claims: 100, seed: 1 }).claims.length === 100
 */
export function generateMap(options: GenerateOptions): ArgumentMap {
  const { claims: count, seed = 1, speakers = 24, topics = 6, crossLinkShare = 0.25 } = options;
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  const sentence = () => {
    const words = Array.from({ length: 6 + pick(25) }, () => WORDS[pick(WORDS.length)] as string);
    const first = words[0] ?? "claim";
    words[0] = first.charAt(0).toUpperCase() + first.slice(1);
    return `${words.join(" ")}.`;
  };
  const claims: Claim[] = [];
  const links: Link[] = [];
  const pairs = new Set<string>();
  const addLink = (from: number, to: number) => {
    const key = `${from}>${to}`;
    if (from === to || pairs.has(key)) return;
    pairs.add(key);
    links.push({
      id: `l${links.length}`,
      from: `c${from}`,
      to: `c${to}`,
      type: random() < 0.6 ? "support" : "dispute",
    });
  };
  const topicOf: number[] = [];
  for (let i = 0; i < count; i++) {
    const isRoot = i === 0 || random() < 0.05;
    const parent = isRoot ? -1 : pick(i);
    const topic =
      parent < 0 ? pick(topics) : random() < 0.9 ? (topicOf[parent] ?? 0) : pick(topics);
    topicOf.push(topic);
    claims.push({
      id: `c${i}`,
      text: sentence(),
      speaker: `s${pick(speakers)}`,
      topics: [`t${topic}`],
    });
    if (parent >= 0) addLink(i, parent);
  }
  const cross = Math.round(count * crossLinkShare);
  for (let k = 0; k < cross && count > 1; k++) addLink(pick(count), pick(count));
  return {
    format: "argument-map",
    version: 2,
    title: `Generated map of ${count} claims`,
    speakers: Array.from({ length: speakers }, (_, i) => ({
      id: `s${i}`,
      name: `Speaker ${i + 1}`,
    })),
    topics: Array.from({ length: topics }, (_, i) => ({ id: `t${i}`, label: `Topic ${i + 1}` })),
    sources: [],
    claims,
    links,
    linkDisputes: [],
  };
}
