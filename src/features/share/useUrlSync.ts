import { useEffect } from "react";
import { decodeView, encodeView } from "../../model/view/urlState";
import { sharedViewOf, type AppStore } from "../../store/appStore";

function fragmentOf(store: AppStore): string {
  return encodeView(sharedViewOf(store.getState()));
}

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
    const apply = () => {
      const { view, ignored } = decodeView(window.location.hash, store.getState().map);
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
    apply();
    let written = fragmentOf(store);
    let writtenWithoutViewport = encodeView({ ...sharedViewOf(store.getState()), viewport: null });
    const unsubscribe = store.subscribe(() => {
      if (applying) return;
      const next = fragmentOf(store);
      if (next === written) return;
      const nextWithoutViewport = encodeView({ ...sharedViewOf(store.getState()), viewport: null });
      const url = `${window.location.pathname}${window.location.search}${next ? `#${next}` : ""}`;
      if (nextWithoutViewport === writtenWithoutViewport)
        window.history.replaceState(null, "", url);
      else window.history.pushState(null, "", url);
      written = next;
      writtenWithoutViewport = nextWithoutViewport;
    });
    const onPop = () => {
      apply();
      written = fragmentOf(store);
      writtenWithoutViewport = encodeView({ ...sharedViewOf(store.getState()), viewport: null });
    };
    window.addEventListener("popstate", onPop);
    return () => {
      unsubscribe();
      window.removeEventListener("popstate", onPop);
    };
  }, [store]);
}
