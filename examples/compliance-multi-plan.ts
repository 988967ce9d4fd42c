/**
 * A lead in two plans at once: one contact budget, the higher priority first, one touch per channel
 * per minute, every plan's caps and presets on every touch.
 * Run: npx tsx examples/compliance-multi-plan.ts
 */
import { evaluateAll, type PlanInput } from "../src/index.js";

const sales: PlanInput = {
  id: "sales",
  version: 1,
  name: "Sales follow-up",
  timezone: "America/New_York",
  priority: 10,
  compliance: ["us-federal", "us-md"],
  steps: [{ id: "call", channel: "call", at: { after: "PT0S" }, attempts: { max: 5, every: "PT1H" } }],
};
const service: PlanInput = {
  id: "service",
  version: 1,
  name: "Service reminder",
  timezone: "America/New_York",
  steps: [
    { id: "call", channel: "call", at: { after: "PT0S" } },
    { id: "text", channel: "sms", template: "service-due", at: { after: "PT0S" } },
  ],
};

const merged = evaluateAll([service, sales], { id: "lead-1", enrolledAt: "2026-03-11T14:00:00Z", contacts: { phone: "+14105550100" } }, "2026-03-11T14:00:00Z");
console.log(
  "due:",
  merged.due.map((t) => `${t.planId}/${t.stepId} via ${t.channel}`),
);
for (const d of merged.plans) for (const t of d.trace) console.log(`  ${d.planId}/${t.stepId}: ${t.state} (${t.reason})${t.until ? ` until ${t.until}` : ""}`);
console.log("next:", merged.next);
