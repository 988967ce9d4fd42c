import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import {
  evaluate,
  optOutReviewRecord,
  optOutReviewResolution,
  outcomeRecord,
  touchRecord,
  type Condition,
  type Decision,
  type HistoryEntry,
  type HolidayCalendar,
  type HolidayInfo,
  type LeadInput,
  type Outcome,
  type PlanInput,
  type Touch,
} from "../../src/index.js";
import { coveredDecision, referenceEvaluate } from "../support/referenceEvaluate.js";
import { closedDatesOf } from "../support/referencePresets.js";
import { DAYS, enrolledAtArb, planArbOf, PRESET_ADDRESSES, PRESET_PHONES, presetIdsArb, RRULES } from "../support/randomPlans.js";

/*
 * The optimised `evaluate` against the naive reference (test/support/referenceEvaluate.ts): random
 * plans of the reference's subset (some with closed days, of the plan and of the host's calendar,
 * within the lead's first days; most with an opt-out confirmation; some ending on a meeting or a status; some with
 * compliance presets and country holidays), leads (half of them enrolled within days of an offset change of
 * their zone; when the plan's presets or country close dates, most days before one of those instead) driven through
 * their lifetime by a host (evaluate, record the due touches with
 * outcomes now or later, replies, meetings, status changes, skips, other plans' touches, in ISO-8601 or epoch ms; then the
 * wake-up, a late one, or an earlier poll), compared at every decision, then at random instants over
 * the final history.
 */

const CHANNELS = ["call", "sms", "whatsapp", "email", "video"] as const;
const DST_ZONES = ["America/New_York", "Europe/Brussels", "Australia/Lord_Howe", "Pacific/Chatham", "America/Santiago", "Australia/Sydney"] as const;

/** Clock times around the zones' offset changes (gaps and repeated hours between 23:00 and 04:00). */
const nightClock = fc
  .tuple(fc.constantFrom(23, 0, 1, 2, 3), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

const channel = fc.constantFrom(...CHANNELS);

const quarterClock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);

/**
 * Closed days: a whole day or a part of one (clock times on quarter hours, at night half the time),
 * dated `2000-01-DD` for the `DD - 1`-th day after the lead's enrolment (see {@link datedAfterEnrolment}).
 */
const closureArb = fc
  .record(
    {
      day: fc.integer({ min: 1, max: 10 }),
      from: fc.oneof(quarterClock, nightClock),
      to: fc.oneof(quarterClock, nightClock),
      name: fc.constant("closed"),
    },
    { requiredKeys: ["day"] },
  )
  .map(({ day, from, to, name }): HolidayInfo & { date: string } => {
    // A closure does not end before it starts.
    const [f, t] = from !== undefined && to !== undefined && to < from ? [to, from] : [from, to];
    return {
      date: `2000-01-${String(day).padStart(2, "0")}`,
      name: name ?? "closed",
      ...(f === undefined ? {} : { from: f }),
      ...(t === undefined ? {} : { to: t }),
    };
  });

/** A step's condition: on a step's outcome (`s0`…`s4`, `none`, `skipped`), the lead's contacts or its consent. */
const conditionArb: fc.Arbitrary<Condition> = fc.oneof(
  fc
    .record({
      step: fc.integer({ min: 0, max: 4 }).map((k) => `s${k}`),
      in: fc.subarray(["none", "skipped", "connected", "no_answer", "delivered", "sent", "failed", "bounced", "replied"] as const, { minLength: 1 }),
      not: fc.boolean(),
    })
    .map(({ not, ...outcome }): Condition => (not ? { not: { outcome } } : { outcome })),
  channel.map((c): Condition => ({ hasContact: c })),
  fc.record({ channel, in: fc.subarray(["granted", "denied", "unknown"] as const, { minLength: 1 }) }).map((consent): Condition => ({ consent })),
);

/**
 * Do-not-call rules: the `us-national` registry's channels and an inquiry exemption lasting days to a
 * month (evidence: `inquiry` events, the `lastInquiryAt` attribute), and how long requests hold.
 */
