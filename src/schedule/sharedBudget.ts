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

/**
 * The budget a merged decision at `now` starts from: the history's contacts, and each channel a
 * contact in them used less than {@link BUSY_MS} before `now` (a touch recorded a moment ago keeps
 * its channel busy in the next decision as it did in its own).
 */
export function startingBudget(contacts: ContactLog, now: number): SharedBudget {
  const busy = new Map<string, number>();
  // Ascending by time (none after `now`): read from the end, the latest contact on a channel comes first.
  for (let i = contacts.at.length - 1; i >= 0; i--) {
    const at = contacts.at[i] as number;
    if (at <= now - BUSY_MS) break;
    const channel = contacts.channel[i] as string;
    if (!busy.has(channel)) busy.set(channel, at + BUSY_MS);
  }
  return { contacts, caps: [], busy };
}

/** The budget after `used` (the contacts one plan's due touches spent, at the decision's instant). */
export function spend(budget: SharedBudget, used: readonly ContactTime[]): SharedBudget {
  if (used.length === 0) return budget;
  const busy = new Map(budget.busy);
  for (const c of used) busy.set(c.channel, c.at + BUSY_MS);
  return { contacts: withContacts(budget.contacts, used), caps: budget.caps, busy };
}
