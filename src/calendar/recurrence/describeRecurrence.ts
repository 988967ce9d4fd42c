import type * as rruleModule from "rrule";
import { loadOptionalPeer } from "../optionalPeer.js";

type RRuleClass = typeof rruleModule.RRule;

/**
 * rrule, loaded at the first description (it only words rules; occurrences come from the bounded
 * expander), so importing the core costs nothing for it and browser bundles leave it out unless
 * the host provides it. `null` when it cannot be loaded: rules then go undescribed.
 */
let rruleClass: RRuleClass | null | undefined;

function rrule(): RRuleClass | null {
  if (rruleClass === undefined) {
    try {
      const mod = loadOptionalPeer<{ RRule?: RRuleClass; default?: { RRule: RRuleClass } }>("rrule", "Describing a recurrence in words");
      rruleClass = mod.RRule ?? mod.default?.RRule ?? null;
    } catch {
      rruleClass = null;
    }
  }
  return rruleClass;
}

/** A fixed start: rrule would otherwise read the clock, and the text does not depend on it. */
const FIXED_START = new Date(Date.UTC(2000, 0, 3));

/**
 * A reader's description of an RFC 5545 rule, in English, via rrule's own wording, with the local
 * clock times it fires at: `every weekday for 6 times, at 11:00 and 16:00 (lead-local)`.
 * Used for traces and explanations; `undefined` when rrule cannot read the rule. Pure: no clock,
 * no host zone (rrule formats UNTIL with UTC getters). `undefined` too where rrule is not
 * available (a browser bundle whose host did not provide it).
 */
export function describeRecurrence(text: string): string | undefined {
  const RRule = rrule();
  if (RRule === null) return undefined;
  let options: ReturnType<typeof RRule.parseString>;
  try {
    // The parser takes any case and empty parts; rrule takes neither.
    options = RRule.parseString(
      text
        .trim()
        .replace(/^RRULE:/i, "")
        .toUpperCase()
        .split(";")
        .filter((part) => part !== "")
        .join(";"),
    );
  } catch {
    return undefined;
  }
  const hours = asNumbers(options.byhour);
  const minutes = asNumbers(options.byminute);
  let base: string;
  try {
    base = new RRule({ ...options, dtstart: FIXED_START }).toText();
  } catch {
    return undefined;
  }
  if (hours.length > 0) {
    // rrule names bare hours for some frequencies ("at 10"); the exact clock times follow instead.
    base = base.replace(/ at \d+(?:(?:, | and )\d+)*(?= |$)/, "");
    const times = hours.flatMap((h) => (minutes.length === 0 ? [0] : minutes).map((m) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`));
    base = `${base}, at ${listed(times.sort())} (lead-local)`;
  }
  // rrule's words leave BYSETPOS out, which would describe every occurrence of the period.
  const positions = asNumbers(options.bysetpos);
  if (positions.length === 0) return base;
  const period = ["year", "month", "week", "day", "hour"][options.freq ?? 0];
  return `${base}; only the ${listed(positions.map(ordinal))} of each ${period}'s occurrences`;
}

/** `a`, `a and b`, `a, b and c`. */
function listed(words: readonly string[]): string {
  return words.length === 1 ? (words[0] as string) : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}

/** A set position as rrule words nth days: 1st, 2nd, 11th, last, 2nd last. */
function ordinal(n: number): string {
  if (n === -1) return "last";
  const a = Math.abs(n);
  const suffix = a % 100 >= 11 && a % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][a % 10] ?? "th");
  return `${a}${suffix}${n < 0 ? " last" : ""}`;
}

function asNumbers(value: number | number[] | null | undefined): number[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
