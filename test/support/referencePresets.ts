import HolidaysModule from "date-holidays";
import type { Cap, DoNotCallRules, LeadInput } from "../../src/index.js";

/*
 * The compliance presets and country holidays as the naive reference (referenceEvaluate.ts) reads
 * them, written from docs/compliance.md ("Presets", its table and notes, "`us-states`") and
 * docs/time-rules.md ("Holidays and closures"), with the holiday lists the docs only name taken
 * from the statutes they cite. Nothing here comes from src/: dates are computed day by day as ISO
 * date strings, and country holidays are read from `date-holidays` directly.
 */

const DAY = 86_400_000;

/** A weekly window of a preset, as a plan writes one. */
export interface ReferenceWindow {
  readonly days: readonly string[];
  readonly from: string;
  readonly to: string;
}

/** A preset as the reference reads it. */
export interface ReferencePreset {
  readonly windows?: Readonly<Record<string, readonly ReferenceWindow[]>>;
  readonly caps?: readonly Cap[];
  readonly consentRequired?: readonly string[];
  readonly doNotCall?: DoNotCallRules;
  /** The local dates of `year` on which calls close, from a clock time (`00:00`: all day). */
  readonly callClosures?: (year: number) => readonly { readonly date: string; readonly from: string }[];
}

const EVERY = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri"];
const MON_SAT = ["mon", "tue", "wed", "thu", "fri", "sat"];
/** Calls on weekdays from `from` to `to`, on Saturdays from `satFrom` to `satTo`. */
const weekdaysAndSaturday = (from: string, to: string, satFrom: string, satTo: string) => ({
  call: [
    { days: WEEKDAYS, from, to },
    { days: ["sat"], from: satFrom, to: satTo },
  ],
});

function ymd(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}
function plusDays(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * DAY).toISOString().slice(0, 10);
}
/** 0 = Monday … 6 = Sunday. */
export function weekdayOfDate(date: string): number {
  return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}
/** The `n`-th `weekday` (0 = Monday) of a month. */
function nth(year: number, month: number, weekday: number, n: number): string {
  let date = ymd(year, month, 1);
  while (weekdayOfDate(date) !== weekday) date = plusDays(date, 1);
  return plusDays(date, 7 * (n - 1));
}
/** The last `weekday` of a month. */
function lastOf(year: number, month: number, weekday: number): string {
  let date = plusDays(ymd(year, month + 1, 1), -1);
  while (weekdayOfDate(date) !== weekday) date = plusDays(date, -1);
  return date;
}
/** Easter Sunday of the Gregorian calendar (Meeus/Jones/Butcher). */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30;
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  return ymd(year, Math.floor((h + l - 7 * m + 114) / 31), ((h + l - 7 * m + 114) % 31) + 1);
}
const isWeekend = (date: string): boolean => weekdayOfDate(date) >= 5;
const allDay = (dates: readonly string[]) => dates.map((date) => ({ date, from: "00:00" }));

/** A weekend date's observed weekday (Saturday → the Friday before, Sunday → the Monday after), or none. */
function observedWeekday(date: string): string[] {
  const weekday = weekdayOfDate(date);
  return weekday === 5 ? [plusDays(date, -1)] : weekday === 6 ? [plusDays(date, 1)] : [];
}

/** The federal holidays of 5 U.S.C. § 6103(a), each fixed one also on its observed day (Saturday → Friday before, Sunday → Monday after). */
function usFederalHolidays(y: number): string[] {
  const fixed = [ymd(y, 1, 1), ymd(y, 6, 19), ymd(y, 7, 4), ymd(y, 11, 11), ymd(y, 12, 25)];
  return [...fixed, ...fixed.flatMap(observedWeekday), nth(y, 1, 0, 3), nth(y, 2, 0, 3), lastOf(y, 5, 0), nth(y, 9, 0, 1), nth(y, 10, 0, 2), nth(y, 11, 3, 4)];
}

