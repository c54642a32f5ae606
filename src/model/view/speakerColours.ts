// Speaker colours: colour-blind-safe, distinct for a dozen speakers, stable for a document.
// Pure: no DOM, no store.
import type { ArgumentMap, SpeakerId } from "../core/types";

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
 * Each speaker's colour, by their place in the document's speaker list, so the same file
 * always gets the same colours. Past sixteen speakers the palette repeats.
 */
export function speakerColours(map: ArgumentMap): ReadonlyMap<SpeakerId, string> {
  const cached = cache.get(map.speakers);
  if (cached) return cached;
  const colours = new Map(
    map.speakers.map((s, i) => [s.id, SPEAKER_PALETTE[i % SPEAKER_PALETTE.length] as string]),
  );
  cache.set(map.speakers, colours);
  return colours;
}

export function colourOf(map: ArgumentMap, speaker: SpeakerId | undefined): string {
  return speaker === undefined
    ? FRAMING_COLOUR
    : (speakerColours(map).get(speaker) ?? FRAMING_COLOUR);
}
