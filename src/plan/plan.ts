import * as z from "zod/mini";
import { ChannelName, Duration, Identifier, ZoneName, describable, lazySchema, nonEmptyString, unwrapSchema } from "../primitives/index.js";
import { HolidaysRule, NonexistentTime, UnknownZone } from "./calendarRules.js";
import { LintSettings } from "./lintSettings.js";
import { CompliancePresetId } from "./compliancePresetIds.js";
import { Exit } from "./exit.js";
import { Policies, Weekday } from "./policies.js";
import { Step } from "./step.js";

/** The plan format: JSON-serialisable data. This schema is the single source of the `Plan` type. */
export const PlanSchema = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    // Each field's description is in descriptions.ts under `Plan.<field>`, attached at the exported PlanSchema's first use.
    $schema: z.optional(z.string()),
    id: describable(Identifier),
    version: z.int().check(z.gte(1)),
    name: nonEmptyString(),
    description: z.optional(z.string()),
    timezone: describable(ZoneName),
    priority: z._default(z.int(), 0),
    steps: z.array(unwrapSchema(Step)).check(z.minLength(1)),
    reenrollment: z.optional(
      z.strictObject({
        allowed: z.boolean(),
        after: z.optional(unwrapSchema(Duration)),
      }),
    ),
    exits: z._default(z.array(unwrapSchema(Exit)), []),
    policies: z._default(unwrapSchema(Policies), {}),
    compliance: z.optional(z.array(unwrapSchema(CompliancePresetId))),
    optOutConfirmation: z.optional(
      z.strictObject({
        channel: describable(ChannelName),
        template: nonEmptyString(),
      }),
    ),
    businessDays: z.optional(z.array(unwrapSchema(Weekday)).check(z.minLength(1))),
    holidays: z.optional(unwrapSchema(HolidaysRule)),
    unknownZone: z.optional(unwrapSchema(UnknownZone)),
    nonexistentTime: z.optional(unwrapSchema(NonexistentTime)),
    lint: z.optional(unwrapSchema(LintSettings)),
  }),
);

/** A validated plan (defaults filled in). An interface, so errors and hovers read `Plan`. */
export interface Plan extends z.infer<typeof PlanSchema> {}
/**
 * A plan as written, before defaults. An interface (not an alias of the inferred type), so that
 * errors and editor hovers read `PlanInput` instead of the expanded object type.
 */
export interface PlanInput extends z.input<typeof PlanSchema> {}
