import { describe, expect, it } from "vitest";
import {
  businessDaysAfter,
  closedDaysOf,
  closuresCalendar,
  countryHolidayCalendar,
  formatLocalWithWeekday,
  isOpenAt,
  MONDAY_TO_FRIDAY,
  nextOpenAt,
  normalizeWeeklyIntervals,
} from "../../src/calendar/index.js";
import { loadOptionalPeer } from "../../src/calendar/optionalPeer.js";
import { ArgumentError, MissingDependencyError } from "../../src/errors/index.js";

const U = (s: string) => Date.parse(s);
const at = (d: number, h: number) => d * 1440 + h * 60;
const BUSINESS = normalizeWeeklyIntervals([0, 1, 2, 3, 4, 5].map((d) => [at(d, 9), at(d, 18)] as const));
const NY = "America/New_York";
const BXL = "Europe/Brussels";
const show = (zone: string, t: number | null) => (t === null ? null : formatLocalWithWeekday(zone, t));

describe("closures calendar", () => {
  const closed = closedDaysOf([
    closuresCalendar([
      { date: "2026-12-24", from: "14:00" },
      { date: "2026-12-26", name: "Inventory" },
    ]),
  ]);
  it("keeps the window closed on a closed afternoon and a closed day", () => {
    expect(isOpenAt(NY, U("2026-12-24T15:00:00Z"), BUSINESS, closed.dateClosures)).toBe(true); // 10:00 EST
    expect(isOpenAt(NY, U("2026-12-24T19:00:00Z"), BUSINESS, closed.dateClosures)).toBe(false); // 14:00 EST
    expect(show(NY, nextOpenAt(NY, U("2026-12-24T19:00:00Z"), BUSINESS, closed.dateClosures))).toBe("Fri 2026-12-25 09:00 EST");
    // Saturday 2026-12-26 is closed all day: from Friday evening the next opening is Monday.
    expect(show(NY, nextOpenAt(NY, U("2026-12-25T23:30:00Z"), BUSINESS, closed.dateClosures))).toBe("Mon 2026-12-28 09:00 EST");
    expect(show(NY, nextOpenAt(NY, U("2026-12-24T19:00:00Z"), BUSINESS))).toBe("Thu 2026-12-24 14:00 EST");
    expect(closed.holidayName(20_813)).toBe("Inventory"); // 2026-12-26
  });
  it("rejects malformed closures with a typed error", () => {
    expect(() => closuresCalendar([{ date: "24/12/2026" }])).toThrow(ArgumentError);
    expect(() => closuresCalendar([{ date: "2026-12-24", from: "2pm" }])).toThrow(/closures\[0\]\.from/);
  });
});