const doNotCallArb = fc.option(
  fc.record(
    {
      registries: fc.record({
        "us-national": fc.record(
          {
            channels: fc.subarray([...CHANNELS], { minLength: 1 }),
            exemptions: fc
              .constantFrom("PT36H", "P2D", "P1M")
              .map((period) => [{ basis: "inquiry", for: period, events: ["inquiry"], attributes: ["lastInquiryAt"] }]),
          },
          { requiredKeys: ["channels"] },
        ),
      }),
      requestsHonouredFor: fc.constantFrom("PT12H", "P1D", "P3D"),
    },
    { requiredKeys: [] },
  ),
  { freq: 3, nil: undefined },
);

/** Compliance presets: one to three of them (`us-states` resolved by the lead's address and phone), or one that closes holidays, maybe with `us-federal`. */
const complianceArb = fc.option(presetIdsArb(3), { freq: 3, nil: undefined });

/** Country holidays: a country (and state) of date-holidays, partial days (Iceland, China) and feasts of several days from sunset (UAE) among them. */
const countryArb = fc.option(
  fc.constantFrom<{ country: string; state?: string }>(
    { country: "US" },
    { country: "US", state: "FL" },
    { country: "IS" },
    { country: "CN" },
    { country: "AE" },
    { country: "AU", state: "NSW" },
    { country: "NL" },
    { country: "GB" },
  ),
  { freq: 3, nil: undefined },
);

/** Plans of the reference's subset; half of their `days` steps at night, where DST changes the clock; some steps with a condition; some replies on WhatsApp end nothing. */
const planArb = fc
  .tuple(
    planArbOf({
      timings: ["after", "days", "businessDays", "rrule"],
      // Also rules that end within the lead's lifetime (see untilAfterEnrolment).
      rrules: [...RRULES, "FREQ=DAILY;BYHOUR=10;BYMINUTE=0;UNTIL=20000101", "FREQ=DAILY;BYHOUR=2,10;UNTIL=20000103T020000"],
      channels: CHANNELS,
      // WhatsApp, whose rules depend on when the lead last wrote, twice as often as each other channel.
      stepChannel: fc.constantFrom(...CHANNELS, "whatsapp"),
      until: fc.constantFrom(undefined, ["connected"], ["connected", "replied"], ["delivered"]),
      quietHourChannels: true,
      whatsapp: true,
    }),
    fc.array(fc.option(nightClock, { nil: undefined }), { minLength: 5, maxLength: 5 }),
    fc.array(fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: conditionArb }), { minLength: 5, maxLength: 5 }),
    fc.boolean(),
    fc.option(fc.array(closureArb, { minLength: 1, maxLength: 4 }), { freq: 2, nil: undefined }),
    fc.option(fc.subarray([...DAYS], { minLength: 1 }), { freq: 3, nil: undefined }),
    fc.constantFrom(undefined, "channel" as const, "global" as const),
    doNotCallArb,
    // A confirmation mostly by SMS, the channel leads opt out of most.
    fc.option(
      fc.record({
        channel: fc.oneof({ weight: 3, arbitrary: fc.constant("sms" as const) }, { weight: 2, arbitrary: channel }),
        template: fc.constant("opt-out-confirmed"),
      }),
      { freq: 4, nil: undefined },
    ),
    fc.subarray([{ on: "meeting" as const }, { on: "status" as const, in: ["won", "lost"] }]),
    complianceArb,
    fc.tuple(countryArb, fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) })),
  )
  .map(
    ([
      plan,
      night,
      when,
      whatsappReplies,
      closures,
      businessDays,
      optOut,
      doNotCall,
      optOutConfirmation,
      moreExits,
      compliance,
      [country, fromLead],
    ]): PlanInput => {
      const ids = new Set(plan.steps.map((s) => s.id));
      const holidays = { ...(closures === undefined ? {} : { closures }), ...country, ...(fromLead ? { fromLead } : {}) };
      return {
        ...plan,
        ...(optOutConfirmation === undefined ? {} : { optOutConfirmation }),
        policies: { ...plan.policies, ...(optOut === undefined ? {} : { optOut }), ...(doNotCall === undefined ? {} : { doNotCall }) },
        ...(Object.keys(holidays).length === 0 ? {} : { holidays }),
        ...(compliance === undefined ? {} : { compliance }),
        ...(businessDays === undefined ? {} : { businessDays }),
        // Some plans end on a reply on any channel but WhatsApp, whose messages then only open its 24-hour window.
        exits: [
          ...(plan.exits ?? []).map((e) => (whatsappReplies && e.on === "reply" ? { on: "reply" as const, channels: ["call", "sms", "email", "video"] } : e)),
          ...moreExits,
        ],
        steps: plan.steps.map((s, i) => {
          const timed = night[i] !== undefined && ("days" in s.at || "businessDays" in s.at) ? { ...s, at: { ...s.at, time: night[i] } } : s;
          const c = when[i];
          // An outcome condition names a step of the plan.
          const named = c === undefined ? undefined : "outcome" in c ? c.outcome.step : "not" in c && "outcome" in c.not ? c.not.outcome.step : undefined;
          return c === undefined || (named !== undefined && !ids.has(named)) ? timed : { ...timed, when: c };
        }),
      };
    },
  );

