import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { idKeyedObject, jsonCopy } from "../../src/primitives/jsonCopy.js";

/** Every object and array reachable from `v`. */
function objectsOf(v: unknown, out = new Set<object>()): Set<object> {
  if (typeof v === "object" && v !== null) {
    out.add(v);
    for (const x of Object.values(v)) objectsOf(x, out);
  }
  return out;
}

describe("jsonCopy", () => {
  it("always gives what the JSON round trip gives, sharing no object or array", () => {
    fc.assert(
      fc.property(fc.anything({ withDate: true, withNullPrototype: true, withBoxedValues: false }), (v) => {
        const json = JSON.stringify(v);
        if (json === undefined) return;
        const copy = jsonCopy(v);
        expect(JSON.stringify(copy)).toBe(json);
        expect(copy).toStrictEqual(JSON.parse(json));
        const mine = objectsOf(v);
        for (const o of objectsOf(copy)) expect(mine.has(o)).toBe(false);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps an own __proto__ key a key, as JSON.parse does", () => {
    const v = JSON.parse('{"a":{"__proto__":{"x":1}},"b":{"__proto__":"s"}}') as unknown;
    const copy = jsonCopy(v) as { a: object };
    expect(Object.getPrototypeOf(copy.a)).toBe(Object.prototype);
    expect(copy).toStrictEqual(v);
  });

  it("writes non-finite numbers, undefined and functions as JSON does", () => {
    expect(jsonCopy({ z: -0, a: Number.NaN, b: undefined, c: [undefined, () => 1, Number.POSITIVE_INFINITY], d: new Date(0) })).toStrictEqual({
      z: 0,
      a: null,
      c: [null, null, null],
      d: "1970-01-01T00:00:00.000Z",
    });
  });

  it("copies an object keyed by ids into one that behaves as a plain object: same keys, order, prototype and JSON", () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.array(fc.string()), (entries, removed) => {
        const o = idKeyedObject<unknown>();
        const plain: Record<string, unknown> = {};
        for (const [k, v] of Object.entries(entries)) {
          o[`lead/${k}`] = v;
          plain[`lead/${k}`] = v;
        }
        for (const k of removed) {
          delete o[`lead/${k}`];
          delete plain[`lead/${k}`];
        }
        expect(Object.getPrototypeOf(o)).toBe(Object.prototype);
        expect(Object.keys(o)).toEqual(Object.keys(plain));
        expect(JSON.stringify(o)).toBe(JSON.stringify(plain));
        expect(JSON.stringify(jsonCopy(o))).toBe(JSON.stringify(plain));
      }),
    );
  });
});
