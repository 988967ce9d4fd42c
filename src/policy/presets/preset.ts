import { type Cap, type DoNotCallRules, WEEKDAYS, type Weekday, type WindowRule } from "../../plan/index.js";

/**
 * A fixed calendar date (`month` 1–12), optionally moved when it falls on a Sunday, or with a
 * substitute weekday when it falls on a weekend.
 */
export interface FixedDate {
  readonly month: number;
  readonly day: number;
  /** Days to move the date by when it falls on a Sunday (King's Day: `-1`). */
  readonly ifSunday?: number;
  /**
   * On a weekend the date stays closed and a weekday closes as well:
   * - `nearest-weekday`: Saturday → the Friday before, Sunday → the Monday after (US federal
   *   holidays, 5 U.S.C. § 6103(b); Utah Code § 63G-1-301(2)).
   * - `next-weekday`: the next weekday that is not itself a date of the same closure (Australian
   *   substitute holidays: Christmas on a Saturday → Monday 27, Boxing Day on the Sunday → Tuesday 28).
   */
  readonly substitute?: "nearest-weekday" | "next-weekday";
}

/** A date counted from Easter Sunday (Gregorian): `0` Easter Sunday, `1` Easter Monday, `39` Ascension. */
export interface EasterDate {
  readonly easterOffset: number;
}

/**
 * A weekday of a month: the first `weekday` on or after day `onOrAfter` (third Monday: `15`;
 * "the Tuesday next after the first Monday in November": `2`), or the month's `last` one.
 */
export interface WeekdayDate {
  readonly month: number;
  readonly weekday: Weekday;
  /** Day of the month (1–25) the search starts on; absent with `last`. */
  readonly onOrAfter?: number;
  /** The month's last `weekday` (Memorial Day: last Monday of May). */
  readonly last?: true;
  /** Only in even or odd years (a biennial election day). */
  readonly years?: "even" | "odd";
}

/** One rule for the dates of a {@link DatedClosure}. */
export type ClosureDate = FixedDate | EasterDate | WeekdayDate;

/** Local dates on which the listed channels close, all day (`from: "00:00"`) or from a clock time on. */
export interface DatedClosure {
  readonly channels: readonly string[];
  /** Lead-local clock time the closure starts; it lasts until midnight. */
  readonly from: string;
  readonly dates: readonly ClosureDate[];
  /**
   * Only dates that fall on these weekdays close (Rhode Island's holidays exclude only weekday
   * hours: § 5-61-2). Absent: every date.
   */
  readonly weekdays?: readonly Weekday[];
  /** Why (shown in traces and docs): `public holiday`, `5 December`. */
  readonly label: string;
}

/**
 * A compliance preset: plain data a plan includes by id (`"compliance": ["us-federal"]`).
 * Presets only narrow: their windows are intersected with the plan's, their caps added, their
 * consent rules united. A preset is a starting point to check with counsel, not legal advice.
 */
export interface CompliancePreset {
  readonly id: string;
  readonly title: string;
  /** The rule text the preset follows (statute, regulation or code), to check against. */
  readonly source: string;
  /** Lead-local weekly windows per channel; a channel without an entry is not narrowed. */
  readonly windows?: Readonly<Record<string, readonly WindowRule[]>>;
  readonly caps?: readonly Cap[];
  /** Channels that need `granted` consent. */
  readonly consentRequired?: readonly string[];
  readonly closures?: readonly DatedClosure[];
  /** Do-not-call registries (what a listing blocks, its exemptions) and how long company requests hold. */
  readonly doNotCall?: DoNotCallRules;
  /** The US state (two letters) whose leads `us-states` gives this preset. */
  readonly usState?: string;
}

/** A preset's rules, what `compileCompliance` reads: a {@link CompliancePreset} without its texts for people. */
export type PresetRules = Omit<CompliancePreset, "title" | "source">;

/**
 * A preset's title and source, kept apart from its rules so that code deciding leads does not carry
 * them (3.4 kB of an `evaluate`-only bundle); `COMPLIANCE_PRESETS` joins the two.
 */
export type PresetText = Pick<CompliancePreset, "title" | "source">;

// The `days` presets write, one array each for all presets (presets are read, never written).
/** Every day of the week. */
export const EVERY_DAY: Weekday[] = /* @__PURE__ */ WEEKDAYS.slice();
/** Monday to Friday. */
export const MON_TO_FRI: Weekday[] = ["mon", "tue", "wed", "thu", "fri"];
/** Monday to Saturday. */
export const MON_TO_SAT: Weekday[] = ["mon", "tue", "wed", "thu", "fri", "sat"];

/** 08:00–20:00 every day: the hours of most US state telephone-solicitation acts. */
export const EVERY_DAY_8_TO_20: WindowRule[] = [{ days: EVERY_DAY, from: "08:00", to: "20:00" }];
