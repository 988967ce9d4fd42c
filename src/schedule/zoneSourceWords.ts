import type { DecisionZone, ZoneSource } from "./decision.js";

/**
 * Where a lead's zone came from, in words, as the text outputs and the report print it beside the
 * zone's name. Typed by {@link ZoneSource}, so a new source cannot be added without its words.
 */
export const ZONE_SOURCE_WORDS: Readonly<Record<ZoneSource, string>> = {
  lead: "the lead's zone",
  address: "from the lead's address",
  phone: "from the lead's phone number",
  plan: "the plan's fallback zone",
};

/**
 * A decision's or timeline's zone as a person reads it: `Asia/Kolkata (from the lead's phone number)`,
 * with the other zones the lead may be in when the source names several.
 */
export function describeZone(zone: Pick<DecisionZone, "name" | "source" | "candidates">): string {
  const others = (zone.candidates ?? []).filter((c) => c !== zone.name);
  const words = Object.hasOwn(ZONE_SOURCE_WORDS, zone.source) ? ZONE_SOURCE_WORDS[zone.source] : zone.source;
  return `${zone.name} (${words}${others.length === 0 ? "" : `; may also be in ${others.join(", ")}`})`;
}
