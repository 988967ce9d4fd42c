import * as z from "zod/mini";
import { lazySchema } from "./lazySchema.js";

const CLOCK = /^(?:([01]\d|2[0-3]):([0-5]\d)|24:00)$/;

/** Minutes after local midnight for `HH:MM` (`24:00` is 1440), or `undefined` when malformed. */
export function parseClockTime(text: string): number | undefined {
  const match = CLOCK.exec(text);
  if (match === null) return undefined;
  if (match[1] === undefined) return 1440;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** `HH:MM` for `minutes` (whole, 0 or more; 1440 is `24:00`): what {@link parseClockTime} reads; also an offset's magnitude (`05:30`). */
export function formatClockTime(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}

/** A local clock time `HH:MM`, 00:00–24:00. */
export const ClockTime = /* @__PURE__ */ lazySchema(() => z.string().check(z.regex(CLOCK, { error: 'Expected a clock time "HH:MM" between 00:00 and 24:00' })));
