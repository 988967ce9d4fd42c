/**
 * The RFC 5545 recurrence subset lead-cadence supports, parsed without any date library (the plan
 * layer validates with it; the calendar expands the parsed rule).
 *
 * Supported parts: FREQ (HOURLY, DAILY, WEEKLY, MONTHLY, YEARLY), INTERVAL (periods at most 10
 * years apart), COUNT, UNTIL, BYMONTH, BYMONTHDAY (not with WEEKLY, as RFC 5545 says), BYDAY (with
 * an ordinal for MONTHLY/YEARLY), BYHOUR, BYMINUTE, BYSETPOS (not with HOURLY), WKST, and
 * BYSECOND=0. An optional `RRULE:` prefix is accepted; other iCalendar content lines (DTSTART,
 * EXDATE, RDATE, EXRULE) are not.
 */

/** A parsed recurrence rule; weekdays are 0 = Monday … 6 = Sunday. */
export interface ParsedRecurrenceRule {
  readonly freq: "HOURLY" | "DAILY" | "WEEKLY" | "MONTHLY" | "YEARLY";
  readonly interval: number;
  readonly count: number | undefined;
  /**
   * UNTIL as a floating local time, encoded as local ms (UTC calendar arithmetic); for an UNTIL
   * written in UTC (ending in Z), a bound no zone's local reading of that instant passes.
   */
  readonly untilLocal: number | undefined;
  /** UNTIL written in UTC (ending in Z, RFC 5545): the instant (epoch ms) no occurrence may follow. */
  readonly untilUtc?: number | undefined;
  readonly byMonth: readonly number[] | undefined;
  readonly byMonthDay: readonly number[] | undefined;
  readonly byDay: readonly { readonly weekday: number; readonly n: number }[] | undefined;
  readonly byHour: readonly number[] | undefined;
  readonly byMinute: readonly number[] | undefined;
  readonly bySetPos: readonly number[] | undefined;
  readonly wkst: number;
}

/** One problem in a rule string. */
export interface RecurrenceRuleIssue {
  readonly code: "invalid_rrule" | "unsupported_rrule_part" | "rrule_never_matches";
  readonly message: string;
  readonly expected?: string;
  readonly received?: string;
}

/** `{ ok: true, rule }` or `{ ok: false, issues }`; never throws. */
export type RecurrenceRuleResult =
  | { readonly ok: true; readonly rule: ParsedRecurrenceRule }
  | { readonly ok: false; readonly issues: readonly RecurrenceRuleIssue[] };

const DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
const FREQS = ["HOURLY", "DAILY", "WEEKLY", "MONTHLY", "YEARLY"] as const;
const UNSUPPORTED = /* @__PURE__ */ new Set(["BYYEARDAY", "BYWEEKNO", "DTSTART", "TZID", "RDATE", "EXDATE", "BYEASTER"]);
/** Largest COUNT and INTERVAL accepted: keeps every expansion small. */
export const MAX_RRULE_COUNT = 1000;
const MAX_INTERVAL = 1000;

/**
 * Parses a recurrence rule string such as `FREQ=WEEKLY;BYDAY=MO,WE;BYHOUR=11;BYMINUTE=0;COUNT=6`.
 * The iCalendar multi-line form (`DTSTART:…` then `RRULE:…`) is refused with an issue per line that
 * is not the rule (the rule starts on the step's anchor date in the lead's zone), and its RRULE line
 * is checked as well.
 */
