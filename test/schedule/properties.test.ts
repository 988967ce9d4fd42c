import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CadenceError,
  evaluate,
  safeParsePlan,
  touchRecord,
  type Decision,
  type HistoryEntry,
  type LeadInput,
  type Plan,
  type PlanInput,
  type Touch,
} from "../../src/index.js";
import { dealerPlanArb, historyArb, leadSpecArb, leadWith, outcomeOf, recordArb, SPAN, T0 } from "../support/randomHistories.js";
import { allowedByRules, CHANNELS, capsExceeded, enrolledAtArb, planArb, ZONES } from "../support/randomPlans.js";

const channel = fc.constantFrom(...CHANNELS);
const leadArb = fc.record({
  timezone: fc.option(fc.constantFrom(...ZONES), { nil: undefined }),
  enrolledAt: enrolledAtArb,
  consent: fc.dictionary(channel, fc.record({ status: fc.constantFrom("granted" as const, "denied" as const, "unknown" as const) })),
  // Without a zone of its own, a lead's zone comes from its phone: one zone, several, or none (toll-free).
  phone: fc.constantFrom(undefined, "+15555550100", "+12125550142", "+61412345678", "+79161234567", "+18005550199", "+5511987654321"),
  email: fc.boolean(),
  optOut: fc.option(fc.record({ channel: fc.constantFrom(...CHANNELS, "all" as const), after: fc.integer({ min: 0, max: 5 * 86_400_000 }) }), {
    nil: undefined,
  }),
  reply: fc.option(fc.record({ channel, after: fc.integer({ min: 0, max: 5 * 86_400_000 }) }), { nil: undefined }),
  pausedFor: fc.oneof({ weight: 3, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.integer({ min: 0, max: 5 * 86_400_000 }) }),
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
    contacts: { ...(spec.phone === undefined ? {} : { phone: spec.phone }), ...(spec.email ? { email: "l@example.com" } : {}) },
    consent: spec.consent,
    optOuts: spec.optOut === undefined ? [] : [{ channel: spec.optOut.channel, at: new Date(spec.enrolledAt + spec.optOut.after).toISOString() }],
    ...(spec.pausedFor === undefined ? {} : { pausedUntil: new Date(spec.enrolledAt + spec.pausedFor).toISOString() }),
    history,
  };
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

  it("never uses a channel twice within a minute, whether the touches are due together or the host decides again at once", () => {
    fc.assert(
      fc.property(planArb, leadArb, pollsArb, outcomesArb, (plan, spec, polls, outcomes) => {
        const r = run(plan, spec, polls, outcomes);
        const last = new Map<string, number>();
        for (const { touch, at } of r.performed) {
          const previous = last.get(touch.channel);
          if (previous !== undefined) expect(at - previous).toBeGreaterThanOrEqual(60_000);
          last.set(touch.channel, at);
        }
      }),
      PARAMS,
    );
  });

  // Not bounded below by enrolment: a step at `days: 0, time: "00:00"` is scheduled at the start of the enrolment day.
  it("a due touch's dueAt is never after now nor before a pause's end, and its channel's window is open then", () => {
    fc.assert(
      fc.property(planArb, leadArb, pollsArb, outcomesArb, (plan, spec, polls, outcomes) => {
        const r = run(plan, spec, polls, outcomes);
        for (const { touch, at } of r.performed) {
          const dueAt = Date.parse(touch.dueAt);
          expect(dueAt).toBeLessThanOrEqual(at);
          if (spec.pausedFor !== undefined) expect(dueAt).toBeGreaterThanOrEqual(spec.enrolledAt + spec.pausedFor);
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
        expect(capsExceeded(r.plan, r.zone, counted)).toEqual([]);
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

  it("the wake-up is strictly after now and, unless its step is to be skipped then, inside its channel's window and outside quiet hours", () => {
    fc.assert(
      fc.property(planArb, leadArb, pollsArb, outcomesArb, (plan, spec, polls, outcomes) => {
        const r = run(plan, spec, polls, outcomes);
        for (const { at, decision } of r.decisions) {
          if (decision.next === null) continue;
          const next = Date.parse(decision.next.at);
          expect(next).toBeGreaterThan(at);
          const entry = decision.trace.find((t) => t.stepId === decision.next?.stepId);
          if (entry?.channel === undefined || entry.detail?.includes("skipped when its time comes") === true) continue;
          expect({ at: decision.now, entry, allowed: allowedByRules(r.plan, r.zone, entry.channel, next) }).toMatchObject({ allowed: true });
        }
      }),
      PARAMS,
    );
  });

  // Failed before a recurrence that ended before enrolment settled at its anchor: the steps anchored on it waited forever.
  it("a host that records every touch with its outcome is never left without a wake-up before the cadence is done", () => {
    fc.assert(
      fc.property(planArb, leadArb, pollsArb, outcomesArb, (plan, spec, polls, outcomes) => {
        const r = run(plan, spec, polls, outcomes);
        for (const { decision } of r.decisions) {
          if (decision.done !== null || decision.due.length > 0 || decision.skipped.length > 0) continue;
          expect({ now: decision.now, next: decision.next, trace: decision.trace }).not.toMatchObject({ next: null });
        }
      }),
      PARAMS,
    );
  });

  it("no touch is due between a decision and its wake-up, nor before a waiting step's until, nor while paused", () => {
    fc.assert(
      fc.property(
        planArb,
        leadArb,
        pollsArb,
        outcomesArb,
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 4 }),
        (plan, spec, polls, outcomes, fractions) => {
          const r = run(plan, spec, polls, outcomes);
          const pausedUntil = spec.pausedFor === undefined ? -Infinity : spec.enrolledAt + spec.pausedFor;
          for (const { at } of r.performed) expect(at).toBeGreaterThanOrEqual(pausedUntil);
          // A later record or opt-out (a reply, a skip recorded at a poll) may change the decision: only instants before it are compared.
          const changes = [
            ...[spec.reply, spec.optOut].flatMap((e) => (e === undefined ? [] : [spec.enrolledAt + e.after])),
            ...(r.lead.history ?? []).map((h) => new Date(h.at).getTime()),
          ];
          const unchangedUntil = (from: number) => Math.min(...changes.filter((c) => c > from));
          for (const { at, decision } of r.decisions) {
            if (decision.due.length > 0 || decision.skipped.length > 0 || decision.next === null) continue;
            const next = Date.parse(decision.next.at);
            const end = Math.min(next, unchangedUntil(at));
            for (const p of r.performed)
              if (p.at > at && p.at < end) expect.fail(`${p.touch.id} performed at ${new Date(p.at).toISOString()}, before the wake-up ${decision.next.at}`);
            for (const t of [...fractions.map((f) => at + Math.floor((next - at) * f)), next - 1]) {
              if (t <= at || t >= end) continue;
              const e = evaluate(plan, r.lead, t);
              // Nor settled as skipped: a step skipped when its time comes wakes the lead then (its dependants start).
              expect({ t: new Date(t).toISOString(), due: e.due.map((x) => x.id), skipped: e.skipped.map((x) => x.stepId) }).toEqual({
                t: new Date(t).toISOString(),
                due: [],
                skipped: [],
              });
            }
            for (const entry of decision.trace) {
              if (entry.state !== "waiting" || entry.until === undefined) continue;
              const u = Date.parse(entry.until) - 1;
              if (u <= at || u >= unchangedUntil(at)) continue;
              const e = evaluate(plan, r.lead, u);
              expect(e.due.filter((x) => x.stepId === entry.stepId)).toEqual([]);
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });

  // Found by the property above: a waiting step whose channel it cannot use (no consent, no contact) woke the lead
  // at its channel's next window, not at its own time, when it is settled as skipped and its dependants start.
  it("a step skipped when its time comes wakes the lead then, so its dependants are not late", () => {
    const plan: PlanInput = {
      id: "gap",
      version: 1,
      name: "gap",
      timezone: "America/New_York",
      steps: [
        { id: "wa", channel: "whatsapp", at: { after: "PT2H" } },
        { id: "call", channel: "call", at: { after: "PT0S", from: { step: "wa" } } },
      ],
      exits: [],
      policies: { windows: { whatsapp: [{ days: ["sat"], from: "00:00", to: "00:15" }] } },
    };
    const lead: LeadInput = { id: "L", enrolledAt: "2026-03-07T00:00:00Z", contacts: { phone: "+12125550142" }, consent: { whatsapp: { status: "denied" } } };
    expect(evaluate(plan, lead, "2026-03-07T03:00:00Z").due.map((t) => t.stepId)).toEqual(["call"]);
    const before = evaluate(plan, lead, "2026-03-07T00:00:00Z");
    expect(before.next?.at).toBe("2026-03-07T02:00:00.000Z");
    expect(before.trace[0]).toEqual({
      stepId: "wa",
      state: "waiting",
      reason: "anchor",
      attempt: 1,
      channel: "whatsapp",
      until: "2026-03-07T02:00:00.000Z",
      detail: "consent_denied now; skipped when its time comes unless the history changes",
    });
    const atItsTime = evaluate(plan, lead, "2026-03-07T02:00:00Z");
    expect(atItsTime.skipped.map((r) => [r.stepId, r.reason])).toEqual([["wa", "consent_denied"]]);
    expect(atItsTime.due.map((t) => t.stepId)).toEqual(["call"]);
  });

  it("a step whose condition is false wakes the lead at its own time, not at its channel's window", () => {
    const plan: PlanInput = {
      id: "cond",
      version: 1,
      name: "cond",
      timezone: "America/New_York",
      steps: [
        { id: "call", channel: "call", at: { after: "PT0S" } },
        { id: "sms", channel: "sms", at: { after: "PT2H" }, when: { outcome: { step: "call", in: ["no_answer"] } } },
        { id: "email", channel: "email", at: { after: "PT0S", from: { step: "sms" } } },
      ],
      exits: [],
      policies: { windows: { sms: [{ days: ["sat"], from: "12:00", to: "13:00" }] } },
    };
    const history: HistoryEntry[] = [
      { type: "touch", touchId: "L/cond@1/call#1", planId: "cond", stepId: "call", channel: "call", attempt: 1, at: "2026-03-07T00:00:00Z", outcome: "busy" },
    ];
    const lead: LeadInput = { id: "L", enrolledAt: "2026-03-07T00:00:00Z", contacts: { phone: "+12125550142", email: "l@example.com" }, history };
    const before = evaluate(plan, lead, "2026-03-07T00:01:00Z");
    expect(before.next).toEqual({ at: "2026-03-07T02:00:00.000Z", stepId: "sms" });
    expect(before.trace[1]?.detail).toBe("condition_false now; skipped when its time comes unless the history changes");
    const atItsTime = evaluate(plan, lead, "2026-03-07T02:00:00Z");
    expect(atItsTime.skipped.map((r) => [r.stepId, r.reason])).toEqual([["sms", "condition_false"]]);
    expect(atItsTime.due.map((t) => t.stepId)).toEqual(["email"]);
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

  it("decides a history holding touch records again (anywhere, at the same or a later instant, with its outcome or none) as the history without them", () => {
    const copyArb = fc.record({ pick: fc.nat(), place: fc.nat(), later: fc.option(fc.integer({ min: 1, max: 3 * 86_400_000 }), { nil: undefined }) });
    fc.assert(
      fc.property(
        planArb,
        leadArb,
        pollsArb,
        outcomesArb,
        fc.integer({ min: 0, max: 6 * 86_400_000 }),
        fc.array(copyArb, { minLength: 1, maxLength: 4 }),
        (plan, spec, polls, outcomes, offset, copies) => {
          const r = run(plan, spec, polls, outcomes);
          const now = spec.enrolledAt + offset;
          const history = r.lead.history ?? [];
          const touches = history.filter((h) => h.type === "touch");
          if (touches.length === 0) return;
          const repeated = [...history];
          for (const c of copies) {
            const t = touches[c.pick % touches.length] as (typeof touches)[number];
            // A retried write (the same record), or a late copy without the outcome (a later one with it could change what was learnt when).
            const { outcome: _, ...bare } = t;
            const copy = c.later === undefined ? { ...t } : { ...bare, at: new Date(new Date(t.at).getTime() + c.later).toISOString() };
            repeated.splice(c.place % (repeated.length + 1), 0, copy);
          }
          expect(outcomeOf(() => evaluate(plan, { ...r.lead, history: repeated }, now))).toEqual(outcomeOf(() => evaluate(plan, r.lead, now)));
        },
      ),
      PARAMS,
    );
  });

  it("never counts a consent record dated after now: the decision is the one without it", () => {
    const datedConsent = fc.dictionary(
      channel,
      fc.record({
        status: fc.constantFrom("granted" as const, "denied" as const, "unknown" as const),
        after: fc.integer({ min: -86_400_000, max: 6 * 86_400_000 }),
      }),
    );
    fc.assert(
      fc.property(planArb, leadArb, datedConsent, fc.integer({ min: 0, max: 5 * 86_400_000 }), (plan, spec, records, offset) => {
        const now = spec.enrolledAt + offset;
        const lead = buildLead(spec);
        const consent = Object.fromEntries(
          Object.entries(records).map(([c, r]) => [c, { status: r.status, at: new Date(spec.enrolledAt + r.after).toISOString() }]),
        );
        const inForce = Object.fromEntries(Object.entries(consent).filter(([, r]) => Date.parse(r.at) <= now));
        expect(evaluate(plan, { ...lead, consent }, now)).toEqual(evaluate(plan, { ...lead, consent: inForce }, now));
      }),
      PARAMS,
    );
  });

  it("decides a history recorded in any order as the same history in time order (records at distinct instants)", () => {
    fc.assert(
      fc.property(
        dealerPlanArb,
        leadSpecArb,
        historyArb(0, 60),
        fc.integer({ min: T0, max: T0 + SPAN + 86_400_000 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        (plan, spec, history, now, keys) => {
          const seen = new Set<number>();
          const distinct = history.filter((h) => {
            const t = new Date(h.at).getTime();
            if (seen.has(t)) return false;
            seen.add(t);
            return true;
          });
          const sorted = [...distinct].sort((a, b) => new Date(a.at).getTime() - new Date(b.at).getTime());
          const shuffled = distinct
            .map((h, i) => [keys[i] ?? i, h] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, h]) => h);
          expect(outcomeOf(() => evaluate(plan, leadWith(spec, shuffled), now))).toEqual(outcomeOf(() => evaluate(plan, leadWith(spec, sorted), now)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("decides records crowded on three instants in any order alike: touches under ids of their own, ties by content (docs/concepts.md)", () => {
    // Two status records, two skips of one step or two replies at one instant keep the history's order (documented,
    // test/schedule/tiedRecords.test.ts): at most one of each kind per instant here.
    const grid = [T0 + 86_400_000, T0 + 2 * 86_400_000, T0 + 3 * 86_400_000 + 3_600_000];
    const twin = fc.record({
      pick: fc.nat(),
      outcome: fc.constantFrom("connected" as const, "no_answer" as const, "voicemail" as const, undefined),
      sameId: fc.boolean(),
    });
    const rowsArb = fc.tuple(fc.array(fc.tuple(recordArb, fc.nat(2)), { minLength: 2, maxLength: 10 }), fc.array(twin, { maxLength: 3 }));
    const crowded = rowsArb.map(([rows, twins]) => {
      const seen = new Set<string>();
      const history: HistoryEntry[] = [];
      rows.forEach(([record, slot], i) => {
        const at = grid[slot] as number;
        const key =
          record.type === "status" || record.type === "inbound" ? `${record.type}@${at}` : record.type === "skip" ? `skip:${record.stepId}@${at}` : "";
        if (key !== "" && seen.has(key)) return;
        seen.add(key);
        history.push(record.type === "touch" ? { ...record, touchId: `u${i}`, at } : { ...record, at });
      });
      // A touch logged again under another id, at its instant, with another outcome (a dialer's double log); or under its
      // own id, naming the plan where it named none or the reverse (sameTouch: another touch, on the channel drawn), once:
      // two such would be copies of one touch at one instant, which keep the history's order (docs/concepts.md).
      const touches = history.filter((h) => h.type === "touch");
      const twinned = new Set<HistoryEntry>();
      twins.forEach(({ pick, outcome, sameId }, k) => {
        const original = touches[pick % Math.max(touches.length, 1)];
        if (original === undefined || (sameId && twinned.has(original))) return;
        twinned.add(original);
        const { outcome: _, planId, ...bare } = original;
        const twinOf = sameId
          ? { ...bare, channel: CHANNELS[pick % CHANNELS.length] as string, ...(planId === undefined ? { planId: "dealer-speed-to-lead" } : {}) }
          : { ...bare, touchId: `v${k}`, ...(planId === undefined ? {} : { planId }) };
        history.push({ ...twinOf, ...(outcome === undefined ? {} : { outcome }) });
      });
      return history;
    });
    fc.assert(
      fc.property(
        dealerPlanArb,
        leadSpecArb,
        crowded,
        fc.integer({ min: 0, max: 4 }),
        fc.array(fc.nat(), { minLength: 13, maxLength: 13 }),
        (plan, spec, history, day, keys) => {
          const lead = { ...spec, enrolledAt: T0 };
          const now = T0 + day * 86_400_000 + 7_200_000;
          const shuffled = history
            .map((h, i) => [keys[i] as number, h] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, h]) => h);
          expect(outcomeOf(() => evaluate(plan, leadWith(lead, shuffled), now))).toEqual(outcomeOf(() => evaluate(plan, leadWith(lead, history), now)));
        },
      ),
      { numRuns: 300 },
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
