import fc from "fast-check";

/** Instants at and past every edge: the JavaScript date range, the accepted range, bad offsets. */
export const hostileInstant: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    "-271821-04-20T00:00:00Z",
    "+275760-09-13T00:00:00Z",
    "1899-12-31T23:59:59Z",
    "2201-01-01T00:00:00Z",
    "2026-03-09T14:00:00+25:00",
    "2026-03-09T14:00:00-99:99",
    "2026-03-09T14:00:00",
    "2026-02-30T10:00:00Z",
    "2026-03-09T24:00:00Z",
    "",
    "now",
    8.64e15,
    -8.64e15,
    1e20,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -0,
  ),
  fc.integer({ min: -8_640_000_000_000_000, max: 8_640_000_000_000_000 }),
  fc.date({ noInvalidDate: false }),
  fc.date({ min: new Date("1990-01-01T00:00:00Z"), max: new Date("2100-01-01T00:00:00Z"), noInvalidDate: true }).map((d) => d.toISOString()),
);

/** Strings a form or an SMS can carry: unicode, control characters, prototype names, long runs. */
export const hostileString: fc.Arbitrary<string> = fc.oneof(
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.constantFrom(
    "__proto__",
    "constructor",
    "prototype",
    "toString",
    "hasOwnProperty",
    "valueOf",
    "Mars/Base",
    "Etc/GMT+25",
    "US/Eastern",
    "PT9999999999999H",
    "P999999999Y",
    "-PT5M",
    "FREQ=SECONDLY",
    "FREQ=DAILY;BYMONTHDAY=31;BYMONTH=2",
    "STOP",
    "stopp",
    "désabonner",
    "\u0000",
    "\ud800",
    "a/b@c#d",
  ),
  fc.tuple(fc.constantFrom("a", "STOP ", "é", "🙂", " "), fc.integer({ min: 1000, max: 20_000 })).map(([s, n]) => s.repeat(n)),
);

/** Values of every type, including the ones JSON cannot carry. */
export const hostileScalar: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(null, undefined, true, false, 0, -1, 1e308, -1e308, Number.NaN, Number.MAX_SAFE_INTEGER + 2, 0.5, [], {}),
  fc.integer(),
  fc.double(),
  hostileString,
  hostileInstant,
);

/** Objects and arrays nested `depth` deep (`[[[...]]]` or `{"a":{"a":...}}`). */
export function nested(depth: number, kind: "array" | "object"): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = kind === "array" ? [value] : { a: value };
  return value;
}

/** A hostile replacement for a value: scalars, deep nesting, prototype keys, megabyte strings. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: hostileScalar },
  { weight: 1, arbitrary: fc.tuple(fc.integer({ min: 60, max: 5000 }), fc.constantFrom("array" as const, "object" as const)).map(([d, k]) => nested(d, k)) },
  { weight: 1, arbitrary: fc.constant(null).map(() => JSON.parse('{"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}}') as unknown) },
  { weight: 1, arbitrary: fc.constant(null).map(() => "x".repeat(1024 * 1024)) },
  { weight: 2, arbitrary: fc.dictionary(hostileString, hostileScalar, { maxKeys: 4 }) },
  { weight: 2, arbitrary: fc.array(hostileScalar, { maxLength: 4 }) },
);

/** A path into a JSON value: keys and indices from the root. */
export type Path = (string | number)[];

/** Every path into a JSON value (objects and arrays), the root included. */
export function paths(value: unknown, prefix: Path = [], out: Path[] = []): Path[] {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((v, i) => paths(v, [...prefix, i], out));
  else if (typeof value === "object" && value !== null) for (const [k, v] of Object.entries(value)) paths(v, [...prefix, k], out);
  return out;
}

/** A copy of `value` with `replacement` at `path` (or a new key beside it), leaving `value` unchanged. */
function setAt(value: unknown, path: Path, replacement: unknown, addKey: string | undefined): unknown {
  const copy = structuredClone(value) as unknown;
  if (path.length === 0) return replacement;
  let parent = copy as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) parent = parent[part] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (addKey !== undefined && typeof parent[last] === "object" && parent[last] !== null && !Array.isArray(parent[last])) {
    Object.defineProperty(parent[last], addKey, { value: replacement, enumerable: true, writable: true, configurable: true });
  } else if (addKey === "") delete parent[last];
  else parent[last] = replacement;
  return copy;
}

/**
 * `base` with one to three mutations: a value replaced by a hostile one, a key removed, or a key
 * added (`__proto__`, `constructor` and random names, as own properties).
 */
export function mutated(base: unknown): fc.Arbitrary<unknown> {
  const all = paths(base);
  const mutation = fc.tuple(
    fc.nat({ max: all.length - 1 }),
    hostileValue,
    fc.option(fc.oneof(fc.constantFrom("__proto__", "constructor", "toString", ""), hostileString), { freq: 4 }),
  );
  return fc.array(mutation, { minLength: 1, maxLength: 3 }).map((list) => {
    let value = base;
    for (const [i, replacement, key] of list) {
      const at = all[i] as Path;
      try {
        value = setAt(value, at, replacement, key ?? undefined);
      } catch {
        // The path no longer exists after an earlier mutation: keep the value as it is.
      }
    }
    return value;
  });
}