/** The instants of 2026 at which `zone` changes offset, found with luxon (day by day, then to the minute). */
function transitionsOf(zone: string): number[] {
  const offset = (ms: number) => DateTime.fromMillis(ms, { zone }).offset;
  const found: number[] = [];
  for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
    if (offset(day) === offset(day + 86_400_000)) continue;
    let [lo, hi] = [day, day + 86_400_000];
    while (hi - lo > 60_000) {
      const mid = lo + Math.floor((hi - lo) / 120_000) * 60_000;
      if (offset(mid) === offset(lo)) lo = mid;
      else hi = mid;
    }
    found.push(hi);
  }
  return found;
}

/** A lead in one of the DST zones enrolled within days of one of its offset changes, or any lead of the random plans' range. */
const zoneAndEnrolmentArb = fc.oneof(
  fc.record({ timezone: fc.option(fc.constantFrom(...DST_ZONES), { nil: undefined }), enrolledAt: enrolledAtArb }),
  fc
    .tuple(fc.constantFrom(...DST_ZONES.flatMap((zone) => transitionsOf(zone).map((at) => ({ zone, at })))), fc.integer({ min: -3 * 1440, max: 2 * 1440 }))
    .map(([t, minutes]) => ({ timezone: t.zone as string | undefined, enrolledAt: t.at + minutes * 60_000 })),
);

/** An instant from a day before enrolment to three days into it, as milliseconds after it (now and then exactly at it). */
const offsetArb = fc.oneof(fc.integer({ min: -86_400_000, max: 3 * 86_400_000 }), fc.constant(0));

