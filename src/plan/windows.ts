import { MINUTES_PER_DAY as DAY, MINUTES_PER_WEEK, mergeIntervals, parseClockTime, subtractIntervals, type WeekIntervals } from "../primitives/index.js";
import { WEEKDAYS, type Policies } from "./policies.js";

/**
 * The minutes of the week a channel may be touched under `policies`: its window (or the `*`
 * window, or always) minus every quiet-hours rule that covers the channel.
 */
export function openMinutesOfWeek(policies: Policies, channel: string): WeekIntervals {
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
  return subtractIntervals(mergeIntervals(open), mergeIntervals(quiet));
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
