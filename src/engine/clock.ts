import { ArgumentError, describeValue } from "../errors/index.js";
import { inInstantRange, instantArgument, INSTANT_RANGE, type InstantInput } from "../primitives/index.js";

/** An opaque timer handle returned by {@link Clock.setTimeout}. */
export type TimerHandle = unknown;

/**
 * The engine's only source of time and timers. The system clock is the default; tests pass
 * {@link createManualClock} so that hours of cadence run in milliseconds, without real sleeps.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  setTimeout(callback: () => void, ms: number): TimerHandle;
  clearTimeout(handle: TimerHandle): void;
}

/** The longest delay one Node timer holds (2^31 - 1 ms, 24.8 days); Node runs a longer one after 1 ms. */
const MAX_TIMER_MS = 2_147_483_647;

/** A timer longer than {@link MAX_TIMER_MS}: a chain of Node timers, `current` the one running. */
class LongTimer {
  current: ReturnType<typeof setTimeout> | undefined;
}

/**
 * The wall clock and Node's timers. Timers are unref'd so an idle engine never keeps a process
 * alive. A delay longer than a Node timer holds is waited in steps (`Infinity` never fires).
 */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => {
    if (!(ms > MAX_TIMER_MS)) {
      const handle = setTimeout(callback, ms);
      handle.unref?.();
      return handle;
    }
    const timer = new LongTimer();
    const arm = (left: number): void => {
      timer.current = left > MAX_TIMER_MS ? setTimeout(() => arm(left - MAX_TIMER_MS), MAX_TIMER_MS) : setTimeout(callback, left);
      timer.current.unref?.();
    };
    arm(ms);
    return timer;
  },
  clearTimeout: (handle) => clearTimeout(handle instanceof LongTimer ? handle.current : (handle as ReturnType<typeof setTimeout>)),
};

/**
 * The host's clock with every reading checked: a reading outside years 1900–2200 (a broken
 * clock, a mock returning seconds or `NaN`) is an `ArgumentError` naming `clock.now()`, never a
 * value the engine would store and trip over at every start.
 */
export function checkedClock(clock: Clock): Clock {
  return {
    now() {
      const ms = clock.now();
      if (typeof ms !== "number" || !inInstantRange(ms))
        throw new ArgumentError("clock", `Expected clock.now() to return epoch milliseconds ${INSTANT_RANGE}, got ${describeValue(ms)}`);
      return ms;
    },
    setTimeout: (callback, ms) => clock.setTimeout(callback, ms),
    clearTimeout: (handle) => clock.clearTimeout(handle),
  };
}

/** A clock that moves only when told to: `advance` fires every timer that falls due, in time order. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, firing due timers in order (each sees `now()` at its own due time). */
  advance(ms: number): void;
  /** Moves time to `at` (never backwards). */
  set(at: InstantInput): void;
  /** Number of timers waiting. */
  pending(): number;
}

interface ManualTimer {
  readonly at: number;
  readonly seq: number;
  readonly callback: () => void;
}

/**
 * A manual clock starting at `start` (default 2026-01-05T14:00:00Z, a Monday).
 * @example
 * const clock = createManualClock("2026-03-09T14:00:00Z");
 * const engine = createEngine({ plans, adapters, clock });
 * clock.advance(5 * 60_000);
 * await engine.runDue();
 */
export function createManualClock(start: InstantInput = "2026-01-05T14:00:00Z"): ManualClock {
  let now = instantArgument(start, "start");
  let seq = 0;
  const timers = new Set<ManualTimer>();
  const moveTo = (target: number): void => {
    for (;;) {
      let first: ManualTimer | undefined;
      for (const t of timers) if (t.at <= target && (first === undefined || t.at < first.at || (t.at === first.at && t.seq < first.seq))) first = t;
      if (first === undefined) break;
      timers.delete(first);
      now = Math.max(now, first.at);
      first.callback();
    }
    now = Math.max(now, target);
  };
  return {
    now: () => now,
    setTimeout: (callback, ms) => {
      const timer: ManualTimer = { at: now + Math.max(0, ms), seq: seq++, callback };
      timers.add(timer);
      return timer;
    },
    clearTimeout: (handle) => {
      timers.delete(handle as ManualTimer);
    },
    advance: (ms) => moveTo(now + ms),
    set: (at) => moveTo(instantArgument(at, "at")),
    pending: () => timers.size,
  };
}
