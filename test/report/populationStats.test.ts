import { describe, expect, it } from "vitest";
import { renderTimelineHtml } from "../../src/report/index.js";
import { populationStats } from "../../src/report/populationStats.js";
import { respond, simulate } from "../../src/testing/index.js";
import { lead, MINUTE, quickPlan, START } from "../engine/fixtures.js";

/** SMS at enrolment, email ten minutes later, always open. */
const plan = quickPlan({
  steps: [
    { id: "sms-now", channel: "sms", at: { after: "PT0S" } },
    { id: "email-10m", channel: "email", at: { after: "PT10M" } },
  ],
});

/** Lead `a`, enrolled at START (14:00 UTC). */
const enrolled = (extra: Record<string, unknown> = {}) => ({ ...lead("a", extra), enrolledAt: START });

/** The histogram bin the report's population chart puts the one lead in. */
function binOf(page: string): string | undefined {
  return [...page.matchAll(/<g class="hist-bin" data-label="([^"]*)" data-count="(\d+)">/g)].find((m) => m[2] !== "0")?.[1];
}

describe("population time to first touch", () => {
  it("counts from each lead's enrolment, as its label says, also when the simulation starts later (--from)", () => {
    // Enrolled at 14:00, simulated from 16:00: the first SMS goes at 16:00, two hours after the enrolment.
    const t = simulate(plan, enrolled(), { from: "2026-03-09T16:00:00Z", until: "P1D", responder: respond.never() });
    expect(t.firstTouch?.at).toBe("2026-03-09T16:00:00.000Z");
    const stats = populationStats([t, t]);
    expect(stats.firstTouch.medianMs).toBe(120 * MINUTE);
    expect(binOf(renderTimelineHtml([t, t], { mode: "population" }))).toBe("1–4 h");
  });

  it("counts the lead's first touch in its history: a simulation that continues a history does not restart the clock", () => {
    // The SMS went 30 s after the enrolment; the simulation starts at that record and performs the email at 14:10.
    const history = [
      {
        type: "touch",
        touchId: "a/quick@1/sms-now#1",
        planId: "quick",
        stepId: "sms-now",
        channel: "sms",
        attempt: 1,
        at: "2026-03-09T14:00:30Z",
        outcome: "sent",
      },
    ];
    const t = simulate(plan, enrolled({ history }), { until: "P1D", responder: respond.never() });
    expect(t.from).toBe("2026-03-09T14:00:30.000Z");
    expect(t.firstTouch?.at).toBe("2026-03-09T14:10:00.000Z");
    const stats = populationStats([t, t]);
    expect(stats.firstTouch.medianMs).toBe(30_000);
    expect(stats.firstTouch.none).toBe(0);
    expect(binOf(renderTimelineHtml([t, t], { mode: "population" }))).toBe("under 1 min");
  });
});
