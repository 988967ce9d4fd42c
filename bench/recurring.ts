/**
 * Recurring-step benchmark: per-decision cost of a plan whose call step recurs every weekday at
 * 11:00 and 16:00 (lead-local), for leads enrolled 1, 30 and 365 days ago. The cost must stay flat:
 * occurrences are found by arithmetic on the rule's period and a binary search in a memoised
 * block, never by walking from the enrolment.
 * Run: npx tsx bench/recurring.ts
 */
import type { LeadInput } from "../src/index.js";
import { lib } from "./target.js";

const { evaluate, parsePlan } = lib;
const plan = parsePlan({
  id: "recurring-bench",
  version: 1,
  name: "Recurring calls",
  timezone: "America/New_York",
  steps: [
    { id: "email", channel: "email", at: { after: "PT0S" } },
    {
      id: "calls",
      channel: "call",
      at: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=11,16;BYMINUTE=0", count: 1000 },
      attempts: { max: 100, until: ["connected"] },
    },
  ],
  policies: {
    windows: { call: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "18:00" }] },
    quietHours: [{ from: "21:00", to: "08:00" }],
    caps: [{ max: 3, per: "day", channels: ["call"] }],
  },
});

const ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/Brussels", "Australia/Sydney", "Asia/Kolkata"];
const NOW = Date.UTC(2026, 2, 11, 15, 30);
const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const N = 2048;
let seed = 7;
const rand = (): number => (seed = (seed * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;

/** Leads enrolled `days` ago (± 12 h), each with the intro email and two earlier call attempts. */
function leads(days: number): LeadInput[] {
  return Array.from({ length: N }, (_, i) => {
    const enrolled = NOW - days * DAY + Math.floor((rand() - 0.5) * DAY);
    const lastCall = NOW - Math.floor((1 + rand() * 20) * HOUR);
    return {
      id: `lead-${days}-${i}`,
      enrolledAt: new Date(enrolled).toISOString(),
      timezone: ZONES[i % ZONES.length] as string,
      contacts: { phone: "+12125550142", email: "lead@example.com" },
      history: [
        { type: "touch", touchId: "e", planId: "recurring-bench", stepId: "email", channel: "email", attempt: 1, at: new Date(enrolled).toISOString() },
        {
          type: "touch",
          touchId: "c1",
          planId: "recurring-bench",
          stepId: "calls",
          channel: "call",
          attempt: 1,
          at: new Date(Math.min(enrolled + HOUR, lastCall - HOUR)).toISOString(),
          outcome: "no_answer",
        },
        {
          type: "touch",
          touchId: "c2",
          planId: "recurring-bench",
          stepId: "calls",
          channel: "call",
          attempt: 2,
          at: new Date(lastCall).toISOString(),
          outcome: "no_answer",
        },
      ],
    };
  });
}

function bench(days: number): number {
  const list = leads(days);
  let sink = 0;
  for (const lead of list) sink += evaluate(plan, lead, NOW).trace.length; // warm-up and memo fill
  const rounds = 10;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (const lead of list) sink += evaluate(plan, lead, NOW).trace.length;
  const ns = Number(process.hrtime.bigint() - t0) / (rounds * N);
  if (sink === 0) console.log("");
  return ns;
}

for (const days of [1, 30, 365]) bench(days); // warm-up: the JIT settles before any figure is taken
for (const days of [1, 30, 365]) {
  const ns = bench(days);
  console.log(
    `recurring step, enrolled ${String(days).padStart(3)} days ago: ${(ns / 1000).toFixed(2)} µs/decision (${Math.round(1e9 / ns).toLocaleString("en-US")} decisions/s)`,
  );
}
