import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, isLeadValidationError, safeParseLead, safeParsePlan, type LeadInput } from "../../src/index.js";
import { leadAt, presetPlan } from "./helpers.js";

// 47 CFR § 64.1200(c)(2) (National Do Not Call Registry), (f)(5) (established business relationship:
// inquiry 3 months, purchase or transaction 18 months), (f)(5)(i) and (d)(6) (company-specific
// request ends the relationship; honoured 5 years) — the `us-federal` preset's `doNotCall` rules.
const T0 = "2026-03-11T14:00:00Z"; // Wed 10:00 EDT
const plan = presetPlan(["us-federal"], "call", { steps: [{ id: "a", channel: "call", fallback: "email", at: { after: "PT0S" } }] } as never);
const callOnly = presetPlan(["us-federal"], "call");
const listed = (extra: Partial<LeadInput> = {}, now = T0) =>
  leadAt(now, { dncRegistries: [{ registry: "us-national", source: "registry scrub 2026-03" }], ...extra });
const event = (name: string, at: string) => ({ type: "event" as const, name, at });

describe("national do-not-call registry with established-business-relationship exemptions (us-federal)", () => {
  it("a listed lead is not called or texted: the fallback is used, the trace names the registry", () => {
    const d = evaluate(plan, listed(), T0);
    expect(d.due[0]).toMatchObject({ channel: "email", fallbackFrom: "call" });
    const skipped = evaluate(callOnly, listed(), T0);
    expect(skipped.skipped[0]).toMatchObject({ reason: "do_not_contact", detail: "on the us-national do-not-call registry" });
    expect(evaluate(presetPlan(["us-federal"], "sms"), listed(), T0).skipped[0]).toMatchObject({ reason: "do_not_contact" });
    // Email is not covered by the registry.
    expect(evaluate(presetPlan(["us-federal"], "email"), listed(), T0).due[0]).toMatchObject({ channel: "email" });
  });

  it("an inquiry exempts for 3 months (§ 64.1200(f)(5)): the trace says which exemption and until when; then the lead is blocked again", () => {
    const lead = listed({ history: [event("inquiry", "2026-01-15T12:00:00Z")] });
    const d = evaluate(callOnly, lead, T0);
    expect(d.due[0]).toMatchObject({ channel: "call" });
    expect(d.trace[0]).toMatchObject({
      state: "due",
      detail: "us-national do-not-call registry: inquiry exemption (inquiry on 2026-01-15T12:00:00.000Z, P3M) until 2026-04-15T12:00:00.000Z",
    });
    // The last second of the exemption, and the first second after it.
    const lastIn = listed({ history: [event("inquiry", "2025-12-11T14:00:01Z")] });
    expect(evaluate(callOnly, lastIn, T0).due).toHaveLength(1);
    const firstOut = listed({ history: [event("inquiry", "2025-12-11T14:00:00Z")] });
    const lapsed = evaluate(callOnly, firstOut, T0);
    expect(lapsed.due).toEqual([]);
    expect(lapsed.skipped[0]).toMatchObject({
      reason: "do_not_contact",
      detail: "on the us-national do-not-call registry; the inquiry exemption ended 2026-03-11T14:00:00.000Z",
    });
  });

  it("a purchase or transaction exempts for 18 months, read from history or from the lead's attributes", () => {
    const fromHistory = listed({ history: [event("purchase", "2024-10-01T00:00:00Z")] });
    expect(evaluate(callOnly, fromHistory, T0).trace[0]).toMatchObject({ state: "due", detail: expect.stringContaining("transaction exemption") });
    const fromAttribute = listed({ attributes: { lastPurchaseAt: "2024-10-01T00:00:00Z" } });
    expect(evaluate(callOnly, fromAttribute, T0).trace[0]).toMatchObject({ state: "due", detail: expect.stringContaining("until 2026-04-01T00:00:00.000Z") });
    const old = listed({ attributes: { lastPurchaseAt: "2024-09-11T13:00:00Z" } });
    expect(evaluate(callOnly, old, T0).skipped[0]).toMatchObject({ reason: "do_not_contact", detail: expect.stringContaining("transaction exemption ended") });
    // The longer of two exemptions applies; an inquiry after an old purchase re-opens three months.
    const both = listed({ attributes: { lastPurchaseAt: "2025-06-01T00:00:00Z" }, history: [event("inquiry", "2026-03-01T00:00:00Z")] });
    expect(evaluate(callOnly, both, T0).trace[0]).toMatchObject({ detail: expect.stringContaining("transaction exemption") });
    // Evidence recorded after `now` is not read.
    expect(evaluate(callOnly, listed({ history: [event("inquiry", "2026-03-12T00:00:00Z")] }), T0).due).toEqual([]);
    // An attribute that is not an instant is a LeadValidationError naming it.
    try {
      evaluate(callOnly, listed({ attributes: { lastPurchaseAt: 20240101 } }), T0);
      expect.unreachable();
    } catch (e) {
      expect(isLeadValidationError(e)).toBe(true);
      expect((e as { issues: { path: unknown[] }[] }).issues[0]?.path).toEqual(["attributes", "lastPurchaseAt"]);
    }
  });

  it("a registry the rules do not name blocks calls and texts, without exemptions; a plan can name its own", () => {
    const state = leadAt(T0, { dncRegistries: [{ registry: "us-tx-state" }], history: [event("inquiry", "2026-03-01T00:00:00Z")] });
    expect(evaluate(callOnly, state, T0).skipped[0]).toMatchObject({ reason: "do_not_contact", detail: "on the us-tx-state do-not-call registry" });
    const own = presetPlan([], "call", {
      policies: { doNotCall: { registries: { "us-tx-state": { channels: ["call"], exemptions: [{ basis: "inquiry", for: "P1M", events: ["inquiry"] }] } } } },
    } as never);
    expect(evaluate(own, state, T0).due).toHaveLength(1);
    expect(safeParsePlan({ ...own, policies: { doNotCall: { requestsHonouredFor: "P11Y" } } }).success).toBe(false);
    expect(safeParseLead({ id: "x", enrolledAt: T0, dncRegistries: [{ registry: "US National" }] }).success).toBe(false);
  });
});

