import type { Plan } from "../plan/index.js";
import { instantMs, isoInstant as iso } from "../primitives/index.js";
import type { Lead } from "../lead/index.js";
import {
  decidedNextMs,
  evaluate,
  evaluateAll,
  parseTouchId,
  performedTouchRecord,
  touchRecord,
  type Decision,
  type Done,
  type EvaluateOptions,
  type Touch,
} from "../schedule/index.js";
import type { SendDeferred, SendResult } from "./adapter.js";
import { deferralOf } from "./deferral.js";
import { EngineError } from "./errors.js";
import type { FailureFact } from "./failureCodes.js";
import type { EngineEvents } from "./events.js";
import { enrollmentLead, enrollmentTouch } from "./enrollmentView.js";
import { enrollmentOfTouch, hasNoPending, pendingMap, type MutableEnrollment, type MutableLead } from "./storedLead.js";
import { retryDelay, type ResolvedRetry } from "./retry.js";
import { escalationTouch, slaDeadline, slasOf } from "./sla.js";
import type { DelayedEscalation, PendingTouch } from "./store.js";
import { withOptOutsInForce } from "./optOutsInForce.js";
import { skewHold } from "./clockSkew.js";
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
  /** The answer was lost (a throw, a timeout, a malformed answer): the provider may have accepted the send. */
  readonly unconfirmed?: true;
  readonly level?: number;
  readonly sourceTouchId?: string;
  /** An escalation's deferrals before this attempt. */
  readonly deferrals?: number;
}

/** Sends to start after the write: auto touches and SLA escalations. */
export interface RoundOut {
  send: PendingTouch[];
  escalations: { touch: Touch; level: number; sourceTouchId: string; deferrals?: number }[];
  /** Tasks whose `touch:due` this round emits: marked announced by the next successful write. */
  announced: PendingTouch[];
}

/** The plan an enrolment is on, when this engine has it loaded. */
export type PlanLookup = (planId: string, version: number) => Plan | undefined;

/**
 * Applies the decision for every active enrolment of the lead, taken together under one contact
 * budget (`evaluateAll` when there are several, `evaluate` for one): appends skips, opens tasks,
 * marks auto touches as in flight, fires due SLA levels, ends enrolments whose cadence is done, and
 * sets the due-index key. Invariant: while an active enrolment has anything pending, the lead has a
 * wake-up (`dueAt` is never `null`), so a task or retry nobody was told about is looked at again.
 * A lead with a record dated just after `now` (a clock ahead wrote it: `skewHold`) is not decided:
 * nothing is sent, and it is due again at that record's instant.
 */
export function applyDecision(rec: MutableLead, plans: PlanLookup, now: number, ctx: RoundContext): RoundOut {
  const out: RoundOut = { send: [], escalations: [], announced: [] };
  const running: { e: MutableEnrollment; plan: Plan }[] = [];
  for (const e of rec.enrollments) {
    if (e.state !== "active") {
      if (e.state !== "paused" && !hasNoPending(e)) settleOrphanedSends(rec, e, now);
      continue;
    }
    const plan = plans(e.planId, e.planVersion);
    if (plan === undefined) {
      const error = new EngineError("unknown_plan", `Lead ${rec.lead.id} is on plan ${e.planId}@${e.planVersion}, which this engine has not loaded`);
      ctx.events.push(["error", { error, leadId: rec.lead.id }]);
      continue;
    }
    running.push({ e, plan });
  }
  let wake = Infinity;
  if (running.length > 0) {
    const held = skewHold(rec.lead, now);
    if (held !== undefined) {
      rec.dueAt = held;
      return out;
    }
    const base = withUnconfirmedContacts(withOptOutsInForce(rec.lead, now), pendingOfAll(rec));
    const decisions = decideTogether(base, running, rec.enrollments, now, ctx.evalOptions);
    for (let i = 0; i < running.length; i++) {
      const { e, plan } = running[i] as { e: MutableEnrollment; plan: Plan };
      wake = Math.min(wake, applyOne(rec, e, plan, decisions[i] as Decision, now, ctx, out));
    }
  }
  for (const e of rec.enrollments) if (e.escalations !== undefined) wake = Math.min(wake, takeDueEscalations(e, now, out));
  // While a send is in flight the lead stays due: if this runner dies, the next one re-sends it after the lease.
  if (out.send.length > 0 || out.escalations.length > 0) wake = now;
  rec.dueAt = wake === Infinity ? null : wake;
  return out;
}

