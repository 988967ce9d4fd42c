import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { formatLocal, isOpenAt, normalizeWeeklyIntervals } from "../../src/calendar/index.js";
import type { WeekIntervals } from "../../src/primitives/index.js";
import { LeadValidationError, PlanValidationError } from "../../src/errors/index.js";
import type { LeadInput } from "../../src/lead/index.js";
import { openMinutesOfWeek, parsePlan, safeParsePlan, type PlanInput } from "../../src/plan/index.js";
import { evaluate, outcomeRecord, touchRecord, type Decision } from "../../src/schedule/index.js";

const NY = "America/New_York";
const WINDOWS: Record<string, { days: ("mon" | "tue" | "wed" | "thu" | "fri")[]; from: string; to: string }[]> = {
  "*": [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "18:00" }],
};

function recurringPlan(extra: Partial<PlanInput> = {}): PlanInput {
  return {
    id: "recurring",
    version: 1,
    name: "Recurring calls",
    timezone: NY,
    steps: [
      {
        id: "calls",
        channel: "call",
        at: { rrule: "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR;BYHOUR=11,16;BYMINUTE=0", count: 6 },
        attempts: { max: 6, until: ["connected"] },
      },
    ],
    policies: { windows: { ...WINDOWS } },
    ...extra,
  } as PlanInput;
}

function lead(extra: Partial<LeadInput> = {}): LeadInput {
  return { id: "L1", enrolledAt: "2026-03-06T14:00:00Z", timezone: NY, contacts: { phone: "+12125550142", email: "a@example.com" }, ...extra } as LeadInput;
}

/** Runs the cadence from `start`, performing every due touch at once, until done or `limit` touches. */
function run(plan: PlanInput, l: LeadInput, start: string, limit = 20): { touches: string[]; last: Decision } {
  const history: NonNullable<LeadInput["history"]>[number][] = [];
  let now = Date.parse(start);
  const touches: string[] = [];
  let last = evaluate(plan, { ...l, history }, now);
  for (let i = 0; i < limit; i++) {
    for (const touch of last.due) {
      history.push(touchRecord(touch, { at: now, outcome: "no_answer" }));
      touches.push(formatLocal(last.zone.name, now));
    }
    last = evaluate(plan, { ...l, history: [...history] }, now);
    if (last.due.length > 0) continue;
    if (last.next === null) break;
    now = Date.parse(last.next.at);
    last = evaluate(plan, { ...l, history: [...history] }, now);
  }
  return { touches, last };
}

/**
 * The error `fn` throws and the fastest of three runs in ms (each on a fresh plan object, so
 * nothing is memoised). The bound is a hang guard: generous, so a loaded machine cannot fail it,
 * yet far below what an unbounded search would take.
 */
const HANG_GUARD_MS = 3_000;

function fastestFailure(fn: () => unknown): { error: unknown; ms: number } {
  let error: unknown;
  let ms = Infinity;
  for (let run = 0; run < 3; run++) {
    const t0 = performance.now();
    try {
      fn();
    } catch (e) {
      error = e;
    }
    ms = Math.min(ms, performance.now() - t0);
  }
  return { error, ms };
}

