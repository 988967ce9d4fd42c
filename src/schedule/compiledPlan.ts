/**
 * The compiled form of a plan: types only, so that the compilers (`compilePlan.ts`,
 * `compileCalendar.ts`, `compliantPlan.ts`) and their readers import them without a cycle.
 */
import type { ClosedDays, CompiledRecurrence, DateClosures, NonexistentTime, WeekdayMask } from "../calendar/index.js";
import type { Cap, Condition, Plan } from "../plan/index.js";
import type { ChannelRules, CompiledDoNotCall } from "../policy/index.js";
import type { DurationParts, WeekIntervals } from "../primitives/index.js";

/** A step with everything `evaluate` needs precomputed. */
export interface CompiledStep {
  readonly index: number;
  readonly id: string;
  /** The step's part of its touch ids (`touchIdInfix`: `/planId@version/stepId#`). */
  readonly touchIdInfix: string;
  readonly channel: string;
  readonly fallback: string | undefined;
  /** Where `channel` and `fallback` (-1: none) are in `CompiledPlan.channelList` (the same in every preset variant of the plan). */
  readonly channelIndex: number;
  readonly fallbackIndex: number;
  readonly mode: "auto" | "task";
  readonly template: string | undefined;
  /** WhatsApp: the approved template used outside the 24 h window. */
  readonly templateOutsideWindow: string | undefined;
  /** WhatsApp: the template's category (`marketing`, `utility`, `authentication`), when the step names it. */
  readonly category: "marketing" | "utility" | "authentication" | undefined;
  readonly timing:
    | { readonly kind: "after"; readonly duration: DurationParts; readonly exact: boolean }
    | { readonly kind: "days"; readonly days: number; readonly minuteOfDay: number }
    | { readonly kind: "rrule"; readonly recurrence: CompiledRecurrence; readonly description: string | undefined }
    | { readonly kind: "businessDays"; readonly days: number; readonly minuteOfDay: number; readonly weekdays: number };
  /** Index of the anchor step, or -1 for the lead's enrolment. */
  readonly anchorIndex: number;
  readonly anchorOn: "touch" | "outcome";
  /** The trace's detail while the anchor has not happened (`waiting for the touch of step call`). */
  readonly anchorPendingDetail: string;
  readonly maxAttempts: number;
  readonly every: DurationParts | undefined;
  readonly everyExact: boolean;
  readonly until: ReadonlySet<string>;
  readonly when: Condition | undefined;
}

/** Per-channel rules, precomputed once per plan. */
export interface CompiledChannel {
  /** The channel's position in `CompiledPlan.channels` (0, 1, …): where a decision keeps its verdict on the channel. */
  readonly index: number;
  readonly open: WeekIntervals;
  readonly contactKinds: readonly string[];
  readonly consentRequired: boolean;
  /** Dated closures from compliance presets (public holidays, short days). */
  readonly closed?: DateClosures;
  /** What `channelUnavailable` judges the channel by, built once. */
  readonly rules: ChannelRules;
}

/** A validated plan with its per-step and per-channel data precomputed. Treat plans as immutable. */
export interface CompiledPlan {
  readonly plan: Plan;
  readonly zone: string;
  readonly steps: readonly CompiledStep[];
  readonly stepIndex: ReadonlyMap<string, number>;
  /** Step indexes with every anchor before the steps anchored on it. */
  readonly order: readonly number[];
  readonly channels: ReadonlyMap<string, CompiledChannel>;
  /** The values of `channels` by their `index`: a step reads its own by `CompiledStep.channelIndex`, no lookup by name. */
  readonly channelList: readonly CompiledChannel[];
  readonly globalOptOut: boolean;
  readonly ruleNames: readonly string[];
  /** Business weekdays, holidays and the unknown-zone policy. */
  readonly calendar: CompiledCalendar;
  /** The plan's caps followed by its compliance presets' caps. */
  readonly caps: readonly Cap[];
  /** The compliance presets applied to `channels` and `caps` (sorted; `us-states` resolved per lead). */
  readonly presetIds: readonly string[];
  /** The plan includes `us-states`: the lead's region selects more presets. */
  readonly usStates: boolean;
  /** Do-not-call registries, exemptions and request periods (presets' and plan's). */
  readonly doNotCall: CompiledDoNotCall;
}

/** A plan's calendar settings, precomputed once per plan. */
export interface CompiledCalendar {
  readonly businessWeekdays: WeekdayMask;
  /** Closed days for leads that do not choose their own holiday calendar. */
  readonly planClosed: ClosedDays | undefined;
  readonly unknownZone: "fallback" | "untimed-only";
  /** How a step time in a spring-forward gap resolves (plan `nonexistentTime`, default `shift`). */
  readonly nonexistentTime: NonexistentTime;
  /** Closed days for a lead's address (plans with `holidays.fromLead`), memoised per country and region. */
  closedFor(country: string | undefined, region: string | undefined): ClosedDays | undefined;
}