export function parseRecurrenceRule(text: string): RecurrenceRuleResult {
  if (typeof text !== "string" || text.trim() === "")
    return { ok: false, issues: [{ code: "invalid_rrule", message: "Expected a recurrence rule like FREQ=DAILY;BYHOUR=10;COUNT=5, got an empty string" }] };
  const lines = text
    .split(/[\r\n]+/)
    .map((line) => line.trim())
    .filter((line) => line !== "");
  // A content line names its property before `:` or `;` (its parameters); a rule part has `=` first.
  const rules = lines.filter((line) => !/^(?!RRULE[:;])[A-Z-]+[:;]/i.test(line));
  const issues: RecurrenceRuleIssue[] = [];
  for (const line of lines)
    if (!rules.includes(line))
      issues.push({
        code: "unsupported_rrule_part",
        message: `${/^[A-Z-]+/i.exec(line)?.[0].toUpperCase()} lines are not supported: give the RRULE line alone (it starts on the step's anchor date, in the lead's zone)`,
        expected: `the RRULE line alone${rules.length === 1 ? `: ${rules[0]}` : ""}`,
        received: line,
      });
  if (rules.length !== 1) {
    issues.push({ code: "invalid_rrule", message: `Expected one RRULE line, got ${rules.length}`, expected: "one RRULE line", received: text });
    return { ok: false, issues };
  }
  const parsed = parseRuleLine((rules[0] as string).replace(/^RRULE:/i, ""));
  if (issues.length === 0) return parsed;
  return { ok: false, issues: parsed.ok ? issues : [...issues, ...parsed.issues] };
}

