import type { DateClosures } from "../calendar/index.js";
import { PlanValidationError, validationIssue } from "../errors/index.js";
import { openMinutesOfWeek, type Cap, type Plan, type QuietHours } from "../plan/index.js";
import { compileCompliance, compileDoNotCall, contactKinds, presetIdsForLead, type CompiledDoNotCall } from "../policy/index.js";
import type { LeadInput } from "../lead/index.js";
import { BoundedMemo } from "../primitives/index.js";
import type { CompiledChannel, CompiledPlan } from "./compiledPlan.js";

/** Per-channel rules and caps of a plan under a set of compliance presets. */
export interface CompiledRules {
  readonly channels: ReadonlyMap<string, CompiledChannel>;
  /** The values of `channels` by index: the order the plan names them in (each step's channel, then its fallback; then the opt-out confirmation's), whatever the presets. */
  readonly channelList: readonly CompiledChannel[];
  readonly caps: readonly Cap[];
  readonly presetIds: readonly string[];
  /** Do-not-call rules: the presets' with the plan's over them. */
  readonly doNotCall: CompiledDoNotCall;
}

/**
 * The plan's channel rules with the presets applied: open minutes intersected with every preset
 * window (a plan cannot loosen them), preset caps after the plan's, consent rules united, dated
 * closures attached; the opt-out confirmation's channel is compiled too. Preset ids are validated
 * by the plan schema; an id without a shipped preset is ignored.
 * @throws {PlanValidationError} `window_never_opens` when the presets close a channel a step or fallback uses that the plan opens.
 */
export function compileRules(plan: Plan, presetIds: readonly string[], extraQuietHours: readonly QuietHours[] = []): CompiledRules {
  const compliance = compileCompliance(presetIds);
  const consent = new Set([...(plan.policies.consentRequired ?? []), ...compliance.consentRequired]);
  const policies = extraQuietHours.length === 0 ? plan.policies : { ...plan.policies, quietHours: [...(plan.policies.quietHours ?? []), ...extraQuietHours] };
  const channels = new Map<string, CompiledChannel>();
  const doNotCall = compileDoNotCall(compliance.doNotCall, plan.policies.doNotCall);
  const globalOptOut = plan.policies.optOut === "global";
  const used: string[] = [];
  for (const step of plan.steps) used.push(step.channel, ...(step.fallback === undefined ? [] : [step.fallback]));
  // The steps' channels: the confirmation ignores windows, so a window the presets close on its channel alone refuses nothing.
  const stepChannels = used.length;
  if (plan.optOutConfirmation !== undefined) used.push(plan.optOutConfirmation.channel);
  for (let u = 0; u < used.length; u++) {
    const channel = used[u] as string;
    if (channels.has(channel)) continue;
    const closed: DateClosures | undefined = compliance.closures(channel);
    const own = openMinutesOfWeek(policies, channel);
    const open = compliance.narrow(channel, own);
    if (open.length === 0 && own.length > 0 && u < stepChannels) {
      throw new PlanValidationError([
        validationIssue(
          "window_never_opens",
          ["compliance"],
          `The send window for channel ${JSON.stringify(channel)} never opens once the compliance presets ${compliance.ids.join(", ")} narrow it`,
          "a plan window that overlaps the presets' windows",
        ),
      ]);
    }
    const kinds = contactKinds(plan.policies, channel);
    const consentRequired = consent.has(channel);
    channels.set(channel, {
      index: channels.size,
      open,
      contactKinds: kinds,
      consentRequired,
      ...(closed === undefined ? {} : { closed }),
      rules: { channel, contactKinds: kinds, consentRequired, globalOptOut, doNotCall },
    });
  }
  return {
    channels,
    channelList: [...channels.values()],
    caps: [...(plan.policies.caps ?? []), ...compliance.caps],
    presetIds: compliance.ids,
    doNotCall,
  };
}

/** Preset-id sets remembered per plan (a lead selects at most a few US states). */
const MAX_VARIANTS = 256;

/** Per compiled plan, its variants by preset ids (few: the presets a lead's region selects). */
const variants = new WeakMap<CompiledPlan, BoundedMemo<string, CompiledPlan>>();

/** Rules another plan adds when plans share one budget (see `evaluateAll`). Memoise it: variants are cached per object. */
export interface SharedRules {
  readonly presetIds: readonly string[];
  readonly quietHours: readonly QuietHours[];
}

const sharedVariants = new WeakMap<CompiledPlan, WeakMap<SharedRules, BoundedMemo<string, CompiledPlan>>>();

/**
 * The compiled plan to evaluate `lead` with: the plan itself when its presets do not depend on the
 * lead and nothing is shared, else a memoised variant with `us-states` resolved and the shared
 * presets and quiet hours of the other plans added.
 */
export function compiledForLead(compiled: CompiledPlan, lead: LeadInput, shared?: SharedRules): CompiledPlan {
  if (!compiled.usStates && shared === undefined) return compiled;
  const ids = presetIdsForLead(shared === undefined ? (compiled.plan.compliance ?? []) : [...(compiled.plan.compliance ?? []), ...shared.presetIds], lead);
  const key = ids.join(",");
  if (shared === undefined && key === compiled.presetIds.join(",")) return compiled;
  let cache: BoundedMemo<string, CompiledPlan> | undefined;
  if (shared === undefined) {
    cache = variants.get(compiled);
    if (cache === undefined) variants.set(compiled, (cache = new BoundedMemo(MAX_VARIANTS)));
  } else {
    let byShared = sharedVariants.get(compiled);
    if (byShared === undefined) sharedVariants.set(compiled, (byShared = new WeakMap()));
    cache = byShared.get(shared);
    if (cache === undefined) byShared.set(shared, (cache = new BoundedMemo(MAX_VARIANTS)));
  }
  return cache.getOrSet(key, () => {
    const rules = compileRules(compiled.plan, ids, shared?.quietHours ?? []);
    return { ...compiled, channels: rules.channels, channelList: rules.channelList, caps: rules.caps, presetIds: rules.presetIds, doNotCall: rules.doNotCall };
  });
}
