import type { Plan } from "../plan/index.js";
import { instantMs, isoInstant as iso } from "../primitives/index.js";
import { evaluate, touchRecord, type Done, type EvaluateOptions, type Touch } from "../schedule/index.js";
import type { SendResult } from "./adapter.js";
import { EngineError } from "./errors.js";
import { DEFAULT_MAX_DEFERRALS, type FailureFact } from "./failureCodes.js";
import type { EngineEvents } from "./events.js";
import type { MutableLead } from "./migrate.js";
import { backoffDelay, type ResolvedRetry } from "./retry.js";
import { escalationTouch, slaDeadline, slasOf } from "./sla.js";
import type { PendingTouch } from "./store.js";
import { withUnconfirmedContacts } from "./unconfirmedContacts.js";

/** An event to emit once the record it describes is stored. */
export type QueuedEvent = { [K in keyof EngineEvents]: readonly [K, Parameters<EngineEvents[K]>[0]] }[keyof EngineEvents];

/** What a round needs from the engine; `events` collects what to emit after the write. */
export interface RoundContext {
  readonly evalOptions: EvaluateOptions;
  readonly retry: ResolvedRetry;
  /** Adapter failure codes (`channel:code`) and what they mean. */
  readonly failureCodes: ReadonlyMap<string, FailureFact>;
  listening(event: keyof EngineEvents): boolean;
  readonly events: QueuedEvent[];
}

/** The result of one adapter call, to write into the record. */
export interface SendOutcome {
  readonly kind: "touch" | "escalation";
  readonly touch: Touch;
  readonly attempt: number;
  readonly at: number;
  readonly result: SendResult;
  readonly level?: number;
  readonly sourceTouchId?: string;
}

/** Sends to start after the write: auto touches and SLA escalations. */
export interface RoundOut {
  send: PendingTouch[];
  escalations: { touch: Touch; level: number; sourceTouchId: string }[];
}

/**
 * Applies `evaluate`'s decision to the record: appends skips, opens tasks, marks auto touches as in
 * flight, fires due SLA levels, ends the enrolment when the cadence is done, and sets the due-index key.
 */