/** The presets of docs/compliance.md's table, by id (`us-states` is resolved by {@link referencePresetIds}). */
export const REFERENCE_PRESETS: Readonly<Record<string, ReferencePreset>> = {
  "us-federal": {
    windows: { call: [{ days: EVERY, from: "08:00", to: "21:00" }], sms: [{ days: EVERY, from: "08:00", to: "21:00" }] },
    doNotCall: {
      registries: {
        "us-national": {
          channels: ["call", "sms"],
          exemptions: [
            { basis: "inquiry", for: "P3M", events: ["inquiry", "application"], attributes: ["lastInquiryAt"] },
            { basis: "transaction", for: "P18M", events: ["purchase", "transaction"], attributes: ["lastPurchaseAt", "lastTransactionAt"] },
          ],
        },
      },
      requestsHonouredFor: "P5Y",
    },
  },
  "us-fl": {
    windows: { call: [{ days: EVERY, from: "08:00", to: "20:00" }], sms: [{ days: EVERY, from: "08:00", to: "20:00" }] },
    caps: [{ max: 3, per: "24h", channels: ["call"] }],
  },
  "us-ok": {
    windows: { call: [{ days: EVERY, from: "08:00", to: "20:00" }], sms: [{ days: EVERY, from: "08:00", to: "20:00" }] },
    caps: [{ max: 3, per: "24h", channels: ["call"] }],
  },
  "us-md": {
    windows: { call: [{ days: EVERY, from: "08:00", to: "20:00" }], sms: [{ days: EVERY, from: "08:00", to: "20:00" }] },
    caps: [{ max: 3, per: "24h", channels: ["call", "sms"] }],
  },
  "us-wa": { windows: { call: [{ days: EVERY, from: "08:00", to: "20:00" }] } },
  "us-ma": { windows: { call: [{ days: EVERY, from: "08:00", to: "20:00" }] } },
  "us-ms": { windows: { call: [{ days: MON_SAT, from: "08:00", to: "21:00" }], sms: [{ days: MON_SAT, from: "08:00", to: "21:00" }] } },
  "us-la": {
    windows: { call: [{ days: MON_SAT, from: "08:00", to: "20:00" }] },
    // La. R.S. 1:55(A)(1), none moved off a weekend.
    callClosures: (y) =>
      allDay([
        ymd(y, 1, 1),
        ymd(y, 1, 8),
        nth(y, 1, 0, 3),
        nth(y, 2, 0, 3),
        plusDays(easter(y), -47),
        plusDays(easter(y), -2),
        lastOf(y, 5, 0),
        ymd(y, 7, 4),
        ymd(y, 8, 30),
        nth(y, 9, 0, 1),
        nth(y, 10, 0, 2),
        ymd(y, 11, 1),
        ymd(y, 11, 11),
        nth(y, 11, 3, 4),
        ymd(y, 12, 25),
      ]),
  },
  "us-ri": {
    windows: weekdaysAndSaturday("09:00", "18:00", "10:00", "17:00"),
    // R.I. Gen. Laws § 25-1-1 (a weekend date also closing the Monday after) and the federal holidays; weekdays only.
    callClosures: (y) => {
      const fixed = [ymd(y, 1, 1), ymd(y, 5, 4), ymd(y, 7, 4), ymd(y, 11, 11), ymd(y, 12, 25)];
      const state = [
        ...fixed,
        ...fixed.filter(isWeekend).map((d) => plusDays(d, 7 - weekdayOfDate(d))),
        nth(y, 1, 0, 3),
        nth(y, 2, 0, 3),
        lastOf(y, 5, 0),
        nth(y, 8, 0, 2),
        nth(y, 9, 0, 1),
        nth(y, 10, 0, 2),
        ...(y % 2 === 0 ? [plusDays(nth(y, 11, 0, 1), 1)] : []),
      ];
      return allDay([...state, ...usFederalHolidays(y)].filter((d) => !isWeekend(d)));
    },
  },
  "us-ut": {
    windows: { call: [{ days: MON_SAT, from: "08:00", to: "21:00" }] },
    // Utah Code § 63G-1-301: fixed dates also on the Friday before a Saturday and the Monday after a Sunday.
    callClosures: (y) => {
      const fixed = [ymd(y, 1, 1), ymd(y, 7, 4), ymd(y, 7, 24), ymd(y, 11, 11), ymd(y, 12, 25)];
      return allDay([
        ...fixed,
        ...fixed.flatMap(observedWeekday),
        nth(y, 1, 0, 3),
        nth(y, 2, 0, 3),
        lastOf(y, 5, 0),
        nth(y, 6, 0, 3),
        nth(y, 9, 0, 1),
        nth(y, 10, 0, 2),
        nth(y, 11, 3, 4),
      ]);
    },
  },
  "nl-telemarketing": {
    windows: weekdaysAndSaturday("09:00", "22:00", "10:00", "16:00"),
    callClosures: (y) => {
      const kingsDay = weekdayOfDate(ymd(y, 4, 27)) === 6 ? ymd(y, 4, 26) : ymd(y, 4, 27);
      return [
        ...allDay([ymd(y, 1, 1), easter(y), plusDays(easter(y), 1), kingsDay, ymd(y, 5, 5), plusDays(easter(y), 39), plusDays(easter(y), 49)]),
        ...allDay([plusDays(easter(y), 50), ymd(y, 12, 25), ymd(y, 12, 26)]),
        ...[ymd(y, 12, 5), ymd(y, 12, 24), ymd(y, 5, 4)].map((date) => ({ date, from: "18:30" })),
      ];
    },
  },
  "de-consent": { consentRequired: ["call", "sms", "whatsapp", "email"] },
  be: { consentRequired: ["sms", "email"], doNotCall: { registries: { "be-bel-me-niet-meer": { channels: ["call"] } } } },
  ca: {
    windows: {
      call: [
        { days: WEEKDAYS, from: "09:00", to: "21:30" },
        { days: ["sat", "sun"], from: "10:00", to: "18:00" },
      ],
    },
    doNotCall: { registries: { "ca-dncl": { channels: ["call"] } }, requestsHonouredFor: "P3Y14D" },
  },
  au: {
    windows: weekdaysAndSaturday("09:00", "20:00", "09:00", "17:00"),
    doNotCall: { registries: { "au-dncr": { channels: ["call"] } } },
    // The weekend ones of New Year's Day, Australia Day, Christmas and Boxing Day also close the next weekday not closed already.
    callClosures: (y) => {
      const substituted = [ymd(y, 1, 1), ymd(y, 1, 26), ymd(y, 12, 25), ymd(y, 12, 26)];
      const closed = new Set([...substituted, plusDays(easter(y), -2), plusDays(easter(y), 1), ymd(y, 4, 25)]);
      for (const d of substituted.filter(isWeekend)) {
        let next = plusDays(d, 1);
        while (isWeekend(next) || closed.has(next)) next = plusDays(next, 1);
        closed.add(next);
      }
      return allDay([...closed]);
    },
  },
};

