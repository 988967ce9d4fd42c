import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { CadenceError, evaluate, safeParsePlan, touchRecord, type Decision, type LeadInput, type Plan, type PlanInput, type Touch } from "../../src/index.js";

const CHANNELS = ["call", "sms", "email", "whatsapp", "video"] as const;
const ZONES = ["America/New_York", "Europe/Brussels", "Asia/Kolkata", "Pacific/Chatham", "Australia/Sydney", "America/Santiago", "America/Los_Angeles", "UTC"];
const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const duration = fc.constantFrom("PT0S", "PT5M", "PT1H", "PT2H", "PT24H", "P1D", "P2D", "P1DT2H", "PT90M");
const channel = fc.constantFrom(...CHANNELS);

const stepArb = (i: number) =>
  fc.record(
    {
      id: fc.constant(`s${i}`),
      channel,
      mode: fc.constantFrom("auto" as const, "task" as const),
      at: fc.oneof(fc.record({ after: duration }), fc.record({ days: fc.integer({ min: 0, max: 3 }), time: clock })),
      attempts: fc.record({ max: fc.integer({ min: 1, max: 3 }), every: fc.constantFrom("PT1H", "PT3H", "P1D"), until: fc.constant(["connected" as const]) }),
      fallback: channel,
    },
    { requiredKeys: ["id", "channel", "at"] },
  );

const planArb: fc.Arbitrary<PlanInput> = fc
  .record({
    steps: fc.integer({ min: 1, max: 5 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => stepArb(i)))),
    windows: fc.dictionary(
      fc.constantFrom(...CHANNELS, "*"),
      fc.array(fc.record({ days: fc.subarray([...DAYS], { minLength: 1 }), from: clock, to: clock }), { minLength: 1, maxLength: 2 }),
      { maxKeys: 3 },
    ),
    quietHours: fc.array(fc.record({ from: clock, to: clock }, { requiredKeys: ["from", "to"] }), { maxLength: 1 }),
    caps: fc.array(
      fc.record(
        {
          max: fc.integer({ min: 1, max: 4 }),
          per: fc.constantFrom("day" as const, "24h" as const, "week" as const, "7d" as const),
          channels: fc.subarray([...CHANNELS], { minLength: 1 }),
        },
        { requiredKeys: ["max", "per"] },
      ),
      { maxLength: 2 },
    ),
    consentRequired: fc.subarray([...CHANNELS]),
    exits: fc.subarray([{ on: "reply" as const }, { on: "connected" as const }, { on: "opt_out" as const }]),
    timezone: fc.constantFrom(...ZONES),
  })
  .map((r) => ({
    id: "prop",
    version: 1,
    name: "property plan",
    timezone: r.timezone,
    steps: r.steps
      .map((s) => (s.fallback === s.channel ? { ...s, fallback: undefined } : s))
      .map((s) => JSON.parse(JSON.stringify(s)) as PlanInput["steps"][number]),
    exits: r.exits,
    policies: { windows: r.windows, quietHours: r.quietHours, caps: r.caps, consentRequired: r.consentRequired },
  }))
  .filter((p) => safeParsePlan(p).success);

const leadArb = fc.record({
  timezone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
  enrolledAt: fc.integer({ min: Date.parse("2024-01-01T00:00:00Z"), max: Date.parse("2030-12-01T00:00:00Z") }),
  consent: fc.dictionary(channel, fc.record({ status: fc.constantFrom("granted" as const, "denied" as const, "unknown" as const) })),
  phone: fc.boolean(),
  email: fc.boolean(),
  optOut: fc.option(fc.record({ channel: fc.constantFrom(...CHANNELS, "all" as const), after: fc.integer({ min: 0, max: 5 * 86_400_000 }) }), {
    nil: undefined,
  }),
  reply: fc.option(fc.record({ channel, after: fc.integer({ min: 0, max: 5 * 86_400_000 }) }), { nil: undefined }),
});

