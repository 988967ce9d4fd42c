/**
 * What an enrolment did and what it deferred, for the webhook's answer: the touches performed or
 * handed to a person now, and each step waiting with the instant it can be due — as an ISO-8601
 * instant and in the lead's local time — and why. Read from the stored lead with `evaluate`, the
 * same decision the engine made.
 */
import { describeTraceReason, enrollmentLead, evaluate, formatLocalWithWeekday, parseTouchId, type Engine, type Plan, type Touch } from "../../src/index.js";

/** One touch done at enrolment: sent by an adapter, or opened as a task for a person. */
export interface DoneTouch {
  readonly touchId: string;
  readonly stepId: string;
  readonly channel: string;
  readonly status: "sent" | "task opened";
  readonly at: string;
  readonly local: string;
}

/** One step waiting: when it can be due, and why not now. */
export interface DeferredStep {
  readonly stepId: string;
  readonly channel: string | undefined;
  readonly until: string;
  readonly untilLocal: string;
  /** The trace reason code (`window`, `anchor`, `cap`, ...) and, in words, why not now. */
  readonly reason: string;
  readonly why: string;
}

/** How the enrolment ended, when it ended at once (the lead had already replied, opted out, ...). */
export interface EndedEnrolment {
  /** The decision's `done.reason`: `replied`, `opted_out`, `completed`, ... */
  readonly reason: string;
  readonly detail: string | undefined;
  readonly at: string;
  readonly local: string;
}

/** The webhook's answer to an enrolment. */
export interface EnrolmentSummary {
  readonly leadId: string;
  readonly planId: string;
  readonly planVersion: number;
  readonly now: string;
  readonly nowLocal: string;
  readonly zone: string;
  readonly done: readonly DoneTouch[];
  readonly deferred: readonly DeferredStep[];
  /** `null` while the enrolment runs; otherwise why nothing is deferred. */
  readonly ended: EndedEnrolment | null;
}

/** The summary of lead `leadId` just enrolled in `plan`, at `now` (epoch ms). */
export async function enrolmentSummary(engine: Engine, plan: Plan, leadId: string, now: number): Promise<EnrolmentSummary> {
  const stored = await engine.get(leadId);
  if (stored === undefined) throw new Error(`lead ${leadId} was enrolled but is not in the store`);
  const { lead, enrollments } = stored.record;
  // The newest enrolment in this plan is the one just made (enrolments are kept oldest first).
  const enrollment = enrollments.filter((e) => e.planId === plan.id).at(-1);
  if (enrollment === undefined) throw new Error(`lead ${leadId} was enrolled in ${plan.id} but has no enrolment in it`);
  // A lead enrolled again keeps its earlier enrolments' touches: only this enrolment's are its own.
  const ours = (touchId: string): boolean => {
    const parsed = parseTouchId(touchId);
    return parsed?.planId === plan.id && parsed.sequence === enrollment.sequence;
  };
  const decision = evaluate(plan, enrollmentLead(lead, enrollment, enrollments), now);
  const zone = decision.zone.name;
  const local = (iso: string): string => formatLocalWithWeekday(zone, Date.parse(iso));
  const sent = lead.history.flatMap((h) =>
    h.type === "touch" && ours(h.touchId) ? [{ touchId: h.touchId, stepId: h.stepId, channel: h.channel, at: new Date(h.at).toISOString() }] : [],
  );
  const tasks: Touch[] = (await engine.openTasks(leadId)).filter((t) => ours(t.id));
  const done: DoneTouch[] = [
    ...sent.map((t) => ({ ...t, status: "sent" as const, local: local(t.at) })),
    ...tasks.map((t) => ({ touchId: t.id, stepId: t.stepId, channel: t.channel, status: "task opened" as const, at: t.dueAt, local: local(t.dueAt) })),
  ];
  const deferred = decision.trace.flatMap((entry) =>
    entry.state === "waiting" && entry.until !== undefined
      ? [
          {
            stepId: entry.stepId,
            channel: entry.channel,
            until: entry.until,
            untilLocal: local(entry.until),
            reason: entry.reason,
            // The reason says why the step waits; a detail adds to it (a cap's terms, the template a WhatsApp message will need).
            why: entry.detail === undefined ? describeTraceReason(entry.reason) : `${describeTraceReason(entry.reason)}; ${entry.detail}`,
          },
        ]
      : [],
  );
  const nowIso = new Date(now).toISOString();
  return {
    leadId,
    planId: plan.id,
    planVersion: enrollment.planVersion,
    now: nowIso,
    nowLocal: local(nowIso),
    zone,
    done,
    deferred,
    ended: decision.done === null ? null : { reason: decision.done.reason, detail: decision.done.detail, at: decision.done.at, local: local(decision.done.at) },
  };
}
