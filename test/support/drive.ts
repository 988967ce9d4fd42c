import { evaluate, touchRecord, type Decision, type EvaluateOptions, type LeadInput, type Outcome, type PlanInput, type Touch } from "../../src/index.js";

/** A touch as performed by the driver. */
export interface DrivenTouch {
  readonly touch: Touch;
  readonly at: number;
  readonly outcome: Outcome;
}

/** Everything the driver saw. */
export interface DriveResult {
  readonly touches: DrivenTouch[];
  readonly decisions: { readonly at: number; readonly decision: Decision }[];
  readonly lead: LeadInput;
  readonly done: Decision["done"];
}

/**
 * Runs `evaluate` in virtual time like a host would: perform due touches (outcome from
 * `respond`), append skips, jump to `next`. Test-only; the public `simulate` lives in testing/.
 */
export function drive(
  plan: PlanInput,
  lead: LeadInput,
  options: { until: number; respond?: (touch: Touch, at: number) => Outcome; evaluate?: EvaluateOptions; maxSteps?: number },
): DriveResult {
  const state: LeadInput = { ...lead, history: [...(lead.history ?? [])] };
  const history = state.history as NonNullable<LeadInput["history"]>;
  const touches: DrivenTouch[] = [];
  const decisions: DriveResult["decisions"] = [];
  let now = Date.parse(lead.enrolledAt);
  let done: Decision["done"] = null;
  for (let i = 0; i < (options.maxSteps ?? 500); i++) {
    const decision = evaluate(plan, state, now, options.evaluate);
    decisions.push({ at: now, decision });
    for (const touch of decision.due) {
      const outcome = options.respond?.(touch, now) ?? (touch.channel === "call" ? "no_answer" : "delivered");
      history.push(touchRecord(touch, { at: now, outcome }));
      touches.push({ touch, at: now, outcome });
    }
    history.push(...decision.skipped);
    if (decision.done !== null) {
      done = decision.done;
      break;
    }
    if (decision.due.length > 0 || decision.skipped.length > 0) continue;
    if (decision.next === null) break;
    const next = Date.parse(decision.next.at);
    if (next <= now) throw new Error(`next.at ${decision.next.at} is not after now ${new Date(now).toISOString()}`);
    if (next > options.until) break;
    now = next;
  }
  return { touches, decisions, lead: state, done };
}

/** A minimal valid plan with the given steps and policies, for unit tests. */
export function planWith(parts: Partial<PlanInput> & { steps: PlanInput["steps"] }): PlanInput {
  return { id: "p", version: 1, name: "test plan", timezone: "America/New_York", ...parts };
}

/** A lead with a phone and an email in New York, enrolled at `enrolledAt`. */
export function leadAt(enrolledAt: string, extra: Partial<LeadInput> = {}): LeadInput {
  return {
    id: "lead-1",
    enrolledAt,
    timezone: "America/New_York",
    contacts: { phone: "+12125550100", email: "lead@example.com" },
    ...extra,
  };
}
