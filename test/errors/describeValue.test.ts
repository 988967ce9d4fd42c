import { describe, expect, it } from "vitest";
import { describeValue } from "../../src/errors/index.js";

describe("describeValue", () => {
  it("names what came, the same way in every error message", () => {
    expect(describeValue(null)).toBe("null");
    expect(describeValue(undefined)).toBe("undefined");
    expect(describeValue("Mars/Base")).toBe('"Mars/Base" (string)');
    expect(describeValue(42)).toBe("42 (number)");
    expect(describeValue(Number.NaN)).toBe("NaN (number)");
    expect(describeValue(true)).toBe("true (boolean)");
    expect(describeValue(10n)).toBe("10 (bigint)");
    expect(describeValue([1, 2, 3])).toBe("an array of 3");
    expect(describeValue({ a: 1 })).toBe("an object");
    expect(describeValue(() => 1)).toBe("a function");
    expect(describeValue(new Date(0))).toBe("a Date");
    expect(describeValue(new Date(Number.NaN))).toBe("an invalid Date");
  });
  it("cuts a long string so the message stays one readable line", () => {
    const shown = describeValue("x".repeat(500));
    expect(shown).toBe(`"${"x".repeat(57)}..." (string)`);
  });
  it("never throws, even on values whose String() throws", () => {
    expect(describeValue(Symbol("s"))).toBe("Symbol(s) (symbol)");
    expect(describeValue(Object.create(null))).toBe("an object");
  });
  it("describes a proxy of a Date, or an object whose prototype is Date's, as the object it is (no time to read)", () => {
    // `instanceof Date` holds for both, but neither has a time: `getTime` on them throws a TypeError (hostile-values shake, seed 180176873).
    expect(describeValue(new Proxy(new Date(0), {}))).toBe("an object");
    expect(describeValue(Object.create(Date.prototype))).toBe("an object");
  });
});
