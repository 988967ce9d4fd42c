/**
 * How `evaluate` scales with history length: the dealer plan for leads whose histories hold 0 to
 * 4,000 earlier touches (another campaign's, on every channel, most of them in the last weeks),
 * each history a fresh array (nothing reused) and, beside it, the same array evaluated again; once
 * with ISO-8601 instants and once with epoch milliseconds (nothing to parse). The slope is µs per
 * history record, fitted over the lengths; the fresh one is issue 14's target (≤ 0.02).
 */
import { readFileSync } from "node:fs";
import type { LeadInput } from "../src/index.js";
import { lib, target } from "./target.js";

const { evaluate, parsePlan } = lib;
const plan = parsePlan(JSON.parse(readFileSync(new URL("../examples/plans/dealer-speed-to-lead.json", import.meta.url), "utf8")));
const CHANNELS = ["call", "sms", "email", "whatsapp"] as const;
const LENGTHS = [0, 250, 1000, 4000];
const NOW = Date.parse("2026-06-10T15:00:00Z");

type Form = "ISO-8601" | "epoch ms";

function history(records: number, salt: number, form: Form = "ISO-8601"): NonNullable<LeadInput["history"]> {
  const out: NonNullable<LeadInput["history"]> = [];
  for (let i = 0; i < records; i++) {
    // Spread over the last 60 days, ascending, on a rota of channels.
    const at = NOW - 60 * 86_400_000 + Math.floor(((i + 0.5) / records) * 59 * 86_400_000) + salt;
    const channel = CHANNELS[i % CHANNELS.length] as string;
    out.push({
      type: "touch",
      touchId: `old/${i}`,
      planId: "winback",
      stepId: `s${i % 7}`,
      channel,
      attempt: 1,
      at: form === "epoch ms" ? at : new Date(at).toISOString(),
      outcome: "delivered",
    });
  }
  return out;
}

function lead(i: number, h: NonNullable<LeadInput["history"]>): LeadInput {
  return {
    id: `lead-${i}`,
    enrolledAt: new Date(NOW - 30 * 60_000).toISOString(),
    timezone: "America/Chicago",
    contacts: { phone: "+15555550100", email: `l${i}@example.com` },
    consent: { whatsapp: { status: "granted" } },
    history: h,
  };
}

/** CPU time of the process since `from` (`process.cpuUsage`), µs. */
function cpuMicrosSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return used.user + used.system;
}

/**
 * CPU µs per decision of `run` repeated for at least 20 ms of CPU. CPU time, not wall time: on a
 * shared machine a process waiting for a core is not charged for the wait. (No forced collection
 * before it: after a full `gc()` the next allocations ran several times slower, whatever the build.)
 */
function cpuMicros(run: () => number): number {
  const start = process.cpuUsage();
  let decisions = 0;
  let used = 0;
  do {
    decisions += run();
    used = cpuMicrosSince(start);
  } while (used < 20_000);
  return used / decisions;
}

function slope(points: readonly (readonly [number, number])[]): number {
  const n = points.length;
  const mx = points.reduce((s, [x]) => s + x, 0) / n;
  const my = points.reduce((s, [, y]) => s + y, 0) / n;
  const num = points.reduce((s, [x, y]) => s + (x - mx) * (y - my), 0);
  const den = points.reduce((s, [x]) => s + (x - mx) ** 2, 0);
  return num / den;
}

// Warm-up: JIT and the zone's offset table.
for (let i = 0; i < 2000; i++) evaluate(plan, lead(i, history(i % 50, i, i % 2 === 0 ? "ISO-8601" : "epoch ms")), NOW);

const FORMS = ["ISO-8601", "epoch ms"] as const;
const fresh = new Map<Form, [number, number][]>(FORMS.map((f) => [f, []]));
const reused = new Map<Form, [number, number][]>(FORMS.map((f) => [f, []]));
// Both forms measured at each length, alternating round by round, the best of 5 rounds each: timed one
// after the other, the form timed second ran on the first's garbage (epoch ms "same array" came out
// slower than ISO-8601's only because it was measured after it).
for (const length of LENGTHS) {
  const count = Math.max(20, Math.round(40_000 / (length + 100)));
  const leads = new Map<Form, LeadInput[]>(FORMS.map((form) => [form, Array.from({ length: count }, (_, i) => lead(i, history(length, i, form)))]));
  const best = new Map<string, number>();
  for (let round = 0; round < 5; round++) {
    for (const form of FORMS) {
      const ls = leads.get(form) ?? [];
      // Fresh: a new lead object and history array per call, as a host reading rows from a database makes.
      const f = cpuMicros(() => {
        for (const l of ls) evaluate(plan, { ...l, history: [...(l.history ?? [])] }, NOW);
        return count;
      });
      // Same array again: a history array is remembered from its second reading on.
      for (let k = 0; k < 2; k++) for (const l of ls) evaluate(plan, l, NOW);
      const r = cpuMicros(() => {
        for (const l of ls) evaluate(plan, l, NOW);
        return count;
      });
      best.set(`${form} fresh`, Math.min(best.get(`${form} fresh`) ?? Infinity, f));
      best.set(`${form} same`, Math.min(best.get(`${form} same`) ?? Infinity, r));
    }
  }
  for (const form of FORMS) {
    const freshUs = best.get(`${form} fresh`) as number;
    const reusedUs = best.get(`${form} same`) as number;
    fresh.get(form)?.push([length, freshUs]);
    reused.get(form)?.push([length, reusedUs]);
    console.log(`${form} history ${String(length).padStart(5)} records: ${freshUs.toFixed(2)} µs fresh, ${reusedUs.toFixed(2)} µs same array again (CPU time)`);
  }
}
for (const form of FORMS) {
  console.log(
    `history slope, ${form} (${target}): ${slope(fresh.get(form) ?? []).toFixed(4)} µs/record fresh, ${slope(reused.get(form) ?? []).toFixed(4)} µs/record same array; target ≤ 0.02 fresh`,
  );
}
