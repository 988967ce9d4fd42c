/**
 * The dealer-plan leads `bench/evaluate.ts` and `bench/abEvaluate.ts` decide: `count` leads at
 * various points of the dealer cadence (varied zones, consent and histories of 0 to 7 touches with
 * ISO-8601 instants), each with the instant to decide it at. Deterministic for a seed.
 */
import { readFileSync } from "node:fs";
import type { LeadInput, Plan, PlanInput } from "../src/index.js";

/** The zones the leads live in (both hemispheres, half-hour and 45-minute offsets). */
export const ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Sao_Paulo",
  "Europe/Brussels",
  "Europe/Berlin",
  "Europe/London",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Chatham",
  "Africa/Johannesburg",
  "America/Santiago",
];

/** The dealer example plan as data. */
export function dealerPlanInput(): PlanInput {
  return JSON.parse(readFileSync(new URL("../examples/plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput;
}

/** A lead and the instant to decide it at. */
export interface BenchLead {
  readonly lead: LeadInput;
  readonly now: number;
}

/** `count` dealer leads from the seeded PRNG `random` (the testing kit's `mulberry32(42)` in the benchmarks). */
export function dealerLeads(plan: Plan, count: number, random: () => number): BenchLead[] {
  const base = Date.parse("2026-01-05T00:00:00Z");
  const leads: BenchLead[] = [];
  for (let i = 0; i < count; i++) {
    const enrolled = base + Math.floor(random() * 300 * 86_400_000);
    const zone = ZONES[i % ZONES.length] as string;
    const history: NonNullable<LeadInput["history"]> = [];
    const steps = Math.floor(random() * plan.steps.length);
    let t = enrolled;
    for (let s = 0; s < steps; s++) {
      const step = plan.steps[s]!;
      t += Math.floor(random() * 6 * 3_600_000);
      history.push({
        type: "touch",
        touchId: `lead-${i}/${plan.id}@${plan.version}/${step.id}#1`,
        planId: plan.id,
        stepId: step.id,
        channel: step.channel,
        attempt: 1,
        at: new Date(t).toISOString(),
        outcome: step.channel === "call" ? "no_answer" : "delivered",
      });
    }
    leads.push({
      lead: {
        id: `lead-${i}`,
        enrolledAt: new Date(enrolled).toISOString(),
        timezone: zone,
        contacts: { phone: "+15555550100", email: `lead${i}@example.com` },
        consent: random() < 0.5 ? { whatsapp: { status: "granted" } } : {},
        history,
      },
      now: t + Math.floor(random() * 48 * 3_600_000),
    });
  }
  return leads;
}

/** A fresh lead object and history array for each lead (the same records): no per-history cache can help. */
export function freshCopies(leads: readonly BenchLead[]): BenchLead[] {
  return leads.map(({ lead, now }) => ({ lead: { ...lead, history: [...(lead.history ?? [])] }, now }));
}
