import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateAll, touchRecord, type HistoryEntry, type LeadInput, type MergedDecision, type Outcome, type PlanInput } from "../../src/index.js";
import { coveredDecision } from "../support/referenceEvaluate.js";
import { referenceEvaluateAll, type ReferenceMergedDecision } from "../support/referenceEvaluateAll.js";
import { closedDatesOf } from "../support/referencePresets.js";
import { enrolledAtArb, planArbOf, PRESET_ADDRESSES, PRESET_PHONES, presetIdsArb } from "../support/randomPlans.js";

/*
 * `evaluateAll` against the naive reference (test/support/referenceEvaluateAll.ts: each plan decided by
 * the single-plan reference with the rules the plans share written into it): two or three random
 * plans of the reference's subset, with priorities, some with compliance presets (whose rules hold for
 * every plan), do-not-call rules and an opt-out confirmation of their own, a lead (with an address and a phone `us-states`
 * reads, consent, opt-outs, do-not-contact flags, do-not-call listings and requests, a confirmation already sent or
 * skipped by one of the plans, another or none, now and then enrolled days before a date the presets close calls on) driven through its lifetime by a host (every due touch recorded with an
 * outcome, then the merged wake-up or a poll), compared at every decision.
 */

const CHANNELS = ["call", "sms", "whatsapp", "email", "video"] as const;
const ZONES = ["America/New_York", "Europe/Brussels", "Australia/Lord_Howe", "Asia/Kolkata"] as const;

/** Compliance presets: one or two of them, or one that closes dates, maybe with `us-federal` (test/schedule/reference.test.ts draws them so). */
const complianceArb = fc.option(presetIdsArb(2), { freq: 2, nil: undefined });

/** A plan's own do-not-call rules: the `us-national` registry's channels and an inquiry exemption, and how long requests hold. */
const doNotCallArb = fc.option(
  fc.record(
    {
      registries: fc.record({
        "us-national": fc.record({
          channels: fc.subarray([...CHANNELS], { minLength: 1 }),
          exemptions: fc.constantFrom("PT36H", "P2D").map((period) => [{ basis: "inquiry", for: period, events: ["inquiry"] }]),
        }),
      }),
      requestsHonouredFor: fc.constantFrom("PT12H", "P1D", "P3D"),
    },
    { requiredKeys: [] },
  ),
  { freq: 4, nil: undefined },
);

/** An opt-out confirmation, mostly by SMS (the channel leads opt out of most), some under `optOut: "global"` (any opt-out calls for it). */
const confirmationArb = fc.option(
  fc.record({
    channel: fc.oneof({ weight: 3, arbitrary: fc.constant("sms") }, { weight: 2, arbitrary: fc.constantFrom(...CHANNELS) }),
    global: fc.boolean(),
  }),
  { freq: 2, nil: undefined },
);

const plansArb = fc
  .tuple(
    fc.array(
      planArbOf({
        timings: ["after", "days", "businessDays"],
        channels: CHANNELS,
        stepChannel: fc.constantFrom(...CHANNELS),
        until: fc.constantFrom(undefined, ["connected"], ["delivered"]),
        quietHourChannels: true,
        whatsapp: true,
      }),
      { minLength: 2, maxLength: 3 },
    ),
    fc.array(fc.constantFrom(0, 0, 1, 5), { minLength: 3, maxLength: 3 }),
    fc.array(fc.tuple(complianceArb, doNotCallArb, confirmationArb), { minLength: 3, maxLength: 3 }),
  )
  // Distinct ids, drawn so that id order and priority order disagree now and then.
  .map(([plans, priorities, rules]) =>
    plans.map((p, i): PlanInput => {
      const [compliance, doNotCall, confirmation] = rules[i] ?? [undefined, undefined, undefined];
      return {
        ...p,
        id: ["b", "a", "c"][i] as string,
        priority: priorities[i] as number,
        ...(compliance === undefined ? {} : { compliance }),
        ...(confirmation === undefined ? {} : { optOutConfirmation: { channel: confirmation.channel, template: "opt-out-confirmed" } }),
        policies: {
          ...p.policies,
          ...(doNotCall === undefined ? {} : { doNotCall }),
          ...(confirmation?.global === true ? { optOut: "global" as const } : {}),
        },
      };
    }),
  );

