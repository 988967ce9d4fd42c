import { checkShape } from "../errors/index.js";
import type { LeadInput } from "../lead/index.js";
import { countryCode, regionCode } from "../calendar/index.js";
import { internationalDigits, phoneDigits } from "./phoneDigits.js";

/**
 * US area codes of the states that have a shipped preset (NANPA assignments, overlays included,
 * as of 2024; check NANPA for new overlays). Area codes travel with mobile numbers, so this is
 * only a hint: it is used together with the address region, never instead of it. One string of
 * codes per state, split at first use.
 */
export const US_AREA_CODES: Readonly<Record<string, string>> = {
  FL: "239 305 321 324 352 386 407 448 561 645 656 689 727 728 754 772 786 813 850 863 904 941 954",
  OK: "405 539 572 580 918",
  MD: "227 240 301 410 443 667",
  WA: "206 253 360 425 509 564",
  MS: "228 601 662 769",
  LA: "225 318 337 504 985",
  RI: "401",
  UT: "385 435 801",
  MA: "339 351 413 508 617 774 781 857 978",
};

let stateByAreaCode: Map<string, string> | undefined;

/** The state of a US area code in {@link US_AREA_CODES}, or `undefined`. */
function stateOfAreaCode(area: string): string | undefined {
  stateByAreaCode ??= new Map(Object.entries(US_AREA_CODES).flatMap(([state, codes]) => codes.split(" ").map((code) => [code, state] as const)));
  return stateByAreaCode.get(area);
}

/**
 * The US states (two letters, upper case) a lead may be in: the address region (`FL`, `US-FL`,
 * `Florida`: `regionCode`) when the address is in the US or has no country, plus the state of the area code of
 * `contacts.phone` (a `+1` number) — both, so that either one is enough to apply the stricter rules.
 */
export function usStatesOf(lead: LeadInput): string[] {
  checkShape(lead, "lead", "a lead");
  const states = new Set<string>();
  const address = lead.address;
  // A field that is not a string reads as absent (parseLead and evaluate refuse it with its path).
  const country = typeof address?.country === "string" ? countryCode(address.country) : "";
  const region = typeof address?.region === "string" ? address.region.trim() : "";
  if ((country === "" || country === "US") && region !== "") states.add(regionCode("US", region));
  const area = usAreaCode(lead.contacts?.phone);
  const byArea = area === undefined ? undefined : stateOfAreaCode(area);
  if (byArea !== undefined) states.add(byArea);
  return [...states].sort();
}

/**
 * The area code of a North American number (`+1 305 555 0100`, `00 1 305 555 0100`, `(305) 555-0100`),
 * or `undefined`. `00` is the international prefix, as the WhatsApp template rules read it: a state
 * number written with it selects that state's preset as the `+1` form does.
 */
export function usAreaCode(phone: string | undefined): string | undefined {
  if (typeof phone !== "string") return undefined;
  const international = internationalDigits(phone);
  if (international !== undefined) return international.length === 11 && international.startsWith("1") ? international.slice(1, 4) : undefined;
  const digits = phoneDigits(phone);
  if (digits.length === 11 && digits.startsWith("1")) return digits.slice(1, 4);
  if (digits.length === 10) return digits.slice(0, 3);
  return undefined;
}
