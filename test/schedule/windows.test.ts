import { describe, expect, it } from "vitest";
import { evaluate, type PlanInput } from "../../src/index.js";
import { leadAt, planWith } from "../support/drive.js";

const plan: PlanInput = planWith({
  steps: [{ id: "call", channel: "call", at: { after: "PT0S" } }],
  policies: {
    windows: {
      call: [
        { days: ["mon", "tue", "wed", "thu", "fri"], from: "08:00", to: "21:00" },
        { days: ["sat"], from: "09:00", to: "18:00" },
      ],
    },
  },
});

describe("send windows and quiet hours", () => {
  it("a touch outside its window is deferred to the next opening, never dropped", () => {
    // Saturday 19:30 in New York -> Monday 08:00.
    const lead = leadAt("2026-03-14T23:30:00Z");
    const d = evaluate(plan, lead, lead.enrolledAt);
    expect(d.due).toEqual([]);
    expect(d.skipped).toEqual([]);
    expect(d.trace[0]).toMatchObject({ state: "waiting", reason: "window", until: "2026-03-16T12:00:00.000Z" });
    expect(d.next).toEqual({ at: "2026-03-16T12:00:00.000Z", stepId: "call" });
    expect(evaluate(plan, lead, "2026-03-16T12:00:00Z").due[0]).toMatchObject({ stepId: "call", dueAt: "2026-03-16T12:00:00.000Z" });
  });

  it("the window edge: 20:59:59 is inside, 21:00:00 is not", () => {
    const lead = leadAt("2026-03-10T20:00:00Z");
    expect(evaluate(plan, lead, "2026-03-11T00:59:59Z").due).toHaveLength(1); // 20:59:59 EDT
    expect(evaluate(plan, lead, "2026-03-11T01:00:00Z").due).toHaveLength(0); // 21:00:00 EDT
  });

  it("evaluated late, after the window closed, a touch that was due waits for the next opening", () => {
    const lead = leadAt("2026-03-10T23:00:00Z"); // 19:00 EDT Tuesday
    const late = evaluate(plan, lead, "2026-03-11T02:00:00Z"); // 22:00
    expect(late.due).toEqual([]);
    expect(late.next?.at).toBe("2026-03-11T12:00:00.000Z");
  });

  it("quiet hours that cross midnight close every channel they cover", () => {
    const quiet = planWith({
      steps: [
        { id: "email", channel: "email", at: { after: "PT0S" } },
        { id: "sms", channel: "sms", at: { after: "PT0S" } },
      ],
      policies: { quietHours: [{ from: "21:00", to: "08:00", channels: ["sms"] }] },
    });
    const lead = leadAt("2026-03-11T03:30:00Z"); // 23:30 EDT
    const d = evaluate(quiet, lead, lead.enrolledAt);
    expect(d.due.map((t) => t.channel)).toEqual(["email"]);
    expect(d.trace[1]).toMatchObject({ state: "waiting", reason: "window", until: "2026-03-11T12:00:00.000Z" });
    const early = evaluate(quiet, lead, "2026-03-11T11:59:00Z"); // 07:59
    expect(early.due.map((t) => t.channel)).toEqual(["email"]);
  });

  it("windows are read in the lead's zone, not the plan's or the host's", () => {
    const brussels = leadAt("2026-03-16T07:30:00Z", { timezone: "Europe/Brussels" }); // 08:30 CET Monday
    expect(evaluate(plan, brussels, brussels.enrolledAt).due).toHaveLength(1);
    const chatham = leadAt("2026-03-16T07:30:00Z", { timezone: "Pacific/Chatham" }); // 21:15 +13:45 Monday
    expect(evaluate(plan, chatham, chatham.enrolledAt).trace[0]).toMatchObject({ reason: "window", until: "2026-03-16T18:15:00.000Z" });
  });

  it("a legacy zone name is normalised; an invalid one is a typed error, never UTC", () => {
    const legacy = leadAt("2026-03-14T23:30:00Z", { timezone: "US/Eastern" });
    expect(evaluate(plan, legacy, legacy.enrolledAt).zone).toEqual({ name: "America/New_York", source: "lead" });
    const kolkata = leadAt("2026-03-14T23:30:00Z", { timezone: "Asia/Kolkata" });
    expect(evaluate(plan, kolkata, kolkata.enrolledAt).zone).toEqual({ name: "Asia/Kolkata", source: "lead" });
    expect(() => evaluate(plan, leadAt("2026-03-14T23:30:00Z", { timezone: "Mars/Base" }), "2026-03-14T23:30:00Z")).toThrow(/Mars\/Base/);
    const fallback = leadAt("2026-03-14T23:30:00Z", { timezone: undefined });
    delete (fallback as { timezone?: string }).timezone;
    // Without a phone or address: the plan's zone (a phone number would select its own zone).
    expect(evaluate(plan, { ...fallback, contacts: {} }, fallback.enrolledAt).zone).toEqual({ name: "America/New_York", source: "plan" });
  });

  it("a phone number that cannot be parsed is named in decision.zone, not silently replaced by the plan's zone", () => {
    const lead = leadAt("2026-03-14T23:30:00Z", { timezone: undefined, contacts: { phone: "call me maybe" } });
    delete (lead as { timezone?: string }).timezone;
    expect(evaluate(plan, lead, lead.enrolledAt).zone).toEqual({
      name: "America/New_York",
      source: "plan",
      detail: 'phone number "call me maybe" could not be parsed: the plan\'s zone is used',
    });
    const parsed = { ...lead, contacts: { phone: "+1 212 555 0100" } };
    expect(evaluate(plan, parsed, lead.enrolledAt).zone).toMatchObject({ name: "America/New_York", source: "phone" });
    expect(evaluate({ ...plan, unknownZone: "untimed-only" }, lead, lead.enrolledAt).zone.detail).toBe(
      'zone unknown: only channels without time rules are used; phone number "call me maybe" could not be parsed: the plan\'s zone is used',
    );
  });

  it("an address country no zone table knows (a name, not a code) is named in decision.zone, not silently replaced by the plan's zone", () => {
    const lead = leadAt("2026-03-14T23:30:00Z", { timezone: undefined, contacts: {}, address: { country: "France", city: "Paris" } });
    delete (lead as { timezone?: string }).timezone;
    expect(evaluate(plan, lead, lead.enrolledAt).zone).toEqual({
      name: "America/New_York",
      source: "plan",
      detail: 'address country "France" is not an ISO 3166-1 code: the plan\'s zone is used',
    });
    // Beside a phone number that cannot be placed either, both are named.
    const both = { ...lead, address: { country: "UK" }, contacts: { phone: "call me maybe" } };
    expect(evaluate(plan, both, lead.enrolledAt).zone.detail).toBe(
      'address country "UK" is not an ISO 3166-1 code: the plan\'s zone is used; phone number "call me maybe" could not be parsed: the plan\'s zone is used',
    );
    // The names CRMs write for the countries with zones by region are read.
    expect(evaluate(plan, { ...lead, address: { country: "United States", region: "Texas" } }, lead.enrolledAt).zone.source).toBe("address");
    expect(evaluate(plan, { ...lead, address: { country: "fr" } }, lead.enrolledAt).zone).toEqual({ name: "Europe/Paris", source: "address" });
  });

  it("decision.zone says why a number that parses selects no zone: invalid, or non-geographic (toll-free)", () => {
    const lead = leadAt("2026-03-14T23:30:00Z", { timezone: undefined, contacts: { phone: "+1 800 275 2273" } });
    delete (lead as { timezone?: string }).timezone;
    expect(evaluate(plan, lead, lead.enrolledAt).zone).toEqual({
      name: "America/New_York",
      source: "plan",
      detail: 'phone number "+1 800 275 2273" is non-geographic (toll-free): the plan\'s zone is used',
    });
    const invalid = { ...lead, contacts: { phone: "+1 212 123 4567" } };
    expect(evaluate(plan, invalid, lead.enrolledAt).zone.detail).toBe('phone number "+1 212 123 4567" is not a valid number: the plan\'s zone is used');
  });

  it("a closure from a clock time leaves the date's earlier minutes open when a fall back shows them again", () => {
    // Sydney falls back on Sunday 2026-04-05 at 03:00 AEDT (16:00Z) to 02:00 AEST; the date is closed from 02:15.
    // At 15:30Z (02:30 AEDT) it is closed; at 16:00Z the clock reads 02:00 again, before the closure: open until 16:15Z.
    const closed = planWith({
      timezone: "Australia/Sydney",
      steps: [{ id: "call", channel: "call", at: { after: "PT0S" } }],
      holidays: { closures: [{ date: "2026-04-05", from: "02:15" }] },
    });
    const lead = leadAt("2026-04-04T15:30:00Z", { timezone: "Australia/Sydney" });
    const waiting = evaluate(closed, lead, Date.parse("2026-04-04T15:30:00Z"));
    expect(waiting.due).toEqual([]);
    expect(waiting.next?.at).toBe("2026-04-04T16:00:00.000Z");
    expect(evaluate(closed, lead, Date.parse("2026-04-04T16:05:00Z")).due.map((t) => t.dueAt)).toEqual(["2026-04-04T16:00:00.000Z"]);
  });
});