describe("recurring steps", () => {
  it("a waiting recurring step's trace names its rule in words (rrule's reading of it)", () => {
    const d = evaluate(recurringPlan(), lead(), "2026-03-06T14:00:00Z");
    expect(d.trace[0]).toMatchObject({
      state: "waiting",
      reason: "anchor",
      until: "2026-03-06T16:00:00.000Z",
      detail: "every weekday, at 11:00 and 16:00 (lead-local); at most 6 touches",
    });
  });

  it("calls on weekdays at 11:00 and 16:00 across DST, at most 6 times", () => {
    const plan = recurringPlan();
    const { touches, last } = run(plan, lead(), "2026-03-06T14:00:00Z");
    expect(touches).toEqual([
      "2026-03-06 11:00 EST",
      "2026-03-06 16:00 EST",
      "2026-03-09 11:00 EDT",
      "2026-03-09 16:00 EDT",
      "2026-03-10 11:00 EDT",
      "2026-03-10 16:00 EDT",
    ]);
    expect(last.done?.reason).toBe("completed");
    expect(last.trace[0]).toMatchObject({ state: "completed", reason: "attempts_exhausted" });
  });
  it("stops on the until outcome", () => {
    const plan = recurringPlan();
    const first = evaluate(plan, lead(), "2026-03-06T16:00:00Z");
    expect(first.due).toHaveLength(1);
    const history = [touchRecord(first.due[0]!, { at: "2026-03-06T16:00:00Z", outcome: "connected" })];
    const after = evaluate(plan, lead({ history }), "2026-03-06T21:00:00Z");
    expect(after.due).toHaveLength(0);
    expect(after.trace[0]).toMatchObject({ state: "completed", reason: "outcome_reached" });
  });
  it("a rule whose UNTIL has passed completes the step", () => {
    const plan = recurringPlan({ steps: [{ id: "calls", channel: "call", at: { rrule: "FREQ=DAILY;BYHOUR=11;UNTIL=20260307" } }] } as Partial<PlanInput>);
    const d = evaluate(plan, lead(), "2026-03-10T15:00:00Z");
    expect(d.due).toHaveLength(1); // the 2026-03-06 occurrence is still owed (deferred, not dropped)
    const history = [touchRecord(d.due[0]!, { at: "2026-03-10T15:00:00Z" })];
    const after = evaluate(plan, lead({ history }), "2026-03-10T15:01:00Z");
    expect(after.done?.reason).toBe("completed");
  });
  it("a step anchored on the outcome of a recurring step that ran out by UNTIL waits for that outcome, as when it runs out by its count", () => {
    // The calls end on 2026-03-06 (its 11:00 EST occurrence is the last); the lead enrolled that day at 09:00 EST.
    const steps = (at: PlanInput["steps"][number]["at"]): PlanInput["steps"] => [
      { id: "calls", channel: "call", at },
      { id: "after-calls", channel: "email", at: { after: "PT1H", from: { step: "calls", on: "outcome" } } },
    ];
    const byUntil = recurringPlan({ steps: steps({ rrule: "FREQ=DAILY;BYHOUR=11;UNTIL=20260306" }) } as Partial<PlanInput>);
    const byCount = recurringPlan({ steps: steps({ rrule: "FREQ=DAILY;BYHOUR=11", count: 1 }) } as Partial<PlanInput>);
    for (const plan of [byCount, byUntil]) {
      const first = evaluate(plan, lead(), "2026-03-06T16:00:00Z");
      expect(first.due.map((t) => t.stepId)).toEqual(["calls"]);
      // Touched without an outcome yet: the step is over, but the outcome the dependant counts from is not known.
      const touched = lead({ history: [touchRecord(first.due[0]!, { at: "2026-03-06T16:00:00Z" })] });
      const d = evaluate(plan, touched, "2026-03-06T18:00:00Z");
      expect(d.trace[0]).toMatchObject({ state: "completed" });
      expect(d.trace[1]).toMatchObject({ state: "waiting", reason: "anchor_pending" });
      expect(d.due).toEqual([]);
      // The outcome learnt at 19:00 UTC: the dependant is due an hour later.
      const answered = lead({ history: [...(touched.history ?? []), outcomeRecord(first.due[0]!.id, "no_answer", "2026-03-06T19:00:00Z")] });
      expect(evaluate(plan, answered, "2026-03-06T19:30:00Z").next).toEqual({ at: "2026-03-06T20:00:00.000Z", stepId: "after-calls" });
    }
  });
  it("a rule that ended before the step's first occurrence completes it at its anchor: the steps anchored on it start, the cadence ends", () => {
    // The calls ran until 2026-03-01; this lead enrolled on 2026-03-06 (09:00 EST).
    const plan = recurringPlan({
      steps: [
        { id: "calls", channel: "call", at: { rrule: "FREQ=DAILY;BYHOUR=11;UNTIL=20260301" } },
        { id: "recap", channel: "email", at: { after: "PT1H", from: { step: "calls" } } },
        { id: "later", channel: "email", at: { after: "PT2H", from: { step: "calls", on: "outcome" } } },
      ],
    } as Partial<PlanInput>);
    const d = evaluate(plan, lead(), "2026-03-06T14:00:00Z");
    expect(d.trace[0]).toEqual({ stepId: "calls", state: "completed", reason: "attempts_exhausted" });
    expect(d.trace[1]).toMatchObject({ state: "waiting", reason: "anchor", until: "2026-03-06T15:00:00.000Z" });
    expect(d.next).toEqual({ at: "2026-03-06T15:00:00.000Z", stepId: "recap" });
    const { touches, last } = run(plan, lead(), "2026-03-06T14:00:00Z");
    expect(touches).toHaveLength(2);
    expect(last.done?.reason).toBe("completed");
  });
  it("the next wake-up does not depend on how long ago the lead enrolled", () => {
    const plan = recurringPlan({
      steps: [{ id: "calls", channel: "call", at: { rrule: "FREQ=WEEKLY;BYDAY=MO,TH;BYHOUR=11", count: 500 } }],
    } as Partial<PlanInput>);
    const old = lead({
      enrolledAt: "2025-03-06T14:00:00Z",
      history: [{ type: "touch", touchId: "x", planId: "recurring", stepId: "calls", channel: "call", attempt: 3, at: "2026-03-09T15:00:00Z" }],
    });
    const d = evaluate(plan, old, "2026-03-09T16:00:00Z");
    expect(d.next?.at).toBe("2026-03-12T15:00:00.000Z");
  });
});

