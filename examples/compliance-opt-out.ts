/**
 * Opt-out end to end: classify an inbound reply, record the opt-out, send the one confirmation the
 * plan defines, and nothing after it.
 * Run: npx tsx examples/compliance-opt-out.ts
 */
import { evaluate, touchRecord, type InboundRecord, type LeadInput, type PlanInput } from "../src/index.js";
import { detectOptOut, readInboundOptOut } from "../src/optOut.js";

for (const text of [
  "STOP",
  "Bitte keine Nachrichten mehr",
  "I'll stop by the dealership tomorrow",
  "ne m'appelez plus",
  "Don't stop texting me, I'm interested!",
  "stop calling after 6, call tomorrow",
  "stop emailing me, texting is fine",
  "How do I stop these texts?",
  "No me llames más",
]) {
  console.log(JSON.stringify(text).padEnd(42), detectOptOut(text));
}

const plan: PlanInput = {
  id: "sms-nurture",
  version: 1,
  name: "SMS nurture",
  timezone: "America/Chicago",
  compliance: ["us-federal"],
  steps: [
    { id: "sms-1", channel: "sms", template: "hello", at: { after: "PT0S" } },
    { id: "sms-2", channel: "sms", template: "offer", at: { days: 1, time: "10:00" } },
  ],
  exits: [{ on: "opt_out" }],
  optOutConfirmation: { channel: "sms", template: "opt-out-confirmed" },
};

const reply: InboundRecord = { type: "inbound", channel: "sms", at: "2026-03-10T04:10:00Z", text: "Stop texting me!" }; // 23:10 CDT
const lead: LeadInput & { history: NonNullable<LeadInput["history"]>; optOuts: NonNullable<LeadInput["optOuts"]> } = {
  id: "lead-7",
  enrolledAt: "2026-03-09T15:00:00Z",
  contacts: { phone: "+13125550100" },
  history: [
    {
      type: "touch",
      touchId: "lead-7/sms-nurture@1/sms-1#1",
      planId: "sms-nurture",
      stepId: "sms-1",
      channel: "sms",
      attempt: 1,
      at: "2026-03-09T15:00:00Z",
      outcome: "delivered",
    },
  ],
  optOuts: [],
};

lead.history.push(reply);
const { optOuts, reviews } = readInboundOptOut(reply, { locale: "en" });
lead.optOuts.push(...optOuts);
lead.history.push(...reviews); // an uncertain message holds its channel until a person resolves it
console.log("\nrecorded", optOuts);

const now = reply.at;
const first = evaluate(plan, lead, now);
console.log(
  "due right away (outside calling hours, still sent):",
  first.due.map((t) => `${t.stepId} via ${t.channel} [${t.template}]`),
);
for (const touch of first.due) lead.history.push(touchRecord(touch, { at: now, outcome: "sent" }));
const after = evaluate(plan, lead, "2026-03-10T15:00:00Z");
console.log("next day:", after.due.length, "due; done:", after.done);
