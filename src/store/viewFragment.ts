// The view as the URL fragment carries it, derived once for the URL and for autosave.
import { encodeView } from "../model/view/urlState";
import { sharedViewOf, type AppState } from "./appStore";

/** The fields of the state a view is made of: the same fields give the same fragment. */
const viewFields = (s: AppState) =>
  [s.filter, s.search, s.selectedId, s.lens, s.viewport, s.direction, s.view] as const;

function memoOnFields(withViewport: boolean) {
  let last: { fields: readonly unknown[]; text: string } | undefined;
  return (state: AppState): string => {
    const fields = viewFields(state);
    if (!last || fields.some((f, i) => f !== last?.fields[i])) {
      const view = sharedViewOf(state);
      last = { fields, text: encodeView(withViewport ? view : { ...view, viewport: null }) };
    }
    return last.text;
  };
}

/**
 * The view as a URL fragment. Every store change calls it (a hover is one), so it is
 * encoded again only when one of the fields it reads changed.
 */
export const selectViewFragment = memoOnFields(true);

/** The same without the viewport: a change of this one is a step for Back and Forward. */
export const selectViewFragmentWithoutViewport = memoOnFields(false);
