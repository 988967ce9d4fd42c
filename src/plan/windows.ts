import { parseClockTime } from "../primitives/index.js";
import { WEEKDAYS, type Policies } from "./policies.js";

/** Minutes in a week; minute-of-week 0 is Monday 00:00 local. */
export const MINUTES_PER_WEEK = 10_080;
const DAY = 1440;

/** Sorted, merged, non-overlapping `[start, end)` minute-of-week intervals. */
export type MinuteOfWeekIntervals = readonly (readonly [number, number])[];

/** Always open. */
export const ALWAYS_OPEN: MinuteOfWeekIntervals = [[0, MINUTES_PER_WEEK]];

/**
 * The minutes of the week a channel may be touched under `policies`: its window (or the `*`
 * window, or always) minus every quiet-hours rule that covers the channel.
 */
export function openMinutesOfWeek(policies: Policies, channel: string): MinuteOfWeekIntervals {
  const rules = ownEntry(policies.windows, channel) ?? ownEntry(policies.windows, "*");
  const open: [number, number][] = [];
  if (rules === undefined) open.push([0, MINUTES_PER_WEEK]);
  else {
    for (const rule of rules) {
      for (const day of rule.days) pushDaily(open, WEEKDAYS.indexOf(day), rule.from, rule.to);
    }
  }
  const quiet: [number, number][] = [];
  for (const q of policies.quietHours ?? []) {
    if (q.channels !== undefined && !q.channels.includes(channel)) continue;
    for (let d = 0; d < 7; d++) pushDaily(quiet, d, q.from, q.to);
  }
  return subtract(merge(open), merge(quiet));
}

/** `record[key]` only when it is the record's own entry (a channel named `constructor` must not find `Object`). */
function ownEntry<T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined {
  return record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
}

/** Adds `from`–`to` on weekday `day` (0 = Monday); a span past midnight continues on the next day. */
function pushDaily(into: [number, number][], day: number, from: string, to: string): void {
  const start = day * DAY + (parseClockTime(from) ?? 0);
  let end = day * DAY + (parseClockTime(to) ?? 0);
  if (end === start) return;
  if (end < start) end += DAY;
  if (end <= MINUTES_PER_WEEK) into.push([start, end]);
  else {
    into.push([start, MINUTES_PER_WEEK]);
    into.push([0, end - MINUTES_PER_WEEK]);
  }
}

function merge(intervals: [number, number][]): [number, number][] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const [s, e] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && s <= last[1]) last[1] = Math.max(last[1], e);
    else out.push([s, e]);
  }
  return out;
}

function subtract(open: [number, number][], closed: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  for (const [s0, e0] of open) {
    let s = s0;
    for (const [cs, ce] of closed) {
      if (ce <= s || cs >= e0) continue;
      if (cs > s) out.push([s, cs]);
      s = Math.max(s, ce);
      if (s >= e0) break;
    }
    if (s < e0) out.push([s, e0]);
  }
  return out;
}
