/**
 * A demo clock for the CRM example: it starts at a chosen instant (`DEMO_NOW`, `--demo-now`) and
 * runs at real speed from there, so a walkthrough gives the same answers on any day of the week;
 * `advance(ms)` jumps it forward ("five minutes later") and fires the engine timers that fall due.
 */
import type { Clock } from "../../src/index.js";

/** A clock that runs from `start` and can jump forward. */
export interface DemoClock extends Clock {
  /**
   * Moves the clock forward by `ms`, firing every timer that falls due, in time order.
   * @throws {RangeError} for a jump that is negative or ends past {@link DEMO_CLOCK_LATEST_MS}; the clock does not move.
   */
  advance(ms: number): void;
}

/** The last instant the library accepts (2200-12-31T23:59:59.999Z, docs/errors.md): a clock past it fails every engine call. */
export const DEMO_CLOCK_LATEST_MS = Date.UTC(2200, 11, 31, 23, 59, 59, 999);

interface Timer {
  readonly at: number;
  readonly callback: () => void;
  readonly handle: ReturnType<typeof setTimeout>;
}

/** A demo clock starting at `start` (ISO-8601 with Z or an offset). @throws {Error} for anything else. */
export function createDemoClock(start: string, realNow: () => number = Date.now): DemoClock {
  const startMs = Date.parse(start);
  if (!/(Z|[+-]\d\d:\d\d)$/.test(start) || Number.isNaN(startMs))
    throw new Error(`Expected the demo clock's start as an ISO-8601 instant with Z or an offset, got ${JSON.stringify(start)}`);
  // Demo time = the start + real time elapsed since the clock was made + every jump.
  const offset = startMs - realNow();
  let jumped = 0;
  const now = (): number => realNow() + offset + jumped;
  const timers = new Set<Timer>();
  const fire = (timer: Timer): void => {
    if (!timers.delete(timer)) return;
    clearTimeout(timer.handle);
    timer.callback();
  };
  return {
    now,
    setTimeout(callback, ms) {
      const timer: Timer = { at: now() + ms, callback, handle: setTimeout(() => fire(timer), ms) };
      timer.handle.unref?.();
      timers.add(timer);
      return timer;
    },
    clearTimeout(handle) {
      const timer = handle as Timer;
      clearTimeout(timer.handle);
      timers.delete(timer);
    },
    advance(ms) {
      if (!(ms >= 0)) throw new RangeError(`Expected a jump of at least 0 ms, got ${ms}`);
      if (!(now() + ms <= DEMO_CLOCK_LATEST_MS))
        throw new RangeError(`Expected a jump ending by ${new Date(DEMO_CLOCK_LATEST_MS).toISOString()}, got ${ms} ms from ${new Date(now()).toISOString()}`);
      jumped += ms;
      for (const timer of [...timers].filter((t) => t.at <= now()).sort((a, b) => a.at - b.at)) fire(timer);
    },
  };
}
