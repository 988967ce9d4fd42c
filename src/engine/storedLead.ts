import { EngineError } from "./errors.js";
import type { Enrollment, PendingTouch, StoredLead, StoredLeadV1 } from "./store.js";

/** An enrolment whose fields the engine may change. */
export type MutableEnrollment = Writable<Omit<Enrollment, "pending">> & { pending: Record<string, PendingTouch> };

/** A stored lead whose fields the engine may change. */
export type MutableLead = Writable<Omit<StoredLead, "enrollments">> & { enrollments: MutableEnrollment[] };

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** The id of the `sequence`-th enrolment in `planId`: the plan part of its touch ids. */
export function enrollmentId(planId: string, sequence: number): string {
  return sequence > 1 ? `${planId}:${sequence}` : planId;
}

/**
 * A record as the store returned it, in the current format: a format-2 record as is, a format-1
 * record (one enrolment, no `format` field) upgraded to format 2 with that enrolment as its only
 * one (sequence 1, so its touch ids are unchanged). The result may be changed by the caller when the
 * input may (stores never alias what they return).
 * @throws {EngineError} `unknown_lead` naming the lead when the record is neither format.
 */
export function readStoredLead(raw: StoredLead | StoredLeadV1): MutableLead {
  const r = raw as Partial<StoredLead> & Partial<StoredLeadV1>;
  if (r.format === 2) return raw as MutableLead;
  if (r.format === undefined && typeof r.planId === "string" && r.lead !== undefined) {
    const v1 = raw as StoredLeadV1;
    const enrollment: MutableEnrollment = {
      id: v1.planId,
      planId: v1.planId,
      planVersion: v1.planVersion,
      sequence: 1,
      state: v1.state,
      enrolledAt: v1.lead.enrolledAt,
      historyStart: 0,
      pending: { ...v1.pending },
      ...(v1.endedReason === undefined ? {} : { endedReason: v1.endedReason }),
    };
    return { format: 2, lead: v1.lead, enrollments: [enrollment], dueAt: v1.dueAt };
  }
  throw new EngineError(
    "unknown_lead",
    `Stored record of lead ${JSON.stringify(r.lead?.id)} has format ${JSON.stringify(r.format)}; this version reads formats 1 and 2`,
  );
}

/** The lead's open enrolment (active or paused) in `planId`, if any. */
export function openEnrollment(rec: StoredLead, planId: string): Enrollment | undefined {
  for (const e of rec.enrollments) if (e.planId === planId && (e.state === "active" || e.state === "paused")) return e;
  return undefined;
}

/** The lead's latest enrolment in `planId`, if any. */
export function latestEnrollment(rec: StoredLead, planId: string): Enrollment | undefined {
  let latest: Enrollment | undefined;
  for (const e of rec.enrollments) if (e.planId === planId && (latest === undefined || e.sequence > latest.sequence)) latest = e;
  return latest;
}

/** The enrolment a touch id belongs to (by plan id and enrolment sequence). */
export function enrollmentOfTouch(rec: StoredLead, planId: string, sequence: number): Enrollment | undefined {
  for (const e of rec.enrollments) if (e.planId === planId && e.sequence === sequence) return e;
  return undefined;
}

/** True when the enrolment is still running (active or paused). */
export function isOpen(e: Enrollment): boolean {
  return e.state === "active" || e.state === "paused";
}

/**
 * A copy of what the engine changes while it drives a lead: the record, the lead, its history and
 * opt-out arrays, the enrolments, their pending maps and pending touches. Everything else — history
 * records, touches, contacts, consent — is shared with `rec`: records are append-only and the drive
 * never changes one in place, so `rec` (kept by the memory store, see `recordHandoff.ts`) stays as written.
 */
export function drivingCopy(rec: StoredLead): MutableLead {
  const lead = rec.lead;
  return {
    ...rec,
    lead: { ...lead, history: lead.history.slice(), optOuts: lead.optOuts.slice() },
    enrollments: rec.enrollments.map((e) => ({ ...e, pending: pendingCopy(e.pending) })),
  };
}

function pendingCopy(pending: Readonly<Record<string, PendingTouch>>): Record<string, PendingTouch> {
  let out: Record<string, PendingTouch> | undefined;
  for (const id in pending) (out ??= pendingMap())[id] = { ...(pending[id] as PendingTouch) };
  return out ?? {};
}

/**
 * A new map of pending touches for a record the engine is changing: a prototype-less object, which
 * V8 keeps as a hash table from the start (a touch id as a key of an ordinary object makes a hidden
 * class per lead) and makes at half the cost of `idKeyedObject`. JSON and `jsonCopy` write it as a
 * plain object, so what a store hands out is plain. Never handed out itself: the memory store copies on read.
 */
export function pendingMap(): Record<string, PendingTouch> {
  return Object.create(null) as Record<string, PendingTouch>;
}

/**
 * Readies a record the engine hands to the memory store to keep (see `recordHandoff.ts`): its
 * history array without the spare room pushes leave, and empty pending maps as plain `{}` (an
 * emptied hash table keeps its size), so a kept record takes no more memory than a copy would.
 */
export function tightenForKeeping(rec: MutableLead): void {
  rec.lead.history = rec.lead.history.slice();
  for (const e of rec.enrollments) if (hasNoPending(e)) e.pending = {};
}

/** True when the enrolment has no pending touch (a key walk: no array of keys is made). */
export function hasNoPending(e: Enrollment): boolean {
  for (const _ in e.pending) return false;
  return true;
}
