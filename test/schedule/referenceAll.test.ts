import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateAll, touchRecord, type HistoryEntry, type LeadInput, type MergedDecision, type Outcome, type PlanInput } from "../../src/index.js";
import { coveredDecision } from "../support/referenceEvaluate.js";
import { referenceEvaluateAll, type ReferenceMergedDecision } from "../support/referenceEvaluateAll.js";
import { enrolledAtArb, planArbOf } from "../support/randomPlans.js";

/*
 * `evaluateAll` against the naive reference (test/support/referenceEvaluateAll.ts: each plan decided by
 * the single-plan reference with the rules the plans share written into it): two or three random
 * plans of the reference's subset, with priorities, a lead driven through its lifetime by a host
 * (every due touch recorded with an outcome, then the merged wake-up or a poll), compared at every
 * decision.
 */

const CHANNELS = ["call", "sms", "whatsapp", "email", "video"] as const;
const ZONES = ["America/New_York", "Europe/Brussels", "Australia/Lord_Howe", "Asia/Kolkata"] as const;

const plansArb = fc
  .tuple(
    fc.array(
      planArbOf({
        timings: ["after", "days"],
        channels: CHANNELS,
        stepChannel: fc.constantFrom(...CHANNELS),
        until: fc.constantFrom(undefined, ["connected"], ["delivered"]),
        quietHourChannels: true,
        whatsapp: true,
      }),
      { minLength: 2, maxLength: 3 },
    ),
    fc.array(fc.constantFrom(0, 0, 1, 5), { minLength: 3, maxLength: 3 }),
  )
  // Distinct ids, drawn so that id order and priority order disagree now and then.
  .map(([plans, priorities]) => plans.map((p, i): PlanInput => ({ ...p, id: ["b", "a", "c"][i] as string, priority: priorities[i] as number })));

const leadArb = fc.record({
  timezone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
  enrolledAt: enrolledAtArb,
  whatsappConsent: fc.boolean(),
  email: fc.boolean(),
});

const hostArb = fc.record({
  polls: fc.array(fc.integer({ min: 60_000, max: 30 * 3_600_000 }), { minLength: 1, maxLength: 5 }),
  outcomes: fc.array(fc.constantFrom<Outcome | undefined>("no_answer", "delivered", "sent", "connected", "failed", undefined), {
    minLength: 1,
    maxLength: 6,
  }),
  // Now and then two polls in the same minute (a host deciding again at once).
  again: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
});

/** The parts of a merged decision the reference decides, instants as epoch ms. */
function covered(m: MergedDecision): ReferenceMergedDecision {
  return {
    plans: m.plans.map((d) => ({ ...coveredDecision(d), planId: d.planId })),
    due: m.due.map((t) => ({
      planId: t.planId,
      stepId: t.stepId,
      attempt: t.attempt,
      channel: t.channel,
      dueAt: Date.parse(t.dueAt),
      ...(t.requiresTemplate === true ? { requiresTemplate: true as const } : {}),
    })),
    next: m.next === null ? null : { at: Date.parse(m.next.at), stepId: m.next.stepId, planId: m.next.planId },
    done: m.done,
  };
}

/** The reference's decision without its own `since` fields. */
function comparable(r: ReferenceMergedDecision): ReferenceMergedDecision {
  return {
    ...r,
    plans: r.plans.map((d) => ({ ...d, due: d.due.map(({ since, ...t }) => t) })),
    due: r.due.map(({ since, ...t }) => t),
  };
}

/** What `run` returns or throws (a touch that never finds room: `no_opening`, as the two word it differently). */
function outcomeOf(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    const text = String(error);
    return { threw: /no_opening|No instant found/.test(text) ? "no_opening" : text };
  }
}

function lifetime(
  plans: PlanInput[],
  spec: typeof leadArb extends fc.Arbitrary<infer T> ? T : never,
  host: typeof hostArb extends fc.Arbitrary<infer T> ? T : never,
): void {
  const history: HistoryEntry[] = [];
  const lead: LeadInput = {
    id: "L",
    enrolledAt: new Date(spec.enrolledAt).toISOString(),
    ...(spec.timezone === undefined ? {} : { timezone: spec.timezone }),
    // A toll-free number selects no zone: a lead without its own is in each plan's.
    contacts: { phone: "+18002752273", ...(spec.email ? { email: "l@example.com" } : {}) },
    consent: spec.whatsappConsent ? { whatsapp: { status: "granted" } } : {},
    history,
  };
  let now = spec.enrolledAt;
  let k = 0;
  for (let i = 0; i < 30; i++) {
    let merged: MergedDecision | undefined;
    const actual = outcomeOf(() => {
      merged = evaluateAll(plans, lead, now);
      return covered(merged);
    });
    const expected = outcomeOf(() => comparable(referenceEvaluateAll(plans, lead, now)));
    expect(actual, `at ${new Date(now).toISOString()}`).toEqual(expected);
    if (merged === undefined) return;
    for (const touch of merged.due) {
      const drawn = host.outcomes[k++ % host.outcomes.length];
      // Calls connect; messages are delivered or sent.
      const outcome = drawn === "connected" && touch.channel !== "call" && touch.channel !== "video" ? "delivered" : drawn;
      history.push(touchRecord(touch, outcome === undefined ? { at: now } : { at: now, outcome }));
    }
    history.push(...merged.skipped);
    if (merged.done) return;
    if (host.again[i % host.again.length] === true) {
      now += 1000;
      continue;
    }
    if (merged.due.length > 0 || merged.skipped.length > 0) continue;
    const poll = now + (host.polls[i % host.polls.length] ?? 3_600_000);
    const wake = merged.next === null ? poll : Math.min(poll, Date.parse(merged.next.at));
    if (wake > spec.enrolledAt + 14 * 86_400_000) return;
    now = Math.max(wake, now + 1000);
  }
}

describe("evaluateAll against the naive reference (property-based)", () => {
  it("decides the same due touches (in order), skips, wake-ups and ends for every plan at every decision of random lifetimes", () => {
    fc.assert(
      fc.property(plansArb, leadArb, hostArb, (plans, spec, host) => lifetime(plans, spec, host)),
      // REF_RUNS=3000 to hunt locally (fresh seeds each run).
      { numRuns: Number(process.env.REF_RUNS ?? 60) },
    );
  });
});
