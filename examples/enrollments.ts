/**
 * Enrolments as a CRM has them, in virtual time: one lead in two plans at once under one contact
 * budget, enrolled again a month after its first enrolment ended (new touch ids), a rep's outcome
 * arriving after the end, and erasure. Run: npx tsx examples/enrollments.ts
 */
import { createEngine, createManualClock, isEngineError, type ChannelAdapter, type PlanInput } from "../src/index.js";

const DAY = 24 * 60 * 60_000;
const clock = createManualClock("2026-03-09T14:00:00Z");
const day = () => new Date(clock.now()).toISOString().slice(0, 16).replace("T", " ");
const shared = { timezone: "America/New_York", policies: { caps: [{ max: 1, per: "day" as const, channels: ["sms"] }] } };

const speedToLead: PlanInput = {
  id: "speed-to-lead",
  version: 1,
  name: "Speed to lead",
  ...shared,
  priority: 10,
  reenrollment: { allowed: true, after: "P30D" },
  steps: [
    { id: "sms-now", channel: "sms", at: { after: "PT0S" }, template: "thanks" },
    { id: "call-rep", channel: "call", mode: "task", at: { after: "PT5M" } },
  ],
  exits: [{ on: "reply" }, { on: "connected" }],
};
const serviceReminder: PlanInput = {
  id: "service-reminder",
  version: 1,
  name: "Service reminder",
  ...shared,
  steps: [{ id: "sms-reminder", channel: "sms", at: { after: "PT0S" }, template: "service-due" }],
};

const sms: ChannelAdapter = {
  send(touch, _lead, { idempotencyKey }) {
    console.log(`${day()}  sms ${touch.template} key=${idempotencyKey}`);
    return { status: "sent" };
  },
};
const engine = createEngine({ plans: [speedToLead, serviceReminder], adapters: { sms }, clock });
const tasks: string[] = [];
engine.on("touch:due", ({ touch }) => {
  console.log(`${day()}  task for a rep: ${touch.id}`);
  tasks.push(touch.id);
});

const lead = { id: "lead-42", contacts: { phone: "+12125550142" }, consent: { sms: { status: "granted" as const } } };

// Two plans at once: the daily SMS cap is shared, so the reminder waits for the next day.
await engine.enroll(lead, "speed-to-lead");
await engine.enroll(lead, "service-reminder");
clock.advance(5 * 60_000);
await engine.runDue();
clock.advance(DAY);
await engine.runDue();
for (const e of await engine.enrollments("lead-42")) console.log(`enrolment ${e.id}: ${e.state}`);

// The first enrolment ends; the rep's call outcome arrives after the end and is still recorded.
await engine.unenroll("lead-42", "speed-to-lead", "appointment booked by phone");
console.log(`complete after the end: ${await engine.complete(tasks[0] as string, "connected")}`);

// Enrolling again too early is a typed error; after 30 days it is a new enrolment with new keys.
try {
  await engine.enroll(lead, "speed-to-lead");
} catch (error) {
  if (isEngineError(error)) console.log(`${error.code}: ${error.message}`);
}
clock.advance(30 * DAY);
const again = await engine.enroll(lead, "speed-to-lead");
console.log(`enrolled again: ${again.enrollmentId} (sequence ${again.sequence})`);

// Erasure: the lead leaves the store; later calls for the id are typed errors.
await engine.forget("lead-42");
await engine.record("lead-42", { type: "status", status: "won" }).catch((error: unknown) => {
  if (isEngineError(error)) console.log(`after forget: ${error.code}`);
});
