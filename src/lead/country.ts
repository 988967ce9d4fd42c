import * as z from "zod/mini";
import { describeValue, type ValidationIssueCode } from "../errors/index.js";
import { countryCode, lazySchema, normalName } from "../primitives/index.js";

/** What a lead's `address.country` is, in the issue refusing one. */
export const COUNTRY_EXPECTED = "an ISO 3166-1 alpha-2 country code";

/**
 * A lead's `address.country`: what `evaluate` reads as a country (`countryCode`): an ISO 3166-1 alpha-2 code in any
 * case (`FR`, `fr`), or one of the few names and three-letter codes it knows (`United States`, `USA`, `Brasil`).
 * Anything else (`France`, `FRA`) would leave the lead's zone to its phone or the plan, and its country's holidays
 * and presets unapplied, so it is refused: `invalid_format`, as a plan's `holidays.country` is, naming the code of a
 * country name the runtime's `Intl.DisplayNames` knows in English (`"France" → "FR"`).
 */
export const Country = /* @__PURE__ */ lazySchema(() =>
  z.string().check(
    z.superRefine((country, ctx) => {
      if (/^[A-Z]{2}$/.test(countryCode(country))) return;
      const code = codeOfName(country);
      ctx.addIssue({
        code: "custom",
        message: `Expected ${COUNTRY_EXPECTED}, got ${describeValue(country)}${code === undefined ? "" : `: ${JSON.stringify(country.trim())} → "${code}"`}`,
        input: country,
        params: { code: "invalid_format" satisfies ValidationIssueCode },
      });
    }),
  ),
);

let byName: Map<string, string> | undefined;

/** The code of a country written out in English ("France", "côte d'ivoire"), read from `Intl.DisplayNames`; built at first use. */
function codeOfName(name: string): string | undefined {
  if (byName === undefined) {
    byName = new Map();
    const names = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }) : undefined;
    for (let i = 0; names !== undefined && i < 26 * 26; i++) {
      const code = String.fromCharCode(65 + Math.floor(i / 26), 65 + (i % 26));
      const shown = names.of(code);
      // A withdrawn code the runtime reads as its successor's name ("FX" and "DD" as France and Germany) is skipped.
      if (shown !== undefined && shown !== code && Intl.getCanonicalLocales(`und-${code}`)[0] === `und-${code}`) byName.set(normalName(shown), code);
    }
  }
  return byName.get(normalName(name));
}