describe("plan validation of recurrences", () => {
  const withRule = (rrule: string, count?: number) =>
    safeParsePlan(
      recurringPlan({
        steps: [
          { id: "a", channel: "email", at: { rrule: "FREQ=DAILY;BYHOUR=10;COUNT=3" } },
          { id: "b", channel: "email", at: count === undefined ? { rrule } : { rrule, count } },
        ],
      } as Partial<PlanInput>),
    );
  const first = (r: ReturnType<typeof withRule>) => (r.success ? undefined : r.issues[0]);
  it("invalid strings, unsupported parts and rules without an end, with the path", () => {
    expect(first(withRule("FREQ=SOMETIMES;BYHOUR=10;COUNT=2"))).toMatchObject({ code: "invalid_rrule", path: ["steps", 1, "at", "rrule"] });
    expect(first(withRule("FREQ=WEEKLY;BYWEEKNO=3;BYHOUR=10;COUNT=2"))).toMatchObject({ code: "unsupported_rrule_part", received: "BYWEEKNO" });
    expect(first(withRule("FREQ=MINUTELY;COUNT=2"))).toMatchObject({ code: "unsupported_rrule_part" });
    expect(first(withRule("FREQ=DAILY;BYHOUR=10"))).toMatchObject({ code: "rrule_without_end", path: ["steps", 1, "at", "rrule"] });
    expect(first(withRule("FREQ=DAILY;BYHOUR=25;COUNT=2"))).toMatchObject({ code: "invalid_rrule", expected: "0–23" });
    expect(first(withRule("FREQ=DAILY;COUNT=2"))).toMatchObject({ code: "invalid_rrule", expected: "BYHOUR" });
    expect(withRule("FREQ=DAILY;BYHOUR=10", 3).success).toBe(true);
    expect(first(withRule("FREQ=HOURLY;INTERVAL=2;BYHOUR=3;COUNT=2"))).toMatchObject({ code: "rrule_never_matches", path: ["steps", 1, "at", "rrule"] });
    expect(first(withRule("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30;BYHOUR=9;COUNT=2"))).toMatchObject({ code: "rrule_never_matches" });
  });
  it("the iCalendar multi-line form (DTSTART line, RRULE line) is refused, saying what came and what is expected", () => {
    // The rule starts on the step's anchor date in the lead's zone: a DTSTART would contradict it.
    for (const dtstart of ["DTSTART:20260301T090000", "DTSTART;TZID=America/New_York:20260301T090000", "DTSTART:20260301T140000Z"]) {
      for (const sep of ["\n", "\r\n"]) {
        const r = withRule(`${dtstart}${sep}RRULE:FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;COUNT=3`);
        expect(r.success).toBe(false);
        const issues = r.success ? [] : r.issues;
        expect(issues).toHaveLength(1);
        expect(issues[0]).toMatchObject({ code: "unsupported_rrule_part", path: ["steps", 1, "at", "rrule"], received: dtstart });
        expect(issues[0]?.message).toMatch(/DTSTART/);
        expect(issues[0]?.message).toMatch(/anchor/);
        expect(issues[0]?.expected).toMatch(/FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;COUNT=3/);
        expect(issues[0]?.message).not.toMatch(/FREQ is required/);
      }
    }
    // The RRULE line is still checked: its own problems are reported too.
    const both = withRule("DTSTART:20260301T090000\nRRULE:FREQ=WEEKLY;BYDAY=MO;COUNT=3");
    expect(both.success ? [] : both.issues.map((i) => i.code)).toEqual(["unsupported_rrule_part", "invalid_rrule"]);
    // Other content lines, and two rules.
    expect(first(withRule("RRULE:FREQ=DAILY;BYHOUR=9;COUNT=3\nEXDATE:20260302T090000"))).toMatchObject({
      code: "unsupported_rrule_part",
      received: "EXDATE:20260302T090000",
    });
    expect(first(withRule("RRULE:FREQ=DAILY;BYHOUR=9;COUNT=3\nRRULE:FREQ=WEEKLY;BYDAY=MO;BYHOUR=9;COUNT=3"))).toMatchObject({
      code: "invalid_rrule",
      expected: "one RRULE line",
    });
    // A line break after a rule alone is still just the rule.
    expect(withRule("FREQ=DAILY;BYHOUR=10;COUNT=3\n").success).toBe(true);
  });
  it("BYMONTHDAY with FREQ=WEEKLY is refused (RFC 5545 forbids it; rrule and lead-cadence would read it differently)", () => {
    expect(first(withRule("FREQ=WEEKLY;BYMONTHDAY=1;BYHOUR=9;COUNT=3"))).toMatchObject({
      code: "invalid_rrule",
      path: ["steps", 1, "at", "rrule"],
      received: "BYMONTHDAY=1",
    });
    expect(first(withRule("FREQ=WEEKLY;BYDAY=MO;BYMONTHDAY=-1;BYHOUR=9;COUNT=3"))).toMatchObject({ code: "invalid_rrule", received: "BYMONTHDAY=-1" });
    expect(withRule("FREQ=MONTHLY;BYMONTHDAY=1;BYHOUR=9;COUNT=3").success).toBe(true);
    expect(withRule("FREQ=DAILY;BYMONTHDAY=1;BYHOUR=9;COUNT=3").success).toBe(true);
  });
  it("occurrences more than 10 years apart are refused; 10 years apart is waited for, not called never due", () => {
    expect(first(withRule("FREQ=YEARLY;INTERVAL=50;BYHOUR=9;COUNT=3"))).toMatchObject({ code: "invalid_rrule", received: "50" });
    expect(first(withRule("FREQ=MONTHLY;INTERVAL=121;BYHOUR=9;COUNT=3"))).toMatchObject({ code: "invalid_rrule", received: "121" });
    expect(withRule("FREQ=YEARLY;INTERVAL=10;BYHOUR=9;COUNT=3").success).toBe(true);
    // Enrolled after the day's 10:00: the next occurrence is ten years on (Thursday 2036-03-06, 10:00 EST).
    const plan = recurringPlan({
      steps: [{ id: "yearly", channel: "email", at: { rrule: "FREQ=YEARLY;INTERVAL=10;BYHOUR=10", count: 3 } }],
    } as Partial<PlanInput>);
    const d = evaluate(plan, lead({ enrolledAt: "2026-03-06T16:00:00Z" }), "2026-03-06T16:00:00Z");
    expect(d.next?.at).toBe("2036-03-06T15:00:00.000Z");
  });
  it("a never-matching rule is a PlanValidationError within 100 ms", () => {
    // The fifth Monday of February that is also its first day: only a bounded expansion sees it never happens.
    const plan = () =>
      recurringPlan({
        steps: [{ id: "calls", channel: "call", at: { rrule: "FREQ=MONTHLY;BYMONTH=2;BYDAY=5MO;BYMONTHDAY=1;BYHOUR=9", count: 3 } }],
      } as Partial<PlanInput>);
    const { error, ms } = fastestFailure(() => evaluate(plan(), lead(), "2026-03-09T15:00:00Z"));
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(error).toBeInstanceOf(PlanValidationError);
    expect((error as PlanValidationError).issues[0]).toMatchObject({ code: "rrule_never_matches", path: ["steps", 0, "at", "rrule"] });
  });
  it("a rule that never matches from this lead's start is a typed error within 100 ms at evaluation", () => {
    // Mondays that are 29 February, every 7th day from the start: whether it ever happens depends on the start date.
    const plan = () =>
      recurringPlan({
        steps: [{ id: "calls", channel: "call", at: { rrule: "FREQ=DAILY;BYMONTH=2;BYMONTHDAY=29;BYDAY=MO;INTERVAL=7;BYHOUR=9", count: 3 } }],
      } as Partial<PlanInput>);
    const { error, ms } = fastestFailure(() => evaluate(plan(), lead(), "2026-03-09T15:00:00Z"));
    expect(ms).toBeLessThan(HANG_GUARD_MS);
    expect(error).toMatchObject({ code: "rrule_never_matches" });
  });
  it("repeated attempts of a non-recurring step still need every", () => {
    const r = safeParsePlan(recurringPlan({ steps: [{ id: "a", channel: "call", at: { after: "PT0S" }, attempts: { max: 3 } }] } as Partial<PlanInput>));
    expect(r.success ? undefined : r.issues[0]).toMatchObject({ code: "missing_every", path: ["steps", 0, "attempts", "every"] });
  });
});

