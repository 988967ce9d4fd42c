import { z } from "zod";
import { ChannelName, ClockTime } from "../primitives/index.js";
import { DoNotCallRules } from "./doNotCall.js";
import { WhatsAppTemplateRules } from "./whatsappTemplates.js";

/** Weekday tokens; weeks start on Monday. */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
/** A weekday token. */
export const Weekday = z.enum(WEEKDAYS);
/** A weekday token. */
export type Weekday = z.infer<typeof Weekday>;

/** Open from `from` to `to` (lead-local) on the listed days; `to` before `from` runs past midnight. */
export const WindowRule = z.strictObject({
  days: z.array(Weekday).min(1),
  from: ClockTime,
  to: ClockTime,
});
/** One opening of a weekly send window. */
export type WindowRule = z.infer<typeof WindowRule>;

/** No touch from `from` to `to` (lead-local, may cross midnight), on the listed channels or all. */
export const QuietHours = z.strictObject({
  from: ClockTime,
  to: ClockTime,
  channels: z.array(ChannelName).min(1).optional(),
});
/** Quiet hours. */
export type QuietHours = z.infer<typeof QuietHours>;

/**
 * At most `max` touches per period, on the listed channels together or on all channels:
 * `day` and `week` are the lead's local calendar day and week (Monday start); `24h` and `7d` roll.
 */
export const Cap = z.strictObject({
  max: z.int().min(1),
  per: z.enum(["day", "24h", "week", "7d"]),
  channels: z.array(ChannelName).min(1).optional(),
});
/** A frequency cap. */
export type Cap = z.infer<typeof Cap>;

/** Which lead contacts a channel needs (any one of them); an empty list needs none. */
export const ChannelSettings = z.strictObject({
  contact: z.array(z.string().min(1)),
});

/** The plan's rules about when and how a lead may be touched. */
export const Policies = z.strictObject({
  /** Weekly send windows per channel; the key `*` applies to channels without their own entry. */
  windows: z.record(z.union([ChannelName, z.literal("*")]), z.array(WindowRule)).optional(),
  quietHours: z.array(QuietHours).optional(),
  caps: z.array(Cap).optional(),
  /** Channels that may only be used with granted consent. */
  consentRequired: z.array(ChannelName).optional(),
  /** `channel`: an opt-out ends only its channel (default); `global`: any opt-out ends every channel. */
  optOut: z.enum(["channel", "global"]).optional(),
  /** Contact requirements for custom channels, or overrides for built-in ones. */
  channels: z.record(ChannelName, ChannelSettings).optional(),
  /** WhatsApp template delivery rules; absent: the defaults (no marketing templates to `+1` numbers). */
  whatsappTemplates: WhatsAppTemplateRules.optional(),
  /** Do-not-call registries (what a flag blocks, its exemptions) and how long company requests hold; over the presets' rules. */
  doNotCall: DoNotCallRules.optional(),
});
/** The plan's rules about when and how a lead may be touched. */
export type Policies = z.infer<typeof Policies>;
