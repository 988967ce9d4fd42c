import fc from "fast-check";
import { readFileSync } from "node:fs";
import type { HistoryEntry, LeadInput, PlanInput } from "../../src/index.js";

/*
 * Random histories of every record kind for the dealer plan, for property tests of how a history is
 * read: mostly touches, mostly in time order, instants as epoch ms, ISO-8601 (with and without
 * milliseconds) or with a +05:30 offset, touch ids repeated.
 */

const base = JSON.parse(readFileSync(new URL("../../examples/plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput;
const CHANNELS = ["call", "sms", "email", "whatsapp", "video"] as const;
const OUTCOMES = ["connected", "no_answer", "delivered", "sent", "failed", "bounced", "replied"] as const;
const STEP_IDS = [...base.steps.map((s) => s.id), "other-step"];
const ZONES = ["America/New_York", "Pacific/Chatham", "Europe/Brussels", "Australia/Lord_Howe", "America/Santiago", "UTC"];
/** Records and decisions fall in [T0, T0 + SPAN] (and a few days after). */
export const T0 = Date.parse("2026-03-01T00:00:00Z");
export const SPAN = 70 * 86_400_000;

const capArb = fc.record(
  {
    max: fc.integer({ min: 1, max: 5 }),
    per: fc.constantFrom("day" as const, "24h" as const, "week" as const, "7d" as const),
    channels: fc.subarray([...CHANNELS], { minLength: 1 }),
  },
  { requiredKeys: ["max", "per"] },
);

/** The dealer plan with random caps, a subset of its exits, a zone and a DST policy. */
export const dealerPlanArb: fc.Arbitrary<PlanInput> = fc
  .record({
    caps: fc.array(capArb, { maxLength: 3 }),
    exits: fc.subarray(base.exits ?? []),
    timezone: fc.constantFrom(...ZONES),
    nonexistentTime: fc.constantFrom("shift" as const, "gap-end" as const, undefined),
  })
  .map((r): PlanInput => {
    const plan = structuredClone(base);
    return {
      ...plan,
      policies: { ...plan.policies, caps: r.caps },
      exits: r.exits,
      timezone: r.timezone,
      ...(r.nonexistentTime === undefined ? {} : { nonexistentTime: r.nonexistentTime }),
    };
  });

/** `ms` as epoch ms (form 0), ISO-8601 (1), ISO-8601 without milliseconds when whole seconds (2), or at +05:30. */
function instantIn(ms: number, form: number): string | number {
  if (form === 0) return ms;
  if (form === 1) return new Date(ms).toISOString();
  if (form === 2 && ms % 1000 === 0) return new Date(ms).toISOString().replace(".000Z", "Z");
  return new Date(ms + 330 * 60_000).toISOString().replace("Z", "+05:30");
}

export const recordArb: fc.Arbitrary<HistoryEntry> = fc
  .record({
    kind: fc.constantFrom("touch", "touch", "touch", "touch", "outcome", "inbound", "status", "meeting", "event", "skip"),
    // Whole seconds mostly, milliseconds now and then.
    at: fc.integer({ min: T0, max: T0 + SPAN }).map((t) => Math.floor(t / 1000) * 1000 + (t % 3 === 0 ? t % 1000 : 0)),
    form: fc.integer({ min: 0, max: 3 }),
    k: fc.nat(60),
    channel: fc.constantFrom(...CHANNELS),
    outcome: fc.option(fc.constantFrom(...OUTCOMES), { nil: undefined }),
    planId: fc.constantFrom("dealer-speed-to-lead", "other", undefined),
    stepId: fc.constantFrom(...STEP_IDS),
    attempt: fc.integer({ min: 1, max: 3 }),
    automatic: fc.boolean(),
    status: fc.constantFrom("contacted", "won", "lost"),
  })
  .map((r): HistoryEntry => {
    const at = instantIn(r.at, r.form) as string;
    const planId = r.planId === undefined ? {} : { planId: r.planId };
    switch (r.kind) {
      case "touch":
        return {
          type: "touch",
          touchId: `t${r.k}`,
          ...planId,
          stepId: r.stepId,
          channel: r.channel,
          attempt: r.attempt,
          at,
          ...(r.outcome === undefined ? {} : { outcome: r.outcome }),
        };
      case "outcome":
        return { type: "outcome", touchId: `t${r.k}`, outcome: r.outcome ?? "connected", at };
      case "inbound":
        return { type: "inbound", channel: r.channel, at, ...(r.automatic ? { automatic: true } : {}) };
      case "status":
        return { type: "status", status: r.status, at };
      case "meeting":
        return { type: "meeting", at };
      case "event":
        return { type: "event", name: "financing", at };
      default:
        return { type: "skip", stepId: r.stepId, reason: "no_consent", ...planId, at };
    }
  });

/** `min`–`max` records, sorted by time or not, then a few swapped. */
export const historyArb = (min: number, max: number): fc.Arbitrary<HistoryEntry[]> =>
  fc
    .tuple(fc.array(recordArb, { minLength: min, maxLength: max }), fc.boolean(), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }))
    .map(([records, sort, swaps]) => {
      const h = sort ? [...records].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime()) : records;
      for (const [i, j] of swaps) {
        if (h.length === 0) break;
        const a = i % h.length;
        const b = j % h.length;
        [h[a], h[b]] = [h[b] as HistoryEntry, h[a] as HistoryEntry];
      }
      return h;
    });

export const leadSpecArb = fc.record({
  enrolledAt: fc.integer({ min: T0, max: T0 + SPAN }),
  timezone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
  whatsapp: fc.boolean(),
  status: fc.option(fc.constantFrom("new", "won"), { nil: undefined }),
});
export type LeadSpec = typeof leadSpecArb extends fc.Arbitrary<infer T> ? T : never;

/** The lead `spec` describes, with `history` (the array itself, not a copy). */
export function leadWith(spec: LeadSpec, history: HistoryEntry[]): LeadInput {
  return {
    id: "L1",
    enrolledAt: new Date(spec.enrolledAt).toISOString(),
    ...(spec.timezone === undefined ? {} : { timezone: spec.timezone }),
    ...(spec.status === undefined ? {} : { status: spec.status }),
    contacts: { phone: "+15555550100", email: "l1@example.com" },
    consent: spec.whatsapp ? { whatsapp: { status: "granted" } } : {},
    history,
  };
}

/** What `decide` returns, or what it throws (as text): two ways of deciding must agree on both. */
export function outcomeOf(decide: () => unknown): unknown {
  try {
    return decide();
  } catch (error) {
    return { threw: String(error) };
  }
}
