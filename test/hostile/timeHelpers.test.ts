import { describe, expect, it } from "vitest";
import { ArgumentError, closuresCalendar, countryHolidayCalendar, formatLocal, formatLocalWithWeekday } from "../../src/index.js";
import { caught } from "../support/caught.js";

const MS = Date.parse("2026-03-09T14:00:00Z");

describe("the exported time helpers refuse what they cannot use with an ArgumentError", () => {
  const cases: [string, () => unknown, string][] = [
    // luxon's own Error ("fromMillis requires a numerical input").
    ["formatLocal with a local date-time (no zone of its own)", () => formatLocal("America/New_York", "2026-03-09T14:00:00"), "instant"],
    ["formatLocal with a text that is no instant", () => formatLocal("America/New_York", "tomorrow"), "instant"],
    ["formatLocalWithWeekday with null", () => formatLocalWithWeekday("America/New_York", null as never), "instant"],
    ["formatLocal with NaN", () => formatLocal("America/New_York", Number.NaN), "instant"],
    ["formatLocal with an invalid Date", () => formatLocal("America/New_York", new Date(Number.NaN)), "instant"],
    // Returned the text "Invalid DateTime (…)".
    ["formatLocal in an unknown zone", () => formatLocal("Mars/Base", MS), "zone"],
    ["formatLocal in a zone that is a number", () => formatLocal(5 as never, MS), "zone"],
    // TypeErrors: forEach of a number, toUpperCase of a number, JSON.stringify of a bigint.
    ["closuresCalendar of a number", () => closuresCalendar(5 as never), "closures"],
    ["closuresCalendar with a null closure", () => closuresCalendar([null as never]), "closures[0].date"],
    ["closuresCalendar with a bigint date", () => closuresCalendar([{ date: 5n as never }]), "closures[0].date"],
    ["closuresCalendar with a bigint clock time", () => closuresCalendar([{ date: "2026-12-24", from: 5n as never }]), "closures[0].from"],
    ["countryHolidayCalendar of a number", () => countryHolidayCalendar(5 as never), "holidays.country"],
    ["countryHolidayCalendar with a number state", () => countryHolidayCalendar("US", 5 as never), "holidays.state"],
    ["countryHolidayCalendar with types that are not a list", () => countryHolidayCalendar("US", undefined, { types: "public" as never }), "options.types"],
  ];
  for (const [name, call, argument] of cases) {
    it(`${name} names ${argument}`, () => {
      const error = caught(call);
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
      expect((error as Error).message).toMatch(/Expected .*, got /);
    });
  }

  it("good arguments still work", () => {
    expect(formatLocal("America/New_York", MS)).toBe("2026-03-09 10:00 EDT");
    // The instants a decision gives (ISO-8601 texts) and Dates read as their epoch milliseconds.
    expect(formatLocal("America/New_York", "2026-03-09T14:00:00.000Z")).toBe("2026-03-09 10:00 EDT");
    expect(formatLocal("America/New_York", "2026-03-09T15:00:00+01:00")).toBe("2026-03-09 10:00 EDT");
    expect(formatLocalWithWeekday("America/New_York", new Date(MS))).toBe("Mon 2026-03-09 10:00 EDT");
    expect(formatLocalWithWeekday("Asia/Kolkata", MS)).toBe("Mon 2026-03-09 19:30 GMT+5:30".replace("GMT+5:30", "+05:30"));
    expect(closuresCalendar([{ date: "2026-12-24", from: "14:00" }]).isHoliday("2026-12-24")).toMatchObject({ from: "14:00" });
  });
});
