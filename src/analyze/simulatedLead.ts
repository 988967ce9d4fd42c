import type { LeadInput } from "../lead/index.js";
import type { Plan } from "../plan/index.js";
import { contactKinds } from "../policy/index.js";

/**
 * The contacts and consent of a simulated lead that every channel of the plan can reach: each
 * contact kind its channels use, and granted consent on each channel. What a simulation of such a
 * lead shows comes from the plan, not from missing lead data.
 */
export function reachableLeadData(plan: Plan): Pick<LeadInput, "contacts" | "consent"> {
  const channels = new Set<string>();
  for (const step of plan.steps) {
    channels.add(step.channel);
    if (step.fallback !== undefined) channels.add(step.fallback);
  }
  if (plan.optOutConfirmation !== undefined) channels.add(plan.optOutConfirmation.channel);
  const contacts: Record<string, string> = {};
  for (const channel of channels) {
    for (const kind of contactKinds(plan.policies, channel)) contacts[kind] = sampleContact(kind);
  }
  const consent: Record<string, { status: "granted" }> = {};
  for (const channel of channels) consent[channel] = { status: "granted" };
  return { contacts, consent };
}

function sampleContact(kind: string): string {
  if (kind === "email") return "lead@example.com";
  if (kind === "phone" || kind === "whatsapp") return "+15555550100";
  return `${kind}:simulated`;
}
