/**
 * Which channel a step can use for a lead now: its own, its fallback, or why neither (opt-outs,
 * consent, contacts, do-not-call, WhatsApp window and template rules). Pure; read by the step
 * transitions (`stepTransitions.ts`).
 */
import type { LeadInput } from "../lead/index.js";
import {
  type ChannelRules,
  channelUnavailable,
  contactKinds,
  DEFAULT_WHATSAPP_TEMPLATE_RULES,
  doNotCallVerdict,
  hasDoNotCallEntries,
  inWhatsAppWindow,
  type LeadFacts,
  marketingOptOut,
  templateBlocked,
  type Unavailable,
} from "../policy/index.js";
import { isAlwaysOpen } from "../primitives/index.js";
import type { CompiledChannel, CompiledPlan, CompiledStep } from "./compiledPlan.js";

/** Shared by every trace entry without a detail: spreading it adds nothing and allocates nothing. */
export const NO_DETAIL: { detail?: string } = /* @__PURE__ */ Object.freeze({});

/** For a waiting WhatsApp touch that will be sent outside the 24 h window: what will happen then (judged again at send time). */
export function whatsappNote(compiled: CompiledPlan, step: CompiledStep, lead: LeadInput, use: string, facts: LeadFacts, at: number): { detail?: string } {
  if (use !== "whatsapp" || inWhatsAppWindow(facts, at)) return NO_DETAIL;
  if (step.templateOutsideWindow !== undefined) {
    const blocked = templateBlockedFor(compiled, step, lead);
    if (blocked !== undefined) return { detail: `outside the WhatsApp window at send time: ${blocked}; fallback or skip` };
    return { detail: `outside the WhatsApp window at send time: template ${step.templateOutsideWindow}` };
  }
  return { detail: "outside the WhatsApp window at send time: no template, fallback or skip" };
}

/** What the step's template category meets on the lead's WhatsApp number (`policies.whatsappTemplates`, else the defaults). */
function templateBlockedFor(compiled: CompiledPlan, step: CompiledStep, lead: LeadInput): string | undefined {
  const rules = compiled.plan.policies.whatsappTemplates ?? DEFAULT_WHATSAPP_TEMPLATE_RULES;
  const kinds = compiled.channels.get("whatsapp")?.contactKinds ?? contactKinds(compiled.plan.policies, "whatsapp");
  return templateBlocked(rules, step.category, lead, kinds)?.detail;
}

/**
 * Outside the WhatsApp window: the step's template outside it unless a template rule keeps its
 * category from the lead's number, else its usable fallback, else nothing (with the reason).
 */
export function whatsappOutsideWindow(
  compiled: CompiledPlan,
  step: CompiledStep,
  lead: LeadInput,
  facts: LeadFacts,
  verdicts?: ChannelVerdicts,
): { use: string | undefined; reason: "whatsapp_window_closed" | "whatsapp_template_blocked"; detail: string } {
  let reason: "whatsapp_window_closed" | "whatsapp_template_blocked" = "whatsapp_window_closed";
  let detail = "outside the 24 h WhatsApp window and no templateOutsideWindow";
  if (step.templateOutsideWindow !== undefined) {
    const blocked = templateBlockedFor(compiled, step, lead);
    if (blocked === undefined) return { use: "whatsapp", reason, detail: "" };
    reason = "whatsapp_template_blocked";
    detail = blocked;
  }
  const fallback = step.fallback;
  if (fallback === undefined || fallback === "whatsapp") return { use: undefined, reason, detail };
  const why =
    unavailableOn(compiled, compiled.channelList[step.fallbackIndex], fallback, lead, facts, false, verdicts) ??
    marketingOptOut(facts, fallback, step.category);
  return why === undefined
    ? { use: fallback, reason, detail: `${detail}; fallback ${fallback}` }
    : { use: undefined, reason, detail: `${detail}; fallback ${fallback}: ${why}` };
}

/** Why neither the step's channel nor its fallback can be used. */
export interface NoChannel {
  readonly reason: Unavailable;
  readonly detail: string | undefined;
}

