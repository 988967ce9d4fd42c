import type { Lead } from "../lead/index.js";
import type { Touch } from "../schedule/index.js";

/** Where an enrolment stands. `paused` without a date is indefinite; `done` and `unenrolled` are final. */
export type EnrollmentState = "active" | "paused" | "done" | "unenrolled";

/**
 * A touch the engine has started and not yet written to history:
 * an auto touch being sent or waiting to be retried, or a task waiting for a person.
 */
export interface PendingTouch {
  readonly touch: Touch;
  /** When the engine first saw it due (epoch ms). */
  readonly since: number;
  /** Send attempts started so far (auto touches). */
  attempts: number;
  /** Epoch ms before which the next retry must not start; absent when a send may start now. */
  retryAt?: number;
  /** Epoch ms when the current send started; set while the adapter holds it (the in-flight marker). */
  sendingSince?: number;
  /** SLA escalation levels already fired. */
  escalated?: number;
  /** The last failure, as text. */
  lastError?: string;
  /**
   * Start instants (epoch ms) of earlier attempts whose answer was lost (a throw, a timeout, a
   * malformed answer): each may have reached the lead, so caps count them until the touch is settled.
   */
  unconfirmed?: number[];
  /**
   * Tasks: `false` until a write after its `touch:due` event confirms the event was emitted; while
   * `false` the task is announced again (same touch id). Absent: announced (records before format 2).
   */
  announced?: boolean;
}

/** The stored record format the engine writes. Records of an older format are upgraded when read (`readStoredLead`). */
export const STORED_LEAD_FORMAT = 2;

/**
 * One enrolment of a lead in one plan. A lead has at most one active or paused enrolment per plan;
 * enrolling again after one ended starts a new one with the next `sequence`.
 */
export interface Enrollment {
  /** `planId` for the first enrolment in a plan, `planId:n` for the n-th (n ≥ 2): the plan part of its touch ids. */
  readonly id: string;
  readonly planId: string;
  readonly planVersion: number;
  /** 1 for the lead's first enrolment in this plan, then 2, 3, ... */
  readonly sequence: number;
  readonly state: EnrollmentState;
  /** When this enrolment started (ISO-8601, UTC): the plan's timing counts from it. */
  readonly enrolledAt: string;
  /**
   * Length of the lead's history when this enrolment started: skip records of this plan before it
   * belong to earlier enrolments (touch records say theirs in their touch id). A skip an earlier enrolment
   * writes after this one started (a task it left open, skipped since) is placed before this index, which moves on.
   */
  readonly historyStart: number;
  /** Touches started and not yet in history, by touch id (after the end: tasks still open, so a late outcome is kept). */
  readonly pending: Readonly<Record<string, PendingTouch>>;
  /** A pause of this enrolment only, until this instant (ISO-8601, UTC). */
  readonly pausedUntil?: string;
  /** Why the enrolment ended (`done` / `unenrolled`). */
  readonly endedReason?: string;
  /** When it ended (ISO-8601, UTC). */
  readonly endedAt?: string;
  /** SLA escalations a deferral (a rate limit) put off, each sent at its `retryAt` whatever became of the enrolment since. */
  readonly escalations?: readonly DelayedEscalation[];
}

/**
 * An SLA escalation whose send was deferred ("not now, later": a rate limit, the send gate, a code
 * meaning later): its breach is in history, and the alert goes at `retryAt` rather than being lost.
 */
export interface DelayedEscalation {
  /** The escalation touch (its id, `<touch id>~sla<level>`, is its idempotency key). */
  readonly touch: Touch;
  readonly level: number;
  readonly sourceTouchId: string;
  /** When to send it (engine clock, epoch ms). */
  readonly retryAt: number;
  /** Deferrals so far: a bounded deferral (`maxDeferrals`) fails it past its bound. */
  readonly deferrals: number;
}

/**
 * What a store keeps per lead (format 2): the lead (one history, consent, opt-outs) and its
 * enrolments. History (inside `lead`) is the single source of truth about what happened; the rest
 * is the engine's bookkeeping. JSON-serialisable by construction.
 */
