import { z } from "zod";
import { ClockTime, Duration, Identifier } from "../primitives/index.js";

/**
 * What a step's timing counts from. Without `from`, a step counts from the lead's enrolment.
 * `on: "touch"` is the named step's first touch; `on: "outcome"` is when the named step settled
 * (its outcome that ended it was recorded). A skipped anchor step anchors at its skip time.
 */
export const Anchor = z.strictObject({
  step: Identifier,
  on: z.enum(["touch", "outcome"]).default("touch"),
});
/** What a step's timing counts from. */
export type Anchor = z.infer<typeof Anchor>;

/** `{ "after": "PT5M" }`: an ISO-8601 duration after the anchor. Calendar units keep the local clock time. */
export const AfterTiming = z.strictObject({
  after: Duration,
  from: Anchor.optional(),
});

/** `{ "days": 1, "time": "10:00" }`: local clock time on the n-th local day after the anchor. */
export const DaysTiming = z.strictObject({
  days: z.int().min(0).max(366),
  time: ClockTime,
  from: Anchor.optional(),
});

/** When a step is due, relative to its anchor. */
export const Timing = z.union([AfterTiming, DaysTiming]);
/** When a step is due, relative to its anchor. */
export type Timing = z.infer<typeof Timing>;
