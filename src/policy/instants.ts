import { isoInstant } from "../calendar/index.js";
import { LeadValidationError } from "../errors/index.js";
import { parseInstant } from "../primitives/index.js";

/**
 * Epoch ms of an ISO-8601 instant read from a lead. Instants without `Z` or an offset are
 * rejected: the host's zone must never decide what an instant means.
 * @throws {LeadValidationError} naming the path of the bad value.
 */
export function leadInstant(value: unknown, path: readonly (string | number)[]): number {
  const ms = typeof value === "string" ? parseInstant(value) : undefined;
  if (ms !== undefined) return ms;
  const received = typeof value === "string" ? JSON.stringify(value) : typeof value;
  throw new LeadValidationError([
    { code: "invalid_instant", path, message: `Expected an ISO-8601 instant with Z or an offset, got ${received}`, expected: "ISO-8601 instant", received },
  ]);
}

/** ISO-8601 in UTC with milliseconds: the one format decisions use. */
export const iso = isoInstant;