/** Parses one rule line without its `RRULE:` prefix. */
function parseRuleLine(body: string): RecurrenceRuleResult {
  const issues: RecurrenceRuleIssue[] = [];
  // An issue of the rule: `invalid_rrule` unless `code` says otherwise; `expected` and `received` only when given.
  const bad = (message: string, expected?: string, received?: string, code: RecurrenceRuleIssue["code"] = "invalid_rrule"): void => {
    issues.push({ code, message, ...(expected === undefined ? {} : { expected }), ...(received === undefined ? {} : { received }) });
  };
  const parts = new Map<string, string>();
  for (const piece of body.split(";")) {
    if (piece === "") continue;
    const eq = piece.indexOf("=");
    if (eq <= 0) {
      bad(`Expected NAME=VALUE, got ${JSON.stringify(piece)}`, "NAME=VALUE", piece);
      continue;
    }
    const name = piece.slice(0, eq).toUpperCase();
    if (parts.has(name)) bad(`${name} is given twice`, `one ${name}`, piece);
    parts.set(name, piece.slice(eq + 1));
  }

  let freq: ParsedRecurrenceRule["freq"] = "DAILY";
  const f = parts.get("FREQ")?.toUpperCase();
  if (f === undefined) bad("FREQ is required", FREQS.join(" | "));
  else if (f === "MINUTELY" || f === "SECONDLY")
    bad(`FREQ=${f} is not supported: touches recur at most hourly`, FREQS.join(" | "), f, "unsupported_rrule_part");
  else if (!(FREQS as readonly string[]).includes(f)) bad(`Unknown FREQ ${JSON.stringify(f)}`, FREQS.join(" | "), f);
  else freq = f as ParsedRecurrenceRule["freq"];

  const ints = (name: string, min: number, max: number, allowNegative: boolean): number[] | undefined => {
    const raw = parts.get(name);
    if (raw === undefined) return undefined;
    const out: number[] = [];
    for (const v of raw.split(",")) {
      const n = /^[+-]?\d+$/.test(v) ? Number(v) : NaN;
      const abs = Math.abs(n);
      if (!Number.isInteger(n) || abs < min || abs > max || (n < 0 && !allowNegative) || (n === 0 && min > 0)) {
        bad(`${name} value ${JSON.stringify(v)} is out of range`, `${allowNegative ? "±" : ""}${min}–${max}`, v);
        return undefined;
      }
      out.push(n);
    }
    return out;
  };

  // Periods at most 10 years apart (as durations are): the search for the next one is bounded.
  const interval = ints("INTERVAL", 1, { HOURLY: MAX_INTERVAL, DAILY: MAX_INTERVAL, WEEKLY: 521, MONTHLY: 120, YEARLY: 10 }[freq], false)?.[0] ?? 1;
  const count = ints("COUNT", 1, MAX_RRULE_COUNT, false)?.[0];
  let untilLocal: number | undefined;
  let untilUtc: number | undefined;
  const until = parts.get("UNTIL");
  if (until !== undefined) {
    const m = /^(\d{4})(\d{2})(\d{2})(?:T(\d{2})(\d{2})(\d{2})(Z?))?$/i.exec(until);
    if (m === null) bad(`UNTIL must be a date YYYYMMDD or date-time YYYYMMDDTHHMMSS, got ${JSON.stringify(until)}`, "YYYYMMDD[THHMMSS]", until);
    else {
      const [y, mo, d, h, mi, s] = m.slice(1, 7).map((x) => (x === undefined ? 0 : Number(x))) as [number, number, number, number, number, number];
      untilLocal = Date.UTC(y, mo - 1, d, h, mi, s);
      if (m[4] === undefined) untilLocal += 86_400_000 - 1;
      else if (m[7] !== "") {
        untilUtc = untilLocal;
        // No zone is more than 15 hours ahead of UTC: the exact check is on instants.
        untilLocal += 15 * 3_600_000;
      }
      const check = new Date(Date.UTC(y, mo - 1, d));
      if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59)
        bad(`UNTIL is not a valid date: ${until}`, "a real calendar date", until);
    }
  }
  if (count !== undefined && until !== undefined) bad("COUNT and UNTIL cannot both be given", "COUNT or UNTIL");

  const byMonth = ints("BYMONTH", 1, 12, false);
  const byMonthDay = ints("BYMONTHDAY", 1, 31, true);
  if (byMonthDay !== undefined && freq === "WEEKLY")
    bad("BYMONTHDAY cannot be used with FREQ=WEEKLY (RFC 5545)", "FREQ=MONTHLY with BYMONTHDAY, or BYDAY", `BYMONTHDAY=${parts.get("BYMONTHDAY")}`);
  const byHour = ints("BYHOUR", 0, 23, false);
  const byMinute = ints("BYMINUTE", 0, 59, false);
  const bySetPos = ints("BYSETPOS", 1, 366, true);
  const bySecond = ints("BYSECOND", 0, 59, false);
  if (bySecond?.some((s) => s !== 0))
    bad("BYSECOND other than 0 is not supported: touches are scheduled to the minute", "BYSECOND=0 or none", parts.get("BYSECOND"), "unsupported_rrule_part");
  if (bySetPos !== undefined && freq === "HOURLY")
    bad("BYSETPOS is not supported with FREQ=HOURLY", "BYSETPOS with DAILY, WEEKLY, MONTHLY or YEARLY", "HOURLY", "unsupported_rrule_part");

  let byDay: { weekday: number; n: number }[] | undefined;
  const rawDays = parts.get("BYDAY");
  if (rawDays !== undefined) {
    byDay = [];
    for (const v of rawDays.toUpperCase().split(",")) {
      const m = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/.exec(v);
      const n = m?.[1] === undefined ? 0 : Number(m[1]);
      if (m === null || Math.abs(n) > 53 || (m[1] !== undefined && n === 0)) {
        bad(`BYDAY value ${JSON.stringify(v)} is not a weekday`, "MO TU WE TH FR SA SU, optionally with an ordinal like 1MO or -1FR", v);
        continue;
      }
      if (n !== 0 && freq !== "MONTHLY" && freq !== "YEARLY") {
        bad(`BYDAY ordinal ${v} is only allowed with FREQ=MONTHLY or YEARLY`, "a plain weekday", v);
        continue;
      }
      if (n !== 0 && freq === "MONTHLY" && Math.abs(n) > 5) {
        bad(`BYDAY ordinal ${v} is out of range for a month`, "±1–5", v);
        continue;
      }
      byDay.push({ weekday: DAYS.indexOf(m[2] as string), n });
    }
  }
  const rawWkst = parts.get("WKST")?.toUpperCase();
  const wkst = rawWkst === undefined ? 0 : DAYS.indexOf(rawWkst);
  if (wkst < 0) bad(`WKST ${JSON.stringify(rawWkst)} is not a weekday`, "MO … SU", rawWkst);

  const known = new Set(["FREQ", "INTERVAL", "COUNT", "UNTIL", "BYMONTH", "BYMONTHDAY", "BYDAY", "BYHOUR", "BYMINUTE", "BYSETPOS", "BYSECOND", "WKST"]);
  for (const name of parts.keys()) {
    if (known.has(name)) continue;
    if (UNSUPPORTED.has(name))
      bad(
        `${name} is not supported${name === "DTSTART" || name === "TZID" ? ": the rule starts at the step's anchor in the lead's zone" : ""}`,
        // The known parts but BYSECOND, which takes 0 only.
        [...known].filter((part) => part !== "BYSECOND").join(", "),
        name,
        "unsupported_rrule_part",
      );
    else bad(`Unknown rule part ${JSON.stringify(name)}`, "an RFC 5545 RRULE part", name);
  }
  if (freq !== "HOURLY" && byHour === undefined && f !== undefined && issues.length === 0) {
    bad(`FREQ=${freq} needs BYHOUR: occurrences are local clock times, e.g. BYHOUR=10;BYMINUTE=0`, "BYHOUR", undefined);
  }
  if (issues.length === 0) {
    const never = recurrenceContradiction({ freq, interval, byHour, byMonth, byMonthDay });
    if (never !== undefined) bad(`The rule can never match: ${never}`, "a rule that matches some local time", body, "rrule_never_matches");
  }
  if (issues.length > 0) return { ok: false, issues };
  return {
    ok: true,
    rule: { freq, interval, count, untilLocal, untilUtc, byMonth, byMonthDay, byDay, byHour, byMinute, bySetPos, wkst },
  };
}

