import { z } from "zod";

/** An instant: ISO-8601 date-time with `Z` or an explicit offset, e.g. `2026-03-09T14:30:00-05:00`. */
export const Instant = z.iso.datetime({
  offset: true,
  error: "Expected an ISO-8601 instant with Z or an offset, e.g. 2026-03-09T14:30:00Z",
});