/**
 * Moves the enrolment's delayed escalations due at `now` into the round's sends (taken off the record
 * before they are sent: at most once, as every escalation); returns the earliest `retryAt` left.
 */
function takeDueEscalations(e: MutableEnrollment, now: number, out: RoundOut): number {
  let wake = Infinity;
  const waiting: DelayedEscalation[] = [];
  for (const d of e.escalations ?? []) {
    if (d.retryAt <= now) out.escalations.push({ touch: d.touch, level: d.level, sourceTouchId: d.sourceTouchId, deferrals: d.deferrals });
    else {
      waiting.push(d);
      wake = Math.min(wake, d.retryAt);
    }
  }
  // A new list, never changed in place: a drive's copy shares the stored one.
  if (waiting.length === 0) delete e.escalations;
  else e.escalations = waiting;
  return wake;
}

/** Every enrolment's pending touches: in-flight attempts of any enrolment count toward the shared caps. */
function pendingOfAll(rec: MutableLead): Readonly<Record<string, PendingTouch>> {
  if (rec.enrollments.length === 1) return (rec.enrollments[0] as MutableEnrollment).pending;
  const all: Record<string, PendingTouch> = {};
  for (const e of rec.enrollments) Object.assign(all, e.pending);
  return all;
}

/** One decision per running enrolment, in their order: one plan alone through `evaluate`, several through `evaluateAll`. */
function decideTogether(
  base: Lead,
  running: readonly { e: MutableEnrollment; plan: Plan }[],
  all: readonly MutableEnrollment[],
  now: number,
  options: EvaluateOptions,
): Decision[] {
  if (running.length === 1) {
    const { e, plan } = running[0] as { e: MutableEnrollment; plan: Plan };
    return [evaluate(plan, enrollmentLead(base, e, all), now, options)];
  }
  const leads: Record<string, Lead> = {};
  for (const { e } of running) leads[e.planId] = enrollmentLead(base, e, all);
  const merged = evaluateAll(
    running.map((r) => r.plan),
    base,
    now,
    { ...options, leads },
  );
  const byPlan = new Map(merged.plans.map((d) => [d.planId, d]));
  return running.map(({ e }) => byPlan.get(e.planId) as Decision);
}

/** The pending touch that stands for a due touch: same key, or the same step and attempt under an earlier plan version (kept by a migration). */
function pendingFor(e: MutableEnrollment, t: Touch): PendingTouch | undefined {
  // A lookup that misses with a fresh key string (every decision makes its touch ids anew) is slow in V8: none when nothing is pending.
  if (hasNoPending(e)) return undefined;
  const same = e.pending[t.id];
  if (same !== undefined) return same;
  for (const id in e.pending) {
    const p = e.pending[id] as PendingTouch;
    if (p.touch.stepId === t.stepId && p.touch.attempt === t.attempt) return p;
  }
  return undefined;
}

/** Adds a pending touch under its id; an empty pending map is replaced by a hash-table one first (touch ids are unique per lead). */
function addPending(e: MutableEnrollment, p: PendingTouch): PendingTouch {
  if (hasNoPending(e)) e.pending = pendingMap();
  e.pending[p.touch.id] = p;
  return p;
}

