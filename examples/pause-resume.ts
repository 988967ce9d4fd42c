/**
 * Pausing a lead, in virtual time, with the engine polled every hour: `pause(leadId, until)` (no
 * touch before that date, then the steps that fell due go), `pause(leadId)` until `resume` (the
 * step that fell due during the pause is due at the resume), and `pause(leadId, { planId })`, which
 * holds one plan while the lead's other plan goes on. Run: npx tsx examples/pause-resume.ts
 */
import { createEngine, createManualClock, type ChannelAdapter, type PlanInput } from "../src/index.js";

const HOUR = 60 * 60_000;
const clock = createManualClock("2026-03-09T14:00:00Z");
const at = () => `${new Date(clock.now()).toISOString().slice(5, 16).replace("T", " ")}Z`;

const nurture: PlanInput = {
  id: "nurture",
  version: 1,
  name: "Nurture",
  timezone: "America/New_York",
  steps: [
    { id: "sms-1", channel: "sms", at: { after: "PT0S" }, template: "hello" },
    { id: "email-2", channel: "email", at: { after: "P1D" }, template: "brochure" },
    { id: "sms-3", channel: "sms", at: { after: "P2D" }, template: "offer" },
  ],
  exits: [{ on: "reply" }],
};
const service: PlanInput = {
  id: "service",
  version: 1,
  name: "Service reminder",
  timezone: "America/New_York",
  steps: [{ id: "reminder", channel: "email", at: { after: "P1D" }, template: "service-due" }],
};

const adapter: ChannelAdapter = {
  send(touch, lead) {
    console.log(`${at()}  ${lead.id}  ${touch.planId}/${touch.stepId}`);
    return { status: "sent" };
  },
};
const engine = createEngine({ plans: [nurture, service], adapters: { sms: adapter, email: adapter }, clock });

/** Polls the engine every hour for `hours` hours, as `engine.start()` would, but in virtual time. */
async function poll(hours: number): Promise<void> {
  for (let h = 0; h < hours; h++) {
    clock.advance(HOUR);
    await engine.runDue();
  }
}
const states = async (leadId: string) => (await engine.enrollments(leadId)).map((e) => `${e.planId} ${e.state}`).join(", ");
const lead = (id: string) => ({ id, contacts: { phone: "+12125550100", email: `${id}@example.com` } });

// 1. "Call me after Thursday": no touch before Thu 14:00; email-2 and sms-3, due meanwhile, go then.
await engine.enroll(lead("lead-1"), "nurture");
await engine.pause("lead-1", "2026-03-12T14:00:00Z");
console.log(`${at()}  lead-1  paused until 03-12 14:00Z`);
await poll(4 * 24);

// 2. Paused with no date (a rep is looking into a complaint) and resumed 30 hours later: email-2,
// due 24 hours in, goes at the resume; sms-3 keeps its own time, 48 hours in.
await engine.enroll(lead("lead-2"), "nurture");
await engine.pause("lead-2");
console.log(`${at()}  lead-2  paused: ${await states("lead-2")}`);
await poll(30);
console.log(`${at()}  lead-2  resume`);
await engine.resume("lead-2");
await poll(24);

// 3. One plan paused: the nurture plan waits for `resume(leadId, planId)`, the service plan's
// reminder goes meanwhile.
await engine.enroll(lead("lead-3"), "nurture");
await engine.enroll(lead("lead-3"), "service");
await engine.pause("lead-3", { planId: "nurture" });
console.log(`${at()}  lead-3  paused: ${await states("lead-3")}`);
await poll(42);
console.log(`${at()}  lead-3  resume nurture`);
await engine.resume("lead-3", "nurture");
await poll(24);
