import { describeValue } from "../errors/index.js";
import { formatTimeline } from "./formatTimeline.js";
import type { Timeline } from "./timeline.js";
import { findTouches, touchesBetween, type TouchQuery } from "./touchQuery.js";

/** What a matcher returns, in the shape vitest's and jest's `expect.extend` expect. */
export interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

function isTimeline(value: unknown): value is Timeline {
  return value !== null && typeof value === "object" && Array.isArray((value as Timeline).entries) && Array.isArray((value as Timeline).touches);
}

function notTimeline(name: string, value: unknown): MatcherResult {
  return { pass: false, message: () => `${name}: expected a timeline from simulate(), got ${describeValue(value)}` };
}

function describeQuery(query: TouchQuery): string {
  const parts = Object.entries(query).map(([k, v]) => `${k} ${JSON.stringify(v)}`);
  return parts.length === 0 ? "any touch" : `a touch with ${parts.join(", ")}`;
}

function withTimeline(text: string, timeline: Timeline): string {
  return `${text}\n\nTimeline:\n${formatTimeline(timeline)}`;
}

/**
 * The lead-cadence matchers, usable with vitest's or jest's `expect.extend(cadenceMatchers)`.
 * `lead-cadence/testing/vitest` registers them for vitest. Failure messages print the timeline.
 */
export const cadenceMatchers = {
  /**
   * The timeline has at least one touch matching `query` (`at` is a duration from the start or an instant).
   * @example expect(timeline).toHaveTouch({ channel: "sms", at: "PT5M" })
   */
  toHaveTouch(received: unknown, query: TouchQuery = {}): MatcherResult {
    if (!isTimeline(received)) return notTimeline("toHaveTouch", received);
    const found = findTouches(received, query);
    const pass = found.length > 0;
    return {
      pass,
      message: () =>
        withTimeline(
          pass ? `Expected no ${describeQuery(query).replace(/^a /, "")}, found ${found.length}` : `Expected ${describeQuery(query)}, found none`,
          received,
        ),
    };
  },

  /**
   * No touch's lead-local clock time falls in [`from`, `to`); a range may wrap midnight.
   * @example expect(timeline).toHaveNoTouchBetween("21:00", "08:00")
   */
  toHaveNoTouchBetween(received: unknown, from: string, to: string, query: TouchQuery = {}): MatcherResult {
    if (!isTimeline(received)) return notTimeline("toHaveNoTouchBetween", received);
    const found = touchesBetween(received, from, to, query);
    const pass = found.length === 0;
    const list = found.map((t) => `  ${t.local}  ${t.channel}  ${t.stepId} #${t.attempt}`).join("\n");
    return {
      pass,
      message: () =>
        withTimeline(
          pass
            ? `Expected a touch between ${from} and ${to} lead-local time, found none`
            : `Expected no touch between ${from} and ${to} lead-local time, found ${found.length}:\n${list}`,
          received,
        ),
    };
  },

  /**
   * The cadence exited with `reason` (`replied`, `connected`, `completed`, ...) and, when given, `detail`.
   * @example expect(timeline).toExitWith("replied")
   */
  toExitWith(received: unknown, reason: string, detail?: string): MatcherResult {
    if (!isTimeline(received)) return notTimeline("toExitWith", received);
    const exit = received.exit;
    const pass = exit !== null && exit.reason === reason && (detail === undefined || exit.detail === detail);
    const got =
      exit === null
        ? `no exit (the simulation ${received.end.reason === "until" ? "reached its end" : "ran out of scheduled work"} first)`
        : `${exit.reason}${exit.detail === undefined ? "" : ` (${exit.detail})`}`;
    const want = `${reason}${detail === undefined ? "" : ` (${detail})`}`;
    return {
      pass,
      message: () => withTimeline(pass ? `Expected the cadence not to exit with ${want}` : `Expected the cadence to exit with ${want}, got ${got}`, received),
    };
  },

  /**
   * The timeline has exactly `count` touches (matching `query` when given).
   * @example expect(timeline).toHaveTouchCount(3, { channel: "call" })
   */
  toHaveTouchCount(received: unknown, count: number, query: TouchQuery = {}): MatcherResult {
    if (!isTimeline(received)) return notTimeline("toHaveTouchCount", received);
    const found = findTouches(received, query).length;
    const pass = found === count;
    const what = Object.keys(query).length === 0 ? "touches" : `touches (${describeQuery(query).replace(/^a touch with /, "")})`;
    return { pass, message: () => withTimeline(pass ? `Expected not ${count} ${what}` : `Expected ${count} ${what}, got ${found}`, received) };
  },
} as const;

/** The matchers' signatures as they appear on `expect(timeline)`. */
export interface CadenceMatchers<R = unknown> {
  toHaveTouch(query?: TouchQuery): R;
  toHaveNoTouchBetween(from: string, to: string, query?: TouchQuery): R;
  toExitWith(reason: string, detail?: string): R;
  toHaveTouchCount(count: number, query?: TouchQuery): R;
}
