import * as z from "zod/mini";
import { described } from "./described.js";
import { ChannelName, ClockTime, lazySchema, unwrapSchema } from "../primitives/index.js";
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
    days: z.array(unwrapSchema(Weekday)).check(z.minLength(1), described("WindowRule.days")),
    from: unwrapSchema(ClockTime).check(described("WindowRule.from")),
    to: unwrapSchema(ClockTime).check(described("WindowRule.to")),
  }),
);
/** One opening of a weekly send window. */
export type WindowRule = z.infer<typeof WindowRule>;

/** No touch from `from` to `to` (lead-local, may cross midnight), on the listed channels or all. */
export const QuietHours = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    from: unwrapSchema(ClockTime).check(described("QuietHours.from")),
    to: unwrapSchema(ClockTime).check(described("QuietHours.to")),
    channels: z.optional(z.array(unwrapSchema(ChannelName)).check(z.minLength(1))).check(described("QuietHours.channels")),
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
    max: z.int().check(z.gte(1), described("Cap.max")),
    per: z.enum(["day", "24h", "week", "7d"]).check(described("Cap.per")),
    channels: z.optional(z.array(unwrapSchema(ChannelName)).check(z.minLength(1))).check(described("Cap.channels")),
  }),
);
/** A frequency cap. */
export type Cap = z.infer<typeof Cap>;

/** Which lead contacts a channel needs (any one of them); an empty list needs none. */
export const ChannelSettings = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    contact: z.array(z.string().check(z.minLength(1))).check(described("ChannelSettings.contact")),
  }),
);

/** The plan's rules about when and how a lead may be touched. */
export const Policies = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    windows: z.optional(z.record(z.union([unwrapSchema(ChannelName), z.literal("*")]), z.array(unwrapSchema(WindowRule)))).check(described("Policies.windows")),
    quietHours: z.optional(z.array(unwrapSchema(QuietHours))).check(described("Policies.quietHours")),
    caps: z.optional(z.array(unwrapSchema(Cap))).check(described("Policies.caps")),
    consentRequired: z.optional(z.array(unwrapSchema(ChannelName))).check(described("Policies.consentRequired")),
    optOut: z.optional(z.enum(["channel", "global"])).check(described("Policies.optOut")),
    channels: z.optional(z.record(unwrapSchema(ChannelName), unwrapSchema(ChannelSettings))).check(described("Policies.channels")),
    whatsappTemplates: z.optional(unwrapSchema(WhatsAppTemplateRules)).check(described("Policies.whatsappTemplates")),
    doNotCall: z.optional(unwrapSchema(DoNotCallRules)).check(described("Policies.doNotCall")),
  }),
);
/** The plan's rules about when and how a lead may be touched. */
export type Policies = z.infer<typeof Policies>;