/** The step's channel, or its fallback, or why neither can be used (`verdicts`: the decision's, see {@link ChannelVerdicts}). */
export function chooseChannel(
  compiled: CompiledPlan,
  step: CompiledStep,
  lead: LeadInput,
  facts: LeadFacts,
  untimedOnly = false,
  verdicts?: ChannelVerdicts,
): string | NoChannel {
  const primary =
    unavailableOn(compiled, compiled.channelList[step.channelIndex], step.channel, lead, facts, untimedOnly, verdicts) ??
    marketingOptOut(facts, step.channel, step.category);
  if (primary === undefined) return step.channel;
  const why = primary === "do_not_contact" ? doNotCallDetail(compiled, step.channel, lead, facts) : undefined;
  if (step.fallback === undefined) return { reason: primary, detail: why };
  const secondary =
    unavailableOn(compiled, compiled.channelList[step.fallbackIndex], step.fallback, lead, facts, untimedOnly, verdicts) ??
    marketingOptOut(facts, step.fallback, step.category);
  if (secondary === undefined) return step.fallback;
  const fallbackWhy = secondary === "do_not_contact" ? doNotCallDetail(compiled, step.fallback, lead, facts) : undefined;
  const fallback = `fallback ${step.fallback}: ${secondary}${fallbackWhy === undefined ? "" : ` (${fallbackWhy})`}`;
  return { reason: primary, detail: why === undefined ? fallback : `${why}; ${fallback}` };
}

/** Why a do-not-call listing or request blocks `channel` (the registry, the request, a lapsed exemption), when one does. */
function doNotCallDetail(compiled: CompiledPlan, channel: string, lead: LeadInput, facts: LeadFacts): string | undefined {
  if (!hasDoNotCallEntries(lead)) return undefined;
  const verdict = doNotCallVerdict(compiled.doNotCall, channel, lead, facts);
  return verdict?.blocked === true ? verdict.detail : undefined;
}

/**
 * One decision's verdicts on the channels (one lead, one reading of its history), by
 * `CompiledChannel.index`: each channel is judged once however many steps use it. `null`: available;
 * `undefined`: not judged yet. Made per decision, never shared between decisions.
 */
export type ChannelVerdicts = (Unavailable | null | undefined)[];

/** An empty {@link ChannelVerdicts} for one decision under `compiled`. */
export function channelVerdicts(compiled: CompiledPlan): ChannelVerdicts {
  return new Array<Unavailable | null | undefined>(compiled.channels.size);
}

/**
 * Why `channel` cannot be used for the lead now (`untimedOnly`: the lead's zone is unknown and the
 * plan allows only untimed channels). With `verdicts`, a channel judged before in this decision is
 * not judged again.
 */
export function unavailable(
  compiled: CompiledPlan,
  channel: string,
  lead: LeadInput,
  facts: LeadFacts,
  untimedOnly = false,
  verdicts?: ChannelVerdicts,
): Unavailable | undefined {
  return unavailableOn(compiled, compiled.channels.get(channel), channel, lead, facts, untimedOnly, verdicts);
}

/** {@link unavailable}, given the compiled channel of `channel` (`undefined`: the plan has none). */
function unavailableOn(
  compiled: CompiledPlan,
  info: CompiledChannel | undefined,
  channel: string,
  lead: LeadInput,
  facts: LeadFacts,
  untimedOnly: boolean,
  verdicts: ChannelVerdicts | undefined,
): Unavailable | undefined {
  if (info === undefined) {
    const rules: ChannelRules = {
      channel,
      contactKinds: contactKinds(compiled.plan.policies, channel),
      consentRequired: false,
      globalOptOut: compiled.globalOptOut,
      doNotCall: compiled.doNotCall,
    };
    return channelUnavailable(rules, lead, facts);
  }
  // Unknown zone under `unknownZone: "untimed-only"`: a channel with time rules cannot be used.
  if (untimedOnly && !isAlwaysOpen(info.open)) return "zone_unknown" as Unavailable;
  if (verdicts === undefined) return channelUnavailable(info.rules, lead, facts);
  const known = verdicts[info.index];
  if (known !== undefined) return known ?? undefined;
  const verdict = channelUnavailable(info.rules, lead, facts);
  verdicts[info.index] = verdict ?? null;
  return verdict;
}

/** The compiled channel `use` of `step`: its own or its fallback's by index (no lookup by name), any other by name. */
export function stepChannel(compiled: CompiledPlan, step: CompiledStep, use: string): CompiledChannel | undefined {
  if (use === step.channel) return compiled.channelList[step.channelIndex];
  if (use === step.fallback) return compiled.channelList[step.fallbackIndex];
  return compiled.channels.get(use);
}
