import fc from "fast-check";
import { DateTime } from "luxon";
import { safeParsePlan, type CompliancePresetId, type Plan, type PlanInput, type WhatsAppTemplateRules } from "../../src/index.js";
import { COMPLIANCE_PRESET_IDS } from "../../src/plan/index.js";

/*
 * Random plans for property tests, and the plan's own rules read directly (luxon as an
 * independent oracle of the lead's clock), shared by the schedule, evaluateAll and plan-diff properties.
 */

export const CHANNELS = ["call", "sms", "email", "whatsapp", "video"] as const;
export const ZONES = [
  "America/New_York",
  "Europe/Brussels",
  "Asia/Kolkata",
  "Pacific/Chatham",
  "Australia/Sydney",
  "Australia/Lord_Howe",
  "America/Santiago",
  "America/Los_Angeles",
  "America/Havana",
  "Asia/Tehran",
  "UTC",
];
export const DAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;

const clock = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 15, 30, 45))
  .map(([h, m]) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`);
const duration = fc.constantFrom("PT0S", "PT5M", "PT1H", "PT2H", "PT24H", "P1D", "P2D", "P1DT2H", "PT90M");

/** The kinds of step timing {@link planArbOf} can draw. */
export type TimingKind = "after" | "days" | "businessDays" | "rrule";

/** What {@link planArbOf} draws from; every field defaults to {@link planArb}'s. */
export interface PlanArbOptions {
  /** The timings steps may have. */
  readonly timings?: readonly TimingKind[];
  /** The rules of `rrule` timings. */
  readonly rrules?: readonly string[];
  /** The channels steps, fallbacks, windows, caps and consent name. */
  readonly channels?: readonly string[];
  /** How a step's channel and fallback are drawn (default: any of `channels`, alike). */
  readonly stepChannel?: fc.Arbitrary<string>;
  /** A step's `attempts.until`. */
  readonly until?: fc.Arbitrary<string[] | undefined>;
  /** Whether quiet hours may name their channels. */
  readonly quietHourChannels?: boolean;
  /** Whether steps may name a `templateOutsideWindow` and a template `category`, and the plan its `whatsappTemplates` rules. */
  readonly whatsapp?: boolean;
}

/** WhatsApp template rules a plan may set: none, the default's, or rules for other country codes and categories. */
const whatsappTemplatesArb = fc.constantFrom<WhatsAppTemplateRules | undefined>(
  undefined,
  { undelivered: [] },
  { undelivered: [{ category: "marketing", countryCodes: ["+1"] }] },
  {
    undelivered: [
      { category: "utility", countryCodes: ["+44", "+1800"] },
      { category: "marketing", countryCodes: ["+32"] },
    ],
  },
);

const ALL_TIMINGS: readonly TimingKind[] = ["after", "days", "businessDays", "rrule"];

/** The recurrence rules {@link planArbOf} draws by default. */
export const RRULES: readonly string[] = [
  "FREQ=DAILY;BYHOUR=2,9,14;BYMINUTE=30",
  "FREQ=DAILY;BYHOUR=0,3;BYMINUTE=0,15",
  "FREQ=WEEKLY;BYDAY=MO,SU;BYHOUR=2,10;BYMINUTE=45",
  "FREQ=HOURLY;INTERVAL=5",
  // Ended before the enrolments after 2027: the step completes at its anchor.
  "FREQ=DAILY;BYHOUR=10;BYMINUTE=0;UNTIL=20270101",
];

const timingOf = (kind: TimingKind, rrules: readonly string[]): fc.Arbitrary<Record<string, unknown>> => {
  switch (kind) {
    case "after":
      return fc.record({ after: duration });
    case "days":
      return fc.record({ days: fc.integer({ min: 0, max: 3 }), time: clock });
    case "businessDays":
      return fc.record({ businessDays: fc.integer({ min: 0, max: 3 }), time: clock });
    case "rrule":
      return fc.record({
        rrule: fc.constantFrom(...rrules),
        count: fc.integer({ min: 1, max: 4 }),
      });
  }
};

/** Step `i`'s timing: exact, calendar-day and business-day offsets (from enrolment or an earlier step), or a bounded recurrence. */
const timing = (i: number, kinds: readonly TimingKind[], rrules: readonly string[]) =>
  fc.oneof(...kinds.map((kind) => timingOf(kind, rrules))).chain((at) =>
    i === 0 || "rrule" in at
      ? fc.constant<Record<string, unknown>>(at)
      : fc
          .option(fc.record({ step: fc.integer({ min: 0, max: i - 1 }).map((k) => `s${k}`), on: fc.constantFrom("touch" as const, "outcome" as const) }), {
            nil: undefined,
          })
          .map((from): Record<string, unknown> => (from === undefined ? at : { ...at, from })),
  );

const stepArb = (
  i: number,
  kinds: readonly TimingKind[],
  rrules: readonly string[],
  channel: fc.Arbitrary<string>,
  until: fc.Arbitrary<string[] | undefined>,
  whatsapp: boolean,
) =>
  fc
    .record(
      {
        ...(whatsapp
          ? {
              templateOutsideWindow: fc.constant(`wa-template-${i}`),
              category: fc.constantFrom("marketing" as const, "utility" as const, "authentication" as const),
            }
          : {}),
        id: fc.constant(`s${i}`),
        channel,
        mode: fc.constantFrom("auto" as const, "task" as const),
        at: timing(i, kinds, rrules),
        attempts: fc
          .record({ max: fc.integer({ min: 1, max: 3 }), every: fc.constantFrom("PT1H", "PT3H", "P1D"), until })
          .map((a): { max: number; every?: string | undefined; until?: string[] } =>
            a.until === undefined ? { max: a.max, every: a.every } : { max: a.max, every: a.every, until: a.until },
          ),
        fallback: channel,
      },
      { requiredKeys: ["id", "channel", "at"] },
    )
    // A recurring step's attempts are its occurrences: no `every`.
    .map((s) => ("rrule" in s.at && s.attempts !== undefined ? { ...s, attempts: { ...s.attempts, every: undefined } } : s));

/** Valid plans of one to five steps with random windows, quiet hours, caps, consent, exits, zone and DST policy, drawn from `options`. */
export function planArbOf(options: PlanArbOptions = {}): fc.Arbitrary<PlanInput> {
  const channels = options.channels ?? CHANNELS;
  const channel = options.stepChannel ?? fc.constantFrom(...channels);
  const kinds = options.timings ?? ALL_TIMINGS;
  const until = options.until ?? fc.constant(["connected"]);
  return fc
    .record({
      steps: fc
        .integer({ min: 1, max: 5 })
        .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => stepArb(i, kinds, options.rrules ?? RRULES, channel, until, options.whatsapp === true)))),
      windows: fc.dictionary(
        fc.constantFrom(...channels, "*"),
        fc.array(fc.record({ days: fc.subarray([...DAYS], { minLength: 1 }), from: clock, to: clock }), { minLength: 1, maxLength: 2 }),
        { maxKeys: 3 },
      ),
      quietHours: fc.array(
        options.quietHourChannels === true
          ? fc.record({ from: clock, to: clock, channels: fc.subarray([...channels], { minLength: 1 }) }, { requiredKeys: ["from", "to"] })
          : fc.record({ from: clock, to: clock }, { requiredKeys: ["from", "to"] }),
        { maxLength: 1 },
      ),
      caps: fc.array(
        fc.record(
          {
            max: fc.integer({ min: 1, max: 4 }),
            per: fc.constantFrom("day" as const, "24h" as const, "week" as const, "7d" as const),
            channels: fc.subarray([...channels], { minLength: 1 }),
          },
          { requiredKeys: ["max", "per"] },
        ),
        { maxLength: 2 },
      ),
      consentRequired: fc.subarray([...channels]),
      exits: fc.subarray([{ on: "reply" as const }, { on: "connected" as const }, { on: "opt_out" as const }]),
      timezone: fc.constantFrom(...ZONES),
      nonexistentTime: fc.constantFrom("shift" as const, "gap-end" as const, undefined),
      whatsappTemplates: options.whatsapp === true ? whatsappTemplatesArb : fc.constant(undefined),
    })
    .map((r) => ({
      id: "prop",
      version: 1,
      name: "property plan",
      timezone: r.timezone,
      ...(r.nonexistentTime === undefined ? {} : { nonexistentTime: r.nonexistentTime }),
      steps: r.steps
        .map((s) => (s.fallback === s.channel ? { ...s, fallback: undefined } : s))
        .map((s) => JSON.parse(JSON.stringify(s)) as PlanInput["steps"][number]),
      exits: r.exits,
      policies: {
        windows: r.windows,
        quietHours: r.quietHours,
        caps: r.caps,
        consentRequired: r.consentRequired,
        ...(r.whatsappTemplates === undefined ? {} : { whatsappTemplates: r.whatsappTemplates }),
      },
    }))
    .filter((p) => safeParsePlan(p).success);
}

/** Valid plans of one to five steps with random windows, quiet hours, caps, consent, exits, zone and DST policy. */
export const planArb: fc.Arbitrary<PlanInput> = planArbOf();

/** Nights of 2026 (UTC) when some zone of ZONES changes offset: New York, Brussels, Chatham, Lord Howe, Santiago, Sydney. */
const TRANSITION_NIGHTS = ["2026-03-07", "2026-03-28", "2026-04-04", "2026-09-05", "2026-09-26", "2026-10-03", "2026-10-24", "2026-10-31"].map((d) =>
  Date.parse(`${d}T00:00:00Z`),
);

/** Enrolment instants 2024–2030, half of them within days of an offset transition. */
export const enrolledAtArb: fc.Arbitrary<number> = fc.oneof(
  fc.integer({ min: Date.parse("2024-01-01T00:00:00Z"), max: Date.parse("2030-12-01T00:00:00Z") }),
  fc.tuple(fc.constantFrom(...TRANSITION_NIGHTS), fc.integer({ min: -3 * 1440, max: 2 * 1440 })).map(([night, minutes]) => night + minutes * 60_000),
);

/** Minutes after midnight and weekday index (0 = Monday) in the zone, computed by luxon as an independent oracle. */
export function localClock(zone: string, ms: number): { day: number; minute: number; date: string; week: string } {
  const dt = DateTime.fromMillis(ms, { zone });
  return { day: dt.weekday - 1, minute: dt.hour * 60 + dt.minute, date: dt.toISODate() ?? "", week: `${dt.weekYear}-${dt.weekNumber}` };
}

/** Whether a weekly span `from`–`to` on `days` (crossing midnight when `to` ≤ `from`) holds `minute` of weekday `day`. */
export function inSpan(day: number, minute: number, days: readonly string[], from: string, to: string): boolean {
  const f = Number(from.slice(0, 2)) * 60 + Number(from.slice(3));
  const t = Number(to.slice(0, 2)) * 60 + Number(to.slice(3));
  const today = days.includes(DAYS[day] as string);
  const yesterday = days.includes(DAYS[(day + 6) % 7] as string);
  if (f < t) return today && minute >= f && minute < t;
  if (f > t) return (today && minute >= f) || (yesterday && minute < t);
  return false;
}

/** Whether any of the plan's quiet hours covering `channel` holds `ms` in `zone`. */
export function inQuietHours(plan: Plan | PlanInput, zone: string, channel: string, ms: number): boolean {
  const { day, minute } = localClock(zone, ms);
  return (plan.policies?.quietHours ?? []).some((q) => (q.channels === undefined || q.channels.includes(channel)) && inSpan(day, minute, DAYS, q.from, q.to));
}

/** The plan's own rules, read directly: is `channel` allowed at `ms` for a lead in `zone`? */
export function allowedByRules(plan: Plan | PlanInput, zone: string, channel: string, ms: number): boolean {
  const { day, minute } = localClock(zone, ms);
  const windows = plan.policies?.windows?.[channel] ?? plan.policies?.windows?.["*"];
  if (windows !== undefined && !windows.some((w) => inSpan(day, minute, w.days, w.from, w.to))) return false;
  return !inQuietHours(plan, zone, channel, ms);
}

/** The plan's caps, read directly: each cap whose period around a contact holds more than `max` contacts of its channels (none when all hold). */
export function capsExceeded(plan: Plan | PlanInput, zone: string, contacts: readonly { channel: string; at: number }[]): string[] {
  const exceeded: string[] = [];
  for (const cap of plan.policies?.caps ?? []) {
    const mine = contacts.filter((c) => cap.channels === undefined || cap.channels.includes(c.channel));
    for (const c of mine) {
      const inPeriod = mine.filter((o) => {
        if (cap.per === "24h") return o.at > c.at - 86_400_000 && o.at <= c.at;
        if (cap.per === "7d") return o.at > c.at - 7 * 86_400_000 && o.at <= c.at;
        const a = localClock(zone, o.at);
        const b = localClock(zone, c.at);
        return cap.per === "day" ? a.date === b.date : a.week === b.week;
      });
      if (inPeriod.length > cap.max)
        exceeded.push(`${cap.max} per ${cap.per} on ${cap.channels?.join(",") ?? "all"}: ${inPeriod.length} by ${new Date(c.at).toISOString()}`);
    }
  }
  return exceeded;
}

/** A plan's compliance presets: one to `max` of them, or one that closes dates, maybe with `us-federal`. */
export function presetIdsArb(max: number): fc.Arbitrary<CompliancePresetId[]> {
  return fc.oneof(
    fc.subarray<CompliancePresetId>([...COMPLIANCE_PRESET_IDS], { minLength: 1, maxLength: max }),
    fc
      .tuple(fc.constantFrom<CompliancePresetId>("us-la", "us-ri", "us-ut", "nl-telemarketing", "au", "us-states"), fc.boolean())
      .map(([id, federal]): CompliancePresetId[] => (federal ? ["us-federal", id] : [id])),
  );
}

/** Phone numbers of a state with a preset (`us-states` reads the area code) or abroad, written in several ways. */
export const PRESET_PHONES: readonly string[] = [
  "+1 305 372 4000",
  "(410) 767 6000",
  "00 1 504 568 5000",
  "+1 801 538 1000",
  "+1 401 222 2000",
  "+1 212 639 9675",
  "405-521-2011",
  "+1 617 727 2200",
  "+32 2 512 34 56",
];

/** Addresses: a US state (code, ISO code or name, with or without the country) or another country, for `us-states` and `fromLead` holidays. */
export const PRESET_ADDRESSES: readonly { readonly country?: string; readonly region?: string }[] = [
  { region: "FL" },
  { country: "US", region: "US-MD" },
  { country: "United States", region: "new york" },
  { country: "USA", region: "Louisiana" },
  { country: "US", region: "Utah" },
  { country: "US", region: "RI" },
  { country: "US", region: "MS" },
  { country: "CA", region: "ON" },
  { country: "AU", region: "NSW" },
  { country: "NL" },
  { country: "AE" },
  { country: "IS" },
];
