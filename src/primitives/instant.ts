import { z } from "zod";

/** An instant: ISO-8601 date-time with `Z` or an explicit offset, e.g. `2026-03-09T14:30:00-05:00`. */
export const Instant = z.iso.datetime({
  offset: true,
  error: "Expected an ISO-8601 instant with Z or an offset, e.g. 2026-03-09T14:30:00Z",
});

const HAS_ZONE = /(?:Z|[+-]\d\d(?::?\d\d)?)$/i;

/**
 * Epoch ms of an ISO-8601 instant that carries `Z` or an offset; `undefined` for anything else,
 * including local date-times, whose meaning would depend on the host's zone.
 */
export function parseInstant(text: string): number | undefined {
  if (!HAS_ZONE.test(text)) return undefined;
  const ms = Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}