describe("business days and holidays", () => {
  const plan = (holidays?: PlanInput["holidays"], businessDays?: PlanInput["businessDays"]): PlanInput =>
    ({
      id: "bd",
      version: 1,
      name: "Business days",
      timezone: NY,
      steps: [{ id: "follow-up", channel: "email", at: { businessDays: 2, time: "10:00" } }],
      ...(holidays === undefined ? {} : { holidays }),
      ...(businessDays === undefined ? {} : { businessDays }),
    }) as PlanInput;
  it("two business days after a Friday is Tuesday; a closed Monday pushes it to Wednesday", () => {
    expect(evaluate(plan(), lead(), "2026-03-06T14:00:00Z").next?.at).toBe("2026-03-10T14:00:00.000Z");
    expect(evaluate(plan({ closures: [{ date: "2026-03-09" }] }), lead(), "2026-03-06T14:00:00Z").next?.at).toBe("2026-03-11T14:00:00.000Z");
    expect(evaluate(plan(undefined, ["sun", "mon", "tue", "wed", "thu"]), lead(), "2026-03-05T14:00:00Z").next?.at).toBe("2026-03-09T14:00:00.000Z");
  });
  it("several closures on one date all close it: a touch waits out each, and together they can close the whole day", () => {
    const closures = [
      { date: "2026-03-09", from: "14:00", to: "16:00" },
      { date: "2026-03-09", from: "09:00", to: "11:00" },
    ];
    const monday = { ...plan({ closures }), steps: [{ id: "m", channel: "email", at: { days: 3, time: "10:00" } }] } as PlanInput;
    // Friday + 3 days = Monday 10:00 EDT, inside the second closure: due when it ends, at 11:00 EDT.
    expect(evaluate(monday, lead(), "2026-03-06T14:00:00Z").next?.at).toBe("2026-03-09T15:00:00.000Z");
    // A morning and an afternoon closure close Monday all day: it is no business day.
    const halves = plan({
      closures: [
        { date: "2026-03-09", to: "12:00" },
        { date: "2026-03-09", from: "12:00" },
      ],
    });
    expect(evaluate(halves, lead(), "2026-03-06T14:00:00Z").next?.at).toBe("2026-03-11T14:00:00.000Z");
  });
  it("a touch due on a holiday waits for the next open window (country calendar)", () => {
    const p: PlanInput = {
      ...recurringPlan(),
      steps: [{ id: "c", channel: "call", at: { days: 1, time: "10:00" } }],
      holidays: { country: "US" },
    } as PlanInput;
    // Anchor Wednesday 2026-11-25: next day 10:00 is Thanksgiving → Friday 09:00 opening.
    const d = evaluate(p, lead({ enrolledAt: "2026-11-25T15:00:00Z" }), "2026-11-25T15:00:00Z");
    expect(formatLocal(NY, Date.parse(d.next?.at ?? ""))).toBe("2026-11-27 09:00 EST");
    expect(d.trace[0]).toMatchObject({ state: "waiting", reason: "window" });
  });
  it("holidays from the lead's address", () => {
    const p = { ...recurringPlan(), steps: [{ id: "c", channel: "call", at: { days: 1, time: "10:00" } }], holidays: { fromLead: true } } as PlanInput;
    const be = lead({ timezone: "Europe/Brussels", address: { country: "BE" }, enrolledAt: "2026-07-20T08:00:00Z" });
    // Tuesday 2026-07-21 is Belgium's national day.
    expect(evaluate(p, be, "2026-07-20T08:00:00Z").next?.at).toBe("2026-07-22T07:00:00.000Z");
  });
  it("holidays from the lead's address read the country and region written out, as zones do", () => {
    const p = { ...recurringPlan(), steps: [{ id: "c", channel: "call", at: { days: 1, time: "10:00" } }], holidays: { fromLead: true } } as PlanInput;
    // Monday 2026-04-20 is Patriots' Day, a Massachusetts holiday.
    const next = (address: LeadInput["address"]) =>
      evaluate(p, lead({ timezone: "America/New_York", address, enrolledAt: "2026-04-19T14:00:00Z" }), "2026-04-19T14:00:00Z").next?.at;
    const closed = next({ country: "US", region: "MA" });
    expect(closed).not.toBe(next({ country: "US" }));
    expect(next({ country: "United States", region: "Massachusetts" })).toBe(closed);
    expect(next({ country: "usa", region: "US-MA" })).toBe(closed);
  });
  it("plan validation of holidays", () => {
    expect(() => parsePlan({ ...plan(), holidays: { state: "FL" } })).toThrow(/holidays\.state/);
    expect(() => evaluate(plan({ country: "XX" }), lead(), "2026-03-06T14:00:00Z")).toThrow(PlanValidationError);
  });
});

