import { ArgumentError, describeValue } from "../errors/index.js";
import { addressZones, type DateClosures } from "../calendar/index.js";
import type { LeadInput } from "../lead/index.js";
import { openMinutesOfWeek, type Cap, type DoNotCallRules } from "../plan/index.js";
import { intersectIntervals, memoise, type WeekIntervals } from "../primitives/index.js";
import { datedClosuresFor } from "./datedClosures.js";
import { PRESET_RULES, US_STATES, type DatedClosure, type PresetRules } from "./presets/index.js";
import { usStatesOf } from "./usRegion.js";

/** What a set of presets adds to a plan's policies. */
export interface CompiledCompliance {
  /** The preset ids applied, sorted. */
  readonly ids: readonly string[];
  readonly caps: readonly Cap[];
  readonly consentRequired: ReadonlySet<string>;
  /** The presets' do-not-call rules, in preset order. */
  readonly doNotCall: readonly DoNotCallRules[];
  /** Narrows a channel's open minutes by every preset window on it (the plan cannot loosen them). */
  readonly narrow: (channel: string, open: WeekIntervals) => WeekIntervals;
  /** The dated closures on a channel, or `undefined`. */
  readonly closures: (channel: string) => DateClosures | undefined;
}

/**
 * The presets that apply to a lead: the plan's ids with `us-states` replaced by `us-<state>` for
 * each US state of the lead that has a preset (from its address region and phone area code).
 * Sorted and without duplicates.
 */
export function presetIdsForLead(ids: readonly string[], lead: LeadInput): string[] {
  if (!Array.isArray(ids)) throw new ArgumentError("ids", `Expected \`ids\` to be a list of compliance preset ids, got ${describeValue(ids)}`);
  const out = new Set<string>();
  for (const id of ids) {
    if (id !== US_STATES) out.add(id);
    else for (const state of usStatesOf(lead)) if (Object.hasOwn(PRESET_RULES, `us-${state.toLowerCase()}`)) out.add(`us-${state.toLowerCase()}`);
  }
  return [...out].sort();
}

/**
 * The plan's `zone`, then every zone of the countries whose presets among `ids` set local hours (every
 * preset that closes dates does): where a lead whose zone stays unknown may be, so where those hours
 * must all be open. Empty when no such preset is named. A preset id starts with its country's ISO code.
 */
export function presetZones(ids: readonly string[], zone: string): readonly string[] {
  const zones = new Set([zone]);
  for (const id of ids) if (PRESET_RULES[id]?.windows) for (const z of addressZones(id.slice(0, 2)) ?? []) zones.add(z);
  return zones.size > 1 ? [...zones] : [];
}

/** Compiles shipped presets by id (unknown ids are ignored: validate with {@link unknownPresetIds}). */
export function compileCompliance(ids: readonly string[]): CompiledCompliance {
  const presets: PresetRules[] = [];
  for (const id of [...new Set(ids)].sort()) {
    const preset = Object.hasOwn(PRESET_RULES, id) ? PRESET_RULES[id] : undefined;
    if (preset !== undefined) presets.push(preset);
  }
  const closures: DatedClosure[] = presets.flatMap((p) => p.closures ?? []);
  return {
    ids: presets.map((p) => p.id),
    caps: presets.flatMap((p) => p.caps ?? []),
    consentRequired: new Set(presets.flatMap((p) => p.consentRequired ?? [])),
    doNotCall: presets.flatMap((p) => (p.doNotCall === undefined ? [] : [p.doNotCall])),
    narrow: (channel, open) => {
      let out = open;
      for (const p of presets) {
        const rules = p.windows !== undefined && Object.hasOwn(p.windows, channel) ? p.windows[channel] : undefined;
        if (rules !== undefined) out = intersectIntervals(out, openMinutesOfWeek({ windows: { [channel]: [...rules] } }, channel));
      }
      return out;
    },
    closures: memoise((channel: string) => datedClosuresFor(closures, channel), 256),
  };
}
