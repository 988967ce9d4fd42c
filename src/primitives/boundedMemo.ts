/**
 * The one way a module remembers computed values. Keys that are strings or numbers (zone names,
 * phone numbers, local days: some of them come from leads, so from outside) go in a
 * {@link BoundedMemo}, which never holds more than its bound; keys that are objects (a plan, a
 * rule table, a pair of calendars) go in a `WeakMap` through {@link memoiseWeak} or
 * {@link memoisePair}, which hold an entry only as long as its key object lives.
 * Everything memoised must be a pure function of its key: dropping an entry only costs time.
 */

/**
 * A `Map` that holds at most `max` entries: setting a new key when it is full drops the oldest
 * (the first set; a read does not refresh it). `undefined` is a value like any other.
 */
export class BoundedMemo<K, V> {
  readonly #entries = new Map<K, V>();
  readonly #max: number;

  /** `max`: a positive integer (the memos are internal: every call site passes a constant, which a test reads). */
  constructor(max: number) {
    this.#max = max;
  }

  /** The most entries held at once. */
  get max(): number {
    return this.#max;
  }

  /** How many entries are held now (never more than {@link max}). */
  get size(): number {
    return this.#entries.size;
  }

  /** The remembered value, or `undefined` (use {@link has} when `undefined` is a value). */
  get(key: K): V | undefined {
    return this.#entries.get(key);
  }

  /** Whether `key` is remembered. */
  has(key: K): boolean {
    return this.#entries.has(key);
  }

  /** Remembers `value` for `key`, dropping the oldest entry when full; returns `value`. */
  set(key: K, value: V): V {
    const entries = this.#entries;
    if (entries.size >= this.#max && !entries.has(key)) {
      const oldest = entries.keys().next();
      if (oldest.done !== true) entries.delete(oldest.value);
    }
    entries.set(key, value);
    return value;
  }

  /** The remembered value for `key`, else `make(key)`, remembered. */
  getOrSet(key: K, make: (key: K) => V): V {
    const entries = this.#entries;
    const hit = entries.get(key);
    if (hit !== undefined || entries.has(key)) return hit as V;
    return this.set(key, make(key));
  }

  /** Forgets every entry. */
  clear(): void {
    this.#entries.clear();
  }
}

/** `make` memoised per key in a {@link BoundedMemo} of `max` entries. */
export function memoise<K, V>(make: (key: K) => V, max: number): (key: K) => V {
  const memo = new BoundedMemo<K, V>(max);
  return (key) => memo.getOrSet(key, make);
}

/** `make` memoised per key object, weakly: an entry goes when its key object does. */
export function memoiseWeak<K extends object, V>(make: (key: K) => V): (key: K) => V {
  const memo = new WeakMap<K, V>();
  return (key) => {
    const hit = memo.get(key);
    if (hit !== undefined || memo.has(key)) return hit as V;
    const made = make(key);
    memo.set(key, made);
    return made;
  };
}

/**
 * `make(a, b)` memoised per pair of objects, weakly: the pair goes when either object does. Used
 * where closures of two sources are combined once per pair and then read on every decision.
 */
export function memoisePair<A extends object, B extends object, R>(make: (a: A, b: B) => R): (a: A, b: B) => R {
  const byA = new WeakMap<A, WeakMap<B, R>>();
  return (a, b) => {
    let byB = byA.get(a);
    if (byB === undefined) {
      byB = new WeakMap();
      byA.set(a, byB);
    }
    const hit = byB.get(b);
    if (hit !== undefined || byB.has(b)) return hit as R;
    const made = make(a, b);
    byB.set(b, made);
    return made;
  };
}