const leadArb = fc.record({
  zoned: zoneAndEnrolmentArb,
  // Toll-free (no state), none, or a number of a state (`us-states` reads its area code) or abroad, written in several ways.
  phone: fc.oneof(
    { weight: 4, arbitrary: fc.constant<string | undefined>("+18002752273") },
    { weight: 1, arbitrary: fc.constant(undefined) },
    {
      weight: 2,
      arbitrary: fc.constantFrom(...PRESET_PHONES),
    },
  ),
  // An address: a US state (code, ISO code or name, with or without the country) or another country, for `us-states` and `fromLead` holidays.
  address: fc.option(fc.constantFrom(...PRESET_ADDRESSES), { freq: 3, nil: undefined }),
  email: fc.oneof({ weight: 4, arbitrary: fc.constant(true) }, { weight: 1, arbitrary: fc.constant(false) }),
  // Consent given or refused, some of it only after enrolment (not in force before).
  consent: fc.dictionary(
    channel,
    fc.record({
      status: fc.constantFrom("granted" as const, "granted" as const, "granted" as const, "denied" as const, "unknown" as const),
      after: fc.option(fc.integer({ min: 0, max: 3 * 86_400_000 })),
    }),
  ),
  // Opt-outs of a channel or of `all`, some of marketing only, from before enrolment to days into it (not in force before their `at`).
  optOuts: fc
    .tuple(
      fc.integer({ min: 0, max: 2 }),
      fc.array(
        fc.record({
          channel: fc.oneof(
            { weight: 3, arbitrary: channel },
            { weight: 2, arbitrary: fc.constant("sms" as const) },
            { weight: 1, arbitrary: fc.constant("all" as const) },
          ),
          marketing: fc.oneof({ weight: 3, arbitrary: fc.constant(false) }, { weight: 1, arbitrary: fc.constant(true) }),
          // The lead's STOP recorded too, as an inbound message at the opt-out's instant (a reply exit ties with it).
          stop: fc.boolean(),
          // At enrolment now and then, as the earliest reply may be (an opt-out wins a tie); often within hours of it, while the cadence runs.
          after: fc.oneof(fc.integer({ min: -86_400_000, max: 3 * 86_400_000 }), fc.integer({ min: 0, max: 6 * 3_600_000 }), fc.constant(0)),
        }),
        { minLength: 1, maxLength: 2 },
      ),
    )
    // A lead in three has any.
    .map(([k, optOuts]) => (k === 0 ? optOuts : [])),
  // Do-not-contact flags, as names or records (a record's `at` is when the host learnt it, not when it starts holding); a lead in four has any
  // (`fc.option`'s `freq: n` draws none once in n: five in six had some, and with listings most leads could be called on nothing).
  doNotContact: fc.oneof(
    { weight: 3, arbitrary: fc.constant(undefined) },
    {
      weight: 1,
      arbitrary: fc.array(
        fc
          .oneof(channel, fc.constant("all" as const))
          .chain((c) => fc.constantFrom<string | { channel: string; at?: string }>(c, { channel: c }, { channel: c, at: "2099-01-01T00:00:00Z" })),
        { minLength: 1, maxLength: 2 },
      ),
    },
  ),
  // Do-not-call listings (a registry the plan rules, or one it does not), requests, and inquiries exempting from a listing:
  // an `inquiry` event before enrolment or the `lastInquiryAt` attribute; all from a day before enrolment to days into it.
  dnc: fc.option(
    fc.record(
      {
        registries: fc.array(
          fc.record({
            registry: fc.constantFrom("us-national", "us-national", "other", "be-bel-me-niet-meer", "ca-dncl", "au-dncr"),
            after: fc.option(offsetArb, { nil: undefined }),
          }),
          {
            minLength: 1,
            maxLength: 2,
          },
        ),
        requests: fc.array(fc.record({ after: offsetArb, channels: fc.option(fc.subarray([...CHANNELS, "all"], { minLength: 1 }), { nil: undefined }) }), {
          maxLength: 2,
        }),
        inquiryEvent: fc.integer({ min: -86_400_000, max: 0 }),
        lastInquiryAt: offsetArb,
      },
      { requiredKeys: ["registries", "requests"] },
    ),
    // Half the leads.
    { freq: 2, nil: undefined },
  ),
  // The CRM status given on the lead, mostly none.
  status: fc.constantFrom(undefined, undefined, undefined, undefined, undefined, undefined, "new", "won"),
  // Mostly enrolled days before a date the plan's presets or country close (when they close any).
  nearClosed: fc.option(fc.record({ index: fc.nat(), year: fc.integer({ min: 2024, max: 2030 }), minutes: fc.integer({ min: -3 * 1440, max: 720 }) }), {
    nil: undefined,
  }),
  pausedFor: fc.oneof({ weight: 4, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 3 * 86_400_000 }) }),
  // A WhatsApp number of its own: international with or without its `+` (WhatsApp ids), blank (the phone's then), or none.
  whatsapp: fc.constantFrom(undefined, undefined, undefined, "+447700900123", "447700900123", "+32 470 12 34 56", "00 1 212 555 0142", " "),
  // A WhatsApp message shortly before enrolment (the 24-hour window is open when the cadence starts; no reply exit), maybe automatic.
  // Whole hours before put the window's end on the steps' `after` times (PT0S … P1DT2H): its boundary is then met exactly.
  whatsappBefore: fc.option(
    fc.record({
      ms: fc.oneof(
        fc.constantFrom(0, 1, 2, 22, 23, 24).map((h) => h * 3_600_000),
        fc.integer({ min: 0, max: 30 * 3_600_000 }),
      ),
      automatic: fc.boolean(),
    }),
    { freq: 2 },
  ),
});
type LeadSpec = Omit<typeof leadArb extends fc.Arbitrary<infer T> ? T : never, "zoned"> & { timezone: string | undefined; enrolledAt: number };

