/**
 * `make(a, b)` memoised per pair of objects (weakly: the pairs go when either object does). Used
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
    if (byB.has(b)) return byB.get(b) as R;
    const made = make(a, b);
    byB.set(b, made);
    return made;
  };
}
