import { addCalendarDuration } from "../calendar/index.js";
import { ArgumentError, describeValue } from "../errors/index.js";
import { instantArgument, parseInstant, readDuration, type InstantInput } from "../primitives/index.js";

/** An ISO-8601 duration from a reference instant (`"P14D"`, `"PT5M"`) or an absolute instant. */
export type RelativeInstant = string | InstantInput;

/**
 * Epoch ms of `value`: a duration string (starting with `P`) is added to `fromMs` on `zone`'s
 * wall clock (calendar units keep the local time across DST); anything else is an instant.
 * @throws {ArgumentError} naming `name`, what was expected and what came.
 */
export function resolveRelativeInstant(value: unknown, name: string, zone: string, fromMs: number): number {
  if (typeof value === "string" && value.startsWith("P")) {
    const reading = readDuration(value);
    if (!reading.ok) throw new ArgumentError(name, `\`${name}\`: ${reading.message}; or give an instant`);
    return addCalendarDuration(zone, fromMs, reading.parts);
  }
  // Text that is no instant either: name both forms, not only the instant.
  if (typeof value === "string" && parseInstant(value) === undefined)
    throw new ArgumentError(name, `Expected \`${name}\` to be an ISO-8601 duration like P14D or an instant with Z or an offset, got ${describeValue(value)}`);
  return instantArgument(value as InstantInput, name);
}

/** A duration string's length after `fromMs` in `zone`. */
export function durationAfter(duration: string, name: string, zone: string, fromMs: number): number {
  if (typeof duration !== "string" || !duration.startsWith("P")) {
    throw new ArgumentError(name, `Expected \`${name}\` to be an ISO-8601 duration like PT5M, got ${describeValue(duration)}`);
  }
  return resolveRelativeInstant(duration, name, zone, fromMs);
}
