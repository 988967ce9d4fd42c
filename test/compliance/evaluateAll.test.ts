import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluate, evaluateAll, isArgumentError, isPlanValidationError, touchRecord, type LeadInput, type PlanInput } from "../../src/index.js";
import { dealerPlanArb, historyArb, leadSpecArb, leadWith, outcomeOf, SPAN, T0 as SPAN_START } from "../support/randomHistories.js";
import { allowedByRules, capsExceeded, enrolledAtArb, inQuietHours, planArb as randomPlanArb, ZONES } from "../support/randomPlans.js";
import { leadAt, presetPlan, sent } from "./helpers.js";

const T0 = "2026-03-11T14:00:00Z"; // Wed 10:00 EDT
const plan = (id: string, priority: number, extra: Partial<PlanInput> = {}): PlanInput => ({ ...presetPlan([], "call"), id, priority, ...extra }) as PlanInput;

describe("evaluateAll", () => {
  it("higher priority goes first; the same channel is not used twice in a minute", () => {
    const low = plan("low", 0);
    const high = plan("high", 5);
    const merged = evaluateAll([low, high], leadAt(T0), T0);
    expect(merged.due.map((t) => t.planId)).toEqual(["high"]);
    expect(merged.plans.map((d) => d.planId)).toEqual(["high", "low"]);
    expect(merged.plans[1]?.trace[0]).toMatchObject({ state: "waiting", reason: "channel_busy", until: "2026-03-11T14:01:00.000Z" });
    expect(merged.next).toMatchObject({ planId: "low", at: "2026-03-11T14:01:00.000Z" });
    const later = evaluateAll([low, high], leadAt(T0, { history: [sent("a", "call", T0, 1, "high")] }), "2026-03-11T14:01:00Z");
    expect(later.due.map((t) => t.planId)).toEqual(["low"]);
  });
  it("a channel used in the history less than a minute ago is busy too: deciding again after recording the first touch does not send the second", () => {
    const low = plan("low", 0);
    const high = plan("high", 5);
    const history = [sent("a", "call", T0, 1, "high")];
    for (const at of [T0, "2026-03-11T14:00:59.999Z"]) {
      const again = evaluateAll([low, high], leadAt(T0, { history }), at);
      expect(again.due).toEqual([]);
      expect(again.plans[1]?.trace[0]).toMatchObject({ state: "waiting", reason: "channel_busy", until: "2026-03-11T14:01:00.000Z" });
      expect(again.next).toMatchObject({ planId: "low", at: "2026-03-11T14:01:00.000Z" });
    }
    // A failed touch did not use the channel.
    const failed = [{ ...sent("a", "call", T0, 1, "high"), outcome: "failed" as const }];
    expect(evaluateAll([low], leadAt(T0, { history: failed }), T0).due.map((t) => t.planId)).toEqual(["low"]);
  });
  it("a channel busy past its window's close waits for the next opening: `until` and `next` are when the touch can be due", () => {
    // Wed 20:59:30 EDT; the call window closes at 21:00 and opens again on Thursday at 09:00.
    const windows = { call: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "21:00" }] };
    const low = plan("low", 0, { policies: { windows } } as Partial<PlanInput>);
    const high = plan("high", 5, { policies: { windows } } as Partial<PlanInput>);
    const at = "2026-03-12T00:59:30Z";
    const merged = evaluateAll([low, high], leadAt(at), at);
    expect(merged.due.map((t) => t.planId)).toEqual(["high"]);
    expect(merged.plans[1]?.trace[0]).toMatchObject({ state: "waiting", reason: "channel_busy", until: "2026-03-12T13:00:00.000Z" });
    expect(merged.next).toMatchObject({ planId: "low", at: "2026-03-12T13:00:00.000Z" });
    // The same after the first touch is recorded (busy from the history).
    const again = evaluateAll([low, high], leadAt(at, { history: [sent("a", "call", at, 1, "high")] }), at);
    expect(again.next).toMatchObject({ planId: "low", at: "2026-03-12T13:00:00.000Z" });
  });
  it("a host deciding again after each touch never uses a channel twice in a minute (simulated runs, property)", () => {
    const stepArb = fc.record({ channel: fc.constantFrom("call", "sms", "email"), after: fc.constantFrom("PT0S", "PT10S", "PT30S", "PT1M", "PT90S") });
    const planArb = (id: string) =>
      fc
        .record({ priority: fc.integer({ min: 0, max: 2 }), steps: fc.array(stepArb, { minLength: 1, maxLength: 3 }) })
        .map((p): PlanInput => ({ ...plan(id, p.priority), steps: p.steps.map((s, i) => ({ id: `s${i}`, channel: s.channel, at: { after: s.after } })) }));
    fc.assert(
      fc.property(planArb("x"), planArb("y"), fc.integer({ min: 5_000, max: 60_000 }), (x, y, poll) => {
        const history: ReturnType<typeof sent>[] = [];
        const touches: { channel: string; at: number }[] = [];
        let now = Date.parse(T0);
        for (let round = 0; round < 500; round++) {
          const merged = evaluateAll([x, y], leadAt(T0, { history: [...history] }), now);
          for (const t of merged.due) {
            touches.push({ channel: t.channel, at: now });
            history.push({ ...sent(t.stepId, t.channel, new Date(now).toISOString(), t.attempt, t.planId), touchId: t.id });
          }
          if (merged.due.length > 0) continue;
          if (merged.next === null) break;
          // Polled early now and then: a decision between two wake-ups must agree.
          now = Math.min(Date.parse(merged.next.at), now + poll);
        }
        for (const a of touches) for (const b of touches) if (a !== b && a.channel === b.channel) expect(Math.abs(a.at - b.at)).toBeGreaterThanOrEqual(60_000);
        expect(touches).toHaveLength(x.steps.length + y.steps.length);
      }),
      { numRuns: 200 },
    );
  });

  it("two random plans share one budget: every plan's caps and quiet hours bind both, each touch in its own plan's window, nothing due before the wake-up (simulated runs, property)", () => {
    fc.assert(
      fc.property(
        randomPlanArb,
        randomPlanArb,
        enrolledAtArb,
        fc.constantFrom(...ZONES),
        fc.array(fc.nat(2), { minLength: 1, maxLength: 4 }),
        (p1, p2, enrolledAt, zone, outs) => {
          const a: PlanInput = { ...p1, id: "a" };
          const b: PlanInput = { ...p2, id: "b", priority: 1 };
          const history: NonNullable<LeadInput["history"]> = [];
          const lead = (): LeadInput => leadAt(new Date(enrolledAt).toISOString(), { timezone: zone, history: history.slice() });
          const performed: { channel: string; at: number }[] = [];
          // Each plan's windows open, but not always outside both plans' quiet hours together: then no instant is found.
          const decide = (at: number): ReturnType<typeof evaluateAll> | undefined => {
            try {
              return evaluateAll([a, b], lead(), at);
            } catch (e) {
              if ((e as { code?: string }).code === "no_opening") return undefined;
              throw e;
            }
          };
          let now = enrolledAt;
          for (let i = 0; i < 60; i++) {
            const d = decide(now);
            if (d === undefined) return;
            // Each plan's wake-up is when its step can be due: in its window, outside every plan's quiet hours (unless it is to be skipped then).
            for (const pd of d.plans) {
              const entry = pd.next === null ? undefined : pd.trace.find((e) => e.stepId === pd.next?.stepId);
              if (pd.next === null || entry?.channel === undefined || entry.detail?.includes("skipped when its time comes") === true) continue;
              const next = Date.parse(pd.next.at);
              const channel = entry.channel;
              const open = allowedByRules(pd.planId === "a" ? a : b, zone, channel, next) && ![a, b].some((p) => inQuietHours(p, zone, channel, next));
              expect({ now: new Date(now).toISOString(), entry, open }).toMatchObject({ open: true });
            }
            for (const t of d.due) {
              expect(allowedByRules(t.planId === "a" ? a : b, zone, t.channel, now)).toBe(true);
              for (const plan of [a, b]) expect(inQuietHours(plan, zone, t.channel, now)).toBe(false);
              performed.push({ channel: t.channel, at: now });
              history.push(touchRecord(t, { at: now, outcome: (["no_answer", "sent", "busy"] as const)[(outs[i % outs.length] ?? 0) % 3] ?? "sent" }));
            }
            history.push(...d.skipped);
            if (d.due.length > 0 || d.skipped.length > 0) continue;
            if (d.done || d.next === null) break;
            const next = Date.parse(d.next.at);
            for (const f of [0.3, 0.9]) {
              const t = now + Math.floor((next - now) * f);
              if (t <= now) continue;
              const e = decide(t);
              // Nor settled as skipped: a step skipped when its time comes wakes the lead then.
              if (e !== undefined) expect({ t, due: e.due.map((x) => x.id), skipped: e.skipped.map((x) => x.stepId) }).toEqual({ t, due: [], skipped: [] });
            }
            now = next;
          }
          for (const x of performed)
            for (const y of performed) if (x !== y && x.channel === y.channel) expect(Math.abs(x.at - y.at)).toBeGreaterThanOrEqual(60_000);
          for (const plan of [a, b]) expect(capsExceeded(plan, zone, performed)).toEqual([]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it("ties are broken by plan id; different channels go together", () => {
    const b = plan("b", 0);
    const a = plan("a", 0, { steps: [{ id: "a", channel: "email", at: { after: "PT0S" } }] });
    expect(evaluateAll([b, a], leadAt(T0), T0).due.map((t) => `${t.planId}:${t.channel}`)).toEqual(["a:email", "b:call"]);
  });
  it("caps of one plan count touches of every plan and limit every plan", () => {
    const capped = plan("capped", 1, {
      steps: [{ id: "x", channel: "sms", at: { after: "PT0S" } }],
      policies: { caps: [{ max: 1, per: "24h", channels: ["call", "sms"] }] },
    });
    const other = plan("other", 0);
    const merged = evaluateAll([capped, other], leadAt(T0), T0);
    expect(merged.due.map((t) => t.planId)).toEqual(["capped"]);
    expect(merged.plans[1]?.trace[0]).toMatchObject({ reason: "cap", until: "2026-03-12T14:00:00.000Z" });
    // Alone, `other` has no cap.
    expect(evaluate(other, leadAt(T0), T0).due).toHaveLength(1);
  });
  it("presets and quiet hours of one plan apply to all", () => {
    const at = "2026-03-11T02:00:00Z"; // 22:00 EDT
    const federal = plan("federal", 0, { compliance: ["us-federal"], steps: [{ id: "a", channel: "email", at: { after: "P1D" } }] });
    const free = plan("free", 0);
    expect(evaluate(free, leadAt(at), at).due).toHaveLength(1);
    expect(evaluateAll([federal, free], leadAt(at), at).due).toEqual([]);
    const quiet = plan("quiet", 0, {
      steps: [{ id: "a", channel: "email", at: { after: "P1D" } }],
      policies: { quietHours: [{ from: "21:30", to: "08:00" }] },
    });
    expect(evaluateAll([quiet, free], leadAt(at), at).due).toEqual([]);
  });
  it("refuses a plan that evaluate refuses for the lead, whatever the other plans' rules: its `us-states` presets closing its window entirely", () => {
    // Utah closes calls on Sundays; the plan calls only on Sundays, once its email's outcome is known.
    const sundays = plan("sundays", 0, {
      compliance: ["us-states"],
      steps: [
        { id: "a", channel: "email", at: { after: "PT0S" } },
        { id: "b", channel: "call", at: { after: "PT0S", from: { step: "a", on: "outcome" } } },
      ],
      policies: { windows: { call: [{ days: ["sun"], from: "09:00", to: "17:00" }] } },
    });
    // Another plan's quiet hours close calls all day: the window the presets close was closed anyway, the plan is no more valid.
    const quiet = plan("quiet", 0, {
      steps: [{ id: "a", channel: "email", at: { after: "P1D" } }],
      policies: {
        quietHours: [
          { from: "00:00", to: "12:00", channels: ["call"] },
          { from: "12:00", to: "00:00", channels: ["call"] },
        ],
      },
    });
    const lead = leadAt(T0, { address: { country: "US", region: "UT" }, contacts: { email: "a@example.com", phone: "+18002752273" } });
    const refusal = (run: () => unknown): unknown => {
      try {
        run();
        return "decided";
      } catch (e) {
        return isPlanValidationError(e) ? e.issues.map((i) => i.code) : String(e);
      }
    };
    expect(refusal(() => evaluate(sundays, lead, T0))).toEqual(["window_never_opens"]);
    expect(refusal(() => evaluateAll([sundays], lead, T0))).toEqual(["window_never_opens"]);
    expect(refusal(() => evaluateAll([sundays, quiet], lead, T0))).toEqual(["window_never_opens"]);
  });
  it("sends one opt-out confirmation for all plans", () => {
    const confirm = { optOutConfirmation: { channel: "sms", template: "bye" }, exits: [{ on: "opt_out" as const }] };
    const p1 = plan("p1", 0, confirm);
    const p2 = plan("p2", 0, confirm);
    const lead = leadAt(T0, { optOuts: [{ channel: "all", at: T0 }] });
    const merged = evaluateAll([p1, p2], lead, T0);
    expect(merged.due.map((t) => `${t.planId}/${t.stepId}`)).toEqual(["p1/opt-out-confirmation"]);
    const after = evaluateAll([p1, p2], { ...lead, history: [sent("opt-out-confirmation", "sms", T0, 1, "p1")] }, "2026-03-11T14:00:01Z");
    expect(after.due).toEqual([]);
    expect(after.done).toBe(true);
  });
  it("rejects an empty list and duplicate ids", () => {
    expect(() => evaluateAll([], leadAt(T0), T0)).toThrow(/non-empty/);
    try {
      evaluateAll([plan("x", 0), plan("x", 1)], leadAt(T0), T0);
      expect.unreachable();
    } catch (e) {
      expect(isArgumentError(e)).toBe(true);
    }
  });
  it("one plan decides as evaluate does, whatever the plan, the history and the instant (property)", () => {
    fc.assert(
      fc.property(
        fc.oneof(randomPlanArb, dealerPlanArb),
        leadSpecArb,
        historyArb(0, 12),
        fc.integer({ min: 0, max: SPAN + 10 * 86_400_000 }),
        (p, spec, history, offset) => {
          const lead = leadWith(spec, history);
          const now = SPAN_START + offset;
          const alone = outcomeOf(() => evaluate(p, lead, now));
          const merged = outcomeOf(() => evaluateAll([p], lead, now).plans[0]);
          expect(merged).toEqual(alone);
        },
      ),
      { numRuns: 300 },
    );
  });
  it("one plan gives the same touches as evaluate", () => {
    const p = plan("solo", 0, { compliance: ["us-federal"] });
    for (const at of [T0, "2026-03-11T02:00:00Z"]) {
      expect(evaluateAll([p], leadAt(at), at).plans[0]).toEqual(evaluate(p, leadAt(at), at));
    }
  });
});
