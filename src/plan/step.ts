import * as z from "zod/mini";
import { ChannelName, Duration, Identifier, Outcome, TemplateCategory, lazySchema, unwrapSchema } from "../primitives/index.js";
import { Condition } from "./condition.js";
import { Timing } from "./timing.js";

/**
 * Repeat the step until one of `until` is the latest outcome, at most `max` touches in all,
 * each attempt `every` after the previous one (then moved into the channel's windows). A
 * recurring (`rrule`) step takes its attempts from its rule and needs no `every`.
 */
export const Attempts = lazySchema(() =>
  z.strictObject({
    max: z.int().check(z.gte(1), z.lte(100), z.describe("The most touches of the step in all, 1 to 100.")),
    every: z.optional(unwrapSchema(Duration)).check(z.describe("ISO-8601 duration from one attempt to the next (then moved into the channel's windows).")),
    until: z.optional(z.array(unwrapSchema(Outcome))).check(z.describe("Stop repeating once the latest outcome is one of these (e.g. connected).")),
  }),
);
/** Repetition of a step. */
export type Attempts = z.infer<typeof Attempts>;

/** One level of an SLA escalation: who is alerted, on which channel, and how long after the breach. */
export const EscalationLevel = lazySchema(() =>
  z.strictObject({
    after: z
      ._default(unwrapSchema(Duration), "PT0S")
      .check(z.describe("ISO-8601 delay after the SLA breach before this level fires; PT0S (the default) fires at the breach.")),
    channel: unwrapSchema(ChannelName).check(z.describe("The channel that alerts (e.g. notify, sms).")),
    template: z.optional(z.string().check(z.minLength(1))).check(z.describe("The template of the alert.")),
  }),
);
/** One level of an SLA escalation. */
export type EscalationLevel = z.infer<typeof EscalationLevel>;

/**
 * Speed-to-lead SLA: the touch must be performed (task completed, adapter sent) `within` this long
 * after it became due; otherwise the engine emits `sla:breached` and issues the escalation, one
 * touch or a ladder of levels each with its own delay and target.
 */
export const StepSla = lazySchema(() =>
  z.strictObject({
    within: unwrapSchema(Duration).check(z.describe("ISO-8601 duration: the touch must be performed this long after it became due.")),
    escalate: z
      .union([unwrapSchema(EscalationLevel), z.array(unwrapSchema(EscalationLevel)).check(z.minLength(1), z.maxLength(10))])
      .check(z.describe("What happens on a breach: one escalation, or a ladder of up to 10 levels each with its own delay and channel.")),
  }),
);
/** A step's speed-to-lead SLA. */
export type StepSla = z.infer<typeof StepSla>;

/** One touch in the cadence: a channel, a timing, optional condition, repetition and fallback. */
export const Step = lazySchema(() =>
  z.strictObject({
    id: unwrapSchema(Identifier).check(z.describe("The step's id, unique in the plan: letters, digits, '_', '.' or '-'.")),
    name: z.optional(z.string()).check(z.describe("A name for people (reports, traces).")),
    channel: unwrapSchema(ChannelName).check(z.describe("call, sms, whatsapp, email, video, or a custom lower-case channel name.")),
    mode: z
      ._default(z.enum(["auto", "task"]), "auto")
      .check(z.describe("`auto`: a channel adapter performs it (default); `task`: a person performs it (a rep dialling).")),
    template: z.optional(z.string().check(z.minLength(1))).check(z.describe("The template the adapter or the person uses.")),
    at: unwrapSchema(Timing).check(
      z.describe("When the step is due: after a duration, on a local day and time, on business days, or by a recurrence rule; from enrolment or another step."),
    ),
    when: z
      .optional(unwrapSchema(Condition))
      .check(z.describe("A condition on outcomes, attributes, contacts or consent; the step is skipped when it is false.")),
    attempts: z.optional(unwrapSchema(Attempts)).check(z.describe("Repeat the step: at most `max` touches, `every` apart, `until` an outcome.")),
    fallback: z
      .optional(unwrapSchema(ChannelName))
      .check(z.describe("Channel used instead when `channel` is unavailable for the lead (no contact, consent, bounce, opt-out).")),
    sla: z.optional(unwrapSchema(StepSla)).check(z.describe("Speed-to-lead SLA on performing this step's touches, with an escalation.")),
    templateOutsideWindow: z
      .optional(z.string().check(z.minLength(1)))
      .check(z.describe("WhatsApp: the approved template used outside the 24 h window after the lead's last message.")),
    category: z
      .optional(unwrapSchema(TemplateCategory))
      .check(
        z.describe(
          "WhatsApp: the category of the step's template (marketing, utility, authentication). Template delivery rules (policies.whatsappTemplates) judge steps that name one; a WhatsApp marketing opt-out spares only utility and authentication steps (absent counts as marketing).",
        ),
      ),
  }),
);
/** One step of a plan. */
export type Step = z.infer<typeof Step>;