describe("country holidays (date-holidays)", () => {
  it("Belgium: Christmas 2026 (a Friday) keeps windows closed until Saturday", () => {
    const closed = closedDaysOf([countryHolidayCalendar("BE")]);
    expect(show(BXL, nextOpenAt(BXL, U("2026-12-25T08:00:00Z"), BUSINESS, closed.dateClosures))).toBe("Sat 2026-12-26 09:00 +01:00");
  });
  it("US/FL calendar knows Thanksgiving; unknown countries and states are typed errors", () => {
    expect(countryHolidayCalendar("US", "FL").isHoliday("2026-11-26")).toMatchObject({ name: expect.stringMatching(/Thanksgiving/) });
    expect(() => countryHolidayCalendar("XX")).toThrow(ArgumentError);
    expect(() => countryHolidayCalendar("US", "ZZ")).toThrow(/state or region of US/);
  });
  it("a holiday of several days closes each of them; one starting at a clock time closes the day from then", () => {
    // Eid al-Fitr 2026 in the UAE (+04:00) runs three days, 20–22 March; the third is a Sunday.
    const ae = countryHolidayCalendar("AE");
    for (const date of ["2026-03-20", "2026-03-21", "2026-03-22"]) expect(ae.isHoliday(date), date).toMatchObject({ name: expect.stringMatching(/Fitr/) });
    expect(ae.isHoliday("2026-03-23")).toBe(false);
    // Armenia: New Year 1–2 January, pre-Christmas 3–5 January.
    expect(countryHolidayCalendar("AM").isHoliday("2026-01-02")).toMatchObject({ name: expect.stringMatching(/New Year/) });
    expect(countryHolidayCalendar("AM").isHoliday("2026-01-05")).not.toBe(false);
    // China (+08:00): International Women's Day is a half day, from 12:00; Iceland's Christmas Eve from 13:00.
    expect(countryHolidayCalendar("CN").isHoliday("2026-03-08")).toEqual({ name: "International Women's Day", from: "12:00" });
    expect(countryHolidayCalendar("IS").isHoliday("2026-12-24")).toMatchObject({ from: "13:00" });
    const SH = "Asia/Shanghai";
    const closed = closedDaysOf([countryHolidayCalendar("CN")]);
    // Youth Day, Monday 4 May 2026, is closed from 12:00 only.
    expect(show(SH, nextOpenAt(SH, U("2026-05-04T01:30:00Z"), BUSINESS, closed.dateClosures))).toBe("Mon 2026-05-04 09:30 +08:00");
    expect(show(SH, nextOpenAt(SH, U("2026-05-04T04:30:00Z"), BUSINESS, closed.dateClosures))).toBe("Tue 2026-05-05 09:00 +08:00");
    // A Sunday-to-Thursday week in Dubai: the holiday's days do not count as business days.
    const DXB = "Asia/Dubai";
    const sunThu = 0b1001111;
    const aeClosed = closedDaysOf([ae]);
    expect(show(DXB, businessDaysAfter(DXB, U("2026-03-19T06:00:00Z"), 1, 600, sunThu, aeClosed))).toBe("Mon 2026-03-23 10:00 +04:00");
  });
  it("a missing optional package is a MissingDependencyError naming it", () => {
    let error: unknown;
    try {
      loadOptionalPeer("lead-cadence-no-such-package", "Testing");
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(MissingDependencyError);
    expect((error as MissingDependencyError).packageName).toBe("lead-cadence-no-such-package");
    expect((error as Error).message).toContain("npm install lead-cadence-no-such-package");
  });
});

describe("business days", () => {
  it("skips weekends and whole-day holidays, keeps the local time across DST", () => {
    // Friday 2026-03-06 → 2 business days → Tuesday 2026-03-10 10:00 EDT (DST began Sunday).
    expect(show(NY, businessDaysAfter(NY, U("2026-03-06T15:00:00Z"), 2, 600, MONDAY_TO_FRIDAY))).toBe("Tue 2026-03-10 10:00 EDT");
    const closed = closedDaysOf([closuresCalendar([{ date: "2026-03-09" }, { date: "2026-03-10", from: "15:00" }])]);
    expect(show(NY, businessDaysAfter(NY, U("2026-03-06T15:00:00Z"), 2, 600, MONDAY_TO_FRIDAY, closed))).toBe("Wed 2026-03-11 10:00 EDT");
    // 0 business days from a Saturday: the next Monday.
    expect(show(NY, businessDaysAfter(NY, U("2026-03-07T15:00:00Z"), 0, 600, MONDAY_TO_FRIDAY))).toBe("Mon 2026-03-09 10:00 EDT");
    // Sunday–Thursday business week.
    const sunThu = 0b1001111;
    expect(show(NY, businessDaysAfter(NY, U("2026-03-05T15:00:00Z"), 1, 600, sunThu))).toBe("Sun 2026-03-08 10:00 EDT");
  });
  it("a calendar with no business day at all is a typed error, not a hang", () => {
    const always = { isHoliday: () => true };
    expect(() => businessDaysAfter(NY, U("2026-03-06T15:00:00Z"), 1, 600, MONDAY_TO_FRIDAY, closedDaysOf([always]))).toThrow(/No business day/);
  });
});
