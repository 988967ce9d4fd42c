import type { Cap, DoNotCallRules, WindowRule } from "../../plan/index.js";

/** A fixed calendar date (`month` 1–12), optionally moved when it falls on a Sunday. */
export interface FixedDate {
  readonly month: number;
  readonly day: number;
  /** Days to move the date by when it falls on a Sunday (King's Day: `-1`). */
  readonly ifSunday?: number;
}

/** A date counted from Easter Sunday (Gregorian): `0` Easter Sunday, `1` Easter Monday, `39` Ascension. */
export interface EasterDate {
  readonly easterOffset: number;
}

/** Local dates on which the listed channels close, all day (`from: "00:00"`) or from a clock time on. */
export interface DatedClosure {
  readonly channels: readonly string[];
  /** Lead-local clock time the closure starts; it lasts until midnight. */
  readonly from: string;
  readonly dates: readonly (FixedDate | EasterDate)[];
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
