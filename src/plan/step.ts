import * as z from "zod/mini";
import { described } from "./described.js";
import { ChannelName, Duration, Identifier, Outcome, TemplateCategory, lazySchema, unwrapSchema } from "../primitives/index.js";
import { Condition } from "./condition.js";
import { Timing } from "./timing.js";

/**
 * Repeat the step until an attempt has had one of `until` (a later outcome does not undo it), at most `max` touches in all,
 * each attempt `every` after the previous one (then moved into the channel's windows). A
 * recurring (`rrule`) step takes its attempts from its rule and needs no `every`.
 */
export const Attempts = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    max: z.int().check(z.gte(1), z.lte(100), described("Attempts.max")),
    every: z.optional(unwrapSchema(Duration)).check(described("Attempts.every")),
    until: z.optional(z.array(unwrapSchema(Outcome))).check(described("Attempts.until")),
  }),
);
/** Repetition of a step. */
export type Attempts = z.infer<typeof Attempts>;

/** One level of an SLA escalation: who is alerted, on which channel, and how long after the breach. */
export const EscalationLevel = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    after: z._default(unwrapSchema(Duration), "PT0S").check(described("EscalationLevel.after")),
    channel: unwrapSchema(ChannelName).check(described("EscalationLevel.channel")),
    template: z.optional(z.string().check(z.minLength(1))).check(described("EscalationLevel.template")),
  }),
);
/** One level of an SLA escalation. */
export type EscalationLevel = z.infer<typeof EscalationLevel>;

/**
 * Speed-to-lead SLA: the touch must be performed (task completed, adapter sent) `within` this long
 * after it became due; otherwise the engine emits `sla:breached` and issues the escalation, one
 * touch or a ladder of levels each with its own delay and target.
 */
export const StepSla = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    within: unwrapSchema(Duration).check(described("StepSla.within")),
    escalate: z
      .union([unwrapSchema(EscalationLevel), z.array(unwrapSchema(EscalationLevel)).check(z.minLength(1), z.maxLength(10))])
      .check(described("StepSla.escalate")),
  }),
);
/** A step's speed-to-lead SLA. */
export type StepSla = z.infer<typeof StepSla>;

/** One touch in the cadence: a channel, a timing, optional condition, repetition and fallback. */
export const Step = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    id: unwrapSchema(Identifier).check(described("Step.id")),
    name: z.optional(z.string()).check(described("Step.name")),
    channel: unwrapSchema(ChannelName).check(described("Step.channel")),
    mode: z._default(z.enum(["auto", "task"]), "auto").check(described("Step.mode")),
    template: z.optional(z.string().check(z.minLength(1))).check(described("Step.template")),
    at: unwrapSchema(Timing).check(described("Step.at")),
    when: z.optional(unwrapSchema(Condition)).check(described("Step.when")),
    attempts: z.optional(unwrapSchema(Attempts)).check(described("Step.attempts")),
    fallback: z.optional(unwrapSchema(ChannelName)).check(described("Step.fallback")),
    sla: z.optional(unwrapSchema(StepSla)).check(described("Step.sla")),
    templateOutsideWindow: z.optional(z.string().check(z.minLength(1))).check(described("Step.templateOutsideWindow")),
    category: z.optional(unwrapSchema(TemplateCategory)).check(described("Step.category")),
  }),
);
/** One step of a plan. */
export type Step = z.infer<typeof Step>;
