/**
 * Decisions per second with compliance presets, next to the plain dealer plan: the same 50k leads
 * evaluated against the dealer plan as written, with `us-federal` + `us-states`, with
 * `nl-telemarketing` (dated closures), and with `evaluateAll` over two plans sharing a budget.
 */
import { readFileSync } from "node:fs";
import type { LeadInput, Plan } from "../src/index.js";
import { lib, testing } from "./target.js";

const { evaluate, evaluateAll, parsePlan } = lib;
const { mulberry32 } = testing;
const COUNT = 50_000;
const ZONES = ["America/New_York", "America/Chicago", "America/Los_Angeles", "Europe/Amsterdam"];
const PHONES = ["+12125550100", "+13055550100", "+14105550100", "+19185550100"];

const raw = JSON.parse(readFileSync(new URL("../examples/plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as Record<string, unknown>;
const plain = parsePlan(raw);
const us = parsePlan({ ...raw, id: "dealer-us", compliance: ["us-federal", "us-states"] });
const nl = parsePlan({ ...raw, id: "dealer-nl", compliance: ["nl-telemarketing"] });
const promo = parsePlan({ ...raw, id: "promo", priority: -1, compliance: ["us-federal"] });

const random = mulberry32(7);
const base = Date.parse("2026-01-05T00:00:00Z");
const leads: { lead: LeadInput; now: number }[] = [];
for (let i = 0; i < COUNT; i++) {
  const enrolled = base + Math.floor(random() * 300 * 86_400_000);
  const history: NonNullable<LeadInput["history"]> = [];
  let t = enrolled;
  for (let s = 0; s < Math.floor(random() * plain.steps.length); s++) {
    const step = plain.steps[s]!;
    t += Math.floor(random() * 6 * 3_600_000);
    history.push({
      type: "touch",
      touchId: `l${i}/x@1/${step.id}#1`,
      stepId: step.id,
      channel: step.channel,
      attempt: 1,
      at: new Date(t).toISOString(),
      outcome: "no_answer",
    });
  }
  leads.push({
    lead: {
      id: `l${i}`,
      enrolledAt: new Date(enrolled).toISOString(),
      timezone: ZONES[i % ZONES.length]!,
      contacts: { phone: PHONES[i % PHONES.length]!, email: "a@example.com" },
      history,
    },
    now: t + Math.floor(random() * 48 * 3_600_000),
  });
}

function time(label: string, run: (lead: LeadInput, now: number) => unknown): void {
  for (let i = 0; i < 10_000; i++) run(leads[i]!.lead, leads[i]!.now);
  const start = process.hrtime.bigint();
  for (const { lead, now } of leads) run(lead, now);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  console.log(
    `${label.padEnd(40)} ${Math.round(COUNT / seconds)
      .toLocaleString("en-US")
      .padStart(9)} decisions/s  ${((seconds * 1e6) / COUNT).toFixed(2)} µs/decision`,
  );
}

const one = (plan: Plan) => (lead: LeadInput, now: number) => evaluate(plan, lead, now);
time("dealer plan", one(plain));
time("dealer + us-federal + us-states", one(us));
time("dealer + nl-telemarketing", one(nl));
time("evaluateAll(dealer-us, promo)", (lead, now) => evaluateAll([us, promo], lead, now));
time("evaluateAll(dealer-us)", (lead, now) => evaluateAll([us], lead, now));
time("evaluate(dealer-us) + evaluate(promo)", (lead, now) => [evaluate(us, lead, now), evaluate(promo, lead, now)]);