/** What the host does: how long it waits between polls, the outcome of each touch (`later`: learnt at a later poll), replies. */
const hostArb = fc.record({
  polls: fc.array(fc.integer({ min: 60_000, max: 30 * 3_600_000 }), { minLength: 1, maxLength: 6 }),
  // Now and then the host wakes late (a busy worker): what fell due meanwhile is due since earlier.
  late: fc.array(fc.oneof({ weight: 2, arbitrary: fc.constant(0) }, { weight: 1, arbitrary: fc.integer({ min: 1000, max: 12 * 3_600_000 }) }), {
    minLength: 1,
    maxLength: 6,
  }),
  outcomes: fc.array(
    fc.record({
      outcome: fc.constantFrom<Outcome | undefined>("no_answer", "no_answer", "delivered", "sent", "connected", "failed", "bounced", "replied", undefined),
      later: fc.boolean(),
    }),
    { minLength: 1, maxLength: 8 },
  ),
  // Mostly none; some automatic (out of office), which end nothing.
  replies: fc.array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(null) },
      {
        weight: 1,
        arbitrary: fc.record({
          channel: fc.oneof(channel, fc.constant("whatsapp" as const)),
          automatic: fc.boolean(),
          before: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
      },
    ),
    { minLength: 1, maxLength: 8 },
  ),
  // Meetings booked and CRM status changes between two polls (some before enrolment, at the first); mostly none.
  crm: fc.array(
    fc.oneof(
      { weight: 8, arbitrary: fc.constant(null) },
      {
        weight: 1,
        arbitrary: fc.record({
          record: fc.constantFrom("meeting" as const, "won" as const, "lost" as const, "contacted" as const),
          before: fc.double({ min: 0, max: 1, noNaN: true }),
        }),
      },
    ),
    { minLength: 1, maxLength: 8 },
  ),
  instants: fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
  // The host's own closed days (`options.holidays`), dated as the plan's closures are; mostly none.
  holidays: fc.option(fc.array(closureArb, { minLength: 1, maxLength: 3 }), { freq: 3, nil: undefined }),
  // Uncertain opt-outs held for a person (an opt-out review of a channel or all), resolved some polls later or never; mostly none.
  reviews: fc.array(
    fc.option(fc.record({ channel: fc.oneof(channel, fc.constant("all")), resolvedAfter: fc.option(fc.integer({ min: 1, max: 3 }), { nil: undefined }) }), {
      freq: 6,
      nil: null,
    }),
    { minLength: 1, maxLength: 6 },
  ),
  // Instants as the host stores them: ISO-8601 (as touchRecord writes them), epoch ms, or both.
  form: fc.constantFrom("iso" as const, "ms" as const, "mixed" as const),
  // What else happens to the lead: out-of-office replies and touches of another plan (caps count them), long histories.
  noise: fc.array(
    fc.oneof(
      { weight: 2, arbitrary: fc.constant(null) },
      { weight: 1, arbitrary: fc.record({ channel, outcome: fc.constantFrom<Outcome | undefined>("sent", "failed", "bounced", "no_answer", undefined) }) },
      { weight: 1, arbitrary: fc.record({ channel, automatic: fc.constant(true as const) }) },
    ),
    { minLength: 1, maxLength: 8 },
  ),
});
type Host = typeof hostArb extends fc.Arbitrary<infer T> ? T : never;

