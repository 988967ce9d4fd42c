import { internationalDigits, phoneDigits } from "./phoneDigits.js";

/**
 * The form in which two writings of one contact address compare equal: text with letters (an
 * e-mail address, a handle) trimmed and lower-cased; a phone number reduced to its digits, marked
 * `+` when written in international form (`+` or `00`): `+1 212-555-0100`, `+12125550100` and
 * `001 212 555 0100` are one key, `(212) 555-0100` another (its country is not written; see
 * {@link inAddresses}). A blank address gives `""`: it names none.
 */
export function contactAddressKey(address: string): string {
  const trimmed = address.trim();
  if (/\p{L}/u.test(trimmed)) return trimmed.toLowerCase();
  const international = internationalDigits(trimmed);
  if (international !== undefined) return `+${international}`;
  const digits = phoneDigits(trimmed);
  return digits === "" ? trimmed : digits;
}

/**
 * Whether `keys` (of {@link contactAddressKey}) hold the address whose key is `key`: the same key,
 * or the same number written once in national and once in international form, the national digits
 * (at least 7, without a trunk prefix `0`) ending the international ones: `(212) 555-0100` is in
 * `{"+12125550100"}`, `020 7946 0958` in `{"+442079460958"}`. A CRM keeps what a rep typed, a
 * provider reports the international form it sent to.
 */
export function inAddresses(keys: ReadonlySet<string>, key: string): boolean {
  if (keys.has(key)) return true;
  for (const other of keys) {
    const [international, national] = key[0] === "+" ? [key, other] : [other, key];
    const digits = /^\d+$/.test(national) ? national.replace(/^0+/, "") : "";
    if (international[0] === "+" && digits.length >= 7 && international.endsWith(digits)) return true;
  }
  return false;
}
