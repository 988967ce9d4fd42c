import { describe, expect, it } from "vitest";
import { closuresCalendar } from "../../src/calendar/index.js";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { ArgumentError, CadenceError } from "../../src/errors/index.js";
import { instantArgument, instantMs, isCalendarDate } from "../../src/primitives/index.js";
import { evaluate, touchRecord } from "../../src/schedule/index.js";
import { respond, simulate } from "../../src/testing/index.js";
import { lead, quickPlan, recordingAdapter, START } from "../engine/fixtures.js";

/** A local date-time: its meaning would depend on the host's zone. */
const LOCAL = "2026-03-09T14:00:00";

function expectArgumentError(run: () => unknown, argument: string): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ArgumentError);
  expect((caught as ArgumentError).argument).toBe(argument);
  expect((caught as ArgumentError).message).toContain(JSON.stringify(LOCAL));
}

async function expectArgumentErrorAsync(run: () => Promise<unknown>, argument: string): Promise<void> {
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ArgumentError);
  expect((error as ArgumentError).argument).toBe(argument);
}

describe("instant arguments are read in one place and refuse local date-times everywhere", () => {
  it("instantArgument takes a Date, epoch ms or an instant with Z or an offset, and names what came otherwise", () => {
    expect(instantArgument("2026-03-09T09:00:00-05:00", "now")).toBe(Date.UTC(2026, 2, 9, 14));
    expect(instantArgument(new Date(Date.UTC(2026, 2, 9)), "now")).toBe(Date.UTC(2026, 2, 9));
    expect(instantArgument(5, "now")).toBe(5);
    expectArgumentError(() => instantArgument(LOCAL, "now"), "now");
    expect(() => instantArgument(Number.NaN, "now")).toThrow(/got NaN \(number\)/);
    expect(() => instantArgument(new Date(Number.NaN), "now")).toThrow(/got an invalid Date/);
  });

  it("instantMs refuses a stored instant without an offset as corrupted state", () => {
    expect(instantMs("2026-03-09T14:00:00.000Z")).toBe(Date.UTC(2026, 2, 9, 14));
    expect(() => instantMs(LOCAL)).toThrow(CadenceError);
  });

  it("evaluate, touchRecord and simulate", () => {
    const plan = quickPlan();
    const l = { ...lead("L1"), enrolledAt: START };
    expectArgumentError(() => evaluate(plan, l, LOCAL), "now");
    expectArgumentError(
      () => touchRecord({ id: "L1/quick@1/sms-now#1", stepId: "sms-now", channel: "sms", attempt: 1, planId: "quick" } as never, { at: LOCAL }),
      "performed.at",
    );
    expectArgumentError(() => simulate(plan, l, { from: LOCAL, until: "P1D", responder: respond.never() }), "options.from");
  });

  it("the manual clock", () => {
    expectArgumentError(() => createManualClock(LOCAL), "start");
    const clock = createManualClock(START);
    expectArgumentError(() => clock.set(LOCAL), "at");
  });

  it("engine.record and engine.pause", async () => {
    const clock = createManualClock(START);
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock });
    await engine.enroll(lead("L1"), "quick");
    await expectArgumentErrorAsync(() => engine.record("L1", { type: "status", status: "won", at: LOCAL }), "event.at");
    await expectArgumentErrorAsync(() => engine.pause("L1", LOCAL), "until");
    const history = (await engine.get("L1"))?.record.lead.history ?? [];
    expect(history.some((h) => h.type === "status")).toBe(false);
  });

  it("a closure date must exist on the calendar", () => {
    expect(isCalendarDate("2024-02-29")).toBe(true);
    expect(isCalendarDate("2026-02-29")).toBe(false);
    expect(() => closuresCalendar([{ date: "2026-02-30" }])).toThrow(ArgumentError);
    expect(() => closuresCalendar([{ date: "2026-02-28" }])).not.toThrow();
  });
});
