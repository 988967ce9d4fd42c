import { internationalDigits, phoneDigits } from "./phoneDigits.js";

/**
 * The form in which two writings of one contact address compare equal: text with letters (an
 * e-mail address, a handle) trimmed and lower-cased; a phone number reduced to its digits, marked
 * `+` when written in international form (`+` or `00`): `+1 212-555-0100`, `+12125550100` and
 * `001 212 555 0100` are one number, `(212) 555-0100` another (its country is not written).
 * A blank address gives `""`: it names none.
 */
export function contactAddressKey(address: string): string {
  const trimmed = address.trim();
  if (/\p{L}/u.test(trimmed)) return trimmed.toLowerCase();
  const international = internationalDigits(trimmed);
  if (international !== undefined) return `+${international}`;
  const digits = phoneDigits(trimmed);
  return digits === "" ? trimmed : digits;
}
