/**
 * The engine on the dealer plan, in virtual time: a Twilio-style SMS adapter (simulated), a dialer
 * task queue for the rep's calls, a one-minute speed-to-lead SLA that alerts the manager, and the
 * metrics at the end. Run: npx tsx examples/engine-dealer.ts
 */
import { readFileSync } from "node:fs";
import { createEngine, createManualClock, type ChannelAdapter, type PlanInput, type Touch } from "../src/index.js";

const plan = JSON.parse(readFileSync(new URL("./plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput & {
  steps: Record<string, unknown>[];
};
(plan.steps[0] as Record<string, unknown>)["sla"] = { within: "PT1M", escalate: [{ channel: "notify", template: "manager-alert" }] };

const clock = createManualClock("2026-03-09T14:00:00Z");
const at = () => `${new Date(clock.now()).toISOString().slice(11, 16)}Z`;

/** A Twilio-style SMS adapter: the idempotency key travels as the provider's idempotency header. */
const providerSeen = new Map<string, string>();
const sms: ChannelAdapter = {
  timeoutMs: 8000,
  async send(touch, lead, { idempotencyKey }) {
    // Real code: POST https://api.twilio.com/.../Messages.json with the header
    // "I-Twilio-Idempotency-Token: idempotencyKey" and `signal`; map 5xx/429 to retryable failures.
    const sid = providerSeen.get(idempotencyKey) ?? `SM${providerSeen.size + 1}`;
    providerSeen.set(idempotencyKey, sid);
    console.log(`${at()}  sms → ${lead.contacts["phone"]} (${touch.template}) sid=${sid}`);
    return { status: "sent", providerId: sid };
  },
};
const log = (channel: string, to?: string): ChannelAdapter => ({
  send(touch, lead) {
    console.log(`${at()}  ${channel} → ${to ?? lead.contacts["email"] ?? lead.id} (${touch.template})`);
    return { status: "sent" };
  },
});

const engine = createEngine({
  plans: [plan],
  adapters: { sms, email: log("email"), whatsapp: log("whatsapp"), notify: log("notify", "the sales manager") },
  clock,
});

/** The dialer: a queue of call tasks the reps work through. */
const dialerQueue: Touch[] = [];
engine.on("touch:due", ({ touch }) => {
  dialerQueue.push(touch);
  console.log(`${at()}  task: ${touch.channel} ${touch.stepId} for ${touch.leadId}`);
});
engine.on("sla:breached", ({ touch, level }) => console.log(`${at()}  SLA breached on ${touch.stepId} (level ${level})`));
engine.on("lead:done", ({ leadId, done }) => console.log(`${at()}  ${leadId} done: ${done.reason}`));

await engine.enroll(
  { id: "lead-1042", timezone: "America/New_York", contacts: { phone: "+12125550142", email: "jordan@example.com" }, consent: { sms: { status: "granted" } } },
  "dealer-speed-to-lead",
);

// The rep is busy: the call is not made within the minute, the manager is alerted.
clock.advance(90_000);
await engine.runDue();
// The rep calls: no answer. The SMS goes out 5 minutes after that outcome, the email at 10 minutes.
await engine.complete((dialerQueue.shift() as Touch).id, "no_answer");
for (let minute = 0; minute < 60; minute++) {
  clock.advance(60_000);
  await engine.runDue();
}
// The lead answers the SMS: the cadence stops.
await engine.record("lead-1042", { type: "inbound", channel: "sms", text: "Saturday morning works" });

const m = (await engine.metrics()).plans["dealer-speed-to-lead"];
console.log(
  `\ntime to first touch p50: ${(m?.timeToFirstTouch.p50Ms ?? 0) / 1000} s; SLA breaches: ${m?.slaBreaches}; outcomes: ${JSON.stringify(m?.outcomes)}`,
);
