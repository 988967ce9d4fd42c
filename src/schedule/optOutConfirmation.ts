import type { LeadInput } from "../lead/index.js";
import { type ChannelRules, channelUnavailable, type LeadFacts } from "../policy/index.js";
import { isoInstant as iso, leadInstant } from "../primitives/index.js";
import type { CompiledPlan } from "./compiledPlan.js";
import type { Decision, TraceEntry } from "./decision.js";
import { touchIdInfix, touchIdWith } from "./touchId.js";

/** The step id of the opt-out confirmation touch (no plan step may use it). */
export const OPT_OUT_CONFIRMATION_STEP = "opt-out-confirmation";

/** How long after the opt-out the confirmation may still go out; later it is dropped. */
const CONFIRMATION_WINDOW_MS = 86_400_000;

/**
 * Adds the plan's opt-out confirmation to a decision: after an opt-out (since enrolment) of the
 * confirmation's channel, or of every channel, exactly one touch with step id
 * `opt-out-confirmation`, due at once whatever the windows and caps say (a reply to STOP is sent
 * immediately), and never again once a touch or skip for it is in history. The opt-out itself does
 * not block it; a do-not-contact flag, denied or missing required consent, a bounce or a missing
 * contact do (it is then skipped with that reason). While it is pending the cadence is not done;
 * after 24 hours it is no longer sent.
 * With `anyPlan`, a confirmation recorded by any plan counts as this plan's (plans sharing a budget
 * confirm once).
 */
export function withOptOutConfirmation(compiled: CompiledPlan, lead: LeadInput, facts: LeadFacts, decision: Decision, anyPlan = false): Decision {
  const confirmation = compiled.plan.optOutConfirmation;
  if (confirmation === undefined) return decision;
  const { channel, template } = confirmation;
  let optedOutAt: number | undefined;
  for (const [c, earliest] of facts.optOuts) {
    if (c !== channel && c !== "all" && !compiled.globalOptOut) continue;
    const at = earliest >= facts.enrolledAt ? earliest : earliestSince(lead, c, facts.enrolledAt, facts.now);
    if (at !== undefined && (optedOutAt === undefined || at < optedOutAt)) optedOutAt = at;
  }
  if (optedOutAt === undefined) return decision;
  const planId = compiled.plan.id;
  const mine = (p: string | undefined): boolean => anyPlan || p === undefined || p === planId;
  const { records } = facts.touches;
  const sent = records.find((t) => t.stepId === OPT_OUT_CONFIRMATION_STEP && mine(t.planId));
  const skip = facts.skips.get(OPT_OUT_CONFIRMATION_STEP)?.find((s) => mine(s.planId));
  let entry: TraceEntry;
  if (sent !== undefined) entry = { stepId: OPT_OUT_CONFIRMATION_STEP, state: "completed", reason: "sent", attempt: 1, channel: sent.channel };
  else if (skip !== undefined) entry = { stepId: OPT_OUT_CONFIRMATION_STEP, state: "skipped", reason: skip.reason as TraceEntry["reason"] };
  else if (facts.now - optedOutAt > CONFIRMATION_WINDOW_MS)
    entry = { stepId: OPT_OUT_CONFIRMATION_STEP, state: "exited", reason: "exit", detail: "opt-out confirmation not sent within 24 hours" };
  else {
    const info = compiled.channels.get(channel);
    // The confirmation answers the opt-out itself, so opt-outs do not stop it; every other rule does.
    const rules: ChannelRules = {
      channel,
      contactKinds: info?.contactKinds ?? [channel],
      consentRequired: info?.consentRequired ?? false,
      globalOptOut: false,
    };
    const reason = channelUnavailable(rules, lead, { ...facts, optOuts: NO_OPT_OUTS, allOptOutLifted: undefined });
    if (reason !== undefined) {
      const record = { type: "skip" as const, planId, stepId: OPT_OUT_CONFIRMATION_STEP, reason, at: iso(facts.now) };
      return {
        ...decision,
        skipped: [...decision.skipped, record],
        trace: [...decision.trace, { stepId: OPT_OUT_CONFIRMATION_STEP, state: "skipped", reason }],
      };
    }
    const touch = {
      id: touchIdWith(facts.leadId, touchIdInfix(planId, compiled.plan.version, OPT_OUT_CONFIRMATION_STEP), 1),
      leadId: facts.leadId,
      planId,
      planVersion: compiled.plan.version,
      stepId: OPT_OUT_CONFIRMATION_STEP,
      channel,
      attempt: 1,
      dueAt: iso(optedOutAt),
      mode: "auto" as const,
      template,
    };
    return {
      ...decision,
      due: [...decision.due, touch],
      done: null,
      trace: [...decision.trace, { stepId: OPT_OUT_CONFIRMATION_STEP, state: "due", reason: "due", attempt: 1, channel }],
    };
  }
  return { ...decision, trace: [...decision.trace, entry] };
}

const NO_OPT_OUTS: ReadonlyMap<string, number> = /* @__PURE__ */ new Map();

/**
 * The earliest opt-out of `channel` (not of marketing only) from `from` to `now`, for a channel whose
 * earliest opt-out in force came before `from`: consent given again lifted none after that one, so
 * each of them is in force too.
 */
function earliestSince(lead: LeadInput, channel: string, from: number, now: number): number | undefined {
  let earliest: number | undefined;
  const optOuts = lead.optOuts ?? [];
  for (let i = 0; i < optOuts.length; i++) {
    const o = optOuts[i];
    if (o === undefined || o.channel !== channel || o.category === "marketing") continue;
    const at = leadInstant(o.at, ["optOuts", i, "at"]);
    if (at >= from && at <= now && (earliest === undefined || at < earliest)) earliest = at;
  }
  return earliest;
}