function leadOf(spec: LeadSpec): LeadInput {
  const consent = Object.fromEntries(
    Object.entries(spec.consent).map(([c, v]) => [
      c,
      v.after === null ? { status: v.status } : { status: v.status, at: new Date(spec.enrolledAt + v.after).toISOString() },
    ]),
  );
  return {
    id: "L",
    enrolledAt: new Date(spec.enrolledAt).toISOString(),
    ...(spec.timezone === undefined ? {} : { timezone: spec.timezone }),
    ...(spec.address === undefined ? {} : { address: spec.address }),
    // A toll-free number selects no zone: a lead without its own is in the plan's.
    contacts: {
      ...(spec.phone === undefined ? {} : { phone: spec.phone }),
      ...(spec.email ? { email: "l@example.com" } : {}),
      ...(spec.whatsapp === undefined ? {} : { whatsapp: spec.whatsapp }),
    },
    consent,
    optOuts: spec.optOuts.map((o) => ({
      channel: o.channel,
      at: new Date(spec.enrolledAt + o.after).toISOString(),
      ...(o.marketing ? { category: "marketing" as const } : {}),
    })),
    ...(spec.doNotContact === undefined ? {} : { doNotContact: spec.doNotContact }),
    ...(spec.dnc === undefined
      ? {}
      : {
          dncRegistries: spec.dnc.registries.map((r) => ({
            registry: r.registry,
            ...(r.after === undefined ? {} : { at: new Date(spec.enrolledAt + r.after).toISOString() }),
          })),
          dncRequests: spec.dnc.requests.map((r) => ({
            at: new Date(spec.enrolledAt + r.after).toISOString(),
            ...(r.channels === undefined ? {} : { channels: r.channels }),
          })),
          ...(spec.dnc.lastInquiryAt === undefined ? {} : { attributes: { lastInquiryAt: new Date(spec.enrolledAt + spec.dnc.lastInquiryAt).toISOString() } }),
        }),
    ...(spec.status === undefined ? {} : { status: spec.status }),
    ...(spec.pausedFor === undefined ? {} : { pausedUntil: new Date(spec.enrolledAt + spec.pausedFor).toISOString() }),
    history: [
      ...(spec.whatsappBefore === null
        ? []
        : [
            {
              type: "inbound" as const,
              channel: "whatsapp",
              at: new Date(spec.enrolledAt - spec.whatsappBefore.ms).toISOString(),
              ...(spec.whatsappBefore.automatic ? { automatic: true } : {}),
            },
          ]),
      ...(spec.dnc?.inquiryEvent === undefined
        ? []
        : [{ type: "event" as const, name: "inquiry", at: new Date(spec.enrolledAt + spec.dnc.inquiryEvent).toISOString() }]),
    ].sort((a, b) => Date.parse(a.at) - Date.parse(b.at)),
  };
}

/** What a decision threw, as both sides say it: no opening found, or a channel the presets never open. */
function thrown(error: unknown): string {
  const text = String(error);
  if (text.includes("no_opening")) return "no_opening";
  return /window_never_opens|never opens once the compliance presets/.test(text) ? "window_never_opens" : text;
}

/** Both decisions at `now`, or what each threw. */
function compareAt(plan: PlanInput, lead: LeadInput, now: number, zone: string, holidays: HolidayCalendar | undefined): Decision | undefined {
  let decision: Decision | undefined;
  let actual: unknown;
  let expected: unknown;
  const options = holidays === undefined ? {} : { holidays };
  try {
    decision = evaluate(plan, lead, now, options);
    expect(decision.zone.name).toBe(zone);
    actual = coveredDecision(decision);
  } catch (error) {
    actual = { threw: thrown(error) };
  }
  try {
    const reference = referenceEvaluate(plan, lead, now, options);
    expected = { ...reference, due: reference.due.map(({ since, ...t }) => t) };
  } catch (error) {
    expected = { threw: thrown(error) };
  }
  expect(actual, `at ${new Date(now).toISOString()}`).toEqual(expected);
  return decision;
}

/**
 * `value` with its rules' UNTIL and its closures' dates in January 2000 moved to as many days after
 * the lead's enrolment (its UTC date) as the day of January says (closures: one day fewer): rules
 * that run out and days closed while the lead is followed, however late it enrolled (a plan is
 * drawn apart from its lead).
 */
function datedAfterEnrolment<T>(value: T, enrolledAt: number): T {
  const dateAfter = (days: number) => new Date(enrolledAt + days * 86_400_000).toISOString().slice(0, 10);
  const moved = JSON.stringify(value)
    .replace(/UNTIL=200001(\d\d)/g, (_, day: string) => `UNTIL=${dateAfter(Number(day)).replaceAll("-", "")}`)
    .replace(/"2000-01-(\d\d)"/g, (_, day: string) => `"${dateAfter(Number(day) - 1)}"`);
  return JSON.parse(moved) as T;
}

