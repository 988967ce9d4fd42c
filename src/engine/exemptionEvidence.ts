import type { Lead } from "../lead/index.js";
import type { Plan } from "../plan/index.js";
import { COMPLIANCE_PRESETS, US_STATES, compileCompliance, compileDoNotCall, evidenceAttribute } from "../policy/index.js";

/**
 * The lead attributes a do-not-call exemption of `plans` reads as evidence: of their own rules and of their
 * presets' (for `us-states`, every US state's).
 */
export function evidenceAttributes(plans: Iterable<Plan>): readonly string[] {
  const names = new Set<string>();
  for (const plan of plans) {
    const ids = (plan.compliance ?? []).flatMap((id) => (id === US_STATES ? Object.keys(COMPLIANCE_PRESETS).filter((p) => p.startsWith("us-")) : [id]));
    for (const rule of compileDoNotCall(compileCompliance(ids).doNotCall, plan.policies.doNotCall).registries.values())
      for (const e of rule.exemptions) for (const name of e.attributes) names.add(name);
  }
  return [...names];
}

/**
 * Refuses a lead on a do-not-call registry whose exemption evidence `names` (see {@link evidenceAttributes}) holds
 * anything but an instant: `evaluate` reads it once a listing concerns a channel it decides, and refuses the lead
 * then, so a lead stored so could not be decided (`enroll`, `updateLead`). A lead with no listing is not checked.
 * @throws {LeadValidationError} at `attributes.<name>`, as `evaluate` would.
 */
export function checkExemptionEvidence(lead: Lead, names: readonly string[]): void {
  if ((lead.dncRegistries?.length ?? 0) === 0) return;
  for (const name of names) evidenceAttribute(lead.attributes, name);
}
