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
    options = RRule.parseString(text.trim().replace(/^RRULE:/i, ""));
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
  if (hours.length === 0) return base;
  // rrule names bare hours for some frequencies ("at 10"); the exact clock times follow instead.
  base = base.replace(/ at \d+(?:(?:, | and )\d+)*(?= |$)/, "");
  const times = hours.flatMap((h) => (minutes.length === 0 ? [0] : minutes).map((m) => `${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`)).sort();
  const listed = times.length === 1 ? times[0] : `${times.slice(0, -1).join(", ")} and ${times[times.length - 1]}`;
  return `${base}, at ${listed} (lead-local)`;
}

function asNumbers(value: number | number[] | null | undefined): number[] {
  if (value === null || value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}
