import { describe, expect, it } from "vitest";
import { evaluate, LeadValidationError, parsePlan } from "../../src/index.js";

// A lead's own `timezone` is resolved once per set of closed days (resolveLeadClock.ts): the
// remembered clock must never carry one decision's closed days into another's.
const plan = parsePlan({
  id: "zone-memo",
  name: "Zone memo",
  version: 1,
  timezone: "America/New_York",
  steps: [{ id: "call", channel: "call", at: { after: "PT0S" } }],
  policies: { windows: { call: [{ days: ["mon", "tue", "wed", "thu", "fri"], from: "09:00", to: "17:00" }] } },
});
const lead = { id: "l1", enrolledAt: "2026-03-02T14:00:00Z", timezone: "Europe/Brussels", contacts: { phone: "+3225550100" }, history: [] };
// Monday 2 March 2026, 15:00 in Brussels.
const now = "2026-03-02T14:00:00Z";
const closedMonday = { isHoliday: (date: string) => date === "2026-03-02" };
const closedTuesday = { isHoliday: (date: string) => date === "2026-03-03" };

describe("the lead's zone, remembered per set of closed days", () => {
  it("decides the same lead under each host calendar as under it alone, in any order", () => {
    const alone = [undefined, closedMonday, closedTuesday].map((holidays) => evaluate(plan, lead, now, holidays === undefined ? {} : { holidays }));
    expect(alone.map((d) => d.due.length)).toEqual([1, 0, 1]);
    expect(alone[1]?.next?.at).toBe("2026-03-03T08:00:00.000Z");
    for (const order of [
      [2, 1, 0],
      [1, 0, 2, 1],
      [0, 2, 0, 1],
    ]) {
      for (const k of order) {
        const holidays = [undefined, closedMonday, closedTuesday][k];
        expect(evaluate(plan, lead, now, holidays === undefined ? {} : { holidays })).toEqual(alone[k]);
      }
    }
  });

  it("shares one frozen zone between decisions, and still refuses a zone that is not one", () => {
    const a = evaluate(plan, lead, now);
    const b = evaluate(plan, { ...lead, id: "l2" }, now);
    expect(a.zone).toEqual({ name: "Europe/Brussels", source: "lead" });
    expect(b.zone).toBe(a.zone);
    expect(Object.isFrozen(a.zone)).toBe(true);
    // A legacy name is remembered as given, resolved to its canonical zone.
    expect(evaluate(plan, { ...lead, timezone: "Asia/Calcutta" }, now).zone.name).toBe("Asia/Kolkata");
    expect(evaluate(plan, { ...lead, timezone: "Asia/Calcutta" }, now).zone.name).toBe("Asia/Kolkata");
    for (let i = 0; i < 2; i++) expect(() => evaluate(plan, { ...lead, timezone: "Europe/Nowhere" }, now)).toThrow(LeadValidationError);
  });
});