export function applyDecision(rec: MutableLead, plan: Plan | undefined, now: number, ctx: RoundContext): RoundOut {
  const out: RoundOut = { send: [], escalations: [] };
  if (rec.state !== "active") {
    rec.dueAt = null;
    return out;
  }
  if (plan === undefined) {
    rec.dueAt = null;
    const error = new EngineError("unknown_plan", `Lead ${rec.lead.id} is on plan ${rec.planId}@${rec.planVersion}, which this engine has not loaded`);
    ctx.events.push(["error", { error, leadId: rec.lead.id }]);
    return out;
  }
  const d = evaluate(plan, withUnconfirmedContacts(rec.lead, rec.pending), now, ctx.evalOptions);
  for (const s of d.skipped) {
    rec.lead.history.push(s);
    if (ctx.listening("touch:skipped")) ctx.events.push(["touch:skipped", { leadId: rec.lead.id, planId: rec.planId, record: s }]);
  }
  const slas = slasOf(plan);
  const lead = rec.lead;
  for (const t of d.due) {
    let p = rec.pending[t.id];
    if (t.mode === "task") {
      if (p !== undefined) continue;
      rec.pending[t.id] = { touch: t, since: now, attempts: 0 };
      const sla = slas.get(t.stepId);
      ctx.events.push(["touch:due", { touch: t, lead, ...(sla === undefined ? {} : { slaDeadline: slaDeadline(sla, t) }) }]);
      continue;
    }
    if (p === undefined) rec.pending[t.id] = p = { touch: t, since: now, attempts: 0 };
    if (p.retryAt !== undefined && p.retryAt > now) continue;
    p.attempts++;
    delete p.retryAt;
    p.sendingSince = now;
    out.send.push(p);
  }
  if (d.done !== null) {
    const done: Done = d.done;
    rec.state = "done";
    rec.endedReason = done.reason;
    rec.pending = {};
    rec.dueAt = null;
    ctx.events.push(["lead:done", { leadId: lead.id, planId: rec.planId, planVersion: rec.planVersion, done }]);
    return { send: [], escalations: [] };
  }
  let wake = d.next === null ? Infinity : instantMs(d.next.at);
  const pendingIds = Object.keys(rec.pending);
  const dueIds = pendingIds.length === 0 ? undefined : new Set(d.due.map((t) => t.id));
  for (const id of pendingIds) {
    const p = rec.pending[id] as PendingTouch;
    if (p.touch.mode === "auto" && dueIds?.has(id) !== true) {
      const state = d.trace.find((e) => e.stepId === p.touch.stepId)?.state;
      if (state === "completed" || state === "skipped" || state === "exited") {
        delete rec.pending[id];
        continue;
      }
    }
    if (p.retryAt !== undefined) wake = Math.min(wake, p.retryAt);
    const sla = slas.get(p.touch.stepId);
    if (sla === undefined) continue;
    const deadline = slaDeadline(sla, p.touch);
    let level = p.escalated ?? 0;
    while (level < sla.levels.length && now >= deadline + (sla.levels[level]?.delayMs ?? 0)) {
      level++;
      const escalation = escalationTouch(p.touch, sla, level);
      const touch = p.touch;
      const firedLevel = level;
      lead.history.push({
        type: "event",
        name: "sla_breached",
        at: iso(now),
        data: { touchId: touch.id, stepId: touch.stepId, level, channel: escalation.channel },
      });
      out.escalations.push({ touch: escalation, level, sourceTouchId: touch.id });
      ctx.events.push(["sla:breached", { touch, level: firedLevel, deadline, escalation }]);
    }
    p.escalated = level;
    if (level < sla.levels.length) wake = Math.min(wake, deadline + (sla.levels[level]?.delayMs ?? 0));
  }
  // While a send is in flight the lead stays due: if this runner dies, the next one re-sends it after the lease.
  if (out.send.length > 0 || out.escalations.length > 0) wake = now;
  rec.dueAt = wake === Infinity ? null : wake;
  return out;
}

/** Writes send results into the record: history for sent and finally failed touches, retry times otherwise. */
export function applySendResults(rec: MutableLead, results: readonly SendOutcome[], ctx: RoundContext): void {
  for (const r of results) {
    const at = iso(r.at);
    if (r.kind === "escalation") {
      const data: Record<string, unknown> = {
        touchId: r.sourceTouchId,
        escalationId: r.touch.id,
        level: r.level,
        channel: r.touch.channel,
        status: r.result.status,
      };
      if (r.result.status === "sent" && r.result.providerId !== undefined) data["providerId"] = r.result.providerId;
      if (r.result.status !== "sent") {
        // An escalation is sent once: a deferral (rate limit) fails it like an error does.
        const why = r.result.status === "failed" ? r.result.error : `deferred: ${r.result.reason}`;
        data["error"] = why;
        const error = new EngineError("escalation_failed", `Escalation ${r.touch.id} on ${r.touch.channel} failed: ${why}`);
        ctx.events.push(["error", { error, leadId: rec.lead.id }]);
      }
      rec.lead.history.push({ type: "event", name: "sla_escalated", at, data });
      continue;
    }
    const p = rec.pending[r.touch.id];
    if (p === undefined || p.attempts !== r.attempt) continue;
    delete p.sendingSince;
    const touch = p.touch;
    if (r.result.status === "deferred") {
      // Not an attempt: the budget is kept, and the touch is tried again at retryAt if its step is still due.
      p.attempts = Math.max(0, p.attempts - 1);
      p.retryAt = r.result.retryAt;
      if (ctx.listening("touch:deferred")) ctx.events.push(["touch:deferred", { touch, retryAt: r.result.retryAt, reason: r.result.reason }]);
      continue;
    }
    const latencyMs = r.at - instantMs(touch.dueAt);
    if (r.result.status === "sent") {
      rec.lead.history.push(touchRecord(touch, { at, outcome: "sent" }));
      delete rec.pending[touch.id];
      const providerId = r.result.providerId;
      if (ctx.listening("touch:sent"))
        ctx.events.push(["touch:sent", { touch, attempt: r.attempt, latencyMs, ...(providerId === undefined ? {} : { providerId }) }]);
      continue;
    }
    const error = r.result.error;
    p.lastError = error;
    const code = r.result.code;
    const fact = code === undefined ? undefined : ctx.failureCodes.get(`${touch.channel}:${code}`);
    if (fact !== undefined && code !== undefined && applyFailureFact(rec, p, r, fact, code, ctx)) continue;
    if (r.result.retryable && p.attempts < ctx.retry.attempts) {
      const retryAt = r.at + backoffDelay(ctx.retry, p.attempts);
      p.retryAt = retryAt;
      ctx.events.push(["touch:failed", { touch, attempt: r.attempt, error, willRetry: true, retryAt }]);
    } else {
      rec.lead.history.push(touchRecord(touch, { at, outcome: "failed" }));
      rec.lead.history.push({ type: "event", name: "touch_failed", at, data: { touchId: touch.id, attempts: p.attempts, error } });
      delete rec.pending[touch.id];
      ctx.events.push(["touch:failed", { touch, attempt: r.attempt, error, willRetry: false }]);
    }
  }
}

