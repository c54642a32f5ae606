// Element ids that one feature focuses in another (features do not import each other).
export const DETAILS_HEADING_ID = "claim-details-heading";
export const SEARCH_INPUT_ID = "claim-search";
