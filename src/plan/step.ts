import { z } from "zod";
import { ChannelName, Duration, Identifier, Outcome, TemplateCategory } from "../primitives/index.js";
import { Condition } from "./condition.js";
import { Timing } from "./timing.js";

/**
 * Repeat the step until one of `until` is the latest outcome, at most `max` touches in all,
 * each attempt `every` after the previous one (then moved into the channel's windows). A
 * recurring (`rrule`) step takes its attempts from its rule and needs no `every`.
 */
export const Attempts = z.strictObject({
  max: z.int().min(1).max(100),
  every: Duration.optional(),
  until: z.array(Outcome).optional(),
});
/** Repetition of a step. */
export type Attempts = z.infer<typeof Attempts>;

/** One level of an SLA escalation: who is alerted, on which channel, and how long after the breach. */
export const EscalationLevel = z.strictObject({
  /** Delay after the SLA breach before this level fires; `PT0S` (the default) fires at the breach. */
  after: Duration.default("PT0S"),
  channel: ChannelName,
  template: z.string().min(1).optional(),
});
/** One level of an SLA escalation. */
export type EscalationLevel = z.infer<typeof EscalationLevel>;

/**
 * Speed-to-lead SLA: the touch must be performed (task completed, adapter sent) `within` this long
 * after it became due; otherwise the engine emits `sla:breached` and issues the escalation, one
 * touch or a ladder of levels each with its own delay and target.
 */
export const StepSla = z.strictObject({
  within: Duration,
  escalate: z.union([EscalationLevel, z.array(EscalationLevel).min(1).max(10)]),
});
/** A step's speed-to-lead SLA. */
export type StepSla = z.infer<typeof StepSla>;

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
  /** Speed-to-lead SLA on performing this step's touches. */
  sla: StepSla.optional(),
  /** WhatsApp: the approved template used outside the 24 h window after the lead's last message. */
  templateOutsideWindow: z.string().min(1).optional(),
  /**
   * WhatsApp: the category of the step's template (`marketing`, `utility`, `authentication`).
   * Template delivery rules (`policies.whatsappTemplates`) judge steps that name one; a WhatsApp
   * marketing opt-out spares only `utility` and `authentication` steps (absent counts as marketing).
   */
  category: TemplateCategory.optional(),
});
/** One step of a plan. */
export type Step = z.infer<typeof Step>;
