import * as z from "zod/mini";
import { ChannelName, ClockTime, lazySchema, unwrapSchema } from "../primitives/index.js";
import { DoNotCallRules } from "./doNotCall.js";
import { WhatsAppTemplateRules } from "./whatsappTemplates.js";

/** Weekday tokens; weeks start on Monday. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** A weekday token. */
export const Weekday = lazySchema(() => z.enum(WEEKDAYS));
/** A weekday token. */
export type Weekday = z.infer<typeof Weekday>;

/** Open from `from` to `to` (lead-local) on the listed days; `to` before `from` runs past midnight. */
export const WindowRule = lazySchema(() =>
  z.strictObject({
    days: z.array(unwrapSchema(Weekday)).check(z.minLength(1), z.describe("The days it is open: mon, tue, wed, thu, fri, sat, sun.")),
    from: unwrapSchema(ClockTime).check(z.describe('Lead-local opening time "HH:MM"; quote it in YAML.')),
    to: unwrapSchema(ClockTime).check(z.describe('Lead-local closing time "HH:MM" (before `from`: past midnight); quote it in YAML.')),
  }),
);
/** One opening of a weekly send window. */
export type WindowRule = z.infer<typeof WindowRule>;

/** No touch from `from` to `to` (lead-local, may cross midnight), on the listed channels or all. */
export const QuietHours = lazySchema(() =>
  z.strictObject({
    from: unwrapSchema(ClockTime).check(z.describe('Lead-local start "HH:MM" of the quiet hours; quote it in YAML.')),
    to: unwrapSchema(ClockTime).check(z.describe('Lead-local end "HH:MM" (before `from`: the next day); quote it in YAML.')),
    channels: z.optional(z.array(unwrapSchema(ChannelName)).check(z.minLength(1))).check(z.describe("The channels kept quiet; absent: all.")),
  }),
);
/** Quiet hours. */
export type QuietHours = z.infer<typeof QuietHours>;

/**
 * At most `max` touches per period, on the listed channels together or on all channels:
 * `day` and `week` are the lead's local calendar day and week (Monday start); `24h` and `7d` roll.
 */
export const Cap = lazySchema(() =>
  z.strictObject({
    max: z.int().check(z.gte(1), z.describe("The most touches in the period.")),
    per: z.enum(["day", "24h", "week", "7d"]).check(z.describe("`day`/`week`: the lead's local calendar day or week (Monday start); `24h`/`7d`: rolling.")),
    channels: z.optional(z.array(unwrapSchema(ChannelName)).check(z.minLength(1))).check(z.describe("The channels counted together; absent: all channels.")),
  }),
);
/** A frequency cap. */
export type Cap = z.infer<typeof Cap>;

/** Which lead contacts a channel needs (any one of them); an empty list needs none. */
export const ChannelSettings = lazySchema(() =>
  z.strictObject({
    contact: z
      .array(z.string().check(z.minLength(1)))
      .check(z.describe("Contact kinds the channel can use, any one of them (e.g. email, phone); [] needs none.")),
  }),
);

/** The plan's rules about when and how a lead may be touched. */
export const Policies = lazySchema(() =>
  z.strictObject({
    windows: z
      .optional(z.record(z.union([unwrapSchema(ChannelName), z.literal("*")]), z.array(unwrapSchema(WindowRule))))
      .check(z.describe("Weekly send windows per channel (lead-local); the key `*` applies to channels without their own entry.")),
    quietHours: z.optional(z.array(unwrapSchema(QuietHours))).check(z.describe("Lead-local hours without touches, on some channels or all.")),
    caps: z.optional(z.array(unwrapSchema(Cap))).check(z.describe("Frequency caps: at most `max` touches per period.")),
    consentRequired: z.optional(z.array(unwrapSchema(ChannelName))).check(z.describe("Channels that may only be used with granted consent.")),
    optOut: z
      .optional(z.enum(["channel", "global"]))
      .check(z.describe("`channel`: an opt-out ends only its channel (default); `global`: any opt-out ends every channel.")),
    channels: z
      .optional(z.record(unwrapSchema(ChannelName), unwrapSchema(ChannelSettings)))
      .check(z.describe("Contact requirements for custom channels, or overrides for built-in ones.")),
    whatsappTemplates: z
      .optional(unwrapSchema(WhatsAppTemplateRules))
      .check(z.describe("WhatsApp template delivery rules; absent: the defaults (no marketing templates to +1 numbers).")),
    doNotCall: z
      .optional(unwrapSchema(DoNotCallRules))
      .check(z.describe("Do-not-call registries (what a flag blocks, its exemptions) and how long company requests hold; over the presets' rules.")),
  }),
);
/** The plan's rules about when and how a lead may be touched. */
export type Policies = z.infer<typeof Policies>;
