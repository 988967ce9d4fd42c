import * as z from "zod/mini";
import { described } from "./described.js";
import { ChannelName, Duration, Identifier, ZoneName, lazySchema, unwrapSchema } from "../primitives/index.js";
import { HolidaysRule, NonexistentTime, UnknownZone } from "./calendarRules.js";
import { LintSettings } from "./lintSettings.js";
import { CompliancePresetId } from "./compliancePresetIds.js";
import { Exit } from "./exit.js";
import { Policies, Weekday } from "./policies.js";
import { Step } from "./step.js";

/** The plan format: JSON-serialisable data. This schema is the single source of the `Plan` type. */
export const PlanSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    // Each field's description (`z.describe`) is its documentation: the JSON Schema and docs read the same text.
    $schema: z.optional(z.string()).check(described("Plan.$schema")),
    id: unwrapSchema(Identifier).check(described("Plan.id")),
    version: z.int().check(z.gte(1), described("Plan.version")),
    name: z.string().check(z.minLength(1), described("Plan.name")),
    description: z.optional(z.string()).check(described("Plan.description")),
    timezone: unwrapSchema(ZoneName).check(described("Plan.timezone")),
    priority: z._default(z.int(), 0).check(described("Plan.priority")),
    steps: z.array(unwrapSchema(Step)).check(z.minLength(1), described("Plan.steps")),
    reenrollment: z
      .optional(
        z.strictObject({
          allowed: z.boolean().check(described("Plan.reenrollment.allowed")),
          after: z.optional(unwrapSchema(Duration)).check(described("Plan.reenrollment.after")),
        }),
      )
      .check(described("Plan.reenrollment")),
    exits: z._default(z.array(unwrapSchema(Exit)), []).check(described("Plan.exits")),
    policies: z._default(unwrapSchema(Policies), {}).check(described("Plan.policies")),
    compliance: z.optional(z.array(unwrapSchema(CompliancePresetId))).check(described("Plan.compliance")),
    optOutConfirmation: z
      .optional(
        z.strictObject({
          channel: unwrapSchema(ChannelName).check(described("Plan.optOutConfirmation.channel")),
          template: z.string().check(z.minLength(1), described("Plan.optOutConfirmation.template")),
        }),
      )
      .check(described("Plan.optOutConfirmation")),
    businessDays: z.optional(z.array(unwrapSchema(Weekday)).check(z.minLength(1))).check(described("Plan.businessDays")),
    holidays: z.optional(unwrapSchema(HolidaysRule)).check(described("Plan.holidays")),
    unknownZone: z.optional(unwrapSchema(UnknownZone)).check(described("Plan.unknownZone")),
    nonexistentTime: z.optional(unwrapSchema(NonexistentTime)).check(described("Plan.nonexistentTime")),
    lint: z.optional(unwrapSchema(LintSettings)).check(described("Plan.lint")),
  }),
);

/** A validated plan (defaults filled in). An interface, so errors and hovers read `Plan`. */
export interface Plan extends z.infer<typeof PlanSchema> {}
/**
 * A plan as written, before defaults. An interface (not an alias of the inferred type), so that
 * errors and editor hovers read `PlanInput` instead of the expanded object type.
 */
export interface PlanInput extends z.input<typeof PlanSchema> {}
