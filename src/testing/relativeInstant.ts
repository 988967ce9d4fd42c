import { addCalendarDuration } from "../calendar/index.js";
import { ArgumentError } from "../errors/index.js";
import { instantArgument, parseDuration, type InstantInput } from "../primitives/index.js";

/** An ISO-8601 duration from a reference instant (`"P14D"`, `"PT5M"`) or an absolute instant. */
export type RelativeInstant = string | InstantInput;

/**
 * Epoch ms of `value`: a duration string (starting with `P`) is added to `fromMs` on `zone`'s
 * wall clock (calendar units keep the local time across DST); anything else is an instant.
 * @throws {ArgumentError} naming `name`, what was expected and what came.
 */
export function resolveRelativeInstant(value: unknown, name: string, zone: string, fromMs: number): number {
  if (typeof value === "string" && value.startsWith("P")) {
    const parts = parseDuration(value);
    if (parts === undefined) {
      throw new ArgumentError(name, `Expected \`${name}\` to be an ISO-8601 duration like P14D or PT5M, or an instant, got ${JSON.stringify(value)} (string)`);
    }
    return addCalendarDuration(zone, fromMs, parts);
  }
  return instantArgument(value as InstantInput, name);
}

/** A duration string's length after `fromMs` in `zone`. */
export function durationAfter(duration: string, name: string, zone: string, fromMs: number): number {
  if (typeof duration !== "string" || !duration.startsWith("P")) {
    throw new ArgumentError(name, `Expected \`${name}\` to be an ISO-8601 duration like PT5M, got ${JSON.stringify(duration)} (${typeof duration})`);
  }
  return resolveRelativeInstant(duration, name, zone, fromMs);
}
