import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printable } from "../../src/primitives/index.js";

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it looks for
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

describe("printable", () => {
  it("never leaves a control character, and leaves text without one as it is", () => {
    const text = fc.string({
      unit: fc.oneof(
        fc.constantFrom("\u001b", "\u009b", "\r", "\n", "\t", "\u0007", "\u2028", "\u202e", "\u2066"),
        fc.string({ maxLength: 1, unit: "grapheme" }),
      ),
    });
    fc.assert(
      fc.property(text, (s) => {
        expect(printable(s)).not.toMatch(CONTROL);
        if (!CONTROL.test(s)) expect(printable(s)).toBe(s);
      }),
    );
    expect(printable("lead-7\u001b[2J\r\n")).toBe("lead-7\\u001b[2J\\u000d\\u000a");
    expect(printable("Zoë · 東京 → ✓")).toBe("Zoë · 東京 → ✓");
  });
});
