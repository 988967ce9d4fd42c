import * as z from "zod/mini";
import { ClockTime, isoDate, lazySchema, nonEmptyString, unwrapSchema } from "../primitives/index.js";

/** A dated closure: the whole local date, or from `from` and/or until `to` (`{"date":"2026-12-24","from":"14:00"}`). */
export const ClosureRule = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    date: isoDate({ error: 'Expected a local date "YYYY-MM-DD"' }),
    from: z.optional(unwrapSchema(ClockTime)),
    to: z.optional(unwrapSchema(ClockTime)),
    name: z.optional(nonEmptyString()),
  }),
);
/** A dated closure. */
export type ClosureRule = z.infer<typeof ClosureRule>;

/**
 * Days on which windows stay closed and business days do not count, read on the lead's local
 * calendar: a country's public holidays (`date-holidays`, an optional peer dependency), the
 * plan's own dated closures, or both. With `fromLead`, a lead's address country and region choose
 * the country calendar (the plan's `country`/`state` serve leads without an address country).
 */
export const HolidaysRule = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    country: z.optional(z.string().check(z.regex(/^[A-Za-z]{2}$/, { error: "Expected an ISO 3166-1 alpha-2 country code like BE" }))),
    state: z.optional(nonEmptyString()),
    closures: z.optional(z.array(unwrapSchema(ClosureRule))),
    fromLead: z.optional(z.boolean()),
  }),
);
/** A plan's holidays. */
export type HolidaysRule = z.infer<typeof HolidaysRule>;

/**
 * What to do with a lead whose zone stays unknown (no timezone, no usable address or phone):
 * `fallback` reads its clock rules in the plan's zone (default); `untimed-only` allows only
 * channels without time rules (no window, no quiet hours), such as email.
 */
export const UnknownZone = /* @__PURE__ */ lazySchema(() => z.enum(["fallback", "untimed-only"]));
/** A plan's policy for leads of unknown zone. */
export type UnknownZone = z.infer<typeof UnknownZone>;

/**
 * How a step time that does not exist on the lead's clock (02:30 on a spring-forward night) is
 * resolved: `shift` (default) moves it forward by the gap's length (→ 03:30), as RFC 5545,
 * Temporal (`"compatible"`) and most calendars do; `gap-end` moves it to the end of the gap (→ 03:00).
 * A time that exists twice always takes the earlier instant.
 */
export const NonexistentTime = /* @__PURE__ */ lazySchema(() => z.enum(["shift", "gap-end"]));
/** How a nonexistent step time is resolved. */
export type NonexistentTime = z.infer<typeof NonexistentTime>;