const US_NAMES: Readonly<Record<string, string>> = {
  florida: "FL",
  oklahoma: "OK",
  maryland: "MD",
  washington: "WA",
  mississippi: "MS",
  louisiana: "LA",
  "rhode island": "RI",
  utah: "UT",
  massachusetts: "MA",
  "new york": "NY",
};
/** The area codes the random leads use (NANPA), by state. */
const AREA_CODES: Readonly<Record<string, string | undefined>> = {
  "305": "FL",
  "405": "OK",
  "410": "MD",
  "206": "WA",
  "601": "MS",
  "504": "LA",
  "401": "RI",
  "801": "UT",
  "617": "MA",
  "212": "NY",
  "800": undefined,
};

/** A country as an address writes it, as an ISO code (`United States`, `USA`, `U.S.` are `US`). */
export function countryCodeOf(country: string): string {
  const c = country.trim().toUpperCase();
  return ["US", "USA", "U.S.", "UNITED STATES"].includes(c) ? "US" : c;
}

/** A US region as an address writes it (`FL`, `US-FL`, `Florida`), as its code. */
export function usRegionOf(region: string): string {
  const r = region.trim();
  if (/^US-[A-Z]{2}$/i.test(r)) return r.slice(3).toUpperCase();
  if (/^[A-Z]{2}$/i.test(r)) return r.toUpperCase();
  const code = US_NAMES[r.toLowerCase()];
  if (code === undefined) throw new Error(`referenceEvaluate: unsupported region ${region}`);
  return code;
}

