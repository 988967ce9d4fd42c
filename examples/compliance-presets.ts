/**
 * Compliance presets in a plan: US federal hours everywhere, the state preset chosen from the
 * lead's region, and what the trace says when a preset holds a touch back.
 * Run: npx tsx examples/compliance-presets.ts
 */
import { evaluate, formatLocalWithWeekday, parsePlan, type LeadInput } from "../src/index.js";

const plan = parsePlan({
  id: "us-dealer",
  version: 1,
  name: "US dealer follow-up",
  timezone: "America/New_York",
  compliance: ["us-federal", "us-states"],
  steps: [
    { id: "call-1", channel: "call", at: { after: "PT0S" }, attempts: { max: 6, every: "PT2H" } },
    { id: "sms-1", channel: "sms", template: "intro", at: { after: "PT5M" } },
  ],
  exits: [{ on: "reply" }, { on: "connected" }, { on: "opt_out" }],
});

const base = { enrolledAt: "2026-03-11T00:30:00Z", timezone: "America/New_York" } as const; // 20:30 EDT
const leads: LeadInput[] = [
  { ...base, id: "new-york", contacts: { phone: "+12125550100" } },
  { ...base, id: "miami", contacts: { phone: "+13055550100" } }, // 305: Florida area code → us-fl
  { ...base, id: "baltimore", contacts: { phone: "+12125550100" }, address: { country: "US", region: "MD" } },
];

for (const lead of leads) {
  const d = evaluate(plan, lead, base.enrolledAt);
  console.log(`\n${lead.id}: ${d.due.length} due now`);
  for (const t of d.trace) {
    const until = t.until === undefined ? "" : ` until ${formatLocalWithWeekday(d.zone.name, Date.parse(t.until))}`;
    console.log(`  ${t.stepId.padEnd(8)} ${t.state} (${t.reason})${until}`);
  }
}