/** Applies one enrolment's decision; returns its wake-up (epoch ms, `Infinity` for none). */
function applyOne(rec: MutableLead, e: MutableEnrollment, plan: Plan, d: Decision, now: number, ctx: RoundContext, out: RoundOut): number {
  for (const s of d.skipped) {
    rec.lead.history.push(s);
    if (ctx.listening("touch:skipped")) ctx.events.push(["touch:skipped", { leadId: rec.lead.id, planId: e.planId, record: s }]);
  }
  const slas = slasOf(plan);
  const lead = rec.lead;
  // With nothing pending before, the pending touches after the due ones are exactly those this decision adds.
  const wasEmpty = hasNoPending(e);
  // Keys of the pending touches the decision has due (most rounds have none or one).
  const dueKeys: string[] = [];
  const sendFrom = out.send.length;
  // The earliest instant of a due touch already in history after `now` (dated beyond the skew hold's bound, by the host): not sent again, looked at again then.
  let recordedAhead = Infinity;
  for (const due of d.due) {
    const t = enrollmentTouch(due, e);
    let p = pendingFor(e, t);
    if (p !== undefined) dueKeys.push(p.touch.id);
    else {
      const at = recordedAt(lead, t.id);
      if (at !== undefined && at > now) {
        recordedAhead = Math.min(recordedAhead, at);
        continue;
      }
    }
    if (t.mode === "task") {
      if (p !== undefined) continue;
      const task: PendingTouch = { touch: t, since: now, attempts: 0, announced: false };
      addPending(e, task);
      dueKeys.push(t.id);
      announce(task, slas, lead, ctx, out);
      continue;
    }
    if (p === undefined) {
      p = addPending(e, { touch: t, since: now, attempts: 0 });
      dueKeys.push(t.id);
    }
    if (p.retryAt !== undefined && p.retryAt > now) continue;
    p.attempts++;
    delete p.retryAt;
    p.sendingSince = now;
    out.send.push(p);
  }
  if (d.done !== null) {
    const done: Done = d.done;
    // Sends marked this round that will not be made: unmarked, so the end drops them as never sent.
    for (const p of out.send.splice(sendFrom)) {
      p.attempts--;
      delete p.sendingSince;
    }
    endEnrollment(rec, e, "done", done.reason, now);
    ctx.events.push(["lead:done", { leadId: lead.id, planId: e.planId, planVersion: e.planVersion, done }]);
    return Infinity;
  }
  let wake = Math.min(recordedAhead, d.next === null ? Infinity : (decidedNextMs(d) ?? instantMs(d.next.at)));
  // The keys as they are now (the loop deletes only the key it is on): a walk of a hash-table map costs V8 a runtime call, made only when something was pending before.
  for (const id of wasEmpty ? dueKeys : pendingKeys(e)) {
    const p = e.pending[id] as PendingTouch;
    if (p.touch.mode === "auto" && !dueKeys.includes(id)) {
      const state = d.trace.find((entry) => entry.stepId === p.touch.stepId)?.state;
      if (state === undefined || state === "completed" || state === "skipped" || state === "exited") {
        settleUnconfirmed(rec.lead, p, now);
        delete e.pending[id];
        continue;
      }
    }
    if (p.retryAt !== undefined) wake = Math.min(wake, p.retryAt);
    if (p.touch.mode === "task") {
      // A task whose announcement may not have been heard (its write failed after committing) is announced again, same touch id.
      if (p.announced === false) {
        if (!out.announced.includes(p)) announce(p, slas, lead, ctx, out);
        wake = Math.min(wake, now + ANNOUNCE_RETRY_MS);
      }
      wake = Math.min(wake, now + TASK_RECHECK_MS);
    }
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
  return wake;
}

/** The keys of the enrolment's pending touches, in the order a `for...in` walk visits them. */
function pendingKeys(e: MutableEnrollment): string[] {
  const keys: string[] = [];
  for (const id in e.pending) keys.push(id);
  return keys;
}

/** The instant of the touch `touchId` in the lead's history, if recorded: the earliest of its records' (a host may record a touch twice). */
function recordedAt(lead: Lead, touchId: string): number | undefined {
  let at: number | undefined;
  for (const h of lead.history) {
    if (h.type === "touch" && h.touchId === touchId) {
      const ms = instantMs(h.at);
      if (at === undefined || ms < at) at = ms;
    }
  }
  return at;
}

/** How often a lead with an open task is looked at again, SLA or not: anything pending has a wake-up. */
export const TASK_RECHECK_MS = 60 * 60_000;

/** How soon a task announcement not yet confirmed by a later write is made again. */
export const ANNOUNCE_RETRY_MS = 60_000;

/** Queues `touch:due` for an open task; the drive marks it announced in a write after the event was emitted. */
function announce(task: PendingTouch, slas: ReturnType<typeof slasOf>, lead: Lead, ctx: RoundContext, out: RoundOut): void {
  const t = task.touch;
  const sla = slas.get(t.stepId);
  ctx.events.push(["touch:due", { touch: t, lead, ...(sla === undefined ? {} : { slaDeadline: slaDeadline(sla, t) }) }]);
  out.announced.push(task);
}

/**
 * Ends an enrolment: final state, reason and instant. Open tasks stay (a late outcome is still
 * recorded) and so do sends in flight (their result is still written); retries waiting are dropped,
 * an attempt that may have reached the lead recorded first (outcome unknown).
 */
export function endEnrollment(rec: MutableLead, e: MutableEnrollment, state: "done" | "unenrolled", reason: string, now: number): void {
  e.state = state;
  e.endedReason = reason;
  e.endedAt = iso(now);
  delete e.pausedUntil;
  for (const [id, p] of Object.entries(e.pending)) {
    if (p.touch.mode === "task" || p.sendingSince !== undefined) continue;
    settleUnconfirmed(rec.lead, p, now);
    delete e.pending[id];
  }
}

/**
 * The sends an ended enrolment still marks as in flight when the lead is decided: a drive decides only
 * once its own sends have answered, and holds the lease, so each is a dead runner's (or one that lost
 * its lease). Nothing will write their answers: each is settled as a contact of unknown outcome.
 */
function settleOrphanedSends(rec: MutableLead, e: MutableEnrollment, now: number): void {
  for (const id in e.pending) {
    const p = e.pending[id] as PendingTouch;
    if (p.touch.mode !== "auto" || p.sendingSince === undefined) continue;
    settleUnconfirmed(rec.lead, p, now);
    delete e.pending[id];
  }
}

/**
 * An auto touch dropped before its result is known: an attempt left in flight by a dead runner, or a
 * retry that will not run after an attempt whose answer was lost (a timeout, a throw, an unreadable
 * answer), which the provider may have accepted. The touch is recorded
 * without an outcome (outcome unknown), so caps, metrics and reports count it, with a
 * `touch_unconfirmed` event.
 */
export function settleUnconfirmed(lead: Lead, p: PendingTouch, now: number): void {
  if (p.touch.mode !== "auto" || (p.sendingSince === undefined && p.unconfirmed === undefined)) return;
  const at = p.sendingSince ?? p.unconfirmed?.at(-1) ?? now;
  lead.history.push(touchRecord(p.touch, { at }));
  lead.history.push({ type: "event", name: "touch_unconfirmed", at: iso(now), data: { touchId: p.touch.id, attempts: p.attempts, error: p.lastError } });
}

/** Writes send results into the record: history for sent and finally failed touches, retry times otherwise. */
export function applySendResults(rec: MutableLead, results: readonly SendOutcome[], ctx: RoundContext): void {
  for (const r of results) {
    if (r.kind === "escalation") {
      if (delayEscalation(rec, r, ctx)) continue;
      const at = iso(r.at);
      const data: Record<string, unknown> = {
        touchId: r.sourceTouchId,
        escalationId: r.touch.id,
        level: r.level,
        channel: r.touch.channel,
        status: r.result.status,
      };
      if (r.result.status === "sent" && r.result.providerId !== undefined) data["providerId"] = r.result.providerId;
      if (r.result.status !== "sent") {
        // An escalation is sent once: a failure is final, and so is a bounded deferral past its bound.
        const why = r.result.status === "failed" ? r.result.error : `deferred ${r.deferrals ?? 0} times: ${r.result.reason}`;
        data["error"] = why;
        const error = new EngineError("escalation_failed", `Escalation ${r.touch.id} on ${r.touch.channel} failed: ${why}`);
        ctx.events.push(["error", { error, leadId: rec.lead.id }]);
      }
      rec.lead.history.push({ type: "event", name: "sla_escalated", at, data });
      continue;
    }
    const e = rec.enrollments.find((x) => x.pending[r.touch.id] !== undefined);
    const p = e?.pending[r.touch.id];
    if (e === undefined || p === undefined) continue;
    // An answer to an earlier attempt is stale, unless it says sent: the touch went out (a runner that lost its lease may have marked a new attempt since).
    if (p.attempts !== r.attempt && r.result.status !== "sent") continue;
    const startedAt = p.sendingSince;
    // A sent touch leaves the record (deleting a field of it would only turn the object slow); any other answer keeps it pending.
    if (r.result.status !== "sent") delete p.sendingSince;
    if (r.unconfirmed === true && startedAt !== undefined) p.unconfirmed = [...(p.unconfirmed ?? []), startedAt];
    const touch = p.touch;
    // One concept, one path: an adapter's deferral and a failure code meaning "later" defer alike.
    const deferral = deferralOf(r.result, touch.channel, r.at, ctx.failureCodes);
    if (deferral !== undefined && deferTouch(rec, p, deferral, r, ctx)) continue;
    // A bounded deferral past its bound is a final failure (a failed answer stays as it came).
    const result: SendResult =
      r.result.status === "deferred"
        ? {
            status: "failed",
            retryable: false,
            error: `deferred ${r.result.maxDeferrals ?? 0} times: ${r.result.reason}`,
            ...(r.result.code === undefined ? {} : { code: r.result.code }),
          }
        : r.result;
    if (result.status === "sent") {
      // The engine's own touch and a checked answer (`to` an address or absent, `r.at` the clock's): recorded unchecked.
      rec.lead.history.push(performedTouchRecord(touch, r.at, "sent", result.to));
      delete e.pending[touch.id];
      const providerId = result.providerId;
      if (ctx.listening("touch:sent")) {
        const latencyMs = r.at - instantMs(touch.dueAt);
        ctx.events.push(["touch:sent", { touch, attempt: r.attempt, latencyMs, ...(providerId === undefined ? {} : { providerId }) }]);
      }
      continue;
    }
    if (result.status !== "failed") continue;
    const at = iso(r.at);
    const error = result.error;
    p.lastError = error;
    const code = result.code;
    const fact = code === undefined ? undefined : ctx.failureCodes.get(`${touch.channel}:${code}`);
    if (fact?.fact === "opt_out" && code !== undefined) {
      applyOptOutFact(rec, e, p, r, fact, code, error, ctx);
      continue;
    }
    if (result.retryable && p.attempts < ctx.retry.attempts && e.state !== "done" && e.state !== "unenrolled") {
      const retryAt = r.at + retryDelay(ctx.retry, p.attempts);
      p.retryAt = retryAt;
      ctx.events.push(["touch:failed", { touch, attempt: r.attempt, error, willRetry: true, retryAt }]);
    } else {
      // After an attempt whose answer was lost the touch may have reached the lead: recorded without an outcome, caps count it.
      const unknown = p.unconfirmed !== undefined;
      rec.lead.history.push(touchRecord(touch, unknown ? { at: p.unconfirmed?.at(-1) ?? at } : { at, outcome: "failed" }));
      rec.lead.history.push({
        type: "event",
        name: "touch_failed",
        at,
        data: { touchId: touch.id, attempts: p.attempts, error, ...(unknown ? { outcome: "unknown" } : {}) },
      });
      delete e.pending[touch.id];
      ctx.events.push(["touch:failed", { touch, attempt: r.attempt, error, willRetry: false }]);
    }
  }
}

/**
 * Delays an escalation whose answer was a deferral (a rate limit, the send gate, a code meaning
 * later): kept on its enrolment until `retryAt`, `touch:deferred` emitted, no history written (the
 * breach is there; `sla_escalated` comes when it is sent). False when the answer was no deferral,
 * or a bounded one past its bound (then it fails as before).
 */
function delayEscalation(rec: MutableLead, r: SendOutcome, ctx: RoundContext): boolean {
  const deferral = deferralOf(r.result, r.touch.channel, r.at, ctx.failureCodes);
  if (deferral === undefined || r.sourceTouchId === undefined || r.level === undefined) return false;
  const deferrals = (r.deferrals ?? 0) + 1;
  if (deferral.maxDeferrals !== undefined && deferrals > deferral.maxDeferrals) return false;
  const source = parseTouchId(r.sourceTouchId);
  const e = source === undefined ? undefined : (enrollmentOfTouch(rec, source.planId, source.sequence) as MutableEnrollment | undefined);
  if (e === undefined) return false;
  const retryAt = deferral.retryAt > r.at ? deferral.retryAt : r.at + DEFERRAL_FLOOR_MS;
  e.escalations = [...(e.escalations ?? []), { touch: r.touch, level: r.level, sourceTouchId: r.sourceTouchId, retryAt, deferrals }];
  const { reason, code } = deferral;
  if (ctx.listening("touch:deferred")) ctx.events.push(["touch:deferred", { touch: r.touch, retryAt, reason, ...(code === undefined ? {} : { code }) }]);
  return true;
}

/** Deferrals of one touch so far: the `touch_deferred` records in history. */
function deferralsOf(rec: MutableLead, touchId: string): number {
  let n = 0;
  for (const e of rec.lead.history) if (e.type === "event" && e.name === TOUCH_DEFERRED && e.data?.["touchId"] === touchId) n++;
  return n;
}

const TOUCH_DEFERRED = "touch_deferred";

/** How long a deferral whose `retryAt` is not after its answer waits instead. */
export const DEFERRAL_FLOOR_MS = 1000;

/**
 * Defers a touch ("not now, later"), whatever said so: not an attempt (the retry budget is kept),
 * tried again at `retryAt` if its step is still due then, `touch:deferred` emitted. A bounded
 * deferral (`maxDeferrals`) is also a `touch_deferred` history record — the durable count of its
 * bound — and returns false once the bound is reached. When the adapter's answer was a failure (a
 * code mapped to `retry_later`), `touch:failed` still reports it, with `willRetry` and the code.
 */
function deferTouch(rec: MutableLead, p: PendingTouch, deferral: SendDeferred, r: SendOutcome, ctx: RoundContext): boolean {
  const touch = p.touch;
  if (deferral.maxDeferrals !== undefined && deferralsOf(rec, touch.id) >= deferral.maxDeferrals) return false;
  const { reason, code } = deferral;
  // A retryAt not after the answer (Retry-After: 0, a date a provider's clock behind put in the past) would send again in the next round, round after round.
  const retryAt = deferral.retryAt > r.at ? deferral.retryAt : r.at + DEFERRAL_FLOOR_MS;
  p.attempts = Math.max(0, p.attempts - 1);
  p.retryAt = retryAt;
  if (deferral.maxDeferrals !== undefined) {
    const data = { touchId: touch.id, ...(code === undefined ? {} : { code }), reason, until: iso(retryAt) };
    rec.lead.history.push({ type: "event", name: TOUCH_DEFERRED, at: iso(r.at), data });
  }
  if (ctx.listening("touch:deferred")) ctx.events.push(["touch:deferred", { touch, retryAt, reason, ...(code === undefined ? {} : { code }) }]);
  if (r.result.status === "failed")
    ctx.events.push([
      "touch:failed",
      { touch, attempt: r.attempt, error: r.result.error, willRetry: true, retryAt, ...(code === undefined ? {} : { code }), fact: "retry_later" },
    ]);
  return true;
}

/**
 * A failure whose code the table maps to `opt_out`: the opt-out is appended (of marketing messages
 * only with `category: "marketing"`) and the touch recorded as failed, not retried.
 */
function applyOptOutFact(
  rec: MutableLead,
  e: MutableEnrollment,
  p: PendingTouch,
  r: SendOutcome,
  fact: Extract<FailureFact, { fact: "opt_out" }>,
  code: string,
  error: string,
  ctx: RoundContext,
): void {
  const touch = p.touch;
  const at = iso(r.at);
  rec.lead.optOuts.push({
    channel: touch.channel,
    at,
    source: `${touch.channel}:${code} ${fact.reason}`,
    ...(fact.category === undefined ? {} : { category: fact.category }),
  });
  rec.lead.history.push(touchRecord(touch, { at, outcome: "failed" }));
  rec.lead.history.push({ type: "event", name: "touch_failed", at, data: { touchId: touch.id, attempts: p.attempts, error, code } });
  delete e.pending[touch.id];
  ctx.events.push(["touch:failed", { touch, attempt: r.attempt, error, willRetry: false, code, fact: "opt_out" }]);
}
