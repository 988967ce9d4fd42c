import type { Cap } from "../plan/index.js";
import type { ContactTime } from "../policy/index.js";

/**
 * One contact budget shared by the plans of a merged decision: every plan's touches count against
 * every cap, and a channel is used at most once per minute.
 */
export interface SharedBudget {
  /** Touches counted by caps: the lead's history, then each touch chosen so far (ascending by time). */
  contacts: ContactTime[];
  /** Caps of the other plans, applied on top of the plan being decided's own (set before each plan). */
  caps: readonly Cap[];
  /** Channel → the instant it is free again after a touch chosen in this decision. */
  readonly busy: Map<string, number>;
}
