/**
 * Calendar rules in one plan: weekday calls at 11:00 and 16:00 (an RFC 5545 recurrence, at most
 * six), an email two business days after the first call, a country's holidays and a dealership's
 * own closures, for a lead whose zone is only known from its address (Florida: two zones).
 * Run: npx tsx examples/recurring-calls.ts
 */
import { evaluate, formatLocalWithWeekday, parsePlan, touchRecord, type LeadInput } from "../src/index.js";

const plan = parsePlan({
  id: "recurring-calls",
  version: 1,
  name: "Weekday calls until connected",
  timezone: "America/New_York",
  businessDays: ["mon", "tue", "wed", "thu", "fri"],
  holidays: { country: "US", closures: [{ date: "2026-11-27", name: "Inventory day" }] },
  steps: [
    {
      id: "calls",
      channel: "call",
      mode: "task",
      at: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=11,16;BYMINUTE=0", count: 6 },
      attempts: { max: 6, until: ["connected"] },
    },
    { id: "recap", channel: "email", at: { businessDays: 2, time: "10:00", from: { step: "calls" } } },
  ],
  policies: {
    windows: { call: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "18:00" }] },
    quietHours: [{ from: "21:00", to: "08:00" }],
  },
});

// No timezone: the address selects Florida's zones (Eastern and, in the panhandle, Central).
const lead: LeadInput & { history: NonNullable<LeadInput["history"]> } = {
  id: "lead-fl-7",
  enrolledAt: "2026-11-25T14:00:00Z",
  address: { country: "US", region: "FL" },
  contacts: { email: "sam@example.com", phone: "+18505550100" },
  history: [],
};

// Virtual time, so the example runs instantly; a real host uses the clock.
let now = Date.parse(lead.enrolledAt);
for (let round = 0; round < 20; round++) {
  const decision = evaluate(plan, lead, now);
  if (round === 0) console.log(`zone: ${decision.zone.name} (from ${decision.zone.source}; candidates ${decision.zone.candidates?.join(", ") ?? "-"})`);
  for (const touch of decision.due) {
    console.log(`${formatLocalWithWeekday(decision.zone.name, now)}  ${touch.stepId.padEnd(6)} ${touch.channel.padEnd(5)} attempt ${touch.attempt}`);
    lead.history.push(touchRecord(touch, { at: now, outcome: touch.channel === "call" ? "no_answer" : "sent" }));
  }
  if (decision.due.length > 0) continue;
  if (decision.done !== null) {
    console.log(`done: ${decision.done.reason}`);
    break;
  }
  if (decision.next === null) break;
  now = Date.parse(decision.next.at);
}
