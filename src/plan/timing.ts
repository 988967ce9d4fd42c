import * as z from "zod/mini";
import { ClockTime, Duration, Identifier, describable, lazySchema, rrulePattern, unwrapSchema } from "../primitives/index.js";

/**
 * What a step's timing counts from. Without `from`, a step counts from the lead's enrolment.
 * `on: "touch"` is the named step's first touch; `on: "outcome"` is when the named step settled
 * (its outcome that ended it was recorded). A skipped anchor step anchors at its skip time.
 */
export const Anchor = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    step: describable(Identifier),
    on: z._default(z.enum(["touch", "outcome"]), "touch"),
  }),
);
/** What a step's timing counts from. */
export type Anchor = z.infer<typeof Anchor>;

/** `{ "after": "PT5M" }`: an ISO-8601 duration after the anchor. Calendar units keep the local clock time. */
export const AfterTiming = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    after: describable(Duration),
    from: z.optional(unwrapSchema(Anchor)),
  }),
);

/** `{ "days": 1, "time": "10:00" }`: local clock time on the n-th local day after the anchor. */
export const DaysTiming = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    days: z.int().check(z.gte(0), z.lte(366)),
    time: describable(ClockTime),
    from: z.optional(unwrapSchema(Anchor)),
  }),
);

/**
 * `{ "rrule": "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=11,16", "count": 6 }`: an RFC 5545
 * recurrence read on the lead's local clock, starting on the anchor's local date; each attempt is
 * the first occurrence at or after the anchor (first attempt) or a minute after the previous touch.
 * `count` is the most touches the step makes; the rule needs COUNT, UNTIL or `count`.
 */
export const RecurrenceTiming = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    rrule: z.string().check(z.minLength(1), z.meta({ pattern: rrulePattern() })),
    count: z.optional(z.int().check(z.gte(1), z.lte(1000))),
    from: z.optional(unwrapSchema(Anchor)),
  }),
);

/** `{ "businessDays": 2, "time": "10:00" }`: local clock time on the n-th business day after the anchor's local date. */
export const BusinessDaysTiming = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    businessDays: z.int().check(z.gte(0), z.lte(260)),
    time: describable(ClockTime),
    from: z.optional(unwrapSchema(Anchor)),
  }),
);

/** When a step is due, relative to its anchor. */
export const Timing = /* @__PURE__ */ lazySchema(() =>
  z.union([unwrapSchema(AfterTiming), unwrapSchema(DaysTiming), unwrapSchema(RecurrenceTiming), unwrapSchema(BusinessDaysTiming)]),
);
/** When a step is due, relative to its anchor. */
export type Timing = z.infer<typeof Timing>;
