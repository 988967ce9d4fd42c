/**
 * The contacts a decision has made so far (the history's, then the touches it chose) and what they
 * allow: a channel at most once a minute, the contacts a cap question counts, and the budget the
 * plans of a merged decision share.
 */
import type { Cap } from "../plan/index.js";
import {
  checkedContacts,
  everyContact,
  LONGEST_CAP_PERIOD_MS,
  touchOutcome,
  withContacts,
  type ContactLog,
  type ContactTime,
  type LeadFacts,
  type TouchLog,
  type TouchRecordFields,
} from "../policy/index.js";
import { isAttemptOf } from "./touchId.js";

/**
 * One contact budget shared by the plans of a merged decision: every plan's touches count against
 * every cap. Read-only: `decide` returns the contacts a plan spent, and {@link spend} makes the
 * budget the next plan reads.
 */
export interface SharedBudget extends ContactsSoFar {
  /** Caps of the other plans, applied on top of the plan being decided's own. */
  readonly caps: readonly Cap[];
}

/** The contacts a decision has made so far: the history's, then the touches chosen in it. */
export interface ContactsSoFar {
  /** Touches counted by caps: the lead's history, then each touch chosen so far (ascending by time). */
  readonly contacts: ContactLog;
  /** The history's touches (none after the decision's instant), whose contacts are the first {@link chosenFrom} of `contacts`. */
  readonly history: TouchLog;
  /** Where the touches chosen in this decision start in `contacts` (all at the decision's instant). */
  readonly chosenFrom: number;
  /** The history's contacts in `contacts` are those after this instant (`LeadFacts.contactsAfter`). */
  readonly contactsAfter: number;
}

/**
 * The contacts caps count for a question about `t`: `so.contacts`, or, when the period holding `t`
 * may start before the history's contacts there do (a `dueAt` searched from long before the latest
 * record), every contact of the history, their channels checked as the recent ones were
 * (`checkedContacts`). The touches chosen now, at the decision's instant, count only for `t` at or
 * after it, where `so.contacts` serves.
 * @throws {LeadValidationError} for a contact on a channel `parseLead` refuses.
 */
export function contactsFor(so: ContactsSoFar, t: number): ContactLog {
  return t - LONGEST_CAP_PERIOD_MS > so.contactsAfter ? so.contacts : checkedContacts(everyContact(so.history), so.history);
}

/** A channel is used at most once per minute: how long it stays busy after a touch. */
export const BUSY_MS = 60_000;

/**
 * The instant `channel` is free again for the touch `touchId` at `now`: a minute after the latest
 * other touch on it made less than {@link BUSY_MS} before `now` — chosen earlier in this decision, or
 * in the history (a touch recorded a moment ago keeps its channel busy in the next decision as it did
 * in its own); `undefined` when there is none. An attempt of the same touch (a stand-in for a send
 * whose answer was lost, re-sent under the same key) is not another touch. Reads the last minute's
 * contacts from the end; the history's records only when one of them is on the channel.
 */
export function channelBusyUntil(so: ContactsSoFar, channel: string, touchId: string, now: number): number | undefined {
  const { at, channel: channels } = so.contacts;
  let i = at.length - 1;
  for (; i >= 0; i--) {
    const t = at[i] as number;
    if (t <= now - BUSY_MS) return undefined;
    if (channels[i] !== channel) continue;
    if (i >= so.chosenFrom) return t + BUSY_MS;
    break;
  }
  if (i < 0) return undefined;
  // A contact of the history: which touch it was is in the records (the contacts are the touches that did not fail).
  const log = so.history;
  let latest = -Infinity;
  for (let k = 0; k < log.records.length; k++) {
    const record = log.records[k] as TouchRecordFields;
    if (record.channel !== channel) continue;
    const t = log.at[k] as number;
    if (t <= now - BUSY_MS || t <= latest || touchOutcome(log, k) === "failed" || isAttemptOf(record.touchId, touchId)) continue;
    latest = t;
  }
  return latest === -Infinity ? undefined : latest + BUSY_MS;
}

/** The budget a merged decision starts from: the history's contacts. */
export function startingBudget(facts: LeadFacts): SharedBudget {
  return { contacts: facts.contactTimes, history: facts.touches, chosenFrom: facts.contactTimes.at.length, contactsAfter: facts.contactsAfter, caps: [] };
}

/** The budget after `used` (the contacts one plan's due touches spent, at the decision's instant). */
export function spend(budget: SharedBudget, used: readonly ContactTime[]): SharedBudget {
  if (used.length === 0) return budget;
  return { ...budget, contacts: withContacts(budget.contacts, used) };
}
