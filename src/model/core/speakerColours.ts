// Speaker colours: colour-blind-safe, distinct for a dozen speakers, stable for a document.
// Pure: no DOM, no store.
import type { ArgumentMap, SpeakerId } from "./types";

/**
 * Okabe & Ito's eight colours (black as near-black, yellow moved last) and Paul Tol's muted
 * colours: the first twelve are the most distinct; four more follow for bigger casts.
 */
export const SPEAKER_PALETTE = [
  "#0072B2", // blue
  "#D55E00", // vermillion
  "#009E73", // bluish green
  "#CC79A7", // reddish purple
  "#E69F00", // orange
  "#56B4E9", // sky blue
  "#332288", // indigo (Tol)
  "#999933", // olive (Tol)
  "#882255", // wine (Tol)
  "#44AA99", // teal (Tol)
  "#2B2B2B", // near-black (Okabe & Ito's black)
  "#AA4499", // purple (Tol)
  "#117733", // green (Tol)
  "#88CCEE", // cyan (Tol)
  "#DDCC77", // sand (Tol)
  "#F0E442", // yellow: last, as it is faint on white
] as const;

/** The colour of claims without a speaker: the source's own framing. */
export const FRAMING_COLOUR = "#8A8F98";

const cache = new WeakMap<ArgumentMap["speakers"], ReadonlyMap<SpeakerId, string>>();

/**
 * Each speaker's colour: their own (`colour` in the file) if they have one, else the palette's
 * by their place in the speaker list, so the same file always gets the same colours. Past
 * sixteen speakers the palette repeats. Edits that change the list give every speaker a
 * colour of their own first (see `withOwnColours`), so no one else's colour changes.
 */
export function speakerColours(map: ArgumentMap): ReadonlyMap<SpeakerId, string> {
  const cached = cache.get(map.speakers);
  if (cached) return cached;
  const colours = new Map(
    map.speakers.map((s, i) => [
      s.id,
      s.colour ?? (SPEAKER_PALETTE[i % SPEAKER_PALETTE.length] as string),
    ]),
  );
  cache.set(map.speakers, colours);
  return colours;
}

export function colourOf(map: ArgumentMap, speaker: SpeakerId | undefined): string {
  return speaker === undefined
    ? FRAMING_COLOUR
    : (speakerColours(map).get(speaker) ?? FRAMING_COLOUR);
}

/**
 * The speakers with the colour each shows now written down as their own: after this, a
 * speaker's colour depends on the speaker alone, whoever is added or deleted.
 */
export function withOwnColours(map: ArgumentMap): ArgumentMap["speakers"] {
  const colours = speakerColours(map);
  return map.speakers.map((s) => (s.colour ? s : { ...s, colour: colours.get(s.id)! }));
}

/** The first palette colour no speaker shows, for a new speaker (or the least used one). */
export function freeColour(map: ArgumentMap): string {
  const used = new Map<string, number>();
  for (const c of speakerColours(map).values()) used.set(c, (used.get(c) ?? 0) + 1);
  let best: string = SPEAKER_PALETTE[0];
  let fewest = Infinity;
  for (const colour of SPEAKER_PALETTE) {
    const n = used.get(colour) ?? 0;
    if (n < fewest) [best, fewest] = [colour, n];
  }
  return best;
}
