import { isDeepStrictEqual } from "node:util";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  evaluate,
  evaluateAll,
  isCadenceError,
  isLeadValidationError,
  isPlanValidationError,
  parseLead,
  parsePlan,
  safeParseLead,
  safeParsePlan,
  type LeadInput,
  type PlanInput,
} from "../../src/index.js";
import { detectOptOut } from "../../src/optOut.js";
import { createEngine, createManualClock, createMemoryStore } from "../../src/engine/index.js";
import { renderTimelineHtml } from "../../src/report/index.js";
import { formatTimeline, respond, simulate } from "../../src/testing/index.js";
import { b2bPlan, dealerPlan, newYorkLead, readJson } from "../testing/fixtures.js";
import { exotic, exoticScalar, HostError, type ExoticInput } from "./exoticValues.js";

/**
 * Properties over values JSON cannot carry (proxies, getters, holes, cycles, Dates, bigints, symbols,
 * boxed primitives, frozen and prototype-less objects) placed anywhere in the example plans and
 * leads: a call ends in a result or in the library's own typed error, never in a TypeError or
 * RangeError from inside; the host's own error (a throwing getter or trap) comes through unchanged;
 * the same stable input decides the same twice; Object.prototype is untouched.
 *
 * The watchdog is generous, not a timing: a call over WATCHDOG_MS is a hang. (A call that never
 * returns is the fuzz suite's to catch: it runs in a child process it can kill, see test/fuzz/.)
 */
const WATCHDOG_MS = 20_000;
const RUNS = Number(process.env["LEAD_CADENCE_HOSTILE_RUNS"] ?? 150);
const NOW = "2026-03-09T14:00:00Z";
const PROTOTYPE_KEYS = Object.getOwnPropertyNames(Object.prototype).sort().join();

// With an address and US state presets too: the address is read by the zone and state lookups.
const plans = [dealerPlan(), b2bPlan(), { ...dealerPlan(), compliance: ["us-federal", "us-states"] } as PlanInput];
const leads = [
  newYorkLead(),
  { ...newYorkLead(), address: { country: "US", region: "FL", city: "Miami", postalCode: "33101" } },
  // Every field a lead can have, each record type in its history: every place a hostile value can go.
  {
    ...newYorkLead(),
    address: { country: "US", region: "NY" },
    optOuts: [{ channel: "email", at: "2026-03-09T13:00:00Z" }],
    doNotContact: ["video", { channel: "linkedin", source: "crm", at: "2026-03-01T00:00:00Z" }],
    dncRegistries: [{ registry: "us-national", at: "2025-01-01T00:00:00Z" }],
    dncRequests: [{ at: "2026-03-01T00:00:00Z", channels: ["call"] }],
    pausedUntil: "2026-03-09T13:30:00Z",
    history: [
      {
        type: "touch",
        touchId: "lead-ny-1042/dealer-speed-to-lead@1/call-now#1",
        planId: "dealer-speed-to-lead",
        stepId: "call-now",
        channel: "call",
        attempt: 1,
        at: "2026-03-09T13:40:00Z",
        outcome: "no_answer",
      },
      { type: "outcome", touchId: "lead-ny-1042/dealer-speed-to-lead@1/call-now#1", outcome: "voicemail", at: 1773063700000 },
      { type: "inbound", channel: "sms", text: "maybe later", at: "2026-03-09T13:50:00Z" },
      { type: "status", status: "contacted", at: "2026-03-09T13:51:00Z" },
      { type: "meeting", at: "2026-03-09T13:52:00Z", note: "test drive" },
      { type: "event", name: "inquiry", at: "2026-03-09T13:53:00Z", data: { source: "web" } },
      { type: "skip", planId: "dealer-speed-to-lead", stepId: "sms-intro", reason: "no_consent", at: "2026-03-09T13:54:00Z" },
    ],
  } as LeadInput,
  ...["brussels-whatsapp", "chatham-opted-out", "kolkata-replied"].map((n) => readJson<LeadInput>(`examples/leads/${n}.json`)),
];
const planArb = fc.constantFrom(...plans).chain(exotic);
const leadArb = fc.constantFrom(...leads).chain(exotic);
const plainPlan = fc.constantFrom(...plans);
const plainLead = fc.constantFrom(...leads);

type Outcome<T> = { ok: true; value: T } | { ok: false; error: unknown };

/** Runs `call`: only a CadenceError (passing `allowed`) or the host's own error may escape, within the watchdog. */
function judged<T>(what: string, call: () => T, allowed: (e: unknown) => boolean = isCadenceError): Outcome<T> {
  const start = performance.now();
  let out: Outcome<T>;
  try {
    out = { ok: true, value: call() };
  } catch (error) {
    if (!(error instanceof HostError) && !allowed(error)) {
      const e = error as Error;
      throw new Error(`${what}: ${e?.name}: ${e?.message?.slice(0, 300)}\n${e?.stack?.split("\n").slice(1, 6).join("\n")}`);
    }
    out = { ok: false, error };
  }
  const ms = performance.now() - start;
  if (ms > WATCHDOG_MS) throw new Error(`${what} took ${ms.toFixed(0)} ms: a hang`);
  if (Object.getOwnPropertyNames(Object.prototype).sort().join() !== PROTOTYPE_KEYS || ({} as Record<string, unknown>)["polluted"] !== undefined)
    throw new Error(`${what} changed Object.prototype`);
  return out;
}

const label = (input: ExoticInput): string => input.what;