describe("company-specific do-not-call requests (honoured 5 years under us-federal) and opt-outs (never expire)", () => {
  const request = (at: string) => leadAt(T0, { dncRequests: [{ at, source: "asked on the phone" }] });

  it("a request blocks calls and texts from its instant for 5 years, then lapses", () => {
    const d = evaluate(callOnly, request("2022-01-10T15:00:00Z"), T0);
    expect(d.skipped[0]).toMatchObject({
      reason: "do_not_contact",
      detail: "company do-not-call request of 2022-01-10T15:00:00.000Z, honoured until 2027-01-10T15:00:00.000Z (P5Y)",
    });
    expect(evaluate(callOnly, request("2021-03-11T13:59:59Z"), T0).due).toHaveLength(1);
    expect(evaluate(callOnly, request("2021-03-11T14:00:01Z"), T0).due).toEqual([]);
    expect(evaluate(callOnly, request("2026-03-11T14:00:01Z"), T0).due).toHaveLength(1); // not yet made
  });

  it("the period is configurable; without one anywhere a request holds for ever", () => {
    const ten = presetPlan(["us-federal"], "call", { policies: { doNotCall: { requestsHonouredFor: "P10Y" } } } as never);
    expect(evaluate(ten, request("2018-01-01T00:00:00Z"), T0).skipped[0]).toMatchObject({ detail: expect.stringContaining("(P10Y)") });
    const none = presetPlan([], "call");
    expect(evaluate(none, request("2000-01-01T00:00:00Z"), T0).skipped[0]).toMatchObject({ detail: expect.stringContaining("for ever") });
    const smsOnly = leadAt(T0, { dncRequests: [{ at: "2026-01-01T00:00:00Z", channels: ["sms"] }] });
    expect(evaluate(callOnly, smsOnly, T0).due).toHaveLength(1);
  });

  it('a request for "all" covers every channel, as an opt-out of "all" does', () => {
    const all = leadAt(T0, { dncRequests: [{ at: "2026-01-01T00:00:00Z", channels: ["all"] }] });
    expect(evaluate(callOnly, all, T0).skipped[0]).toMatchObject({
      reason: "do_not_contact",
      detail: expect.stringContaining("company do-not-call request of 2026-01-01T00:00:00.000Z"),
    });
    const emailOnly = presetPlan([], "email");
    expect(evaluate(emailOnly, all, T0).skipped[0]).toMatchObject({ reason: "do_not_contact" });
    // Only from its instant, and beside other channels named.
    expect(evaluate(emailOnly, leadAt(T0, { dncRequests: [{ at: "2026-03-11T14:00:01Z", channels: ["all"] }] }), T0).skipped).toEqual([]);
    expect(evaluate(emailOnly, leadAt(T0, { dncRequests: [{ at: "2026-01-01T00:00:00Z", channels: ["sms", "all"] }] }), T0).skipped[0]).toMatchObject({
      reason: "do_not_contact",
    });
  });

  it("a request ends the business-relationship exemption even if the lead keeps buying", () => {
    const lead = listed({ dncRequests: [{ at: "2020-01-01T00:00:00Z" }], history: [event("purchase", "2019-12-01T00:00:00Z")] });
    // The request lapsed in 2025; the purchase before it no longer exempts.
    expect(evaluate(callOnly, lead, T0).skipped[0]).toMatchObject({ reason: "do_not_contact", detail: "on the us-national do-not-call registry" });
    const bought = { ...lead, history: [event("purchase", "2026-02-01T00:00:00Z")] };
    expect(evaluate(callOnly, bought, T0).due).toHaveLength(1);
  });

  it("an opt-out never expires; consent given again later lifts it for that channel only", () => {
    const optedOut = leadAt(T0, { optOuts: [{ channel: "call", at: "2010-01-01T00:00:00Z" }] });
    expect(evaluate(callOnly, optedOut, T0).skipped[0]).toMatchObject({ reason: "opted_out" });
    const regranted = { ...optedOut, consent: { call: { status: "granted" as const, at: "2026-03-01T00:00:00Z" } } };
    expect(evaluate(callOnly, regranted, T0).due).toHaveLength(1);
    const before = { ...optedOut, consent: { call: { status: "granted" as const, at: "2009-01-01T00:00:00Z" } } };
    expect(evaluate(callOnly, before, T0).skipped[0]).toMatchObject({ reason: "opted_out" });
    // STOP ALL, then consent on calls again: calls go, texts stay opted out; the cadence does not end.
    const all = leadAt(T0, { optOuts: [{ channel: "all", at: "2026-01-01T00:00:00Z" }], consent: { call: { status: "granted", at: "2026-02-01T00:00:00Z" } } });
    const two = presetPlan(["us-federal"], "call", {
      steps: [
        { id: "a", channel: "call", at: { after: "PT0S" } },
        { id: "b", channel: "sms", at: { after: "PT0S" } },
      ],
    } as never);
    const d = evaluate(two, all, T0);
    expect(d.due.map((t) => t.channel)).toEqual(["call"]);
    expect(d.skipped[0]).toMatchObject({ stepId: "b", reason: "opted_out" });
  });

  it("consent given again lifts an opt-out of all marketing for that channel only, as it does an opt-out of all", () => {
    const two = presetPlan(["us-federal"], "call", {
      steps: [
        { id: "a", channel: "call", at: { after: "PT0S" } },
        { id: "b", channel: "sms", at: { after: "PT0S" } },
      ],
    } as never);
    const marketing = leadAt(T0, {
      optOuts: [{ channel: "all", category: "marketing", at: "2026-01-01T00:00:00Z" }],
      consent: { call: { status: "granted", at: "2026-02-01T00:00:00Z" } },
    });
    const d = evaluate(two, marketing, T0);
    expect(d.due.map((t) => t.channel)).toEqual(["call"]);
    expect(d.skipped[0]).toMatchObject({ stepId: "b", reason: "opted_out" });
    // Consent from before the opt-out lifts nothing; a later opt-out of all marketing holds again.
    const earlier = { ...marketing, consent: { call: { status: "granted" as const, at: "2025-12-01T00:00:00Z" } } };
    expect(evaluate(two, earlier, T0).due).toEqual([]);
    const again = { ...marketing, optOuts: [...(marketing.optOuts ?? []), { channel: "all", category: "marketing" as const, at: "2026-03-01T00:00:00Z" }] };
    expect(evaluate(two, again, T0).due).toEqual([]);
  });
});

