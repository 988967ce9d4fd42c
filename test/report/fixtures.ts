import { readFileSync } from "node:fs";
import type { LeadInput, PlanInput } from "../../src/index.js";
import { simulate, type Responder, type Timeline } from "../../src/testing/index.js";

const readJson = (relative: string): unknown => JSON.parse(readFileSync(new URL(relative, import.meta.url), "utf8"));

/**
 * The dealer plan with a dated closure (a Monday of staff training) and a 5-minute SLA on the first
 * call that alerts the sales manager: every band and mark the report draws appears.
 */
export function dealerPlan(): PlanInput {
  const plan = readJson("../../examples/plans/dealer-speed-to-lead.json") as PlanInput;
  return {
    ...plan,
    steps: plan.steps.map((s) =>
      s.id === "call-now" ? { ...s, sla: { within: "PT5M", escalate: { channel: "manager", template: "first-call-overdue" } } } : s,
    ),
    holidays: { closures: [{ date: "2026-03-16", name: "Staff training day" }] },
  };
}

/** A New York lead that arrives on a Friday at 19:40, just before quiet hours and the weekend. */
export function fridayLead(overrides: Partial<LeadInput> = {}): LeadInput {
  return { ...(readJson("../../examples/leads/new-york-fresh.json") as LeadInput), enrolledAt: "2026-03-13T23:40:00Z", ...overrides };
}

/** The rep calls 12 minutes late and nobody answers the phone; the day-3 email is opened and answered three hours later. */
export const fridayResponder: Responder = (touch) =>
  touch.stepId === "call-now"
    ? { performedAfter: "PT12M" }
    : touch.stepId === "email-day-3"
      ? {
          outcome: "opened",
          events: [
            { after: "PT3H", event: { type: "inbound", channel: "email", text: "Is the XC60 still available? Saturday morning works for a test drive." } },
          ],
        }
      : undefined;

/** The report's showcase: an SLA escalation, deferrals for quiet hours, a cap and a closure, a fallback, a reply and its exit. */
export function fridayTimeline(): Timeline {
  return simulate(dealerPlan(), fridayLead(), { until: "P14D", responder: fridayResponder });
}