/** Deferrals of one touch so far: the `touch_deferred` records in history. */
function deferralsOf(rec: MutableLead, touchId: string): number {
  let n = 0;
  for (const e of rec.lead.history) if (e.type === "event" && e.name === TOUCH_DEFERRED && e.data?.["touchId"] === touchId) n++;
  return n;
}

const TOUCH_DEFERRED = "touch_deferred";

/**
 * A failure whose code the engine knows: `retry_later` defers the touch (a `touch_deferred` record,
 * not counted as a failed attempt) until its deferrals run out; `opt_out` appends the opt-out and
 * records the touch as failed. Returns false when the failure is to be handled as an ordinary one.
 */
function applyFailureFact(rec: MutableLead, p: PendingTouch, r: SendOutcome, fact: FailureFact, code: string, ctx: RoundContext): boolean {
  const touch = p.touch;
  const at = iso(r.at);
  const error = r.result.status === "failed" ? r.result.error : "";
  if (fact.fact === "retry_later") {
    if (deferralsOf(rec, touch.id) >= (fact.maxDeferrals ?? DEFAULT_MAX_DEFERRALS)) return false;
    const retryAt = r.at + fact.afterMs;
    p.retryAt = retryAt;
    // A deferral is the provider's refusal for now, not a failed attempt: the retry budget is kept.
    p.attempts = Math.max(0, p.attempts - 1);
    rec.lead.history.push({ type: "event", name: TOUCH_DEFERRED, at, data: { touchId: touch.id, code, reason: fact.reason, until: iso(retryAt) } });
    ctx.events.push(["touch:failed", { touch, attempt: r.attempt, error, willRetry: true, retryAt, code, fact: "retry_later" }]);
    return true;
  }
  rec.lead.optOuts.push({
    channel: touch.channel,
    at,
    source: `${touch.channel}:${code} ${fact.reason}`,
    ...(fact.category === undefined ? {} : { category: fact.category }),
  });
  rec.lead.history.push(touchRecord(touch, { at, outcome: "failed" }));
  rec.lead.history.push({ type: "event", name: "touch_failed", at, data: { touchId: touch.id, attempts: p.attempts, error, code } });
  delete rec.pending[touch.id];
  ctx.events.push(["touch:failed", { touch, attempt: r.attempt, error, willRetry: false, code, fact: "opt_out" }]);
  return true;
}
