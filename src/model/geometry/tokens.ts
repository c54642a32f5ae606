// The look of a claim card and of a topic region, once: the card's CSS (through custom
// properties set from these), the layout's size estimate and the SVG export all read this
// module, so the three cannot drift. Pure data.

const FONT_STACK =
  "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', sans-serif";

/** A claim card, in px. */
export const CARD = {
  width: 260,
  paddingX: 12,
  paddingY: 10,
  border: 1,
  radius: 8,
  /** The speaker's colour band along the card's left edge. */
  band: 4,
  headerHeight: 18,
  headerFontSize: 12,
  swatch: 10,
  quoteMarkSize: 16,
  gap: 6,
  textFontSize: 14,
  textLineHeight: 20,
  textFont: `14px ${FONT_STACK}`,
  chipFontSize: 11,
  chipFont: `11px ${FONT_STACK}`,
  chipHeight: 18,
  chipPaddingX: 7,
  chipGap: 4,
  /** Longer texts are cut off with an ellipsis on the card; the details panel has them whole. */
  maxLines: 12,
} as const;

/** The card's colours. */
export const CARD_COLOURS = {
  background: "#ffffff",
  framingBackground: "#f7f7f5",
  border: "#d5d9e0",
  text: "#1d2330",
  muted: "#5b616b",
  chipBackground: "#f4f5f7",
  chipBorder: "#e1e4ea",
  chipText: "#4a505a",
} as const;

/**
 * A claim the filters leave out, when they dim rather than hide. It steps back by a grey card,
 * a faded speaker band and a dotted border, never by fading its words: dimmed text keeps a
 * contrast of 4.5:1 or more, and a dimmed link's line 3:1 (WCAG 1.4.3, 1.4.11).
 */
export const DIMMED_COLOURS = {
  background: "#f1f2f4",
  border: "#9aa1ab",
  text: "#4a505a",
  muted: "#5b616b",
  /** The speaker's colour is mixed into this grey, at `bandShare`, for the band and swatch. */
  band: "#c4c8cf",
  bandShare: 0.35,
  chipBackground: "#e9ebee",
  chipBorder: "#d3d7dd",
  /** A dimmed link's line and end marker, whatever its relation (the dash and marker tell which). */
  line: "#737a85",
} as const;

/** The colours of the status badges (the word and shape carry the status; colour repeats it). */
export const STATUS_COLOURS = {
  stands: "#1f5c3f",
  falls: "#8a1c13",
  undecided: "#5b4a00",
} as const;

/** A topic region: the frame around its claims, with its label in the top band. */
export const REGION = {
  padding: { side: 20, top: 40, bottom: 20 },
  /** Space between two regions. */
  gap: 48,
  radius: 14,
  labelX: 16,
  labelBaseline: 26,
  labelFontSize: 20,
  fill: "#eef1f6",
  stroke: "#dfe3ea",
  label: "#3d4552",
} as const;

/** The CSS custom properties the app's stylesheets read, from the tokens above. */
export function cssTokens(): Record<string, string> {
  const px = (n: number) => `${n}px`;
  return {
    "--card-width": px(CARD.width),
    "--card-padding": `${px(CARD.paddingY)} ${px(CARD.paddingX)}`,
    "--card-border": px(CARD.border),
    "--card-radius": px(CARD.radius),
    "--card-band": px(CARD.band),
    "--card-header-height": px(CARD.headerHeight),
    "--card-header-font-size": px(CARD.headerFontSize),
    "--card-swatch": px(CARD.swatch),
    "--card-quote-mark-size": px(CARD.quoteMarkSize),
    "--card-gap": px(CARD.gap),
    "--card-text-font-size": px(CARD.textFontSize),
    "--card-text-line-height": px(CARD.textLineHeight),
    "--card-max-lines": String(CARD.maxLines),
    "--card-chip-font-size": px(CARD.chipFontSize),
    "--card-chip-height": px(CARD.chipHeight),
    "--card-chip-padding-x": px(CARD.chipPaddingX),
    "--card-chip-gap": px(CARD.chipGap),
    "--card-background": CARD_COLOURS.background,
    "--card-framing-background": CARD_COLOURS.framingBackground,
    "--card-border-colour": CARD_COLOURS.border,
    "--card-text": CARD_COLOURS.text,
    "--card-muted": CARD_COLOURS.muted,
    "--card-chip-background": CARD_COLOURS.chipBackground,
    "--card-chip-border": CARD_COLOURS.chipBorder,
    "--card-chip-text": CARD_COLOURS.chipText,
    "--dim-background": DIMMED_COLOURS.background,
    "--dim-border": DIMMED_COLOURS.border,
    "--dim-text": DIMMED_COLOURS.text,
    "--dim-muted": DIMMED_COLOURS.muted,
    "--dim-band": DIMMED_COLOURS.band,
    "--dim-band-share": `${DIMMED_COLOURS.bandShare * 100}%`,
    "--dim-chip-background": DIMMED_COLOURS.chipBackground,
    "--dim-chip-border": DIMMED_COLOURS.chipBorder,
    "--dim-line": DIMMED_COLOURS.line,
    "--region-radius": px(REGION.radius),
    "--region-label-x": px(REGION.labelX),
    "--region-label-font-size": px(REGION.labelFontSize),
    "--region-stroke": REGION.stroke,
    "--region-label": REGION.label,
    "--status-stands": STATUS_COLOURS.stands,
    "--status-falls": STATUS_COLOURS.falls,
    "--status-undecided": STATUS_COLOURS.undecided,
  };
}
