import * as z from "zod";
import { ChannelName, Duration, Identifier, ZoneName, lazySchema, unwrapSchema } from "../primitives/index.js";
import { HolidaysRule, NonexistentTime, UnknownZone } from "./calendarRules.js";
import { LintSettings } from "./lintSettings.js";
import { CompliancePresetId } from "./compliancePresetIds.js";
import { Exit } from "./exit.js";
import { Policies, Weekday } from "./policies.js";
import { Step } from "./step.js";

/** The plan format: JSON-serialisable data. This schema is the single source of the `Plan` type. */
export const PlanSchema = lazySchema(() =>
  z.strictObject({
    // Each field's description (`.describe`) is its documentation: the JSON Schema and docs read the same text.
    $schema: z
      .string()
      .optional()
      .describe('JSON Schema reference for editors, e.g. "./node_modules/lead-cadence/schema/plan.schema.json"; ignored by the engine.'),
    id: unwrapSchema(Identifier).describe("The plan's id: letters, digits, '_', '.' or '-'; part of every touch id (`lead/plan@version/step#attempt`)."),
    version: z.int().min(1).describe("The plan's version, from 1; raise it for every change of a plan leads are enrolled in."),
    name: z.string().min(1).describe("A name for people (reports, the CLI)."),
    description: z.string().optional().describe("What the cadence is for, for people."),
    timezone: unwrapSchema(ZoneName).describe("Fallback IANA zone (e.g. America/New_York) for leads whose own zone is unknown."),
    priority: z.int().default(0).describe("When a lead is in several plans, higher priority goes first (default 0)."),
    steps: z.array(unwrapSchema(Step)).min(1).describe("The touches of the cadence, at least one."),
    reenrollment: z
      .strictObject({
        allowed: z.boolean().describe("false: a lead whose enrolment in this plan ended may not be enrolled in it again."),
        after: unwrapSchema(Duration)
          .optional()
          .describe("How long after the end of the last enrolment a new one may start (ISO-8601 duration, calendar units on the plan's zone)."),
      })
      .optional()
      .describe("Enrolling a lead again after its enrolment in this plan ended: allowed at once by default; `allowed: false` forbids it; `after` waits."),
    exits: z
      .array(unwrapSchema(Exit))
      .default([])
      .describe("What ends the cadence for a lead: a reply, a connected call, a meeting, an opt-out, a status, an event."),
    policies: unwrapSchema(Policies).default({}).describe("When and how a lead may be touched: windows, quiet hours, caps, consent, opt-out scope."),
    compliance: z
      .array(unwrapSchema(CompliancePresetId))
      .optional()
      .describe("Compliance presets the plan includes (us-federal, us-states, nl-telemarketing, ...); they narrow windows and caps and add consent rules."),
    optOutConfirmation: z
      .strictObject({
        channel: unwrapSchema(ChannelName).describe("The channel of the confirmation, usually the one the lead opted out on."),
        template: z.string().min(1).describe("The template of the confirmation message."),
      })
      .optional()
      .describe("One confirmation message sent once, immediately, after an opt-out (step id `opt-out-confirmation`)."),
    businessDays: z
      .array(unwrapSchema(Weekday))
      .min(1)
      .optional()
      .describe("Weekdays that count as business days for `businessDays` timings (default Monday–Friday)."),
    holidays: unwrapSchema(HolidaysRule).optional().describe("Holidays and closures: windows stay closed on them, business days skip them."),
    unknownZone: unwrapSchema(UnknownZone).optional().describe("What to do with a lead whose zone stays unknown: `fallback` (default) or `untimed-only`."),
    nonexistentTime: unwrapSchema(NonexistentTime)
      .optional()
      .describe("A step time that does not exist on the lead's clock (spring forward): `shift` by the gap (default, 02:30 → 03:30) or `gap-end` (→ 03:00)."),
    lint: unwrapSchema(LintSettings)
      .optional()
      .describe("Settings for `lintPlan` / `lead-cadence lint` (severities, suppressions with a reason); the engine ignores them."),
  }),
);

/** A validated plan (defaults filled in). An interface, so errors and hovers read `Plan`. */
export interface Plan extends z.infer<typeof PlanSchema> {}
/**
 * A plan as written, before defaults. An interface (not an alias of the inferred type), so that
 * errors and editor hovers read `PlanInput` instead of the expanded object type.
 */
export interface PlanInput extends z.input<typeof PlanSchema> {}
