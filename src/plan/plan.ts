import * as z from "zod/mini";
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
    // Each field's description (`z.describe`) is its documentation: the JSON Schema and docs read the same text.
    $schema: z
      .optional(z.string())
      .check(z.describe('JSON Schema reference for editors, e.g. "./node_modules/lead-cadence/schema/plan.schema.json"; ignored by the engine.')),
    id: unwrapSchema(Identifier).check(
      z.describe("The plan's id: letters, digits, '_', '.' or '-'; part of every touch id (`lead/plan@version/step#attempt`)."),
    ),
    version: z.int().check(z.gte(1), z.describe("The plan's version, from 1; raise it for every change of a plan leads are enrolled in.")),
    name: z.string().check(z.minLength(1), z.describe("A name for people (reports, the CLI).")),
    description: z.optional(z.string()).check(z.describe("What the cadence is for, for people.")),
    timezone: unwrapSchema(ZoneName).check(z.describe("Fallback IANA zone (e.g. America/New_York) for leads whose own zone is unknown.")),
    priority: z._default(z.int(), 0).check(z.describe("When a lead is in several plans, higher priority goes first (default 0).")),
    steps: z.array(unwrapSchema(Step)).check(z.minLength(1), z.describe("The touches of the cadence, at least one.")),
    reenrollment: z
      .optional(
        z.strictObject({
          allowed: z.boolean().check(z.describe("false: a lead whose enrolment in this plan ended may not be enrolled in it again.")),
          after: z
            .optional(unwrapSchema(Duration))
            .check(z.describe("How long after the end of the last enrolment a new one may start (ISO-8601 duration, calendar units on the plan's zone).")),
        }),
      )
      .check(
        z.describe("Enrolling a lead again after its enrolment in this plan ended: allowed at once by default; `allowed: false` forbids it; `after` waits."),
      ),
    exits: z
      ._default(z.array(unwrapSchema(Exit)), [])
      .check(z.describe("What ends the cadence for a lead: a reply, a connected call, a meeting, an opt-out, a status, an event.")),
    policies: z
      ._default(unwrapSchema(Policies), {})
      .check(z.describe("When and how a lead may be touched: windows, quiet hours, caps, consent, opt-out scope.")),
    compliance: z
      .optional(z.array(unwrapSchema(CompliancePresetId)))
      .check(
        z.describe("Compliance presets the plan includes (us-federal, us-states, nl-telemarketing, ...); they narrow windows and caps and add consent rules."),
      ),
    optOutConfirmation: z
      .optional(
        z.strictObject({
          channel: unwrapSchema(ChannelName).check(z.describe("The channel of the confirmation, usually the one the lead opted out on.")),
          template: z.string().check(z.minLength(1), z.describe("The template of the confirmation message.")),
        }),
      )
      .check(z.describe("One confirmation message sent once, immediately, after an opt-out (step id `opt-out-confirmation`).")),
    businessDays: z
      .optional(z.array(unwrapSchema(Weekday)).check(z.minLength(1)))
      .check(z.describe("Weekdays that count as business days for `businessDays` timings (default Monday–Friday).")),
    holidays: z.optional(unwrapSchema(HolidaysRule)).check(z.describe("Holidays and closures: windows stay closed on them, business days skip them.")),
    unknownZone: z
      .optional(unwrapSchema(UnknownZone))
      .check(z.describe("What to do with a lead whose zone stays unknown: `fallback` (default) or `untimed-only`.")),
    nonexistentTime: z
      .optional(unwrapSchema(NonexistentTime))
      .check(
        z.describe("A step time that does not exist on the lead's clock (spring forward): `shift` by the gap (default, 02:30 → 03:30) or `gap-end` (→ 03:00)."),
      ),
    lint: z
      .optional(unwrapSchema(LintSettings))
      .check(z.describe("Settings for `lintPlan` / `lead-cadence lint` (severities, suppressions with a reason); the engine ignores them.")),
  }),
);

/** A validated plan (defaults filled in). An interface, so errors and hovers read `Plan`. */
export interface Plan extends z.infer<typeof PlanSchema> {}
/**
 * A plan as written, before defaults. An interface (not an alias of the inferred type), so that
 * errors and editor hovers read `PlanInput` instead of the expanded object type.
 */
export interface PlanInput extends z.input<typeof PlanSchema> {}
