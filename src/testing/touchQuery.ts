import { minuteOfDay, toLocalMs } from "../calendar/index.js";
import { ArgumentError, describeValue } from "../errors/index.js";
import { instantMs, parseClockTime } from "../primitives/index.js";
import { resolveRelativeInstant, type RelativeInstant } from "./relativeInstant.js";
import { checkTimeline, type Timeline, type TimelineTouch } from "./timeline.js";

/** Which touches to look at: every field given must match. */
export interface TouchQuery {
  readonly channel?: string;
  /** The step id. */
  readonly step?: string;
  readonly attempt?: number;
  readonly outcome?: string;
  /** Exactly when: an ISO-8601 duration from the simulation start (`"PT5M"`) or an instant. */
  readonly at?: RelativeInstant;
}

/** The timeline's touches that match `query`. */
export function findTouches(timeline: Timeline, query: TouchQuery = {}): TimelineTouch[] {
  checkTimeline(timeline, "timeline");
  const atMs = query.at === undefined ? undefined : resolveRelativeInstant(query.at, "at", timeline.zone.name, instantMs(timeline.from));
  return timeline.touches.filter(
    (t) =>
      (query.channel === undefined || t.channel === query.channel) &&
      (query.step === undefined || t.stepId === query.step) &&
      (query.attempt === undefined || t.attempt === query.attempt) &&
      (query.outcome === undefined || t.outcome === query.outcome) &&
      (atMs === undefined || instantMs(t.at) === atMs),
  );
}

/**
 * The touches whose lead-local clock time falls in [`from`, `to`) (`"HH:MM"`); a range that wraps
 * midnight (`"21:00"`–`"08:00"`) covers the night.
 * @throws {ArgumentError} for a malformed clock time.
 */
export function touchesBetween(timeline: Timeline, from: string, to: string, query: TouchQuery = {}): TimelineTouch[] {
  const lo = clock(from, "from");
  const hi = clock(to, "to");
  return findTouches(timeline, query).filter((t) => {
    const minute = minuteOfDay(toLocalMs(timeline.zone.name, instantMs(t.at)));
    return lo <= hi ? minute >= lo && minute < hi : minute >= lo || minute < hi;
  });
}

function clock(value: string, name: string): number {
  const minutes = typeof value === "string" ? parseClockTime(value) : undefined;
  if (minutes === undefined) throw new ArgumentError(name, `Expected \`${name}\` to be a clock time like "21:00", got ${describeValue(value)}`);
  return minutes;
}
