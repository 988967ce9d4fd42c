import { ArgumentError } from "../errors/index.js";
import { parseInstant } from "../primitives/index.js";

/** An instant given by the caller: a `Date`, epoch milliseconds, or an ISO-8601 string with Z or an offset. */
export type InstantInput = Date | number | string;

/**
 * Epoch ms of an instant argument.
 * @throws {ArgumentError} naming the argument, what was expected and what came.
 */
export function instantArgument(value: unknown, name: string): number {
  if (typeof value === "number" && Number.isFinite(value)) return value;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime();
  if (typeof value === "string") {
    const ms = parseInstant(value);
    if (ms !== undefined) return ms;
  }
  const got = typeof value === "string" ? `${JSON.stringify(value)} (string)` : value instanceof Date ? "an invalid Date" : `${String(value)} (${typeof value})`;
  throw new ArgumentError(name, `Expected \`${name}\` to be a Date, epoch milliseconds or an ISO-8601 instant with Z or an offset, got ${got}`);
}
