import { z } from "zod";
import { ChannelName, Duration, Identifier, Outcome } from "../primitives/index.js";
import { Condition } from "./condition.js";
import { Timing } from "./timing.js";

/**
 * Repeat the step until one of `until` is the latest outcome, at most `max` touches in all,
 * each attempt `every` after the previous one (then moved into the channel's windows).
 */
export const Attempts = z.strictObject({
  max: z.int().min(1).max(100),
  every: Duration,
  until: z.array(Outcome).optional(),
});
/** Repetition of a step. */
export type Attempts = z.infer<typeof Attempts>;

/** One touch in the cadence: a channel, a timing, optional condition, repetition and fallback. */
export const Step = z.strictObject({
  id: Identifier,
  name: z.string().optional(),
  channel: ChannelName,
  /** `auto`: a channel adapter performs it; `task`: a person performs it (a rep dialling). */
  mode: z.enum(["auto", "task"]).default("auto"),
  template: z.string().min(1).optional(),
  at: Timing,
  when: Condition.optional(),
  attempts: Attempts.optional(),
  /** Channel used instead when `channel` is unavailable for the lead (no contact, consent, bounce, opt-out). */
  fallback: ChannelName.optional(),
  /** WhatsApp: the approved template used outside the 24 h window after the lead's last message. */
  templateOutsideWindow: z.string().min(1).optional(),
});
/** One step of a plan. */
export type Step = z.infer<typeof Step>;