export interface StoredLead {
  /** The record format ({@link STORED_LEAD_FORMAT}). */
  readonly format: 2;
  readonly lead: Lead;
  /** Every enrolment of the lead, oldest first. */
  readonly enrollments: readonly Enrollment[];
  /**
   * The due-index key (epoch ms): when the engine must look at this lead again, or `null` when only
   * an outside event (record, complete, resume, enroll) can make anything due.
   */
  readonly dueAt: number | null;
}

/**
 * A record written by lead-cadence before format 2 (one enrolment per lead). Stores may still hold
 * such records: the engine reads them as format 2 (see `readStoredLead`) and writes format 2 back.
 */
export interface StoredLeadV1 {
  readonly lead: Lead;
  readonly planId: string;
  readonly planVersion: number;
  readonly state: EnrollmentState;
  readonly dueAt: number | null;
  readonly pending: Readonly<Record<string, PendingTouch>>;
  readonly endedReason?: string;
}

/**
 * A stored lead and its compare-and-set version: +1 per write; the first write of a lead creates it
 * above every version its id had before a remove (1 when it never had one), so versions never repeat.
 */
export interface VersionedLead {
  readonly record: StoredLead;
  readonly version: number;
}

/** A compare-and-set write: the new version, or a conflict with the version found. */
export type WriteResult = { readonly ok: true; readonly version: number } | { readonly ok: false; readonly version: number };

/**
 * Lead persistence for the engine. Every method may be asynchronous; implementations must be safe
 * for several engines (processes, machines) sharing one store. See docs/stores.md and run
 * `storeConformance` from `lead-cadence/testing` against any implementation.
 */
export interface Store {
  /** The lead with its version, or `undefined`. The result must not alias the store's own copy. */
  get(leadId: string): Promise<VersionedLead | undefined>;
  /**
   * Writes `record` if the stored version is `expectedVersion` (0: only if absent). Never overwrites
   * a newer write: on a mismatch nothing changes and the result carries the version found (0: absent).
   * A write adds 1 to the version; a creation starts above every version the lead id had before a
   * `remove` (a store keeps the highest version it removed, nothing else of the lead), so a write
   * prepared against a removed lead is refused by one created again under its id.
   */
  write(record: StoredLead, expectedVersion: number): Promise<WriteResult>;
  /**
   * Deletes the lead if the stored version is `expectedVersion` (compare-and-set delete): the record
   * leaves the store and the due index, and `ok` comes with version 0. On a mismatch nothing changes
   * and the result carries the version found (0: absent). A later `write` at version 0 creates the
   * lead anew, above the removed version. Leases are independent of records and may outlive them.
   */
  remove(leadId: string, expectedVersion: number): Promise<WriteResult>;
  /**
   * Up to `limit` lead ids whose `dueAt` is at or before `at`, oldest `dueAt` first. Leads whose
   * lease is held at `at` may be left out.
   */
  due(at: number, limit: number): Promise<string[]>;
  /**
   * Takes or renews the lease on `leadId` for `owner` until `until` (epoch ms) if it is free at `now`
   * (no lease, an expired one, or one already held by `owner`). Atomic: of two concurrent claims at
   * most one succeeds. The lead need not exist yet.
   */
  claim(leadId: string, owner: string, until: number, now: number): Promise<boolean>;
  /** Frees the lease if `owner` holds it; otherwise does nothing. */
  release(leadId: string, owner: string): Promise<void>;
  /** Every stored lead, in any order (for metrics and migrations). */
  scan(): AsyncIterable<VersionedLead>;
  /**
   * Optional batch claim: like `due`, but each listed lead is also leased to `owner` until `until`
   * in the same atomic step, leaving out leads whose lease is live at `at`. When present, `runDue`
   * uses it, so runners polling one store take disjoint batches instead of racing for the same leads.
   */
  claimDue?(at: number, limit: number, owner: string, until: number): Promise<string[]>;
}
