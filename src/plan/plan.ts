import { z } from "zod";
import { ChannelName, Identifier, ZoneName } from "../primitives/index.js";
import { HolidaysRule, NonexistentTime, UnknownZone } from "./calendarRules.js";
import { LintSettings } from "./lintSettings.js";
import { CompliancePresetId } from "./compliancePresetIds.js";
import { Exit } from "./exit.js";
import { Policies, Weekday } from "./policies.js";
import { Step } from "./step.js";

/** The plan format: JSON-serialisable data. This schema is the single source of the `Plan` type. */
export const PlanSchema = z.strictObject({
  /** Optional JSON Schema reference for editors (`"$schema": "./node_modules/lead-cadence/schema/plan.schema.json"`); ignored by the engine. */
  $schema: z.string().optional(),
  id: Identifier,
  version: z.int().min(1),
  name: z.string().min(1),
  description: z.string().optional(),
  /** Fallback IANA zone for leads whose own zone is unknown. */
  timezone: ZoneName,
  /** When a lead is in several plans, higher priority goes first. */
  priority: z.int().default(0),
  steps: z.array(Step).min(1),
  exits: z.array(Exit).default([]),
  policies: Policies.default({}),
  /** Compliance presets the plan includes (`us-federal`, `us-states`, `nl-telemarketing`, ...); they narrow windows and caps and add consent rules. */
  compliance: z.array(CompliancePresetId).optional(),
  /** One confirmation message sent once, immediately, after an opt-out (step id `opt-out-confirmation`). */
  optOutConfirmation: z.strictObject({ channel: ChannelName, template: z.string().min(1) }).optional(),
  /** Weekdays that count as business days for `businessDays` timings (default Monday–Friday). */
  businessDays: z.array(Weekday).min(1).optional(),
  /** Holidays and closures: windows stay closed on them, business days skip them. */
  holidays: HolidaysRule.optional(),
  /** What to do with a lead whose zone stays unknown (default `fallback`). */
  unknownZone: UnknownZone.optional(),
  /** A step time that does not exist on the lead's clock (spring forward): `shift` by the gap (default, 02:30 → 03:30) or `gap-end` (→ 03:00). */
  nonexistentTime: NonexistentTime.optional(),
  /** Settings for `lintPlan` / `lead-cadence lint` (severities, suppressions with a reason); the engine ignores them. */
  lint: LintSettings.optional(),
});

/** A validated plan (defaults filled in). An interface, so errors and hovers read `Plan`. */
export interface Plan extends z.infer<typeof PlanSchema> {}
/**
 * A plan as written, before defaults. An interface (not an alias of the inferred type), so that
 * errors and editor hovers read `PlanInput` instead of the expanded object type.
 */
export interface PlanInput extends z.input<typeof PlanSchema> {}