/** The plan's preset ids with `us-states` replaced by the presets of the lead's address region and phone area code. */
export function referencePresetIds(ids: readonly string[], lead: LeadInput): string[] {
  const out = new Set<string>();
  for (const id of ids) {
    if (id !== "us-states") {
      out.add(id);
      continue;
    }
    const states: string[] = [];
    const address = lead.address;
    if (address?.region !== undefined && (address.country === undefined || countryCodeOf(address.country) === "US")) states.push(usRegionOf(address.region));
    const phone = (lead.contacts?.["phone"] ?? "").trim();
    const digits = phone.replace(/\D/g, "");
    const national = phone.startsWith("+") ? (digits.startsWith("1") ? digits.slice(1) : undefined) : digits.startsWith("001") ? digits.slice(3) : digits;
    if (national !== undefined && national.length === 10) {
      const area = national.slice(0, 3);
      if (!(area in AREA_CODES)) throw new Error(`referenceEvaluate: unsupported area code ${area}`);
      const state = AREA_CODES[area];
      if (state !== undefined) states.push(state);
    }
    for (const state of states) if (`us-${state.toLowerCase()}` in REFERENCE_PRESETS) out.add(`us-${state.toLowerCase()}`);
  }
  return [...out];
}

type DateHolidays = {
  getHolidays(year: number): { date: string; start: Date; end: Date; type: string }[];
};
const Holidays = ((HolidaysModule as unknown as { default?: unknown }).default ?? HolidaysModule) as new (
  country: string,
  state?: string,
  options?: { languages?: string[] },
) => DateHolidays;

/** Closed ranges `[from, to)` in minutes of each local date, per country and state and year. */
const countryYears = new Map<string, Map<string, [number, number][]>>();

/**
 * The minutes of local `date` a country's (and state's) public holidays close: from the clock
 * time of its `date` text (`00:00 -0600`, a feast from the sunset before, is its civil date) to the
 * end of the day, then whole days while its length lasts (a length of whole days give or take a DST
 * hour is that many days).
 */
export function countryClosedRanges(country: string, state: string | undefined, date: string): [number, number][] {
  const year = Number(date.slice(0, 4));
  const key = `${country}|${state ?? ""}|${year}`;
  let days = countryYears.get(key);
  if (days === undefined) {
    days = new Map();
    const source = new Holidays(country, ...(state === undefined ? [] : [state]));
    for (const y of [year - 1, year])
      for (const h of source.getHolidays(y)) {
        if (h.type !== "public") continue;
        const [day, clock] = h.date.split(" ") as [string, string];
        const from = Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));
        const length = h.end.getTime() - h.start.getTime();
        const whole = from === 0 ? Math.max(1, Math.round(length / DAY)) : 1;
        for (let i = 0; i < whole; i++) {
          const d = plusDays(day, i);
          const list = days.get(d) ?? [];
          list.push([i === 0 ? from : 0, 1440]);
          days.set(d, list);
        }
      }
    countryYears.set(key, days);
  }
  return days.get(date) ?? [];
}

/** Per preset, per year: the clock minute each local date's call closure starts at (the earliest of several). */
const closedFrom = new WeakMap<ReferencePreset, Map<number, Map<string, number>>>();

/** The minute of local `date` from which `preset` closes calls, or `undefined` (a substitute may come from the year before or after). */
export function callClosedFrom(preset: ReferencePreset, date: string): number | undefined {
  if (preset.callClosures === undefined) return undefined;
  let years = closedFrom.get(preset);
  if (years === undefined) closedFrom.set(preset, (years = new Map()));
  const year = Number(date.slice(0, 4));
  let dates = years.get(year);
  if (dates === undefined) {
    dates = new Map();
    for (const y of [year - 1, year, year + 1])
      for (const c of preset.callClosures(y)) {
        const from = Number(c.from.slice(0, 2)) * 60 + Number(c.from.slice(3));
        if (c.date.startsWith(`${year}-`)) dates.set(c.date, Math.min(from, dates.get(c.date) ?? 1440));
      }
    years.set(year, dates);
  }
  return dates.get(date);
}

/** The dates of `year` the presets close calls on and the country's public holidays start on (for generators aiming at them). */
export function closedDatesOf(presetIds: readonly string[], country: { country: string; state?: string } | undefined, year: number): string[] {
  const dates = presetIds.flatMap((id) => REFERENCE_PRESETS[id]?.callClosures?.(year).map((c) => c.date) ?? []);
  if (country !== undefined)
    for (const h of new Holidays(country.country, ...(country.state === undefined ? [] : [country.state])).getHolidays(year))
      if (h.type === "public") dates.push(h.date.slice(0, 10));
  return [...new Set(dates)].sort();
}