describe("zone resolution", () => {
  const plan = recurringPlan({ timezone: "Europe/Brussels", steps: [{ id: "c", channel: "call", at: { after: "PT0S" } }] } as Partial<PlanInput>);
  const noZone = (extra: Partial<LeadInput>) => ({ ...lead(extra), timezone: undefined }) as LeadInput;
  it("lead timezone wins; legacy names are canonicalised; invalid names are rejected", () => {
    expect(evaluate(plan, lead({ timezone: "US/Eastern", address: { country: "BE" } }), "2026-03-09T15:00:00Z").zone).toEqual({ name: NY, source: "lead" });
    expect(() => evaluate(plan, lead({ timezone: "Mars/Base" }), "2026-03-09T15:00:00Z")).toThrow(LeadValidationError);
  });
  it("address, then phone, then the plan", () => {
    const fl = evaluate(plan, noZone({ address: { country: "US", region: "FL" } }), "2026-03-09T15:00:00Z");
    expect(fl.zone).toEqual({ name: NY, source: "address", candidates: [NY, "America/Chicago"] });
    const phone = evaluate(plan, noZone({ contacts: { phone: "+1 212 555 0123" } }), "2026-03-09T15:00:00Z");
    expect(phone.zone).toMatchObject({ name: NY, source: "phone" });
    const none = evaluate(plan, noZone({ contacts: { phone: "+1 800 555 0199" } }), "2026-03-09T15:00:00Z");
    expect(none.zone).toMatchObject({ name: "Europe/Brussels", source: "plan" });
  });
  it("several candidates: no touch before the window opens in every one", () => {
    // 09:00 EDT Monday = 08:00 CDT: wait until 09:00 CDT = 10:00 EDT.
    const d = evaluate(plan, noZone({ address: { country: "US", region: "FL" }, enrolledAt: "2026-03-09T13:00:00Z" }), "2026-03-09T13:00:00Z");
    expect(d.due).toHaveLength(0);
    expect(d.next?.at).toBe("2026-03-09T14:00:00.000Z");
  });
  it("unknownZone: untimed-only skips timed channels and keeps email", () => {
    const p = recurringPlan({
      unknownZone: "untimed-only",
      steps: [
        { id: "c", channel: "call", at: { after: "PT0S" } },
        { id: "e", channel: "email", at: { after: "PT0S" } },
      ],
      policies: { windows: { call: WINDOWS["*"] ?? [] } },
    } as Partial<PlanInput>);
    const d = evaluate(p, noZone({ contacts: { phone: "+1 800 555 0199", email: "a@example.com" } }), "2026-03-09T15:00:00Z");
    expect(d.skipped.map((s) => [s.stepId, s.reason])).toEqual([["c", "zone_unknown"]]);
    expect(d.due.map((t) => t.stepId)).toEqual(["e"]);
    expect(d.zone.detail).toMatch(/zone unknown/);
  });
});

