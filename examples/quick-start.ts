/**
 * The core loop a CRM runs, without the engine: evaluate, perform what is due, record it, repeat.
 * Run: npx tsx examples/quick-start.ts
 */
import { readFileSync } from "node:fs";
import { evaluate, formatLocalWithWeekday, parsePlan, touchRecord, type LeadInput } from "../src/index.js";

const plan = parsePlan(JSON.parse(readFileSync(new URL("./plans/dealer-speed-to-lead.json", import.meta.url), "utf8")));
const lead: LeadInput & { history: NonNullable<LeadInput["history"]> } = {
  id: "lead-42",
  enrolledAt: "2026-03-09T14:00:00Z",
  timezone: "America/New_York",
  contacts: { phone: "+12125550100", email: "jane@example.com" },
  consent: { whatsapp: { status: "granted", at: "2026-03-09T13:59:00Z", source: "web-form" } },
  // The lead will reply by SMS on day 4; evaluate ignores records dated after `now`, so this is
  // invisible until then, and ends every remaining step once it has happened.
  history: [{ type: "inbound", channel: "sms", at: "2026-03-12T15:00:00Z", text: "Yes, Thursday works" }],
};

// Virtual time, so the example runs instantly; a real host uses the clock.
let now = Date.parse(lead.enrolledAt);
for (let round = 0; round < 50; round++) {
  const decision = evaluate(plan, lead, now);
  const local = formatLocalWithWeekday(decision.zone.name, now);
  for (const touch of decision.due) {
    console.log(`${local}  ${touch.mode === "task" ? "task for the rep" : "send"}: ${touch.stepId} via ${touch.channel}`);
    lead.history.push(touchRecord(touch, { at: now, outcome: touch.channel === "call" ? "no_answer" : "delivered" }));
  }
  for (const skip of decision.skipped) console.log(`${local}  skipped ${skip.stepId}: ${skip.reason}`);
  lead.history.push(...decision.skipped);
  if (decision.done !== null) {
    console.log(`done: ${decision.done.reason} at ${formatLocalWithWeekday(decision.zone.name, decision.done.at)}`);
    break;
  }
  if (decision.due.length === 0 && decision.skipped.length === 0) {
    if (decision.next === null) break;
    const waiting = decision.trace.find((t) => t.stepId === decision.next?.stepId);
    console.log(`${local}  nothing due; next: ${decision.next.stepId} at ${formatLocalWithWeekday(decision.zone.name, decision.next.at)} (${waiting?.reason})`);
    now = Date.parse(decision.next.at);
  }
}
