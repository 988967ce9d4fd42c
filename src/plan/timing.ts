import * as z from "zod/mini";
import { ClockTime, Duration, Identifier, RRULE_PATTERN, lazySchema, unwrapSchema } from "../primitives/index.js";

/**
 * What a step's timing counts from. Without `from`, a step counts from the lead's enrolment.
 * `on: "touch"` is the named step's first touch; `on: "outcome"` is when the named step settled
 * (its outcome that ended it was recorded). A skipped anchor step anchors at its skip time.
 */
export const Anchor = lazySchema(() =>
  z.strictObject({
    step: unwrapSchema(Identifier).check(z.describe("The id of the step this timing counts from.")),
    on: z._default(z.enum(["touch", "outcome"]), "touch").check(z.describe("`touch`: the step's first touch (default); `outcome`: when the step settled.")),
  }),
);
/** What a step's timing counts from. */
export type Anchor = z.infer<typeof Anchor>;

/** `{ "after": "PT5M" }`: an ISO-8601 duration after the anchor. Calendar units keep the local clock time. */
export const AfterTiming = lazySchema(() =>
  z.strictObject({
    after: unwrapSchema(Duration).check(z.describe('ISO-8601 duration after the anchor, e.g. "PT5M", "P1DT2H" (not "5 minutes").')),
    from: z.optional(unwrapSchema(Anchor)).check(z.describe("What the timing counts from; absent: the lead's enrolment.")),
  }),
);

/** `{ "days": 1, "time": "10:00" }`: local clock time on the n-th local day after the anchor. */
export const DaysTiming = lazySchema(() =>
  z.strictObject({
    days: z.int().check(z.gte(0), z.lte(366), z.describe("Local days after the anchor's local date (0: the same day).")),
    time: unwrapSchema(ClockTime).check(z.describe('Lead-local clock time "HH:MM"; quote it in YAML ("10:00").')),
    from: z.optional(unwrapSchema(Anchor)).check(z.describe("What the timing counts from; absent: the lead's enrolment.")),
  }),
);

/**
 * `{ "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=11,16", "count": 6 }`: an RFC 5545
 * recurrence read on the lead's local clock, starting on the anchor's local date; each attempt is
 * the first occurrence at or after the anchor (first attempt) or a minute after the previous touch.
 * `count` is the most touches the step makes; the rule needs COUNT, UNTIL or `count`.
 */
export const RecurrenceTiming = lazySchema(() =>
  z.strictObject({
    rrule: z
      .string()
      .check(
        z.minLength(1),
        z.meta({ pattern: RRULE_PATTERN }),
        z.describe("RFC 5545 recurrence rule on the lead's local clock, e.g. FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=11;COUNT=4; needs COUNT, UNTIL or `count`."),
      ),
    count: z.optional(z.int().check(z.gte(1), z.lte(1000))).check(z.describe("The most touches the step makes (1 to 1000).")),
    from: z.optional(unwrapSchema(Anchor)).check(z.describe("What the recurrence starts from; absent: the lead's enrolment.")),
  }),
);

/** `{ "businessDays": 2, "time": "10:00" }`: local clock time on the n-th business day after the anchor's local date. */
export const BusinessDaysTiming = lazySchema(() =>
  z.strictObject({
    businessDays: z.int().check(z.gte(0), z.lte(260), z.describe("Business days after the anchor's local date (the plan's `businessDays`, holidays skipped).")),
    time: unwrapSchema(ClockTime).check(z.describe('Lead-local clock time "HH:MM"; quote it in YAML ("10:00").')),
    from: z.optional(unwrapSchema(Anchor)).check(z.describe("What the timing counts from; absent: the lead's enrolment.")),
  }),
);

/** When a step is due, relative to its anchor. */
export const Timing = lazySchema(() =>
  z.union([unwrapSchema(AfterTiming), unwrapSchema(DaysTiming), unwrapSchema(RecurrenceTiming), unwrapSchema(BusinessDaysTiming)]),
);
/** When a step is due, relative to its anchor. */
export type Timing = z.infer<typeof Timing>;
