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

// Do-not-call as data (us-federal): a lead on the National Do Not Call Registry is called only
// while an established-business-relationship exemption holds, and the trace says which and until when.
const listed: LeadInput = {
  ...base,
  id: "registry",
  enrolledAt: "2026-03-11T15:00:00Z", // 11:00 EDT
  contacts: { phone: "+12125550100" },
  dncRegistries: [{ registry: "us-national", source: "registry scrub 2026-03-01" }],
  history: [{ type: "event", name: "inquiry", at: "2026-03-11T14:55:00Z" }],
};
for (const now of ["2026-03-11T15:00:00Z", "2026-06-12T15:00:00Z"]) {
  const d = evaluate(plan, listed, now);
  console.log(`\nregistry lead at ${formatLocalWithWeekday(d.zone.name, Date.parse(now))}:`);
  for (const t of d.trace) console.log(`  ${t.stepId.padEnd(8)} ${t.state} (${t.reason}) ${t.detail ?? ""}`);
}

// Other countries, one preset per plan (presets intersect, so a plan holds the ones its leads share):
// Canada (CRTC hours), Australia (telemarketing standard), Belgium (opt-in for SMS).
const sunday = "2026-03-08T00:30:00Z"; // Sunday 11:30 in Sydney, Saturday 19:30 in Toronto, Sunday 01:30 in Brussels
for (const [preset, timezone] of [
  ["au", "Australia/Sydney"],
  ["ca", "America/Toronto"],
  ["be", "Europe/Brussels"],
] as const) {
  const abroad = parsePlan({
    id: `abroad-${preset}`,
    version: 1,
    name: "International follow-up",
    timezone,
    compliance: [preset],
    steps: [
      { id: "call-1", channel: "call", at: { after: "PT0S" } },
      { id: "sms-1", channel: "sms", at: { after: "PT0S" } },
    ],
  });
  const d = evaluate(abroad, { id: timezone, enrolledAt: sunday, timezone, contacts: { phone: "+10000000000" } }, sunday);
  console.log(`\n${preset} (${timezone}):`);
  for (const t of d.trace) {
    const until = t.until === undefined ? "" : ` until ${formatLocalWithWeekday(d.zone.name, Date.parse(t.until))}`;
    console.log(`  ${t.stepId.padEnd(8)} ${t.state} (${t.reason})${until}`);
  }
}
