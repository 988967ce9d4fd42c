/**
 * The WhatsApp 24-hour window, in virtual time: a free-form message (`template`) goes only within
 * 24 hours after the lead's last inbound WhatsApp message; outside it the step's approved template
 * (`templateOutsideWindow`) goes and the touch says `requiresTemplate: true`, and a step without
 * one is skipped (`whatsapp_window_closed`). Run: npx tsx examples/whatsapp-window.ts
 */
import { createEngine, createManualClock, type ChannelAdapter, type PlanInput } from "../src/index.js";

const HOUR = 60 * 60_000;
const clock = createManualClock("2026-03-09T14:00:00Z");
const stamp = (ms: number) => `${new Date(ms).toISOString().slice(5, 16).replace("T", " ")}Z`;
const at = () => stamp(clock.now());

const plan: PlanInput = {
  id: "service-follow-up",
  version: 1,
  name: "Service follow-up",
  timezone: "America/New_York",
  steps: [
    { id: "hello", channel: "whatsapp", at: { after: "PT0S" }, template: "hello-free-form", templateOutsideWindow: "hello_v2" },
    { id: "quote", channel: "whatsapp", at: { after: "PT4H" }, template: "quote-free-form", templateOutsideWindow: "quote_ready_v1" },
    { id: "reminder", channel: "whatsapp", at: { after: "P2D" }, template: "reminder-free-form", templateOutsideWindow: "reminder_v3" },
    { id: "last-word", channel: "whatsapp", at: { after: "P3D" }, template: "last-word-free-form" },
  ],
  exits: [{ on: "meeting" }],
};

/** A real adapter sends a template message when `requiresTemplate` is set, a free-form text otherwise. */
const whatsapp: ChannelAdapter = {
  send(touch) {
    const kind = touch.requiresTemplate === true ? "template " : "free-form";
    console.log(`${at()}  ${touch.stepId.padEnd(9)} ${kind} ${touch.template}`);
    return { status: "sent" };
  },
};

const engine = createEngine({ plans: [plan], adapters: { whatsapp }, clock });
engine.on("touch:skipped", ({ record }) => console.log(`${at()}  ${record.stepId.padEnd(9)} skipped: ${record.reason}`));

// A new lead has never written: no window is open, so the first message is a template.
await engine.enroll({ id: "lead-9", contacts: { phone: "+12125550199" } }, "service-follow-up");

// The lead answers on WhatsApp an hour later: free-form messages may go for the next 24 hours.
clock.advance(HOUR);
await engine.record("lead-9", { type: "inbound", channel: "whatsapp", text: "Yes, what would it cost?" });
console.log(`${at()}  lead wrote: the window is open until ${stamp(clock.now() + 24 * HOUR)}`);

// 18:00 (4 h in): inside the window. Day 3 at 14:00 (2 days in) and day 4: outside it.
for (const hours of [3, 44, 24]) {
  clock.advance(hours * HOUR);
  await engine.runDue();
}