describe("property: every produced touch is inside its window in the lead's zone", () => {
  const zones = Intl.supportedValuesOf("timeZone");
  const plan = recurringPlan({
    steps: [
      { id: "calls", channel: "call", at: { rrule: "FREQ=DAILY;BYHOUR=8,12,20;BYMINUTE=30", count: 20 } },
      { id: "bd", channel: "sms", at: { businessDays: 1, time: "07:00" } },
    ],
    policies: { windows: { ...WINDOWS }, quietHours: [{ from: "12:00", to: "13:00" }] },
  } as Partial<PlanInput>);
  const parsed = parsePlan(plan);
  const open: Record<string, WeekIntervals> = {
    call: normalizeWeeklyIntervals(openMinutesOfWeek(parsed.policies, "call")),
    sms: normalizeWeeklyIntervals(openMinutesOfWeek(parsed.policies, "sms")),
  };
  it("random zones and instants 2024–2030", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 1) }),
        fc.integer({ min: 0, max: 20 * 86_400_000 }),
        (zone, enrolled, later) => {
          const l = lead({ timezone: zone, enrolledAt: new Date(enrolled).toISOString(), consent: { sms: { status: "granted" } } });
          const d = evaluate(parsed, l, enrolled + later);
          for (const t of d.due) expect(isOpenAt(zone, enrolled + later, open[t.channel] as WeekIntervals)).toBe(true);
          if (d.next !== null) {
            const step = d.trace.find((e) => e.stepId === d.next?.stepId);
            expect(isOpenAt(zone, Date.parse(d.next.at), open[step?.channel ?? "call"] as WeekIntervals)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("property: no touch on a closed date", () => {
  const zones = Intl.supportedValuesOf("timeZone");
  it("random zones, closures and instants", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.integer({ min: Date.UTC(2024, 0, 1), max: Date.UTC(2030, 11, 1) }),
        fc.uniqueArray(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 5 }),
        fc.integer({ min: 0, max: 10 * 86_400_000 }),
        (zone, enrolled, offsets, later) => {
          const dates = offsets.map((o) => isoDateIn(zone, enrolled + o * 86_400_000));
          const plan = recurringPlan({
            holidays: { closures: dates.map((date) => ({ date })) },
            steps: [
              { id: "calls", channel: "call", at: { rrule: "FREQ=DAILY;BYHOUR=10,15", count: 10 } },
              { id: "mail", channel: "email", at: { businessDays: 1, time: "09:00" } },
            ],
          } as Partial<PlanInput>);
          const l = lead({ timezone: zone, enrolledAt: new Date(enrolled).toISOString() });
          const now = enrolled + later;
          const d = evaluate(plan, l, now);
          if (d.due.length > 0) expect(dates).not.toContain(isoDateIn(zone, now));
          if (d.next !== null) expect(dates).not.toContain(isoDateIn(zone, Date.parse(d.next.at)));
        },
      ),
      { numRuns: 200 },
    );
  });
});

function isoDateIn(zone: string, t: number): string {
  return new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" }).format(t);
}

describe("a host's own HolidayCalendar", () => {
  it("closes windows and business days on its dates, with the plan's closures", () => {
    const plan: PlanInput = {
      id: "host",
      version: 1,
      name: "Host calendar",
      timezone: NY,
      holidays: { closures: [{ date: "2026-03-10" }] },
      steps: [{ id: "follow-up", channel: "email", at: { businessDays: 1, time: "10:00" } }],
    } as PlanInput;
    const holidays = { isHoliday: (date: string) => (date === "2026-03-09" ? { name: "Founders' day" } : false) };
    // Friday anchor: Monday is the host's holiday, Tuesday the plan's closure → Wednesday.
    expect(evaluate(plan, lead(), "2026-03-06T14:00:00Z", { holidays }).next?.at).toBe("2026-03-11T14:00:00.000Z");
    expect(evaluate(plan, lead(), "2026-03-06T14:00:00Z").next?.at).toBe("2026-03-09T14:00:00.000Z");
  });
});
