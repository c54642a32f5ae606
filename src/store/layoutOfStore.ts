// The layout of a store's map: one session per store, created on first use and kept while
// the store lives, so that the map view can come and go (the outline) and keep its layout.
import { cardSize, estimateMeasure } from "../layout/cardSize";
import { threadMeasure } from "../layout/canvasMeasure";
import {
  knownLayoutOf,
  knownLayouts,
  type KnownLayouts,
  type ShippedRegion,
} from "../layout/knownLayouts";
import { requestLayout } from "../layout/layoutClient";
import { createLayoutSession, type LayoutSession } from "../layout/layoutSession";
import type { XY } from "../model/geometry/geometry";
import type { AppStore } from "./appStore";
import { selectMap } from "./selectors";

const sessions = new WeakMap<AppStore, LayoutSession>();

/** Width over height of the map's area before it is drawn: the window less the side panels. */
const SIDE_PANELS = 420;

let measure: ReturnType<typeof threadMeasure> | undefined;

/** Layouts shipped with the app (the built-in map's): used as they are when a map matches. */
let shipped: KnownLayouts = new Map();

/** Adds layouts shipped with the app, for the sessions created from now on to use. */
export function addShippedLayouts(regions: readonly ShippedRegion[]): void {
  shipped = new Map([...shipped, ...knownLayouts(regions)]);
}

/** The store's layout session. `area` reports the map area's size once it is drawn. */
export function layoutSessionOf(
  store: AppStore,
  area?: () => { width: number; height: number } | undefined,
): LayoutSession {
  let session = sessions.get(store);
  if (session) return session;
  const inputs = () => {
    const state = store.getState();
    return { map: selectMap(state), direction: state.direction, epoch: state.layoutGeneration };
  };
  session = createLayoutSession({
    source: { get: inputs, subscribe: (listener) => store.subscribe(listener) },
    request: requestLayout,
    known: (region) => knownLayoutOf(shipped, region),
    // For `npm run bench`: the engine's time for a whole-map layout.
    onFreshLayout: (milliseconds) =>
      performance.mark("argmap:layout", { detail: { milliseconds } }),
    measureCard: (card) => {
      measure ??= threadMeasure(estimateMeasure);
      const size = cardSize(card, measure);
      return { ...size, height: Math.max(size.height, card.minHeight ?? 0) };
    },
    aspect: () => {
      const box = area?.();
      if (box && box.width > 0 && box.height > 0) return box.width / box.height;
      if (typeof window === "undefined") return 1.4;
      return Math.max(
        0.5,
        (window.innerWidth - SIDE_PANELS) / Math.max(1, window.innerHeight - 120),
      );
    },
  });
  sessions.set(store, session);
  return session;
}

/** Where a new claim with nothing to stand beside goes: set by the canvas while it is drawn. */
export function setPlacementHint(store: AppStore, hint: (() => XY | undefined) | undefined) {
  layoutSessionOf(store).setPlacementHint(hint);
}
