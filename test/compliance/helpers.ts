import type { LeadInput, PlanInput } from "../../src/index.js";

/** A one-step plan on `channel`, due at enrolment, with the given presets and extra fields. */
export function presetPlan(compliance: string[], channel = "call", extra: Partial<PlanInput> = {}): PlanInput {
  return {
    id: "p",
    version: 1,
    name: "Preset test",
    timezone: "America/New_York",
    compliance,
    steps: [{ id: "a", channel, at: { after: "PT0S" } }],
    ...extra,
  } as PlanInput;
}

/** A lead with a phone and email enrolled at `enrolledAt`. */
export function leadAt(enrolledAt: string, extra: Partial<LeadInput> = {}): LeadInput {
  return {
    id: "L1",
    enrolledAt,
    timezone: "America/New_York",
    contacts: { phone: "+12125550100", email: "a@example.com", whatsapp: "+12125550100" },
    ...extra,
  } as LeadInput;
}

/** A sent touch record. */
export function sent(stepId: string, channel: string, at: string, attempt = 1, planId = "p") {
  return { type: "touch" as const, touchId: `L1/${planId}@1/${stepId}#${attempt}`, planId, stepId, channel, attempt, at, outcome: "sent" as const };
}
