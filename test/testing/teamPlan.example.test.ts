// The worked example of docs/testing-your-cadence.md: a team tests its own plan and custom rule
// with lead-cadence/testing. In a project of your own, import from "lead-cadence" and
// "lead-cadence/testing", and add "lead-cadence/testing/vitest" to vitest's setupFiles.
import { describe, expect, it } from "vitest";
import "../../src/testing/vitest.js";
import { parsePlan, type LeadInput, type Rule } from "../../src/index.js";
import { explorePaths, respond, simulate } from "../../src/testing/index.js";

/** Our rule: a lead with a score above 80 or asking for a test drive is hot. */
const isHotLead: Rule = (lead) => Number(lead.attributes?.["score"] ?? 0) > 80 || lead.attributes?.["request"] === "test_drive";
const rules = { isHotLead };

const plan = parsePlan(
  {
    id: "test-drive-follow-up",
    version: 3,
    name: "Test-drive follow-up",
    timezone: "Europe/Paris",
    steps: [
      { id: "call", channel: "call", mode: "task", at: { after: "PT0S" }, attempts: { max: 2, every: "PT20M", until: ["connected"] } },
      { id: "hot-call", channel: "call", mode: "task", at: { after: "PT2H" }, when: { rule: "isHotLead" } },
      {
        id: "sms",
        channel: "sms",
        at: { after: "PT10M", from: { step: "call", on: "outcome" } },
        when: { not: { outcome: { step: "call", in: ["connected"] } } },
      },
      { id: "email", channel: "email", at: { days: 1, time: "09:00" } },
    ],
    exits: [{ on: "reply" }, { on: "connected" }, { on: "opt_out" }],
    policies: {
      windows: { call: [{ days: ["mon", "tue", "wed", "thu", "fri", "sat"], from: "09:00", to: "19:00" }] },
      quietHours: [{ from: "20:00", to: "08:30" }],
      caps: [{ max: 3, per: "day", channels: ["call"] }],
    },
  },
  { rules },
);

const lead = (overrides: Partial<LeadInput> = {}): LeadInput => ({
  id: "lead-fr-1",
  enrolledAt: "2026-06-02T08:00:00Z", // Tuesday 10:00 in Paris
  timezone: "Europe/Paris",
  contacts: { phone: "+33612345678", email: "camille@example.fr" },
  attributes: { request: "brochure", score: 40 },
  ...overrides,
});

describe("our test-drive plan", () => {
  it("calls at once, retries after 20 minutes, then texts once both went unanswered", () => {
    const timeline = simulate(plan, lead(), { until: "P3D", responder: respond.never(), rules });
    expect(timeline).toHaveTouch({ channel: "call", attempt: 1, at: "PT0S" });
    expect(timeline).toHaveTouch({ channel: "call", attempt: 2, at: "PT20M" });
    expect(timeline).toHaveTouch({ channel: "sms", at: "PT30M" });
    expect(timeline).toHaveTouch({ channel: "email", at: "2026-06-03T07:00:00Z" });
    expect(timeline).toExitWith("completed");
  });

  it("the hot-lead rule adds a call two hours in; cold leads skip it", () => {
    const hot = simulate(plan, lead({ attributes: { score: 95 } }), { until: "P3D", responder: respond.never(), rules });
    const cold = simulate(plan, lead(), { until: "P3D", responder: respond.never(), rules });
    expect(hot).toHaveTouch({ step: "hot-call", at: "PT2H" });
    expect(cold).not.toHaveTouch({ step: "hot-call" });
    expect(cold.skips).toContainEqual(expect.objectContaining({ stepId: "hot-call", reason: "condition_false" }));
  });

  it("a lead arriving at 20:30 on a Saturday gets its calls on Monday, then the SMS: never a text before a call", () => {
    const timeline = simulate(plan, lead({ enrolledAt: "2026-06-06T18:30:00Z" }), { until: "P5D", responder: respond.never(), rules });
    expect(timeline.byChannel["call"]?.[0]?.local).toBe("Mon 2026-06-08 09:00 +02:00");
    // Ten minutes after the second call went unanswered (the Sunday email is the day-1 step).
    expect(timeline.byChannel["sms"]?.[0]?.local).toBe("Mon 2026-06-08 09:30 +02:00");
    expect(timeline.deferrals.map((d) => [d.stepId, d.reason, d.untilLocal])).toContainEqual(["call", "window", "Mon 2026-06-08 09:00 +02:00"]);
    expect(timeline).toHaveNoTouchBetween("20:00", "08:30");
  });

  it("a reply to the SMS ends everything", () => {
    const timeline = simulate(plan, lead(), { until: "P3D", responder: respond.byChannel({ sms: "replied" }), rules });
    expect(timeline).toExitWith("replied", "sms");
    expect(timeline).toHaveTouchCount(3);
  });

  it("whatever happens, at most 3 calls on the first day and none after a connected call", () => {
    const paths = explorePaths(plan, lead({ attributes: { score: 95 } }), {
      outcomes: { call: ["no_answer", "busy", "connected"], sms: ["sent", "replied"] },
      maxDepth: 5,
      until: "P3D",
      rules,
    });
    expect(paths.length).toBeGreaterThan(10);
    for (const { timeline } of paths) {
      const firstDay = timeline.touches.filter((t) => t.channel === "call" && t.local.startsWith("Tue 2026-06-02"));
      expect(firstDay.length).toBeLessThanOrEqual(3);
      const connected = timeline.touches.findIndex((t) => t.outcome === "connected");
      if (connected >= 0) expect(timeline.touches.slice(connected + 1)).toEqual([]);
    }
  });
});
