import { describe, expect, it, vi } from "vitest";
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

describe("systemClock timers", () => {
  it("a delay longer than Node's timers hold (2^31 - 1 ms) does not fire at once, and is cleared like any other", async () => {
    // Node runs such a delay after 1 ms: a stopTimeoutMs or sendTimeoutMs of 25 days aborted every send at once.
    const fired: number[] = [];
    const handles = [2 ** 31, 30 * 86_400_000, Number.POSITIVE_INFINITY].map((ms) => systemClock.setTimeout(() => fired.push(ms), ms));
    const short = systemClock.setTimeout(() => fired.push(5), 5);
    await new Promise((r) => setTimeout(r, 60));
    expect(fired).toEqual([5]);
    for (const h of [...handles, short]) systemClock.clearTimeout(h);
  });

  it("a long delay fires at its end, not before, and not at all once cleared", () => {
    vi.useFakeTimers();
    try {
      const fired: string[] = [];
      systemClock.setTimeout(() => fired.push("kept"), 2 ** 32);
      const cleared = systemClock.setTimeout(() => fired.push("cleared"), 2 ** 32);
      vi.advanceTimersByTime(2 ** 31);
      systemClock.clearTimeout(cleared);
      vi.advanceTimersByTime(2 ** 32 - 2 ** 31 - 1);
      expect(fired).toEqual([]);
      vi.advanceTimersByTime(1);
      expect(fired).toEqual(["kept"]);
      vi.advanceTimersByTime(2 ** 33);
      expect(fired).toEqual(["kept"]);
    } finally {
      vi.useRealTimers();
    }
  });
});
