import {
  ALWAYS_OPEN,
  MINUTES_PER_DAY as DAY,
  MINUTES_PER_WEEK,
  mergeIntervals,
  parseClockTime,
  subtractIntervals,
  type WeekIntervals,
} from "../primitives/index.js";
import { WEEKDAYS, type Policies, type QuietHours, type WindowRule } from "./policies.js";

/**
 * The minutes of the week a channel may be touched under `policies`: its window (or the `*`
 * window, or always) minus every quiet-hours rule that covers the channel.
 */
export function openMinutesOfWeek(policies: Policies, channel: string): WeekIntervals {
  const rules = ownEntry(policies.windows, channel) ?? ownEntry(policies.windows, "*");
  const open = rules === undefined ? ALWAYS_OPEN : windowMinutes(rules);
  return subtractIntervals(open, quietMinutes(policies.quietHours, channel));
}

/** The minutes of the week a list of window rules opens (sorted and merged: rules, days and spans written differently over the same minutes give the same intervals). */
export function windowMinutes(rules: readonly WindowRule[]): WeekIntervals {
  const open: [number, number][] = [];
  for (const rule of rules) {
    for (const day of rule.days) pushDaily(open, WEEKDAYS.indexOf(day), rule.from, rule.to);
  }
  return mergeIntervals(open);
}

/**
 * The minutes of the week quiet hours close for `channel` (rules for every channel and rules that
 * list it), sorted and merged; without a channel, those of the rules for every channel only.
 */
export function quietMinutes(quietHours: readonly QuietHours[] | undefined, channel?: string): WeekIntervals {
  const quiet: [number, number][] = [];
  for (const q of quietHours ?? []) {
    if (q.channels !== undefined && (channel === undefined || !q.channels.includes(channel))) continue;
    for (let d = 0; d < 7; d++) pushDaily(quiet, d, q.from, q.to);
  }
  return mergeIntervals(quiet);
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
