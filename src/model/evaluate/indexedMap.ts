// A read-only Map whose values are read from arrays on demand, so that an evaluation of
// 20,000 claims does not build Maps nobody asks for. Pure: no DOM, no store.

/**
 * A `ReadonlyMap` over `keys`, in order, whose value for the key at position i is
 * `valueAt(i)`; `index` finds a key's position (the first, where a key repeats: later
 * repeats are not entries). Behaves like a Map built from the same entries.
 * @example new IndexedMap(["a"], new Map([["a", 0]]), () => "stands").get("a") // "stands"
 */
export class IndexedMap<K, V> implements ReadonlyMap<K, V> {
  readonly #keys: readonly K[];
  readonly #index: ReadonlyMap<K, number>;
  readonly #valueAt: (position: number) => V;
  /** Positions of the entries, in order: every position unless a key repeats. */
  readonly #positions: readonly number[] | null;

  constructor(keys: readonly K[], index: ReadonlyMap<K, number>, valueAt: (position: number) => V) {
    this.#keys = keys;
    this.#index = index;
    this.#valueAt = valueAt;
    this.#positions =
      index.size === keys.length ? null : keys.flatMap((k, i) => (index.get(k) === i ? [i] : []));
  }

  get size(): number {
    return this.#index.size;
  }

  *#order(): Generator<number> {
    if (this.#positions) yield* this.#positions;
    else for (let i = 0; i < this.#keys.length; i++) yield i;
  }

  get(key: K): V | undefined {
    const position = this.#index.get(key);
    return position === undefined ? undefined : this.#valueAt(position);
  }

  has(key: K): boolean {
    return this.#index.has(key);
  }

  *entries(): MapIterator<[K, V]> {
    for (const i of this.#order()) yield [this.#keys[i]!, this.#valueAt(i)];
  }

  *keys(): MapIterator<K> {
    for (const i of this.#order()) yield this.#keys[i]!;
  }

  *values(): MapIterator<V> {
    for (const i of this.#order()) yield this.#valueAt(i);
  }

  forEach(callback: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    for (const i of this.#order()) callback.call(thisArg, this.#valueAt(i), this.#keys[i]!, this);
  }

  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.entries();
  }
}