describe("hostile values JSON cannot carry, anywhere in a plan or a lead", () => {
  it("parsePlan returns a plan or throws a PlanValidationError, as safeParsePlan says", () => {
    fc.assert(
      fc.property(planArb, (plan) => {
        const safe = judged(
          `safeParsePlan (${label(plan)})`,
          () => safeParsePlan(plan.value),
          () => false,
        );
        const parsed = judged(`parsePlan (${label(plan)})`, () => parsePlan(plan.value), isPlanValidationError);
        if (plan.stable && safe.ok) expect(parsed.ok, label(plan)).toBe(safe.value.success);
      }),
      { numRuns: RUNS },
    );
  });

  it("parseLead returns a lead or throws a LeadValidationError, as safeParseLead says", () => {
    fc.assert(
      fc.property(leadArb, (lead) => {
        const safe = judged(
          `safeParseLead (${label(lead)})`,
          () => safeParseLead(lead.value),
          () => false,
        );
        const parsed = judged(`parseLead (${label(lead)})`, () => parseLead(lead.value), isLeadValidationError);
        if (lead.stable && safe.ok) expect(parsed.ok, label(lead)).toBe(safe.value.success);
      }),
      { numRuns: RUNS },
    );
  });

  it("evaluate decides or throws a CadenceError, and a stable input decides the same twice", () => {
    fc.assert(
      fc.property(plainPlan, leadArb, (plan, lead) => {
        const first = judged(`evaluate (${label(lead)})`, () => evaluate(plan, lead.value as LeadInput, NOW));
        if (!lead.stable) return;
        const second = judged(`evaluate again (${label(lead)})`, () => evaluate(plan, lead.value as LeadInput, NOW));
        expect(second.ok, label(lead)).toBe(first.ok);
        if (first.ok && second.ok) expect(isDeepStrictEqual(first.value, second.value), label(lead)).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });

  it("evaluate and evaluateAll on a hostile plan decide or throw a CadenceError", () => {
    fc.assert(
      fc.property(planArb, plainLead, (plan, lead) => {
        judged(`evaluate (${label(plan)})`, () => evaluate(plan.value as PlanInput, lead, NOW));
        judged(`evaluateAll (${label(plan)})`, () => evaluateAll([plan.value as PlanInput], lead, NOW));
      }),
      { numRuns: RUNS },
    );
  });

  it("`now` and options of any kind: a decision or an ArgumentError", () => {
    fc.assert(
      fc.property(plainPlan, plainLead, exoticScalar, exoticScalar, (plan, lead, now, options) => {
        judged("evaluate (now)", () => evaluate(plan, lead, now as never));
        judged("evaluate (options)", () => evaluate(plan, lead, NOW, options as never));
        judged("evaluate (holidays)", () => evaluate(plan, lead, NOW, { holidays: options } as never));
      }),
      { numRuns: RUNS },
    );
  });

  it("simulate, then formatTimeline and renderTimelineHtml of its timeline: a result or a CadenceError", () => {
    fc.assert(
      fc.property(plainPlan, leadArb, exoticScalar, (plan, lead, answer) => {
        const run = judged(`simulate (${label(lead)})`, () => simulate(plan, lead.value as LeadInput, { until: "P2D", responder: respond.never() }));
        judged("simulate (responder answer)", () => simulate(plan, leads[0] as LeadInput, { until: "P1D", responder: (() => answer) as never }));
        if (!run.ok) return;
        judged("formatTimeline", () => formatTimeline(run.value));
        judged("renderTimelineHtml", () => renderTimelineHtml(run.value));
      }),
      { numRuns: Math.max(10, Math.round(RUNS / 5)) },
    );
  });

  it("engine.enroll and engine.record: a result or a CadenceError, and a refused event leaves the stored lead as it was", async () => {
    const events = [
      { type: "status", status: "won" },
      { type: "inbound", channel: "sms", text: "STOP" },
      { type: "event", name: "x", data: { a: [1, { b: "c" }] } },
      { type: "meeting", note: "n" },
    ];
    const adapter = { send: () => ({ status: "sent" as const }) };
    const adapters = { call: adapter, sms: adapter, email: adapter, whatsapp: adapter, video: adapter };
    await fc.assert(
      fc.asyncProperty(leadArb, fc.constantFrom(...events).chain(exotic), async (lead, event) => {
        const engine = createEngine({ plans: [dealerPlan()], adapters, store: createMemoryStore(), clock: createManualClock(NOW) });
        await engine.enroll({ ...newYorkLead(), id: "known" }, "dealer-speed-to-lead");
        const settle = async (what: string, call: () => Promise<unknown>): Promise<boolean> => {
          try {
            await call();
            return true;
          } catch (error) {
            if (!isCadenceError(error) && !(error instanceof HostError)) throw new Error(`${what} (${lead.what}; ${event.what}): ${String(error)}`);
            return false;
          }
        };
        await settle("engine.enroll", () => engine.enroll(lead.value as LeadInput, "dealer-speed-to-lead"));
        const before = JSON.stringify(await engine.get("known"));
        if (!(await settle("engine.record", () => engine.record("known", event.value as never))))
          expect(JSON.stringify(await engine.get("known"))).toBe(before);
        await settle("engine.runDue", () => engine.runDue());
      }),
      { numRuns: Math.max(10, Math.round(RUNS / 3)) },
    );
  });

  it("detectOptOut: a verdict or an ArgumentError for any text", () => {
    fc.assert(
      fc.property(fc.oneof(exoticScalar, fc.string({ unit: "binary" })), (text) => {
        judged("detectOptOut", () => detectOptOut(text as string));
      }),
      { numRuns: RUNS },
    );
  });
});
