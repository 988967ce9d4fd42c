/**
 * The digits of a phone number written in international form, country code first: `+32 2 512 34 56`
 * and `0032 2 512 34 56` (`00`, the international prefix of most of the world) both give
 * `"3225123456"`. `undefined` for a number in national form, whose country the text alone does not
 * say. The one reading of that form in the policy layer (state presets by area code, WhatsApp
 * template rules by country prefix).
 */
export function internationalDigits(phone: string): string | undefined {
  const trimmed = phone.trim();
  const digits = phoneDigits(trimmed);
  if (trimmed.startsWith("+")) return digits;
  return digits.startsWith("00") ? digits.slice(2) : undefined;
}

/** All the digits of a phone number, whatever its form. */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, "");
}
