// Region layouts known before any layout runs: those shipped with the app (the built-in
// map's). The layout session asks here first, synchronously, so a known map is drawn in the
// first render, without waiting for the worker. Pure: no DOM, no React, no store.
import { storedLayoutKey } from "./layoutKey";
import type { LaidRegion } from "./packedRegions";
import type { RegionInput } from "./regionInputs";

/** A region's layout as shipped: its key is the hash from `storedLayoutKey`. */
export type ShippedRegion = Omit<LaidRegion, "key"> & { key: string };

/** How the shipped layouts measured text: the estimate, so Node can check them (see the test). */
export const SHIPPED_MEASURE = "estimate";

/** Shipped layouts, by stored key. */
export type KnownLayouts = ReadonlyMap<string, ShippedRegion>;

export function knownLayouts(regions: readonly ShippedRegion[]): KnownLayouts {
  return new Map(regions.map((region) => [region.key, revived(region)]));
}

/**
 * A region's layout read from data (JSON, IndexedDB, a worker's message) with its positions and
 * sizes in null-prototype records again, so that a claim id such as `constructor` or
 * `__proto__` never finds something of `Object.prototype`.
 */
export function revived<R extends Omit<LaidRegion, "key">>(region: R): R {
  const record = <T>(from: Record<string, T>): Record<string, T> => {
    const to = Object.create(null) as Record<string, T>;
    for (const [k, v] of Object.entries(from)) to[k] = v;
    return to;
  };
  return { ...region, positions: record(region.positions), sizes: record(region.sizes) };
}

/** The known layout of a region, if its cards, links and direction are exactly those shipped. */
export function knownLayoutOf(known: KnownLayouts, region: RegionInput): LaidRegion | undefined {
  if (known.size === 0) return undefined;
  const shipped = known.get(storedLayoutKey(region.key, SHIPPED_MEASURE));
  return shipped && { ...shipped, key: region.key };
}
