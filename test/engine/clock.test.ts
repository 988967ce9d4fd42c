import { describe, expect, it } from "vitest";
import { createManualClock, systemClock } from "../../src/engine/index.js";
import { ArgumentError } from "../../src/errors/index.js";

describe("createManualClock", () => {
  it("starts where told and moves only on advance/set", () => {
    const clock = createManualClock("2026-03-09T14:00:00Z");
    expect(clock.now()).toBe(Date.parse("2026-03-09T14:00:00Z"));
    clock.advance(1000);
    expect(clock.now()).toBe(Date.parse("2026-03-09T14:00:01Z"));
    clock.set("2026-03-09T14:00:00Z");
    expect(clock.now()).toBe(Date.parse("2026-03-09T14:00:01Z"));
  });

  it("fires timers in due order, each seeing its own due time, and honours clearTimeout", () => {
    const clock = createManualClock(0);
    const seen: [string, number][] = [];
    clock.setTimeout(() => seen.push(["b", clock.now()]), 200);
    clock.setTimeout(() => seen.push(["a", clock.now()]), 100);
    const c = clock.setTimeout(() => seen.push(["c", clock.now()]), 150);
    clock.clearTimeout(c);
    clock.advance(150);
    expect(seen).toEqual([["a", 100]]);
    clock.advance(1000);
    expect(seen).toEqual([
      ["a", 100],
      ["b", 200],
    ]);
    expect(clock.now()).toBe(1150);
    expect(clock.pending()).toBe(0);
  });

  it("fires timers scheduled by timers within the same advance", () => {
    const clock = createManualClock(0);
    const seen: number[] = [];
    clock.setTimeout(() => clock.setTimeout(() => seen.push(clock.now()), 50), 50);
    clock.advance(100);
    expect(seen).toEqual([100]);
  });

  it("rejects an unusable start with a typed error", () => {
    expect(() => createManualClock("not a date")).toThrow(ArgumentError);
  });

  it("system clock reads the wall clock", () => {
    const before = Date.now();
    expect(systemClock.now()).toBeGreaterThanOrEqual(before);
    systemClock.clearTimeout(systemClock.setTimeout(() => undefined, 10));
  });
});
