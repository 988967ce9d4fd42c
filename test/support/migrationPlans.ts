import type { PlanInput } from "../../src/plan/index.js";
import { quickPlan } from "../engine/fixtures.js";

/**
 * The two versions of one plan that the engine's migration tests and the migration preview's tests
 * both run (so `engine.migrate` and `previewMigration` are checked on the same edit): v2 removes
 * `sms-2h`, shortens `email-1h` to 10 minutes, sends `sms-after-email` as soon as `email-1h` is touched, and adds
 * `sms-day-3`.
 */
export const migrationV1: PlanInput = quickPlan({
  steps: [
    { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
    { id: "email-1h", channel: "email", at: { after: "PT1H" } },
    { id: "sms-2h", channel: "sms", at: { after: "PT2H" } },
    { id: "sms-after-email", channel: "sms", at: { after: "PT15M", from: { step: "email-1h" } } },
    { id: "email-day-2", channel: "email", at: { after: "P1D" } },
  ],
});

/** Version 2 of {@link migrationV1}. */
export const migrationV2: PlanInput = quickPlan({
  version: 2,
  steps: [
    { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
    { id: "email-1h", channel: "email", at: { after: "PT10M" } },
    { id: "sms-after-email", channel: "sms", at: { after: "PT0S", from: { step: "email-1h", on: "touch" } } },
    { id: "email-day-2", channel: "email", at: { after: "P1D" } },
    { id: "sms-day-3", channel: "sms", at: { after: "P3D" } },
  ],
});