const leadArb = fc.record({
  timezone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
  enrolledAt: enrolledAtArb,
  // Toll-free (no state, no zone), or a number of a state `us-states` reads (or abroad): the lead then has a zone of its own.
  phone: fc.oneof(
    { weight: 3, arbitrary: fc.constant("+18002752273") },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...PRESET_PHONES),
    },
  ),
  address: fc.option(fc.constantFrom(...PRESET_ADDRESSES), { freq: 2, nil: undefined }),
  email: fc.boolean(),
  // Consent per channel (`de-consent` and `be` require it).
  consent: fc.dictionary(fc.constantFrom(...CHANNELS), fc.constantFrom("granted" as const, "granted" as const, "denied" as const, "unknown" as const)),
  // Do-not-call listings (registries the presets rule, or none rules), requests and an inquiry exempting from a listing, in hours from enrolment.
  dnc: fc.option(
    fc.record({
      registries: fc.subarray(["us-national", "ca-dncl", "au-dncr", "be-bel-me-niet-meer", "other"], { minLength: 1, maxLength: 2 }),
      requests: fc.array(fc.integer({ min: -24, max: 72 }), { maxLength: 1 }),
      inquiry: fc.option(fc.integer({ min: -24, max: 0 }), { nil: undefined }),
    }),
    { freq: 3, nil: undefined },
  ),
  // Opt-outs of a channel or of `all` (SMS most), from a day before enrolment to days into it; two leads in three have one or two.
  optOuts: fc.oneof(
    { weight: 1, arbitrary: fc.constant<{ channel: string; hours: number }[]>([]) },
    {
      weight: 2,
      arbitrary: fc.array(
        fc.record({
          channel: fc.oneof({ weight: 1, arbitrary: fc.constant("sms") }, { weight: 2, arbitrary: fc.constantFrom<string>(...CHANNELS, "all") }),
          hours: fc.oneof(fc.integer({ min: -24, max: 72 }), fc.integer({ min: 0, max: 6 })),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    },
  ),
  // Do-not-contact flags (they keep a confirmation on their channel: it is skipped, and another plan's may go).
  doNotContact: fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    { weight: 1, arbitrary: fc.subarray([...CHANNELS], { minLength: 1, maxLength: 2 }) },
  ),
  // An opt-out confirmation already in history: sent or skipped, by one of the plans, one outside them, or none named, in hours from enrolment.
  confirmed: fc.oneof(
    { weight: 2, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.record({
        type: fc.constantFrom("touch" as const, "skip" as const),
        planId: fc.constantFrom("a", "b", "c", "other", undefined),
        channel: fc.constantFrom(...CHANNELS),
        hours: fc.integer({ min: -48, max: 48 }),
      }),
    },
  ),
  // Now and then enrolled days before a date the plans' presets close calls on.
  nearClosed: fc.option(fc.record({ index: fc.nat(), year: fc.integer({ min: 2025, max: 2029 }), minutes: fc.integer({ min: -3 * 1440, max: 720 }) }), {
    freq: 2,
    nil: undefined,
  }),
});

