import type { HistoryEntry, Lead } from "../lead/index.js";
import { instantMs } from "../primitives/index.js";
import { parseTouchId, touchId, type Touch } from "../schedule/index.js";
import type { Enrollment } from "./store.js";
import type { MutableLead } from "./storedLead.js";

/** Suffix of the step id of an earlier enrolment's record in a view: no plan step can carry it (ids exclude `#`). */
const EARLIER = "#enrollment-";

/**
 * The lead as one enrolment sees it, for `evaluate`: the enrolment's own `enrolledAt` (timing and
 * exits count from it) and pause; the records of the same plan that belong to its other enrolments
 * (touches by the enrolment in their touch id, skips by their place before `historyStart`) under a
 * step id no plan has, so caps still count those contacts while this enrolment's steps start afresh.
 * Returns `lead` itself when nothing differs, so the history's reading stays memoised.
 * A host explains what the engine decided for one enrolment of a stored lead with
 * `evaluate(plan, enrollmentLead(record.lead, enrolment, record.enrollments), now)`.
 */
export function enrollmentLead(lead: Lead, e: Enrollment, all: readonly Enrollment[]): Lead {
  const pausedUntil = later(lead.pausedUntil, e.pausedUntil);
  const shared = all.some((o) => o !== e && o.planId === e.planId);
  if (!shared && lead.enrolledAt === e.enrolledAt && pausedUntil === lead.pausedUntil) return lead;
  let history = lead.history;
  if (shared) {
    history = lead.history.map((h, i) => {
      if ((h.type !== "touch" && h.type !== "skip") || h.planId !== e.planId) return h;
      if (h.type === "touch") {
        const sequence = parseTouchId(h.touchId)?.sequence ?? 1;
        return sequence === e.sequence ? h : { ...h, stepId: `${h.stepId}${EARLIER}${sequence}` };
      }
      return i < e.historyStart ? { ...h, stepId: `${h.stepId}${EARLIER}` } : h;
    });
  }
  return { ...lead, enrolledAt: e.enrolledAt, history, ...(pausedUntil === undefined ? {} : { pausedUntil }) };
}

/**
 * Where the history records of `e` end: the start of the lead's next enrolment in the same plan (its skip records, which
 * name no enrolment, are its own by their place from there on); `Infinity` while `e` is the plan's latest.
 */
export function enrollmentHistoryEnd(all: readonly Enrollment[], e: Enrollment): number {
  let end = Infinity;
  for (const o of all) if (o.planId === e.planId && o.sequence > e.sequence) end = Math.min(end, o.historyStart);
  return end;
}

/**
 * Writes a record of `e` (a skip of one of its steps) where views and metrics read it as `e`'s: appended while `e` is
 * its plan's latest enrolment; once a later one has started (a task the earlier one left open, skipped since), placed
 * just before that one's start, which moves one record on, as does every start at or after it.
 */
export function pushEnrollmentRecord(rec: MutableLead, e: Enrollment, record: HistoryEntry): void {
  const end = enrollmentHistoryEnd(rec.enrollments, e);
  if (end === Infinity) {
    rec.lead.history.push(record);
    return;
  }
  rec.lead.history.splice(end, 0, record);
  for (const o of rec.enrollments) if (o.historyStart >= end) o.historyStart++;
}

/** A touch `evaluate` decided for this enrolment, under the enrolment's key (`lead/plan:n@v/step#a` for n ≥ 2). */
export function enrollmentTouch(t: Touch, e: Enrollment): Touch {
  if (e.sequence === 1) return t;
  return { ...t, id: touchId(t.leadId, t.planId, t.planVersion, t.stepId, t.attempt, e.sequence) };
}

function later(a: string | undefined, b: string | undefined): string | undefined {
  if (a === undefined) return b;
  if (b === undefined) return a;
  return instantMs(a) >= instantMs(b) ? a : b;
}
