import { LeadValidationError } from "../errors/index.js";

const HAS_ZONE = /(?:Z|[+-]\d\d(?::?\d\d)?)$/i;

/**
 * Epoch ms of an ISO-8601 instant read from a lead. Instants without `Z` or an offset are
 * rejected: the host's zone must never decide what an instant means.
 * @throws {LeadValidationError} naming the path of the bad value.
 */
export function leadInstant(value: unknown, path: readonly (string | number)[]): number {
  if (typeof value === "string" && HAS_ZONE.test(value)) {
    const ms = Date.parse(value);
    if (!Number.isNaN(ms)) return ms;
  }
  throw new LeadValidationError([
    {
      code: "invalid_instant",
      path,
      message: `Expected an ISO-8601 instant with Z or an offset, got ${typeof value === "string" ? JSON.stringify(value) : typeof value}`,
      expected: "ISO-8601 instant",
      received: typeof value === "string" ? JSON.stringify(value) : typeof value,
    },
  ]);
}

/** ISO-8601 in UTC with milliseconds, the one format decisions use. */
export function iso(ms: number): string {
  return new Date(ms).toISOString();
}