type LeadSpec = typeof leadArb extends fc.Arbitrary<infer T> ? T : never;

function buildLead(spec: LeadSpec): LeadInput {
  const history: NonNullable<LeadInput["history"]> = [];
  if (spec.reply !== undefined)
    history.push({ type: "inbound", channel: spec.reply.channel, at: new Date(spec.enrolledAt + spec.reply.after).toISOString(), text: "hi" });
  return {
    id: "L",
    enrolledAt: new Date(spec.enrolledAt).toISOString(),
    ...(spec.timezone === undefined ? {} : { timezone: spec.timezone }),
    contacts: { ...(spec.phone ? { phone: "+15555550100" } : {}), ...(spec.email ? { email: "l@example.com" } : {}) },
    consent: spec.consent,
    optOuts: spec.optOut === undefined ? [] : [{ channel: spec.optOut.channel, at: new Date(spec.enrolledAt + spec.optOut.after).toISOString() }],
    history,
  };
}

/** Minutes after midnight and weekday index (0 = Monday) in the zone, computed by luxon as an independent oracle. */
function localClock(zone: string, ms: number): { day: number; minute: number; date: string; week: string } {
  const dt = DateTime.fromMillis(ms, { zone });
  return { day: dt.weekday - 1, minute: dt.hour * 60 + dt.minute, date: dt.toISODate() ?? "", week: `${dt.weekYear}-${dt.weekNumber}` };
}

function inSpan(day: number, minute: number, days: readonly string[], from: string, to: string): boolean {
  const f = Number(from.slice(0, 2)) * 60 + Number(from.slice(3));
  const t = Number(to.slice(0, 2)) * 60 + Number(to.slice(3));
  const today = days.includes(DAYS[day] as string);
  const yesterday = days.includes(DAYS[(day + 6) % 7] as string);
  if (f < t) return today && minute >= f && minute < t;
  if (f > t) return (today && minute >= f) || (yesterday && minute < t);
  return false;
}

/** The plan's own rules, read directly: is `channel` allowed at `ms` for a lead in `zone`? */
function allowedByRules(plan: Plan, zone: string, channel: string, ms: number): boolean {
  const { day, minute } = localClock(zone, ms);
  const windows = plan.policies.windows?.[channel] ?? plan.policies.windows?.["*"];
  if (windows !== undefined && !windows.some((w) => inSpan(day, minute, w.days, w.from, w.to))) return false;
  return !(plan.policies.quietHours ?? []).some((q) => (q.channels === undefined || q.channels.includes(channel)) && inSpan(day, minute, DAYS, q.from, q.to));
}

interface Run {
  readonly plan: Plan;
  readonly lead: LeadInput;
  readonly zone: string;
  readonly performed: { touch: Touch; at: number }[];
  readonly decisions: { at: number; decision: Decision }[];
}

/** A host that polls at irregular instants as well as at `next`, performing whatever is due. */
function run(planInput: PlanInput, spec: LeadSpec, polls: readonly number[], outcomes: readonly number[]): Run {
  const plan = safeParsePlan(planInput);
  if (!plan.success) throw new Error("filtered");
  const lead = buildLead(spec);
  const history = lead.history as NonNullable<LeadInput["history"]>;
  const performed: Run["performed"] = [];
  const decisions: Run["decisions"] = [];
  let now = spec.enrolledAt;
  let zone = "";
  for (let i = 0; i < 80; i++) {
    const decision = evaluate(plan.data, lead, now);
    zone = decision.zone.name;
    decisions.push({ at: now, decision });
    decision.due.forEach((touch, k) => {
      const outcome =
        (["no_answer", "delivered", "connected", "bounced", "sent"] as const)[(outcomes[(i + k) % Math.max(outcomes.length, 1)] ?? 0) % 5] ?? "sent";
      history.push(touchRecord(touch, { at: now, outcome: touch.channel === "call" ? outcome : outcome === "connected" ? "delivered" : outcome }));
      performed.push({ touch, at: now });
    });
    history.push(...decision.skipped);
    if (decision.done !== null) break;
    if (decision.due.length > 0 || decision.skipped.length > 0) continue;
    const poll = polls[i % Math.max(polls.length, 1)] ?? 0;
    const next = decision.next === null ? Infinity : Date.parse(decision.next.at);
    const candidate = Math.min(next, now + poll);
    if (!Number.isFinite(candidate) || candidate > spec.enrolledAt + 12 * 86_400_000) break;
    now = candidate;
  }
  return { plan: plan.data, lead, zone, performed, decisions };
}

