import { ArgumentError } from "./ArgumentError.js";
import { describeValue } from "./describeValue.js";

/** The kinds of field {@link checkShape} tells apart. */
export type FieldKind = "string" | "number" | "object" | "array";

/**
 * Checks a value the library returned that a caller hands back (a lint report, a plan diff, a
 * forecast, a timeline): an object (not an array) whose `fields` are of their kinds, so a mistaken or hand-made one
 * ends in an error saying what was expected, not in a TypeError from inside.
 * @param what What `name` should be, for the message: "a lint report from lintPlan".
 * @throws {ArgumentError} naming `name`.
 */
export function checkShape(value: unknown, name: string, what: string, fields?: Readonly<Record<string, FieldKind>>): void {
  let ok = value !== null && typeof value === "object" && !Array.isArray(value);
  // A loop, not `Object.entries(...).every(...)`: `evaluate` checks its WhatsApp template rules this way per decision.
  if (ok && fields !== undefined)
    for (const field in fields) {
      const kind = fields[field];
      const v: unknown = (value as Record<string, unknown>)[field];
      if (!(kind === "array" ? Array.isArray(v) : kind === "object" ? typeof v === "object" && v !== null && !Array.isArray(v) : typeof v === kind)) ok = false;
    }
  if (!ok) throw new ArgumentError(name, `Expected \`${name}\` to be ${what}, got ${describeValue(value)}`);
}