const hostArb = fc.record({
  polls: fc.array(fc.integer({ min: 60_000, max: 30 * 3_600_000 }), { minLength: 1, maxLength: 5 }),
  outcomes: fc.array(fc.constantFrom<Outcome | undefined>("no_answer", "delivered", "sent", "connected", "failed", undefined), {
    minLength: 1,
    maxLength: 6,
  }),
  // Now and then two polls in the same minute (a host deciding again at once).
  again: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
  // Now and then the lead opts out at a decision's instant, when steps may be due (the confirmation is then due with them).
  stop: fc.option(fc.record({ decision: fc.integer({ min: 0, max: 8 }), channel: fc.constantFrom<string>("sms", "sms", ...CHANNELS, "all") }), {
    freq: 2,
    nil: undefined,
  }),
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

/** What `run` returns or throws (a touch that never finds room: `no_opening`; a channel the presets never open: `window_never_opens`; as the two word them differently). */
function outcomeOf(run: () => unknown): unknown {
  try {
    return run();
  } catch (error) {
    const text = String(error);
    if (/no_opening|No instant found/.test(text)) return { threw: "no_opening" };
    return { threw: /window_never_opens|never opens once the compliance presets/.test(text) ? "window_never_opens" : text };
  }
}

function lifetime(
  plans: PlanInput[],
  spec: typeof leadArb extends fc.Arbitrary<infer T> ? T : never,
  host: typeof hostArb extends fc.Arbitrary<infer T> ? T : never,
): void {
  const history: HistoryEntry[] = [];
  const at = (hours: number): string => new Date(spec.enrolledAt + hours * 3_600_000).toISOString();
  // A lead with an address or a geographic number has a zone of its own (the reference reads no zone from them), and so
  // has one under compliance presets (see reference.test.ts).
  const ownZone = spec.address !== undefined || spec.phone !== "+18002752273" || plans.some((p) => (p.compliance ?? []).length > 0);
  const timezone = spec.timezone ?? (ownZone ? ZONES[0] : undefined);
  if (spec.dnc?.inquiry !== undefined) history.push({ type: "event", name: "inquiry", at: at(spec.dnc.inquiry) });
  // Under an id of its own: a touch recorded twice under one id is one touch, which the reference does not model.
  const confirmed = spec.confirmed;
  if (confirmed !== undefined) {
    const named = confirmed.planId === undefined ? {} : { planId: confirmed.planId };
    history.push(
      confirmed.type === "touch"
        ? {
            type: "touch",
            touchId: `host-confirmation-${confirmed.planId ?? "x"}`,
            ...named,
            stepId: "opt-out-confirmation",
            channel: confirmed.channel,
            attempt: 1,
            at: at(confirmed.hours),
            outcome: "sent",
          }
        : { type: "skip", ...named, stepId: "opt-out-confirmation", reason: "do_not_contact", at: at(confirmed.hours) },
    );
  }
  const lead: LeadInput = {
    id: "L",
    enrolledAt: new Date(spec.enrolledAt).toISOString(),
    ...(timezone === undefined ? {} : { timezone }),
    ...(spec.address === undefined ? {} : { address: spec.address }),
    // A toll-free number selects no zone: a lead without its own is in each plan's.
    contacts: { phone: spec.phone, ...(spec.email ? { email: "l@example.com" } : {}) },
    consent: Object.fromEntries(Object.entries(spec.consent).map(([c, status]) => [c, { status }])),
    optOuts: spec.optOuts.map((o) => ({ channel: o.channel, at: at(o.hours) })),
    ...(spec.doNotContact === undefined ? {} : { doNotContact: spec.doNotContact }),
    ...(spec.dnc === undefined
      ? {}
      : { dncRegistries: spec.dnc.registries.map((registry) => ({ registry })), dncRequests: spec.dnc.requests.map((h) => ({ at: at(h) })) }),
    history,
  };
  let now = spec.enrolledAt;
  let k = 0;
  let stopped = false;
  for (let i = 0; i < 30; i++) {
    // The opt-out at the first decision from the drawn one on that has touches due (a confirmation then comes with them).
    if (host.stop !== undefined && i >= host.stop.decision && !stopped && outcomeOf(() => evaluateAll(plans, lead, now).due.length > 0) === true) {
      lead.optOuts = [...(lead.optOuts ?? []), { channel: host.stop.channel, at: new Date(now).toISOString() }];
      stopped = true;
    }
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
    // The host also decides when an opt-out comes in (as the engine does when one is recorded): its confirmation is due then.
    const optedOut = Math.min(...spec.optOuts.map((o) => spec.enrolledAt + o.hours * 3_600_000).filter((t) => t > now));
    const wake = Math.min(poll, optedOut, merged.next === null ? poll : Date.parse(merged.next.at));
    if (wake > spec.enrolledAt + 14 * 86_400_000) return;
    now = Math.max(wake, now + 1000);
  }
}

describe("evaluateAll against the naive reference (property-based)", () => {
  it("decides the same due touches (in order), skips, wake-ups and ends for every plan at every decision of random lifetimes", () => {
    fc.assert(
      fc.property(plansArb, leadArb, hostArb, (plans, spec, host) => {
        // Enrolled days before a date the presets close calls on (drawn apart, few touches would meet one).
        const near = spec.nearClosed;
        const dates = near === undefined ? [] : closedDatesOf([...new Set(plans.flatMap((p) => p.compliance ?? []))], undefined, near.year);
        const date = near === undefined ? undefined : dates[near.index % dates.length];
        const enrolledAt = near === undefined || date === undefined ? spec.enrolledAt : Date.parse(`${date}T12:00:00Z`) + near.minutes * 60_000;
        lifetime(plans, { ...spec, enrolledAt }, host);
      }),
      // REF_RUNS=3000 to hunt locally (fresh seeds each run).
      { numRuns: Number(process.env.REF_RUNS ?? 60), ...(process.env.REF_SEED === undefined ? {} : { seed: Number(process.env.REF_SEED) }) },
    );
  });
});
