// The width below which the app takes its phone layout: the map fills the screen, and the
// filters, details, source and menu become sheets. The stylesheets say the same number in
// their `@media (max-width: 767px)` rules (CSS cannot read it from here).
export const NARROW_SCREEN = "(max-width: 767px)";

/** Whether the window is narrow now (a phone, or a very narrow window). */
export const isNarrowScreen = (): boolean =>
  typeof window !== "undefined" && window.matchMedia(NARROW_SCREEN).matches;
