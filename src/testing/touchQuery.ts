import { minuteOfDay, toLocalMs } from "../calendar/index.js";
import { ArgumentError, checkShape, describeValue } from "../errors/index.js";
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

const QUERY_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(["channel", "step", "attempt", "outcome", "at"]);
/** Keys a query is mistaken for: the timeline's own field names. */
const MEANT: Readonly<Record<string, string>> = { stepId: "step", channels: "channel", attempts: "attempt", outcomes: "outcome", time: "at", dueAt: "at" };

/**
 * Invariant: a key the query does not have is an error, never "no condition" (a typo like `stepId`
 * would match every touch and `toHaveTouch` would pass whatever the timeline held).
 * @throws {ArgumentError} for a query that is not an object or has another key.
 */
function checkQuery(query: unknown): void {
  checkShape(query, "query", "an object like { channel, step, attempt, outcome, at }");
  for (const key of Object.keys(query as object)) {
    if (QUERY_KEYS.has(key)) continue;
    const hint = Object.hasOwn(MEANT, key) ? `; did you mean \`${MEANT[key]}\`?` : "";
    throw new ArgumentError(`query.${key}`, `Expected \`query\` to have only the keys channel, step, attempt, outcome and at, got \`query.${key}\`${hint}`);
  }
}

/**
 * The timeline's touches that match `query`.
 * @throws {ArgumentError} for a query key other than `channel`, `step`, `attempt`, `outcome` and `at`.
 */
export function findTouches(timeline: Timeline, query: TouchQuery = {}): TimelineTouch[] {
  checkTimeline(timeline, "timeline");
  checkQuery(query);
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
