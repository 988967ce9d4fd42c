import * as z from "zod/mini";
import { ChannelName, Duration, Identifier, Outcome, TemplateCategory, describable, lazySchema, nonEmptyString, unwrapSchema } from "../primitives/index.js";
import { Condition } from "./condition.js";
import { Timing } from "./timing.js";

/**
 * Repeat the step until an attempt has had one of `until` (a later outcome does not undo it), at most `max` touches in all,
 * each attempt `every` after the previous one (then moved into the channel's windows). A
 * recurring (`rrule`) step takes its attempts from its rule and needs no `every`.
 */
export const Attempts = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    max: z.int().check(z.gte(1), z.lte(100)),
    every: z.optional(unwrapSchema(Duration)),
    until: z.optional(z.array(unwrapSchema(Outcome))),
  }),
);
/** Repetition of a step. */
export type Attempts = z.infer<typeof Attempts>;

/** One level of an SLA escalation: who is alerted, on which channel, and how long after the breach. */
export const EscalationLevel = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    after: z._default(unwrapSchema(Duration), "PT0S"),
    channel: describable(ChannelName),
    template: z.optional(nonEmptyString()),
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
    within: describable(Duration),
    escalate: z.union([unwrapSchema(EscalationLevel), z.array(unwrapSchema(EscalationLevel)).check(z.minLength(1), z.maxLength(10))]),
  }),
);
/** A step's speed-to-lead SLA. */
export type StepSla = z.infer<typeof StepSla>;

/** One touch in the cadence: a channel, a timing, optional condition, repetition and fallback. */
export const Step = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    id: describable(Identifier),
    name: z.optional(z.string()),
    channel: describable(ChannelName),
    mode: z._default(z.enum(["auto", "task"]), "auto"),
    template: z.optional(nonEmptyString()),
    at: describable(Timing),
    when: z.optional(unwrapSchema(Condition)),
    attempts: z.optional(unwrapSchema(Attempts)),
    fallback: z.optional(unwrapSchema(ChannelName)),
    sla: z.optional(unwrapSchema(StepSla)),
    templateOutsideWindow: z.optional(nonEmptyString()),
    category: z.optional(unwrapSchema(TemplateCategory)),
  }),
);
/** One step of a plan. */
export type Step = z.infer<typeof Step>;