describe("do-not-call properties", () => {
  const base = Date.parse("2026-01-05T15:00:00Z"); // a Monday, 10:00 in New York: inside 08:00–21:00 all year
  const DAY = 86_400_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  // Months added as the rules add them (`addCalendarDuration` in UTC): a day the target month lacks is its last day,
  // 31 March + 3 months is 30 June (Date's setUTCMonth would roll over to 1 July).
  const monthsAfter = (ms: number, months: number) => {
    const d = new Date(ms);
    const day = d.getUTCDate();
    d.setUTCDate(1);
    d.setUTCMonth(d.getUTCMonth() + months);
    d.setUTCDate(Math.min(day, new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 0)).getUTCDate()));
    return d.getTime();
  };
  const threeMonthsAfter = (ms: number) => monthsAfter(ms, 3);

  it("counts 3 months to the last day of a shorter month: an inquiry of 31 March exempts until 30 June", () => {
    const inquiry = "2029-03-31T23:59:59.999Z";
    const within = evaluate(callOnly, listed({ history: [event("inquiry", inquiry)] }, "2029-06-30T15:00:00Z"), "2029-06-30T15:00:00Z");
    expect(within.due.map((t) => t.channel)).toEqual(["call"]);
    const after = evaluate(callOnly, listed({ history: [event("inquiry", inquiry)] }, "2029-07-01T15:00:00Z"), "2029-07-01T15:00:00Z");
    expect(after.due).toEqual([]);
    expect(after.skipped[0]?.detail).toContain("the inquiry exemption ended 2029-06-30T23:59:59.999Z");
    expect(threeMonthsAfter(Date.parse(inquiry))).toBe(Date.parse("2029-06-30T23:59:59.999Z"));
    expect(monthsAfter(Date.parse("2028-02-29T12:00:00Z"), 60)).toBe(Date.parse("2033-02-28T12:00:00Z"));
  });

  it("blocked again after the exemption lapses: a call is due exactly while now < inquiry + 3 months", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1500 }), fc.integer({ min: 0, max: 400 * DAY }), (day, ago) => {
        const now = base + day * DAY;
        const inquiry = now - ago;
        const lead = listed({ history: [event("inquiry", iso(inquiry))] }, iso(now));
        const d = evaluate(callOnly, lead, iso(now));
        if (now < threeMonthsAfter(inquiry)) expect(d.due.map((t) => t.channel)).toEqual(["call"]);
        else {
          expect(d.due).toEqual([]);
          expect(d.skipped[0]?.reason).toBe("do_not_contact");
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never contacted on calls or texts while a company request holds, whatever the exemptions", () => {
    const two = presetPlan(["us-federal"], "call", {
      steps: [
        { id: "a", channel: "call", fallback: "sms", at: { after: "PT0S" } },
        { id: "b", channel: "sms", at: { after: "P1D" } },
        { id: "c", channel: "email", at: { after: "PT0S" } },
      ],
    } as never);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1500 }),
        fc.integer({ min: 0, max: 2000 * DAY }),
        fc.integer({ min: 0, max: 500 * DAY }),
        fc.boolean(),
        fc.integer({ min: 0, max: 3 * DAY }),
        (day, requestAgo, purchaseAgo, onRegistry, later) => {
          const enrolled = base + day * DAY;
          const now = enrolled + later;
          const requestAt = enrolled - requestAgo;
          const lead = leadAt(iso(enrolled), {
            dncRequests: [{ at: iso(requestAt) }],
            attributes: { lastPurchaseAt: iso(now - purchaseAgo) },
            ...(onRegistry ? { dncRegistries: [{ registry: "us-national" }] } : {}),
          });
          const d = evaluate(two, lead, iso(now));
          if (now < monthsAfter(requestAt, 60)) expect(d.due.filter((t) => t.channel === "call" || t.channel === "sms")).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });
});
