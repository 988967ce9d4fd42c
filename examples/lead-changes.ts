/**
 * A lead whose details change while a cadence runs, in virtual time: the first email bounces, the
 * next one is skipped, the CRM fixes the address (`engine.updateLead`) and email resumes; WhatsApp
 * consent given through a web form makes the WhatsApp step go. Run: npx tsx examples/lead-changes.ts
 */
import { createEngine, createManualClock, type ChannelAdapter, type PlanInput } from "../src/index.js";

const HOUR = 60 * 60_000;
const clock = createManualClock("2026-03-09T14:00:00Z");
const at = () => new Date(clock.now()).toISOString().slice(11, 16);

const plan: PlanInput = {
  id: "welcome",
  version: 1,
  name: "Welcome",
  timezone: "America/New_York",
  steps: [
    { id: "email-1", channel: "email", at: { after: "PT0S" }, template: "welcome" },
    { id: "email-2", channel: "email", at: { after: "PT1H" }, template: "offer" },
    { id: "whatsapp", channel: "whatsapp", at: { after: "PT2H" }, template: "hello", templateOutsideWindow: "hello" },
    { id: "email-3", channel: "email", at: { after: "PT3H" }, template: "last-call" },
  ],
  exits: [{ on: "reply" }],
  policies: { consentRequired: ["whatsapp"] },
};

/** Says where each message went (`to`): a later bounce then blocks that address, not the channel. */
const adapter: ChannelAdapter = {
  send(touch, lead) {
    const to = touch.channel === "email" ? lead.contacts["email"] : lead.contacts["phone"];
    console.log(`${at()}  ${touch.stepId.padEnd(9)} → ${to}`);
    return to === undefined ? { status: "failed", retryable: false, error: "no address" } : { status: "sent", to };
  },
};

const engine = createEngine({ plans: [plan], adapters: { email: adapter, whatsapp: adapter }, clock });
engine.on("touch:skipped", ({ record }) => console.log(`${at()}  ${record.stepId.padEnd(9)} skipped: ${record.reason}`));

await engine.enroll({ id: "lead-7", contacts: { email: "jo@exampel.com", phone: "+12125550142" } }, "welcome");
// The mail server's webhook: the address does not exist.
await engine.record("lead-7", { type: "outcome", touchId: "lead-7/welcome@1/email-1#1", outcome: "bounced" });

clock.advance(HOUR);
await engine.runDue(); // email-2: skipped, the address bounced

// A rep corrects the typo, and the lead ticks the WhatsApp box on the web form.
await engine.updateLead("lead-7", {
  contacts: { email: "jo@example.com" }, // by key: the phone stays
  consent: { whatsapp: { status: "granted", at: new Date(clock.now()).toISOString(), source: "web form" } },
});

clock.advance(HOUR);
await engine.runDue(); // whatsapp: consent given
clock.advance(HOUR);
await engine.runDue(); // email-3: the new address
