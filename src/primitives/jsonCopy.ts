/**
 * A deep copy of JSON data that equals `JSON.parse(JSON.stringify(value))` for the values stores
 * keep (plain objects, prototype-less ones, arrays, strings, finite numbers, booleans, null), several times faster than
 * the round trip. Anything else (a `Date`, a class instance, an object with `toJSON`, a non-finite
 * number, a function) is copied through JSON at its place, so the result is always what the round trip gives.
 * Invariant: the copy shares no object or array with `value` (strings are immutable and shared).
 * An object keyed by ids (see {@link idKeyedObject}) is copied into one made by it.
 */
export function jsonCopy<T>(value: T): T {
  return copy(value) as T;
}

function copy(v: unknown): unknown {
  if (typeof v === "string" || typeof v === "boolean" || v === null) return v;
  if (typeof v === "number") return Number.isFinite(v) ? v + 0 : null; // -0 + 0 is 0, as JSON writes it
  if (typeof v !== "object") return v;
  return Array.isArray(v) ? copyArray(v) : copyObject(v);
}

function copyArray(v: readonly unknown[]): unknown[] {
  const n = v.length;
  const out: unknown[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const x: unknown = v[i];
    out[i] = typeof x === "string" ? x : x === undefined || typeof x === "function" || typeof x === "symbol" ? null : copy(x);
  }
  return out;
}

function copyObject(v: object): unknown {
  const proto: unknown = Object.getPrototypeOf(v);
  // A prototype-less object is written by JSON as a plain one (and copied into one); any other class goes through JSON.
  if (proto !== Object.prototype && proto !== null) return JSON.parse(JSON.stringify(v)) as unknown;
  let out: Record<string, unknown> | undefined;
  for (const k in v) {
    out ??= isIdKey(k) ? idKeyedObject() : {};
    const x = (v as Record<string, unknown>)[k];
    if (typeof x === "string") {
      if (k === "__proto__") setOwnKey(out, k, x);
      else out[k] = x;
    } else if (x === undefined || typeof x === "symbol") continue;
    else if (typeof x === "function") {
      // JSON writes what an own toJSON method gives; any other function is left out.
      if (k === "toJSON") return JSON.parse(JSON.stringify(v)) as unknown;
    } else if (k === "__proto__") setOwnKey(out, k, copy(x));
    else out[k] = copy(x);
  }
  return out ?? {};
}

/** True for a key that is an id (it holds `/`, `@`, `#`, `:`, `.`, `-` or a space) rather than a field name. */
function isIdKey(k: string): boolean {
  for (let i = 0; i < k.length; i++) {
    const c = k.charCodeAt(i);
    if (c === 47 || c === 64 || c === 35 || c === 58 || c === 46 || c === 45 || c === 32) return true;
  }
  return false;
}

/**
 * An empty plain object for a map keyed by ids (a touch id, a lead id): it behaves exactly as `{}`,
 * but V8 keeps it as a hash table from the start, where every new key of an ordinary object makes a
 * hidden class of its own (slow to make, to copy and to look keys up in).
 */
export function idKeyedObject<T>(): Record<string, T> {
  const o: Record<string, unknown> = { a: 0, b: 0 };
  delete o["a"]; // deleting a property other than the last turns the object into a hash table
  delete o["b"];
  return o as Record<string, T>;
}

/** Sets `out[k]` as an own key: an own "__proto__" key (JSON.parse makes one) must stay a key, where assigning it would set the prototype. */
export function setOwnKey(out: Record<string, unknown>, k: string, value: unknown): void {
  Object.defineProperty(out, k, { value, enumerable: true, writable: true, configurable: true });
}