/** The host's calendar closing `closures` (a calendar answers one closure a date: the first listed). */
function hostCalendar(closures: readonly (HolidayInfo & { date: string })[]): HolidayCalendar {
  return {
    isHoliday: (date) => {
      const { date: _, ...info } = closures.find((c) => c.date === date) ?? { date };
      return "name" in info ? info : false;
    },
  };
}

/** Drives the lead through its lifetime as a host would, comparing every decision; then compares random instants over the final history. */
function lifetime(plan: PlanInput, spec: LeadSpec, host: Host): void {
  const lead = leadOf(spec);
  // One calendar object for the whole lifetime (evaluate memoises its answers per object).
  const holidays = host.holidays === undefined ? undefined : hostCalendar(datedAfterEnrolment(host.holidays, spec.enrolledAt));
  const zone = spec.timezone ?? plan.timezone;
  const records = lead.history as HistoryEntry[];
  const history = {
    push(...entries: HistoryEntry[]): void {
      for (const r of entries)
        records.push(
          host.form === "ms" || (host.form === "mixed" && records.length % 2 === 0) ? { ...r, at: typeof r.at === "number" ? r.at : Date.parse(r.at) } : r,
        );
    },
  };
  const pending: { touchId: string; outcome: Outcome }[] = [];
  const resolutions: { channel: string; iteration: number }[] = [];
  let now = spec.enrolledAt;
  let previous = now;
  let k = 0;
  // The STOPs the host records (see leadArb's optOuts) once it has met them.
  const stops = spec.optOuts.filter((o) => o.stop && o.channel !== "all").map((o) => ({ channel: o.channel, at: spec.enrolledAt + o.after }));
  for (let i = 0; i < 40; i++) {
    for (const stop of stops.filter((o) => o.at <= now)) {
      history.push({ type: "inbound", channel: stop.channel, at: stop.at });
      stops.splice(stops.indexOf(stop), 1);
    }
    const decision = compareAt(plan, lead, now, zone, holidays);
    if (decision === undefined) return;
    for (const p of pending.splice(0)) history.push(outcomeRecord(p.touchId, p.outcome, now));
    for (const touch of decision.due) {
      const o = host.outcomes[k++ % host.outcomes.length] ?? { outcome: undefined, later: false };
      // Calls connect; messages are delivered, read or answered.
      const outcome = o.outcome === "connected" && touch.channel !== "call" && touch.channel !== "video" ? "delivered" : o.outcome;
      if (o.later && outcome !== undefined) {
        history.push(touchRecord(touch, { at: now }));
        pending.push({ touchId: touch.id, outcome });
      } else history.push(touchRecord(touch, outcome === undefined ? { at: now } : { at: now, outcome }));
    }
    history.push(...decision.skipped);
    const reply = host.replies[i % host.replies.length];
    if (reply !== undefined && reply !== null && now > previous) {
      history.push({
        type: "inbound",
        channel: reply.channel,
        at: previous + Math.floor((now - previous) * reply.before),
        ...(reply.automatic ? { automatic: true } : {}),
      });
    }
    const crm = host.crm[i % host.crm.length];
    if (crm !== undefined && crm !== null) {
      // At the first poll, up to a day before enrolment; later, between the previous poll and this one.
      const at = i === 0 ? now - Math.floor(86_400_000 * crm.before) : previous + Math.floor((now - previous) * crm.before);
      history.push(
        crm.record === "meeting" ? { type: "meeting", at: new Date(at).toISOString() } : { type: "status", status: crm.record, at: new Date(at).toISOString() },
      );
    }
    const review = host.reviews[i % host.reviews.length];
    if (review !== undefined && review !== null && i < host.reviews.length) {
      history.push(optOutReviewRecord(review.channel, new Date(now).toISOString(), { rule: "en.phrase.stop-contacting", reason: "question" }));
      if (review.resolvedAfter !== undefined) resolutions.push({ channel: review.channel, iteration: i + review.resolvedAfter });
    }
    for (const r of resolutions.filter((r) => r.iteration === i))
      history.push(optOutReviewResolution(r.channel, new Date(now).toISOString(), i % 2 === 0 ? "continue" : "opt_out"));
    const noise = host.noise[i % host.noise.length];
    if (noise !== undefined && noise !== null) {
      if ("automatic" in noise) history.push({ type: "inbound", channel: noise.channel, at: new Date(now).toISOString(), automatic: true });
      else {
        const other = { id: `L/other@1/x#${i}`, stepId: "x", channel: noise.channel, attempt: 1 } as Touch;
        history.push({ ...touchRecord(other, noise.outcome === undefined ? { at: now } : { at: now, outcome: noise.outcome }), planId: "other" });
      }
    }
    if (decision.done !== null) break;
    if (decision.due.length > 0 || decision.skipped.length > 0) continue;
    const poll = now + (host.polls[i % host.polls.length] ?? 3_600_000);
    const wake = decision.next === null ? poll : Math.min(poll, Date.parse(decision.next.at) + (host.late[i % host.late.length] ?? 0));
    if (wake > spec.enrolledAt + 21 * 86_400_000) break;
    previous = now;
    now = wake;
  }
  // Records after `now` are not read: any instant of the lifetime (and a little before and after) decides the same in both.
  const from = spec.enrolledAt - 3_600_000;
  const to = now + 3 * 86_400_000;
  for (const f of host.instants) compareAt(plan, lead, Math.floor(from + (to - from) * f), zone, holidays);
}

