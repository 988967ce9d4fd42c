import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/index.js";
import { formatTimeline, respond, simulate } from "../../src/testing/index.js";
import { b2bPlan, dealerPlan, newYorkLead } from "./fixtures.js";

const dealer = parsePlan(dealerPlan());

describe("formatTimeline", () => {
  it("the dealer plan, never answered (snapshot)", () => {
    expect(formatTimeline(simulate(dealer, newYorkLead(), { until: "P14D", responder: respond.never() }))).toMatchSnapshot();
  });

  it("a late-evening lead held by quiet hours who replies, with a delayed outcome (snapshot)", () => {
    const lead = { ...newYorkLead(), enrolledAt: "2026-03-14T01:30:00Z" };
    const responder = respond.at(
      "P1DT2H",
      { type: "inbound", channel: "sms", text: "STOP" },
      respond.byChannel({ email: { outcome: "opened", outcomeAfter: "PT2H" } }),
    );
    expect(formatTimeline(simulate(dealer, lead, { until: "P14D", responder }))).toMatchSnapshot();
  });

  it("a B2B lead in Brussels: a weekend hold and a LinkedIn skip (snapshot)", () => {
    const lead = {
      id: "lead-b2b-1",
      enrolledAt: "2026-03-27T16:00:00+01:00",
      timezone: "Europe/Brussels",
      contacts: { email: "a@example.be", phone: "+3225550000" },
    };
    expect(formatTimeline(simulate(b2bPlan(), lead, { until: "P14D", responder: respond.never() }))).toMatchSnapshot();
  });

  it("is stable: the same simulation renders identically, and without colour by default", () => {
    const a = formatTimeline(simulate(dealer, newYorkLead(), { until: "P14D", responder: respond.random({ seed: 9, rates: { connected: 0.2 } }) }));
    const b = formatTimeline(simulate(dealer, newYorkLead(), { until: "P14D", responder: respond.random({ seed: 9, rates: { connected: 0.2 } }) }));
    expect(a).toBe(b);
    expect(a).not.toContain("\u001b[");
  });

  it("colours the event column on request, and can leave out the heading", () => {
    const timeline = simulate(dealer, newYorkLead(), { until: "PT1H", responder: respond.never() });
    expect(formatTimeline(timeline, { color: true })).toContain("\u001b[32mtouch");
    expect(formatTimeline(timeline, { heading: false }).split("\n")[0]).toMatch(/^ {2}elapsed/);
  });

  it("says why the simulation stopped when the cadence did not exit, and when, on the lead's clock", () => {
    const timeline = simulate(dealer, newYorkLead(), { until: "PT1H", responder: respond.never() });
    expect(formatTimeline(timeline).split("\n").at(-1)).toBe(
      "Still running at Mon 2026-03-09 11:00 EDT (the end of the simulation) · 4 touches (call 2, sms 1, email 1)",
    );
    const idle = { ...timeline, end: { reason: "idle" as const, at: "2026-03-09T15:00:00.000Z" } };
    expect(formatTimeline(idle).split("\n").at(-1)).toBe(
      "Nothing more scheduled after Mon 2026-03-09 11:00 EDT: the cadence waits for the lead · 4 touches (call 2, sms 1, email 1)",
    );
    expect(formatTimeline({ ...timeline, entries: [] })).toContain("(nothing happened)");
  });
});
