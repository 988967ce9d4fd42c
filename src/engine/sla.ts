import type { Plan } from "../plan/index.js";
import type { EscalationLevel } from "../plan/step.js";
import { fixedLengthMs, instantMs, isoInstant, memoiseWeak, validDuration } from "../primitives/index.js";
import type { Touch } from "../schedule/index.js";

/** A step's SLA in exact milliseconds. Calendar units count as fixed lengths (a day is 24 h). */
export interface CompiledSla {
  readonly withinMs: number;
  readonly levels: readonly { readonly delayMs: number; readonly channel: string; readonly template?: string }[];
}

/** The SLA of every step that has one, by step id (memoised per plan object). */
export const slasOf = /* @__PURE__ */ memoiseWeak((plan: Plan): ReadonlyMap<string, CompiledSla> => {
  const map = new Map<string, CompiledSla>();
  for (const step of plan.steps) {
    if (step.sla === undefined) continue;
    const levels: readonly EscalationLevel[] = Array.isArray(step.sla.escalate) ? step.sla.escalate : [step.sla.escalate];
    map.set(step.id, {
      withinMs: durationMs(step.sla.within),
      levels: levels.map((l) => ({ delayMs: durationMs(l.after), channel: l.channel, ...(l.template === undefined ? {} : { template: l.template }) })),
    });
  }
  return map;
});

/** Channels the escalations of a plan send on. */
export function escalationChannels(plan: Plan): Set<string> {
  const out = new Set<string>();
  for (const sla of slasOf(plan).values()) for (const l of sla.levels) out.add(l.channel);
  return out;
}

/** The deadline of a touch under its SLA: when it became due plus `within`. */
export function slaDeadline(sla: CompiledSla, touch: Touch): number {
  return instantMs(touch.dueAt) + sla.withinMs;
}

/** The touch issued for escalation level `level` (1-based); its id extends the touch id, so it is idempotent too. */
export function escalationTouch(touch: Touch, sla: CompiledSla, level: number): Touch {
  const l = sla.levels[level - 1];
  if (l === undefined) throw new RangeError(`No escalation level ${level}`);
  return {
    id: `${touch.id}~sla${level}`,
    leadId: touch.leadId,
    planId: touch.planId,
    planVersion: touch.planVersion,
    stepId: touch.stepId,
    channel: l.channel,
    attempt: touch.attempt,
    dueAt: isoInstant(slaDeadline(sla, touch) + l.delayMs),
    mode: "auto",
    ...(l.template === undefined ? {} : { template: l.template }),
  };
}

function durationMs(text: string): number {
  return fixedLengthMs(validDuration(text));
}
