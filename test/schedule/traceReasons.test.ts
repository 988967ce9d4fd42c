import { describe, expect, expectTypeOf, it } from "vitest";
import { TRACE_REASON_WORDS, describeTraceReason, evaluate, type StepState } from "../../src/index.js";

describe("trace reasons in words", () => {
  it("every reason has its own words, and an unknown code comes back unchanged", () => {
    const words = Object.values(TRACE_REASON_WORDS);
    expect(new Set(words).size).toBe(words.length);
    expect(describeTraceReason("window")).toBe("outside the send window or in quiet hours");
    expect(describeTraceReason("do_not_contact")).toBe("the lead must not be contacted on the channel");
    expect(describeTraceReason("a_reason_from_a_later_version")).toBe("a_reason_from_a_later_version");
    expect(describeTraceReason("constructor")).toBe("constructor");
  });

  it("words every reason a decision's trace gives", () => {
    const plan = {
      id: "p",
      name: "P",
      version: 1,
      timezone: "America/New_York",
      steps: [
        { id: "call", channel: "call", at: { after: "PT0S" } },
        { id: "sms", channel: "sms", at: { after: "PT5M" } },
      ],
      policies: { windows: { call: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "17:00" }] } },
    };
    const lead = { id: "l", enrolledAt: "2026-03-07T15:00:00Z", contacts: { phone: "+12125550100" }, consent: { call: { status: "granted" } }, history: [] };
    const trace = evaluate(plan as never, lead as never, "2026-03-07T15:00:00Z").trace;
    expect(trace.length).toBeGreaterThan(0);
    for (const entry of trace) expect(describeTraceReason(entry.reason), entry.reason).not.toBe(entry.reason);
  });

  it("a step's state is one of the five a trace gives (docs/concepts.md): no state that is never produced", () => {
    expectTypeOf<StepState>().toEqualTypeOf<"due" | "waiting" | "skipped" | "completed" | "exited">();
  });
});
