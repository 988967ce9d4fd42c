/**
 * `lead-cadence/testing`: run a plan in virtual time, script the lead's behaviour, and assert on
 * the resulting timeline. Works with any test runner; vitest matchers are an opt-in setup file
 * (`lead-cadence/testing/vitest`), so importing this module never imports vitest.
 */
export { simulate, type SimulateOptions } from "./simulate.js";
export {
  respond,
  defaultOutcome,
  type Responder,
  type ResponderContext,
  type ResponderResult,
  type LeadResponse,
  type ScheduledEvent,
  type SimulatedEvent,
  type RandomOptions,
} from "./responders.js";
export { formatTimeline, type FormatTimelineOptions } from "./formatTimeline.js";
export { explorePaths, type ExplorePathsOptions, type ExploredPath } from "./explorePaths.js";
export { cadenceMatchers, type CadenceMatchers, type MatcherResult } from "./matchers.js";
export { findTouches, touchesBetween, type TouchQuery } from "./touchQuery.js";
export { SimulationLimitError, isSimulationLimitError } from "./SimulationLimitError.js";
export { mulberry32, fnv1a } from "./prng.js";
export type { RelativeInstant } from "./relativeInstant.js";
export type {
  Timeline,
  TimelineEntry,
  TimelineEntryBase,
  TimelineTouch,
  TimelineOutcome,
  TimelineSkip,
  TimelineDeferral,
  TimelineLeadEvent,
  TimelineExit,
  TimelineEscalation,
  SimulationEndReason,
} from "./timeline.js";
export {
  storeConformance,
  checkStoreConformance,
  storeConformanceCases,
  conformanceLead,
  type StoreConformanceCase,
  type ConformanceRunner,
} from "./storeConformance.js";
