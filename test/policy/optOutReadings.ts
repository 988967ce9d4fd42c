import { expect, it } from "vitest";
import { detectOptOut } from "../../src/policy/optOut/index.js";

/** A message, its locale ("" for none), the verdict it must get, and the scope when given ("-": none). */
export type Reading = readonly [locale: string, text: string, verdict: "opt_out" | "uncertain" | "none", scope?: string];

/** One test per reading: the message is decided as given. */
export function readAs(cases: readonly Reading[]): void {
  for (const [locale, text, verdict, scope] of cases) {
    it(`${locale || "any"}: ${text} → ${verdict}${scope === undefined ? "" : ` (${scope})`}`, () => {
      const d = detectOptOut(text, locale === "" ? {} : { locale });
      expect(d.verdict, `${d.verdict} ${d.rule} ${d.reason ?? ""}`).toBe(verdict);
      if (scope !== undefined) expect(d.scope).toBe(scope === "-" ? undefined : scope);
    });
  }
}
