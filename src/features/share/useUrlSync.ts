import { useEffect } from "react";
import { decodeView, documentTokenOf, withDocumentToken } from "../../model/view/urlState";
import type { AppStore } from "../../store/appStore";
import { selectMap } from "../../store/selectors";
import { selectViewFragment, selectViewFragmentWithoutViewport } from "../../store/viewFragment";

/**
 * Keeps the view in the URL's fragment. A change of filters, lens, focus, search, selection
 * or direction adds a history entry, so Back and Forward step through views; panning and
 * zooming only replace the current entry. Values that do not fit the map are dropped with a
 * quiet notice.
 */
export function useUrlSync(store: AppStore): void {
  useEffect(() => {
    // While the URL is being applied to the store, the store must not write the URL back.
    let applying = false;
    const token = () => store.getState().history.present.token;
    const apply = (fromHistory: boolean) => {
      // Back or Forward to a view of another document (one opened before this one) would
      // point at claims and speakers that are not here: it is passed over, quietly.
      const belongsTo = documentTokenOf(window.location.hash);
      if (fromHistory && belongsTo !== null && belongsTo !== token()) return;
      const { view, ignored } = decodeView(window.location.hash, selectMap(store.getState()));
      applying = true;
      try {
        store.getState().applySharedView(view);
      } finally {
        applying = false;
      }
      if (ignored.length > 0)
        store
          .getState()
          .setNotice(`Some settings in the link were ignored: ${ignored.join("; ")}.`);
    };
    apply(false);
    let written = selectViewFragment(store.getState());
    let writtenWithoutViewport = selectViewFragmentWithoutViewport(store.getState());
    const unsubscribe = store.subscribe((state) => {
      if (applying) return;
      const next = selectViewFragment(state);
      if (next === written) return;
      const nextWithoutViewport = selectViewFragmentWithoutViewport(state);
      const url = `${window.location.pathname}${window.location.search}#${withDocumentToken(next, token())}`;
      if (nextWithoutViewport === writtenWithoutViewport)
        window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
      written = next;
      writtenWithoutViewport = nextWithoutViewport;
    });
    const onPop = () => {
      apply(true);
      written = selectViewFragment(store.getState());
      writtenWithoutViewport = selectViewFragmentWithoutViewport(store.getState());
    };
    window.addEventListener("popstate", onPop);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPop);
    };
  }, [store]);
}
