// Element ids that one feature focuses in another (features do not import each other).
export const DETAILS_HEADING_ID = "claim-details-heading";
export const SEARCH_INPUT_ID = "claim-search";
/** The details panel: on a phone, a sheet over the bottom of the map. */
export const DETAILS_PANEL_ID = "claim-details";
