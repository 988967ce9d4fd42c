import { DAY_MS, MINUTE_MS, fromLocalMs, localDayNumber, toLocalMs, weekdayOfLocal } from "../calendar/index.js";
import { WEEKDAYS, openMinutesOfWeek } from "../plan/index.js";
import { ALWAYS_OPEN, MINUTES_PER_DAY, mergeIntervals, subtractIntervals, type WeekIntervals } from "../primitives/index.js";
import { compilePlan } from "../schedule/index.js";
import { compiledForLead } from "../schedule/compliantPlan.js";
import { resolveLeadClock } from "../schedule/resolveLeadClock.js";
import type { Timeline } from "../testing/index.js";

/** An instant range `[start, end)`, epoch ms. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** One local day of the lead's calendar. */
export interface LocalDay extends Span {
  /** Days since 1970-01-01 on the lead's wall clock. */
  readonly day: number;
  /** 0 = Monday. */
  readonly weekday: number;
  /** Not one of the plan's business days. */
  readonly weekend: boolean;
  /** The holiday's name when the lead's calendar closes (part of) the day. */
  readonly holiday?: string;
}

/** What the report shades behind the touches, all in the lead's zone. */
export interface CalendarBands {
  readonly days: readonly LocalDay[];
  /** Per channel: when a touch may go (window, minus quiet hours, presets and closures); none for a channel no step sends on. */
  readonly open: ReadonlyMap<string, readonly Span[]>;
  /** Per channel: the plan's quiet hours; none for a channel no step sends on. */
  readonly quiet: ReadonlyMap<string, readonly Span[]>;
  /** Closed hours of holidays and closures, with the holiday's name. */
  readonly closures: readonly (Span & { readonly name: string })[];
}

/**
 * The windows, quiet hours, weekends and holidays a timeline ran under, over the local days that
 * cover `[fromMs, toMs)`. Reads the plan and lead the timeline carries, with the same compiled
 * rules `evaluate` used (presets, the lead's region, its holiday calendar).
 */
export function calendarBands(timeline: Timeline, channels: readonly string[], fromMs: number, toMs: number): CalendarBands {
  const zone = timeline.zone.name;
  const compiled = compiledForLead(compilePlan(timeline.plan), timeline.lead);
  const closedDays = resolveLeadClock(timeline.lead, compiled).clock.closed;
  const business = new Set((timeline.plan.businessDays ?? ["mon", "tue", "wed", "thu", "fri"]).map((d) => WEEKDAYS.indexOf(d)));
  const days: LocalDay[] = [];
  const closures: (Span & { name: string })[] = [];
  const open = new Map<string, Span[]>(channels.map((c) => [c, []]));
  const quiet = new Map<string, Span[]>(channels.map((c) => [c, []]));
  const quietOnly = { ...timeline.plan.policies, windows: undefined };
  const quietWeek = new Map(channels.map((c) => [c, subtractIntervals(ALWAYS_OPEN, openMinutesOfWeek(quietOnly, c))]));
  const first = localDayNumber(toLocalMs(zone, fromMs));
  const last = localDayNumber(toLocalMs(zone, Math.max(fromMs, toMs - 1)));
  const at = (day: number, minute: number): number => fromLocalMs(zone, day * DAY_MS + minute * MINUTE_MS);
  for (let day = first; day <= last; day++) {
    const weekday = weekdayOfLocal(day * DAY_MS);
    const holidayClosed = closedDays?.closedMinutes(day) ?? [];
    const name = closedDays?.holidayName(day);
    for (const [s, e] of holidayClosed) closures.push({ start: at(day, s), end: at(day, e), name: name ?? "closed" });
    days.push({
      day,
      weekday,
      start: at(day, 0),
      end: at(day, MINUTES_PER_DAY),
      weekend: !business.has(weekday),
      ...(name === undefined || holidayClosed.length === 0 ? {} : { holiday: name }),
    });
    for (const channel of channels) {
      const rules = compiled.channels.get(channel);
      // A channel no step sends on (one only SLA escalations alert on) has no window: escalations fire at their deadline.
      if (rules === undefined) continue;
      const closed = [...holidayClosed, ...(rules.closed?.(day) ?? [])];
      for (const [s, e] of subtractIntervals(dayRanges(rules.open, weekday), mergeIntervals(closed)))
        (open.get(channel) as Span[]).push({ start: at(day, s), end: at(day, e) });
      for (const [s, e] of dayRanges(quietWeek.get(channel) ?? [], weekday)) (quiet.get(channel) as Span[]).push({ start: at(day, s), end: at(day, e) });
    }
  }
  return { days, open: joinAdjacent(open), quiet: joinAdjacent(quiet), closures };
}

/** The minute-of-day ranges of weekly `intervals` on `weekday`. */
function dayRanges(intervals: WeekIntervals, weekday: number): [number, number][] {
  const base = weekday * MINUTES_PER_DAY;
  const out: [number, number][] = [];
  for (const [s, e] of intervals) {
    const from = Math.max(s, base);
    const to = Math.min(e, base + MINUTES_PER_DAY);
    if (to > from) out.push([from - base, to - base]);
  }
  return out;
}

/** Spans that touch at midnight become one (a window open across midnight is one band). */
function joinAdjacent(byChannel: Map<string, Span[]>): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const [channel, spans] of byChannel) {
    const joined: Span[] = [];
    for (const s of spans) {
      const last = joined[joined.length - 1];
      if (last !== undefined && s.start <= last.end) joined[joined.length - 1] = { start: last.start, end: Math.max(last.end, s.end) };
      else if (s.end > s.start) joined.push(s);
    }
    out.set(channel, joined);
  }
  return out;
}