const LONGEST_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/**
 * A contradiction visible without expanding the rule (the calendar also checks, by bounded
 * expansion, when the plan is compiled): an HOURLY interval that never reaches a listed hour (it
 * starts at local midnight), or month days that no listed month has. `undefined` when none.
 */
export function recurrenceContradiction({
  freq,
  interval,
  byHour,
  byMonth,
  byMonthDay,
}: Pick<ParsedRecurrenceRule, "freq" | "interval" | "byHour" | "byMonth" | "byMonthDay">): string | undefined {
  if (freq === "HOURLY" && byHour !== undefined) {
    const step = gcd(24, interval);
    if (!byHour.some((h) => h % step === 0))
      return `every ${interval} hours from midnight only reaches hours that are multiples of ${step}, none of BYHOUR=${byHour.join(",")}`;
  }
  if (byMonthDay !== undefined) {
    const months = byMonth ?? [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
    const longest = Math.max(...months.map((m) => LONGEST_MONTH[m - 1] ?? 31));
    if (byMonthDay.every((v) => Math.abs(v) > longest)) return `no listed month has day ${byMonthDay.join(",")}`;
  }
  return undefined;
}

/** `word` as a case-insensitive regular expression source (JSON Schema patterns take no flags). */
const anyCase = (word: string): string => [...word].map((c) => `[${c.toUpperCase()}${c.toLowerCase()}]`).join("");
const RULE_PART = "[A-Za-z]+=[^;=\\s]+";

/**
 * A regular expression (source) for the JSON Schema: `NAME=VALUE` parts separated by `;`, one of
 * them a supported FREQ, an optional `RRULE:` prefix. `parseRecurrenceRule` checks the rest.
 * Written when the schema is built (not at import).
 */
export function rrulePattern(): string {
  return `^\\s*(?:${anyCase("RRULE")}:)?(?:${RULE_PART};+)*${anyCase("FREQ")}=(?:${FREQS.map(anyCase).join("|")})(?:;+${RULE_PART})*;*\\s*$`;
}
