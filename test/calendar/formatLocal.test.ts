import { describe, expect, it } from "vitest";
import { formatLocal, formatLocalWithWeekday } from "../../src/calendar/index.js";

describe("formatLocal", () => {
  it("abbreviation when ICU has one (en-US), otherwise the offset", () => {
    expect(formatLocal("America/New_York", Date.parse("2026-03-09T14:00:00Z"))).toBe("2026-03-09 10:00 EDT");
    expect(formatLocal("America/New_York", Date.parse("2026-03-07T15:00:00Z"))).toBe("2026-03-07 10:00 EST");
    expect(formatLocal("Asia/Kolkata", Date.parse("2026-03-09T15:00:00Z"))).toBe("2026-03-09 20:30 +05:30");
    expect(formatLocal("Pacific/Chatham", Date.parse("2026-01-01T00:00:00Z"))).toBe("2026-01-01 13:45 +13:45");
    expect(formatLocal("UTC", 0)).toBe("1970-01-01 00:00 UTC");
    expect(formatLocal("Etc/GMT+5", 0)).toBe("1969-12-31 19:00 -05:00");
  });
  it("with weekday", () => {
    expect(formatLocalWithWeekday("America/New_York", Date.parse("2026-03-09T14:00:00Z"))).toBe("Mon 2026-03-09 10:00 EDT");
    expect(formatLocalWithWeekday("America/Santiago", Date.parse("2026-09-06T04:00:00Z"))).toBe("Sun 2026-09-06 01:00 -03:00");
  });
});
