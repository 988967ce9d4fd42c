import { describe, expect, it } from "vitest";
import { hasUnstorableText, storableText, unstorableTextIssue } from "../../src/primitives/index.js";

describe("unstorableTextIssue", () => {
  it("names the first NUL or unpaired surrogate in document order, in values and keys; a surrogate pair is fine", () => {
    expect(unstorableTextIssue({ a: "🚗", b: ["ok", { c: "x\u0000" }], d: "\ud800" })).toMatchObject({ code: "invalid_value", path: ["b", 1, "c"] });
    expect(unstorableTextIssue({ a: { "k\udfff": 1 } })).toMatchObject({
      code: "invalid_key",
      path: ["a", "k\udfff"],
      received: "an unpaired surrogate (U+DFFF) at index 1",
    });
    expect(unstorableTextIssue("\u0000")).toMatchObject({ path: [] });
    expect(unstorableTextIssue({ a: ["🚗", 1, null, true], b: "é" })).toBeUndefined();
  });

  it("ends on a value that contains itself", () => {
    const cyclic: Record<string, unknown> = { a: "ok" };
    cyclic["self"] = cyclic;
    expect(unstorableTextIssue(cyclic)).toBeUndefined();
  });

  it("storableText replaces what hasUnstorableText finds by U+FFFD", () => {
    expect(hasUnstorableText("a\u0000b\ud800")).toBe(true);
    expect(storableText("a\u0000b\ud800🚗")).toBe("a\ufffdb\ufffd🚗");
    expect(hasUnstorableText("🚗")).toBe(false);
  });
});
