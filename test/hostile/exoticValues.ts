import fc from "fast-check";
import { paths, type Path } from "../fuzz/hostileValues.js";

/** The error a hostile getter or proxy trap throws: the host's own, which the library lets through unchanged. */
export class HostError extends Error {
  override name = "HostError";
}

/** Scalars JSON cannot carry, numbers at the edges, and strings with characters ids are built from. */
export const exoticScalar: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  new Date("2026-03-09T14:00:00Z"),
  new Date(Number.NaN),
  5n,
  Symbol("s"),
  new String("x"),
  new Number(1),
  new Boolean(true),
  Number.NaN,
  Number.POSITIVE_INFINITY,
  -0,
  1e308,
  () => 1,
  "\ud800",
  "a\u0000b",
  "a/b#c@d:e",
  "__proto__",
  "constructor",
  "toString",
);

/** What is done to the value at a path. `stable` transforms keep every read of the input the same. */
type Transform = { readonly kind: string; readonly stable: boolean; readonly apply: (v: unknown, root: unknown) => unknown };

const firstKey = (v: object): string | undefined => Object.keys(v)[0];

const transforms: fc.Arbitrary<Transform> = fc.oneof(
  exoticScalar.map((s) => ({ kind: `scalar ${typeof s === "symbol" ? "symbol" : String(s).slice(0, 12)}`, stable: true, apply: () => s })),
  fc.constantFrom<Transform>(
    { kind: "prototype-less", stable: true, apply: (v) => (isObject(v) ? Object.assign(Object.create(null) as object, v) : v) },
    { kind: "frozen", stable: true, apply: (v) => (typeof v === "object" && v !== null ? Object.freeze(v) : v) },
    { kind: "sealed", stable: true, apply: (v) => (typeof v === "object" && v !== null ? Object.seal(v) : v) },
    {
      kind: "sparse array",
      stable: true,
      apply: (v) => {
        if (!Array.isArray(v)) return v;
        const holey = [...(v as unknown[])];
        holey.length += 1;
        if (holey.length > 1) delete holey[0];
        return holey;
      },
    },
    { kind: "array with extra props", stable: true, apply: (v) => (Array.isArray(v) ? Object.assign([...(v as unknown[])], { extra: 1, "-1": 2 }) : v) },
    { kind: "cycle", stable: true, apply: (_v, root) => root },
    {
      kind: "own __proto__ key",
      stable: true,
      apply: (v) =>
        isObject(v) ? Object.defineProperty({ ...v }, "__proto__", { value: { polluted: 1 }, enumerable: true, writable: true, configurable: true }) : v,
    },
    {
      kind: "proxy whose get throws",
      stable: false,
      apply: (v) =>
        typeof v === "object" && v !== null
          ? new Proxy(v, {
              get(target, key, receiver) {
                if (typeof key === "string" && key !== "then") throw new HostError(`get ${key}`);
                return Reflect.get(target, key, receiver) as unknown;
              },
            })
          : v,
    },
    {
      kind: "proxy whose ownKeys throws",
      stable: false,
      apply: (v) =>
        typeof v === "object" && v !== null
          ? new Proxy(v, {
              ownKeys() {
                throw new HostError("ownKeys");
              },
            })
          : v,
    },
    {
      kind: "getter that changes",
      stable: false,
      apply: (v) => {
        if (!isObject(v)) return v;
        const key = firstKey(v);
        if (key === undefined) return v;
        const original = v[key];
        let reads = 0;
        return Object.defineProperty({ ...v }, key, { get: () => (reads++ % 2 === 0 ? original : 5), enumerable: true, configurable: true });
      },
    },
    {
      kind: "getter that throws",
      stable: false,
      apply: (v) => {
        if (!isObject(v)) return v;
        const key = firstKey(v);
        if (key === undefined) return v;
        return Object.defineProperty({ ...v }, key, {
          get: () => {
            throw new HostError(`getter ${key}`);
          },
          enumerable: true,
          configurable: true,
        });
      },
    },
  ),
);

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/** A fresh copy of `base` with one or two paths transformed; `stable` when every read of it gives the same values. */
export interface ExoticInput {
  readonly value: unknown;
  readonly stable: boolean;
  readonly what: string;
}

/** `base` (JSON) with one or two of its values, objects or arrays made exotic: see {@link transforms}. */
export function exotic(base: unknown): fc.Arbitrary<ExoticInput> {
  const all = paths(base);
  return fc.array(fc.tuple(fc.nat({ max: all.length - 1 }), transforms), { minLength: 1, maxLength: 2 }).map((list) => {
    const root = structuredClone(base) as unknown;
    let value = root;
    let stable = true;
    const what: string[] = [];
    for (const [i, t] of list) {
      const path = all[i] as Path;
      what.push(`${t.kind} at ${path.join(".") || "(root)"}`);
      stable &&= t.stable;
      try {
        if (path.length === 0) {
          value = t.apply(value, root);
          continue;
        }
        let parent: unknown = value;
        for (const part of path.slice(0, -1)) parent = isReadable(parent) ? (parent as Record<string | number, unknown>)[part] : undefined;
        const last = path[path.length - 1] as string | number;
        if (!isReadable(parent) || Object.isFrozen(parent)) continue;
        (parent as Record<string | number, unknown>)[last] = t.apply((parent as Record<string | number, unknown>)[last], root);
      } catch {
        // An earlier transform's getter, trap or frozen object refused this one: leave the value as it is.
      }
    }
    return { value, stable, what: what.join("; ") };
  });
}

/** An object or array whose fields can be read without a trap throwing (a proxy made here always throws, so it is skipped). */
function isReadable(v: unknown): boolean {
  if (typeof v !== "object" || v === null) return false;
  try {
    Object.keys(v);
    void (v as Record<string, unknown>)["x"];
    return true;
  } catch {
    return false;
  }
}
