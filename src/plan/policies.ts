import * as z from "zod/mini";
import { ChannelName, ClockTime, describable, lazySchema, nonEmptyString, unwrapSchema } from "../primitives/index.js";
import { DoNotCallRules } from "./doNotCall.js";
import { WhatsAppTemplateRules } from "./whatsappTemplates.js";

/** Weekday tokens; weeks start on Monday. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** A weekday token. */
export const Weekday = /* @__PURE__ */ lazySchema(() => z.enum(WEEKDAYS));
/** A weekday token. */
export type Weekday = z.infer<typeof Weekday>;

/** Open from `from` to `to` (lead-local) on the listed days; `to` before `from` runs past midnight. */
export const WindowRule = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    days: z.array(unwrapSchema(Weekday)).check(z.minLength(1)),
    from: describable(ClockTime),
    to: describable(ClockTime),
  }),
);
/** One opening of a weekly send window. */
export type WindowRule = z.infer<typeof WindowRule>;

/** No touch from `from` to `to` (lead-local, may cross midnight), on the listed channels or all. */
export const QuietHours = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    from: describable(ClockTime),
    to: describable(ClockTime),
    channels: z.optional(z.array(unwrapSchema(ChannelName)).check(z.minLength(1))),
  }),
);
/** Quiet hours. */
export type QuietHours = z.infer<typeof QuietHours>;

/**
 * At most `max` touches per period, on the listed channels together or on all channels:
 * `day` and `week` are the lead's local calendar day and week (Monday start); `24h` and `7d` roll.
 */
export const Cap = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    max: z.int().check(z.gte(1)),
    per: z.enum(["day", "24h", "week", "7d"]),
    channels: z.optional(z.array(unwrapSchema(ChannelName)).check(z.minLength(1))),
  }),
);
/** A frequency cap. */
export type Cap = z.infer<typeof Cap>;

/** Which lead contacts a channel needs (any one of them); an empty list needs none. */
export const ChannelSettings = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    contact: z.array(nonEmptyString()),
  }),
);

/** The plan's rules about when and how a lead may be touched. */
export const Policies = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    windows: z.optional(z.record(z.union([unwrapSchema(ChannelName), z.literal("*")]), z.array(unwrapSchema(WindowRule)))),
    quietHours: z.optional(z.array(unwrapSchema(QuietHours))),
    caps: z.optional(z.array(unwrapSchema(Cap))),
    consentRequired: z.optional(z.array(unwrapSchema(ChannelName))),
    optOut: z.optional(z.enum(["channel", "global"])),
    channels: z.optional(z.record(unwrapSchema(ChannelName), unwrapSchema(ChannelSettings))),
    whatsappTemplates: z.optional(unwrapSchema(WhatsAppTemplateRules)),
    doNotCall: z.optional(unwrapSchema(DoNotCallRules)),
  }),
);
/** The plan's rules about when and how a lead may be touched. */
export type Policies = z.infer<typeof Policies>;
