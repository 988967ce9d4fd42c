import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { COMPLIANCE_PRESETS, evaluate, type LeadInput } from "../../src/index.js";
import { presetPlan } from "./helpers.js";

// Every zone of the fifty states (the preset's jurisdiction), written out here, not read from the library's tables.
const US_ZONES = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Phoenix",
  "America/Los_Angeles",
  "America/Anchorage",
  "America/Adak",
  "Pacific/Honolulu",
];
/** A number the phone lookup cannot place (555 is no area code): the lead's zone stays unknown. */
const unplaced = (enrolledAt: string, extra: Partial<LeadInput> = {}): LeadInput => ({ id: "u1", enrolledAt, contacts: { phone: "+15555550100" }, ...extra });
const localHour = (zone: string, at: string): number =>
  Number(new Intl.DateTimeFormat("en-US", { timeZone: zone, hour: "numeric", hourCycle: "h23" }).format(new Date(at)));

describe("a lead whose zone stays unknown, under a compliance preset's local hours", () => {
  // Monday 10:00 in New York is 07:00 in Los Angeles and 04:00 in Honolulu: the plan's zone alone would call them.
  const monday10 = "2026-03-09T14:00:00Z";

  it("is reached only when the preset's hours are open in every zone of its country", () => {
    const d = evaluate(presetPlan(["us-federal"]), unplaced(monday10), monday10);
    expect(d.due).toEqual([]);
    // 08:00 in Honolulu (UTC−10) is 14:00 in New York.
    expect(d.next?.at).toBe("2026-03-09T18:00:00.000Z");
    expect(d.zone.name).toBe("America/New_York");
    expect(d.zone.source).toBe("plan");
    expect(d.zone.candidates).toEqual(expect.arrayContaining(US_ZONES));
    expect(d.zone.detail).toMatch(/is not a valid number: the plan's zone is used$/);
    expect(evaluate(presetPlan(["us-federal"]), unplaced(monday10), "2026-03-09T18:00:00Z").due.map((t) => t.channel)).toEqual(["call"]);
  });

  it("the presets a lead's state selects count, and a plan without presets keeps its own zone", () => {
    // us-states alone selects no preset for a number whose state is unknown: no hours to keep.
    expect(evaluate(presetPlan(["us-states"]), unplaced(monday10), monday10).zone.candidates).toBeUndefined();
    // A state preset's hours (Florida: 08:00–20:00) are kept in every US zone too.
    const florida = evaluate(presetPlan(["us-fl"]), unplaced(monday10), monday10);
    expect(florida.due).toEqual([]);
    expect(florida.zone.candidates).toEqual(expect.arrayContaining(US_ZONES));
    const plain = evaluate(presetPlan([]), unplaced(monday10), monday10);
    expect(plain.due.map((t) => t.channel)).toEqual(["call"]);
    expect(plain.zone.candidates).toBeUndefined();
    // A zone the lead gives, or its address, is used as before.
    expect(evaluate(presetPlan(["us-federal"]), unplaced(monday10, { timezone: "America/New_York" }), monday10).due).toHaveLength(1);
    expect(evaluate(presetPlan(["us-federal"]), unplaced(monday10, { address: { country: "US", region: "NY" } }), monday10).due).toHaveLength(1);
    // untimed-only still uses no timed channel at all.
    const untimed = evaluate(presetPlan(["us-federal"], "call", { unknownZone: "untimed-only" }), unplaced(monday10), monday10);
    expect(untimed.due).toEqual([]);
    expect(untimed.zone.candidates).toBeUndefined();
  });

  it("every preset that closes dates sets hours too (the zones kept for an unknown zone are read from the hours)", () => {
    const presets = Object.values(COMPLIANCE_PRESETS);
    expect(presets.filter((p) => p.closures !== undefined).length).toBeGreaterThan(2);
    for (const preset of presets) if (preset.closures !== undefined) expect(preset.windows, preset.id).toBeDefined();
  });

  it("never calls or texts outside 08:00–21:00 in any US zone (property over instants)", () => {
    const start = Date.parse("2026-01-01T00:00:00Z");
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 365 * 24 * 60 - 1 }), fc.constantFrom("call", "sms"), (minute, channel) => {
        const now = new Date(start + minute * 60_000).toISOString();
        const d = evaluate(presetPlan(["us-federal"], channel), unplaced(now), now);
        for (const touch of d.due) for (const zone of US_ZONES) expect(localHour(zone, now), `${touch.channel} at ${now} in ${zone}`).toBeGreaterThanOrEqual(8);
        for (const touch of d.due) for (const zone of US_ZONES) expect(localHour(zone, now), `${touch.channel} at ${now} in ${zone}`).toBeLessThan(21);
      }),
      { numRuns: 300 },
    );
  });
});
