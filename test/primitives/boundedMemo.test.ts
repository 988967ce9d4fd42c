import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { BoundedMemo, memoise, memoisePair, memoiseWeak } from "../../src/primitives/index.js";

describe("BoundedMemo", () => {
  it("never holds more than its bound, and a remembered value is the one set last (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 20 }), fc.array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer()), { maxLength: 200 }), (max, writes) => {
        const memo = new BoundedMemo<number, number>(max);
        const last = new Map<number, number>();
        for (const [k, v] of writes) {
          memo.set(k, v);
          last.set(k, v);
          expect(memo.size).toBeLessThanOrEqual(max);
          expect(memo.get(k)).toBe(v);
        }
        for (const [k, v] of last) if (memo.has(k)) expect(memo.get(k)).toBe(v);
      }),
      { numRuns: 200 },
    );
  });

  it("drops the oldest entry first", () => {
    const memo = new BoundedMemo<string, number>(2);
    memo.set("a", 1);
    memo.set("b", 2);
    memo.set("a", 3); // an existing key is replaced, nothing dropped
    expect(memo.size).toBe(2);
    memo.set("c", 4);
    expect(memo.has("a")).toBe(false);
    expect([memo.get("b"), memo.get("c")]).toEqual([2, 4]);
  });

  it("remembers undefined as a value", () => {
    let calls = 0;
    const f = memoise((_: string) => {
      calls++;
      return undefined;
    }, 4);
    f("x");
    f("x");
    expect(calls).toBe(1);
  });

  it("is given a positive integer bound at every call site (a literal, or a constant set to one)", () => {
    const root = fileURLToPath(new URL("../../src/", import.meta.url));
    const sources = readdirSync(root, { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts"));
    let sites = 0;
    for (const file of sources) {
      const text = readFileSync(join(root, file), "utf8");
      if (file.endsWith("boundedMemo.ts")) continue;
      for (const [, bound] of text.matchAll(/new BoundedMemo(?:<[^;]*?>)?\(([^)]*)\)/g)) {
        sites++;
        const literal = /^[\d_]+$/.test(bound ?? "") ? bound : new RegExp(`const ${bound} = ([\\d_]+);`).exec(text)?.[1];
        expect(Number((literal ?? "").replaceAll("_", "")), `${file}: new BoundedMemo(${bound})`).toBeGreaterThanOrEqual(1);
      }
    }
    expect(sites).toBeGreaterThan(20);
  });
});

describe("memoiseWeak and memoisePair", () => {
  it("make once per key object (or pair)", () => {
    let calls = 0;
    const one = memoiseWeak((o: object) => ({ o, n: ++calls }));
    const a = {};
    const b = {};
    expect(one(a)).toBe(one(a));
    expect(one(b)).not.toBe(one(a));
    expect(calls).toBe(2);
    const pair = memoisePair((x: object, y: object) => [x, y]);
    expect(pair(a, b)).toBe(pair(a, b));
    expect(pair(b, a)).not.toBe(pair(a, b));
  });
});
