import { describe, expect, it } from "vitest";
import { isOpenAt, nextOpenAt, normalizeWeeklyIntervals, type DateClosures } from "../../src/calendar/index.js";
import { COMPLIANCE_PRESETS, presetIdsForLead, usStatesOf } from "../../src/index.js";
import { compileCompliance, easterSunday, usAreaCode } from "../../src/policy/index.js";
import { PRESET_RULES } from "../../src/policy/presets/index.js";

const DAY_MS = 86_400_000;
const ymd = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

describe("presets as data", () => {
  it("every preset documents its source and has an id matching its key", () => {
    for (const [id, preset] of Object.entries(COMPLIANCE_PRESETS)) {
      expect(preset.id).toBe(id);
      expect(preset.title.length).toBeGreaterThan(10);
      expect(preset.source.length).toBeGreaterThan(20);
    }
  });
  it("compiles the same rules COMPLIANCE_PRESETS shows (its title and source aside)", () => {
    expect(Object.keys(PRESET_RULES)).toEqual(Object.keys(COMPLIANCE_PRESETS));
    for (const [id, preset] of Object.entries(COMPLIANCE_PRESETS)) {
      const { title, source, ...rules } = preset;
      expect(rules).toEqual(PRESET_RULES[id]);
      // The documented preset reads as it did when the texts were inline: id, title, source, then the rules.
      expect(Object.keys(preset).slice(0, 3)).toEqual(["id", "title", "source"]);
    }
  });
  it("compiles caps, consent and narrowing", () => {
    const c = compileCompliance(["us-md", "de-consent", "us-federal"]);
    expect(c.ids).toEqual(["de-consent", "us-federal", "us-md"]);
    expect(c.caps).toEqual([{ max: 3, per: "24h", channels: ["call", "sms"] }]);
    expect([...c.consentRequired].sort()).toEqual(["call", "email", "sms", "whatsapp"]);
    expect(c.narrow("call", [[0, 10080]])[0]).toEqual([480, 1200]); // Monday 08:00–20:00
    expect(c.narrow("email", [[0, 10080]])).toEqual([[0, 10080]]);
  });
});

describe("dated closures in the calendar", () => {
  const weekdays = normalizeWeeklyIntervals([0, 1, 2, 3, 4].map((d) => [d * 1440 + 540, d * 1440 + 1320] as const));
  // Closed all of 2026-03-11 (day 20523) and from 18:30 on 2026-03-12.
  const closed: DateClosures = (day) => (ymd(day) === "2026-03-11" ? [[0, 1440]] : ymd(day) === "2026-03-12" ? [[1110, 1440]] : undefined);
  const z = "Europe/Amsterdam";
  it("isOpenAt honours the closure; without it nothing changes", () => {
    expect(isOpenAt(z, Date.parse("2026-03-11T10:00:00Z"), weekdays)).toBe(true);
    expect(isOpenAt(z, Date.parse("2026-03-11T10:00:00Z"), weekdays, closed)).toBe(false);
    expect(isOpenAt(z, Date.parse("2026-03-12T17:29:59Z"), weekdays, closed)).toBe(true);
    expect(isOpenAt(z, Date.parse("2026-03-12T17:30:00Z"), weekdays, closed)).toBe(false);
  });
  it("nextOpenAt skips closed dates and short days", () => {
    expect(new Date(nextOpenAt(z, Date.parse("2026-03-11T10:00:00Z"), weekdays, closed)!).toISOString()).toBe("2026-03-12T08:00:00.000Z");
    expect(new Date(nextOpenAt(z, Date.parse("2026-03-12T18:00:00Z"), weekdays, closed)!).toISOString()).toBe("2026-03-13T08:00:00.000Z");
    expect(nextOpenAt(z, 0, weekdays, () => [[0, 1440]])).toBeNull();
  });
});

describe("Easter", () => {
  it("matches known dates", () => {
    expect(ymd(easterSunday(2024))).toBe("2024-03-31");
    expect(ymd(easterSunday(2025))).toBe("2025-04-20");
    expect(ymd(easterSunday(2026))).toBe("2026-04-05");
    expect(ymd(easterSunday(2038))).toBe("2038-04-25");
    expect(ymd(easterSunday(2285))).toBe("2285-03-22");
  });
});

describe("US region", () => {
  it("area codes", () => {
    expect(usAreaCode("+1 (305) 555-0100")).toBe("305");
    expect(usAreaCode("1-410-555-0100")).toBe("410");
    expect(usAreaCode("9185550100")).toBe("918");
    expect(usAreaCode("00 1 305 555 0100")).toBe("305");
    expect(usAreaCode("0031 6 1234 5678")).toBeUndefined();
    expect(usAreaCode("+31 6 12345678")).toBeUndefined();
    expect(usAreaCode(undefined)).toBeUndefined();
  });
  it("address region and area code both count", () => {
    const lead = { id: "x", enrolledAt: "2026-01-01T00:00:00Z" };
    expect(usStatesOf({ ...lead, address: { region: "Florida" }, contacts: { phone: "+14105550100" } })).toEqual(["FL", "MD"]);
    expect(usStatesOf({ ...lead, address: { country: "DE", region: "FL" } })).toEqual([]);
    // States and the country written out, as CRMs store them, through the one table address zones read.
    expect(usStatesOf({ ...lead, address: { country: "United States", region: "New York" } })).toEqual(["NY"]);
    expect(usStatesOf({ ...lead, address: { country: "U.S.A.", region: "Rhode Island" } })).toEqual(["RI"]);
    expect(usStatesOf({ ...lead, address: { country: "Canada", region: "Florida" } })).toEqual([]);
    expect(presetIdsForLead(["us-federal", "us-states"], { ...lead, address: { region: "ok" } })).toEqual(["us-federal", "us-ok"]);
    expect(presetIdsForLead(["us-states"], { ...lead, address: { region: "TX" } })).toEqual([]);
  });
});
