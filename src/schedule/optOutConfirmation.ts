import type { LeadInput, SkipRecord } from "../lead/index.js";
import { type ChannelRules, channelUnavailable, type ContactTime, type LeadFacts } from "../policy/index.js";
import { isoInstant as iso, leadInstant } from "../primitives/index.js";
import type { CompiledPlan } from "./compiledPlan.js";
import type { Decision, Touch, TraceEntry } from "./decision.js";
import { touchIdInfix, touchIdWith } from "./touchId.js";

/** The step id of the opt-out confirmation touch (no plan step may use it). */
export const OPT_OUT_CONFIRMATION_STEP = "opt-out-confirmation";

/** How long after the opt-out the confirmation may still go out; later it is dropped. */
const CONFIRMATION_WINDOW_MS = 86_400_000;

/**
 * What the plan's opt-out confirmation comes to at the decision's instant: after an opt-out (since
 * enrolment) of the confirmation's channel, or of every channel, exactly one touch with step id
 * `opt-out-confirmation`, due at once whatever the windows and caps say (a reply to STOP is sent
 * immediately), and never again once a touch or skip for it is in history. The opt-out itself does
 * not block it; a do-not-contact flag, denied or missing required consent, a bounce or a missing
 * contact do (it is then skipped with that reason). After 24 hours it is no longer sent.
 * `undefined` when the plan has none or no opt-out calls for it. It reads the history, not the
 * steps: a due confirmation is known before them, and spends a contact at `now` that their caps and
 * the once-a-minute rule count (see {@link confirmationContact}), as they count it once recorded.
 * A confirmation touch recorded by one of `together` (the ids of the plans decided with this one, which
 * share a budget and confirm once) counts as this plan's; their skips do not (each plan's skip is its own).
 */
export function optOutConfirmation(compiled: CompiledPlan, lead: LeadInput, facts: LeadFacts, together: readonly string[] = []): Confirmation | undefined {
  const confirmation = compiled.plan.optOutConfirmation;
  if (confirmation === undefined) return undefined;
  const { channel, template } = confirmation;
  let optedOutAt: number | undefined;
  for (const [c, earliest] of facts.optOuts) {
    if (c !== channel && c !== "all" && !compiled.globalOptOut) continue;
    const at = earliest >= facts.enrolledAt ? earliest : earliestSince(lead, c, facts.enrolledAt, facts.now);
    if (at !== undefined && (optedOutAt === undefined || at < optedOutAt)) optedOutAt = at;
  }
  if (optedOutAt === undefined) return undefined;
  const planId = compiled.plan.id;
  const mine = (p: string | undefined): boolean => p === undefined || p === planId;
  const { records } = facts.touches;
  const sent = records.find((t) => t.stepId === OPT_OUT_CONFIRMATION_STEP && (mine(t.planId) || together.includes(t.planId as string)));
  const skip = facts.skips.get(OPT_OUT_CONFIRMATION_STEP)?.find((s) => mine(s.planId));
  if (sent !== undefined) return { entry: { stepId: OPT_OUT_CONFIRMATION_STEP, state: "completed", reason: "sent", attempt: 1, channel: sent.channel } };
  if (skip !== undefined) return { entry: { stepId: OPT_OUT_CONFIRMATION_STEP, state: "skipped", reason: skip.reason as TraceEntry["reason"] } };
  if (facts.now - optedOutAt > CONFIRMATION_WINDOW_MS)
    return { entry: { stepId: OPT_OUT_CONFIRMATION_STEP, state: "exited", reason: "exit", detail: "opt-out confirmation not sent within 24 hours" } };
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
    return {
      entry: { stepId: OPT_OUT_CONFIRMATION_STEP, state: "skipped", reason },
      record: { type: "skip", planId, stepId: OPT_OUT_CONFIRMATION_STEP, reason, at: iso(facts.now) },
    };
  }
  const touch: Touch = {
    id: touchIdWith(facts.leadId, touchIdInfix(planId, compiled.plan.version, OPT_OUT_CONFIRMATION_STEP), 1),
    leadId: facts.leadId,
    planId,
    planVersion: compiled.plan.version,
    stepId: OPT_OUT_CONFIRMATION_STEP,
    channel,
    attempt: 1,
    dueAt: iso(optedOutAt),
    mode: "auto",
    template,
  };
  return { entry: { stepId: OPT_OUT_CONFIRMATION_STEP, state: "due", reason: "due", attempt: 1, channel }, touch };
}

/** The opt-out confirmation's part of a decision: its trace entry, and its touch when due or its skip when kept. */
export interface Confirmation {
  readonly entry: TraceEntry;
  /** Due now: sent whatever the steps decided beside it. */
  readonly touch?: Touch;
  /** Skipped now: the record to write. */
  readonly record?: SkipRecord;
}

/** The contact a due confirmation spends, at the decision's instant on its channel; none otherwise. */
export function confirmationContact(confirmation: Confirmation | undefined, now: number): ContactTime[] {
  return confirmation?.touch === undefined ? [] : [{ channel: confirmation.touch.channel, at: now }];
}

/**
 * Adds the opt-out confirmation (from {@link optOutConfirmation}) to the decision of the steps:
 * after them in `due`, `skipped` and the trace; while it is due the cadence is not done.
 */
export function withOptOutConfirmation(decision: Decision, confirmation: Confirmation | undefined): Decision {
  if (confirmation === undefined) return decision;
  const trace = [...decision.trace, confirmation.entry];
  if (confirmation.touch !== undefined) return { ...decision, due: [...decision.due, confirmation.touch], done: null, trace };
  if (confirmation.record !== undefined) return { ...decision, skipped: [...decision.skipped, confirmation.record], trace };
  return { ...decision, trace };
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
