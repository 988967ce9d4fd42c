import type { Clock } from "../../../src/engine/index.js";

/** The shared accelerated clock of the proof: every process computes the same virtual time. */
export interface ClockSpec {
  /** Virtual epoch ms at `realStart`. */
  readonly start: number;
  /** Real epoch ms when the virtual clock read `start`. */
  readonly realStart: number;
  /** Virtual ms per real ms. */
  readonly rate: number;
}

export function acceleratedClock(spec: ClockSpec): Clock {
  return {
    now: () => spec.start + (Date.now() - spec.realStart) * spec.rate,
    setTimeout: (callback, ms) => {
      const handle = setTimeout(callback, Math.max(0, ms / spec.rate));
      handle.unref?.();
      return handle;
    },
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
  };
}