/**
 * The lead enrolled days before a date the plan's presets close calls on or its country closes
 * (when `near` is drawn and there is one), and the plan's first step a call when presets close
 * dates: drawn apart, few touches would meet a closed date.
 */
function aimedAtClosedDate(plan: PlanInput, enrolledAt: number, near: LeadSpec["nearClosed"]): { plan: PlanInput; enrolledAt: number } {
  if (near === undefined) return { plan, enrolledAt };
  const country = plan.holidays?.country;
  const dates = closedDatesOf(
    plan.compliance ?? [],
    country === undefined ? undefined : { country, ...(plan.holidays?.state === undefined ? {} : { state: plan.holidays.state }) },
    near.year,
  );
  const date = dates[near.index % dates.length];
  if (date === undefined) return { plan, enrolledAt };
  const presetsClose = closedDatesOf(plan.compliance ?? [], undefined, near.year).length > 0;
  const steps = plan.steps.map((step, i) => {
    if (i > 0 || !presetsClose) return step;
    const { fallback, ...rest } = step;
    return { ...rest, channel: "call", ...(fallback === undefined || fallback === "call" ? {} : { fallback }) };
  });
  return { plan: { ...plan, steps }, enrolledAt: Date.parse(`${date}T12:00:00Z`) + near.minutes * 60_000 };
}

describe("evaluate against the naive reference (property-based)", () => {
  it("decides the same due touches, skips, wake-up and end at every decision of random lifetimes and at random instants", () => {
    fc.assert(
      fc.property(planArb, leadArb, hostArb, (plan, { zoned, ...spec }, host) => {
        // A lead with an address or a geographic number has a zone of its own (the reference reads no zone from them), and so
        // has one under compliance presets (the reference does not keep their hours in every zone of their countries for a
        // lead whose zone is unknown: test/compliance/unknownZone.test.ts checks that).
        const ownZone = spec.address !== undefined || (spec.phone !== undefined && spec.phone !== "+18002752273") || (plan.compliance ?? []).length > 0;
        const timezone = zoned.timezone ?? (ownZone ? plan.timezone : undefined);
        const aimed = aimedAtClosedDate(plan, zoned.enrolledAt, spec.nearClosed);
        lifetime(datedAfterEnrolment(aimed.plan, aimed.enrolledAt), { ...spec, ...zoned, enrolledAt: aimed.enrolledAt, timezone }, host);
      }),
      // REF_RUNS=3000 to hunt locally (fresh seeds each run).
      { numRuns: Number(process.env.REF_RUNS ?? 200) },
    );
  });
});