const pollsArb = fc.array(fc.integer({ min: 60_000, max: 18 * 3_600_000 }), { minLength: 1, maxLength: 6 });
const outcomesArb = fc.array(fc.nat(20), { minLength: 1, maxLength: 6 });
const PARAMS = { numRuns: 150 };

describe("evaluate invariants (property-based)", () => {
  it("no due touch inside a closed window or quiet hours", () => {
    fc.assert(
      fc.property(planArb, leadArb, pollsArb, outcomesArb, (plan, spec, polls, outcomes) => {
        const r = run(plan, spec, polls, outcomes);
        for (const { touch, at } of r.performed) expect(allowedByRules(r.plan, r.zone, touch.channel, at)).toBe(true);
      }),
      PARAMS,
    );
  });

  // Not bounded below by enrolment: a step at `days: 0, time: "00:00"` is scheduled at the start of the enrolment day.
  it("a due touch's dueAt is never after now, and its channel's window is open then", () => {
    fc.assert(
      fc.property(planArb, leadArb, pollsArb, outcomesArb, (plan, spec, polls, outcomes) => {
        const r = run(plan, spec, polls, outcomes);
        for (const { touch, at } of r.performed) {
          const dueAt = Date.parse(touch.dueAt);
          expect(dueAt).toBeLessThanOrEqual(at);
          expect(allowedByRules(r.plan, r.zone, touch.channel, dueAt)).toBe(true);
        }
      }),
      PARAMS,
    );
  });

  it("no touch after an exit, none on an opted-out channel, none without required consent", () => {
    fc.assert(
      fc.property(planArb, leadArb, pollsArb, outcomesArb, (plan, spec, polls, outcomes) => {
        const r = run(plan, spec, polls, outcomes);
        const exits = r.plan.exits.map((e) => e.on);
        const reply = spec.reply === undefined ? Infinity : spec.enrolledAt + spec.reply.after;
        const optOutAt = spec.optOut === undefined ? Infinity : spec.enrolledAt + spec.optOut.after;
        let connectedAt = Infinity;
        for (const { touch, at } of r.performed) {
          if (exits.includes("reply")) expect(at).toBeLessThan(reply);
          if (exits.includes("connected")) expect(at).toBeLessThanOrEqual(connectedAt);
          if (spec.optOut !== undefined && (spec.optOut.channel === "all" || spec.optOut.channel === touch.channel || exits.includes("opt_out"))) {
            expect(at).toBeLessThan(optOutAt);
          }
          if (spec.consent[touch.channel]?.status === "denied") throw new Error(`touched ${touch.channel} against denied consent`);
          if (r.plan.policies.consentRequired?.includes(touch.channel)) expect(spec.consent[touch.channel]?.status).toBe("granted");
          const record = (r.lead.history ?? []).find((h) => h.type === "touch" && h.touchId === touch.id);
          if (record?.type === "touch" && record.outcome === "connected") connectedAt = Math.min(connectedAt, at);
        }
      }),
      PARAMS,
    );
  });

  it("caps are never exceeded, whatever the local-day boundaries", () => {
    fc.assert(
      fc.property(planArb, leadArb, pollsArb, outcomesArb, (plan, spec, polls, outcomes) => {
        const r = run(plan, spec, polls, outcomes);
        const counted = (r.lead.history ?? []).flatMap((h) =>
          h.type === "touch" && h.outcome !== "failed" ? [{ channel: h.channel, at: new Date(h.at).getTime() }] : [],
        );
        for (const cap of r.plan.policies.caps ?? []) {
          const mine = counted.filter((c) => cap.channels === undefined || cap.channels.includes(c.channel));
          for (const c of mine) {
            const inPeriod = mine.filter((o) => {
              if (cap.per === "24h") return o.at > c.at - 86_400_000 && o.at <= c.at;
              if (cap.per === "7d") return o.at > c.at - 7 * 86_400_000 && o.at <= c.at;
              const a = localClock(r.zone, o.at);
              const b = localClock(r.zone, c.at);
              return cap.per === "day" ? a.date === b.date : a.week === b.week;
            });
            expect(inPeriod.length).toBeLessThanOrEqual(cap.max);
          }
        }
      }),
      PARAMS,
    );
  });

  it("is deterministic, leaves its inputs unchanged, and wakes up strictly later when nothing is due", () => {
    fc.assert(
      fc.property(planArb, leadArb, pollsArb, outcomesArb, fc.integer({ min: 0, max: 6 * 86_400_000 }), (plan, spec, polls, outcomes, offset) => {
        const r = run(plan, spec, polls, outcomes);
        const planCopy = JSON.parse(JSON.stringify(plan)) as PlanInput;
        const leadJson = JSON.stringify(r.lead);
        const planJson = JSON.stringify(plan);
        const now = spec.enrolledAt + offset;
        const a = evaluate(plan, r.lead, now);
        const b = evaluate(planCopy, JSON.parse(leadJson) as LeadInput, new Date(now).toISOString());
        expect(b).toEqual(a);
        expect(JSON.stringify(r.lead)).toBe(leadJson);
        expect(JSON.stringify(plan)).toBe(planJson);
        for (const { at, decision } of [...r.decisions, { at: now, decision: a }]) {
          if (decision.due.length === 0 && decision.next !== null) expect(Date.parse(decision.next.at)).toBeGreaterThan(at);
          if (decision.done !== null) expect(decision.next).toBeNull();
        }
      }),
      PARAMS,
    );
  });

  it("decides a history of epoch milliseconds exactly as the same history in ISO-8601, and a mixed one too", () => {
    fc.assert(
      fc.property(planArb, leadArb, pollsArb, outcomesArb, fc.integer({ min: 0, max: 6 * 86_400_000 }), (plan, spec, polls, outcomes, offset) => {
        const r = run(plan, spec, polls, outcomes);
        const now = spec.enrolledAt + offset;
        const history = r.lead.history ?? [];
        const numbers = history.map((h) => ({ ...h, at: new Date(h.at).getTime() }));
        const mixed = history.map((h, i) => (i % 2 === 0 ? h : { ...h, at: new Date(h.at).getTime() }));
        const expected = evaluate(plan, r.lead, now);
        expect(evaluate(plan, { ...r.lead, history: numbers }, now)).toEqual(expected);
        expect(evaluate(plan, { ...r.lead, history: mixed }, now)).toEqual(expected);
      }),
      PARAMS,
    );
  });

  it("never throws anything but a CadenceError on malformed leads", () => {
    const plan = {
      id: "p",
      version: 1,
      name: "p",
      timezone: "UTC",
      steps: [{ id: "a", channel: "sms", at: { after: "PT0S" } }],
      exits: [{ on: "reply" }],
    } satisfies PlanInput;
    fc.assert(
      fc.property(fc.anything(), fc.jsonValue(), (junk, json) => {
        for (const lead of [
          junk,
          json,
          { id: "x", enrolledAt: junk },
          { id: "x", enrolledAt: "2026-01-01T00:00:00Z", history: [json] },
          { id: "x", enrolledAt: "2026-01-01T00:00:00Z", timezone: json },
        ]) {
          try {
            evaluate(plan, lead as LeadInput, "2026-01-02T00:00:00Z");
          } catch (error) {
            expect(error).toBeInstanceOf(CadenceError);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
