import type { Cap } from "../plan/index.js";
import { withContacts, type ContactLog, type ContactTime } from "../policy/index.js";

/**
 * One contact budget shared by the plans of a merged decision: every plan's touches count against
 * every cap, and a channel is used at most once per minute. Read-only: `decide` returns the
 * contacts a plan spent, and {@link spend} makes the budget the next plan reads.
 */
export interface SharedBudget {
  /** Touches counted by caps: the lead's history, then each touch chosen so far (ascending by time). */
  readonly contacts: ContactLog;
  /** Caps of the other plans, applied on top of the plan being decided's own. */
  readonly caps: readonly Cap[];
  /** Channel → the instant it is free again after a touch chosen in this decision. */
  readonly busy: ReadonlyMap<string, number>;
}

/** A channel is used at most once per minute: how long it stays busy after a touch. */
export const BUSY_MS = 60_000;

/** The budget after `used` (the contacts one plan's due touches spent, at the decision's instant). */
export function spend(budget: SharedBudget, used: readonly ContactTime[]): SharedBudget {
  if (used.length === 0) return budget;
  const busy = new Map(budget.busy);
  for (const c of used) busy.set(c.channel, c.at + BUSY_MS);
  return { contacts: withContacts(budget.contacts, used), caps: budget.caps, busy };
}
