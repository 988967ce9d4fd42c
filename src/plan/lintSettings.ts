import * as z from "zod/mini";
import { Identifier, lazySchema, nonEmptyString, unwrapSchema } from "../primitives/index.js";

/** How a lint rule reports: not at all, as a warning, or as an error (a failing `lead-cadence lint`). */
export const LintSeverity = /* @__PURE__ */ lazySchema(() => z.enum(["off", "warn", "error"]));
/** How a lint rule reports. */
export type LintSeverity = z.infer<typeof LintSeverity>;

/** Silences one rule, on one step or on the whole plan, and says why (the reason is kept in reports). */
export const LintSuppression = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    rule: nonEmptyString(),
    step: z.optional(unwrapSchema(Identifier)),
    reason: z.string().check(z.minLength(1, { error: "Expected a reason for the suppression" })),
  }),
);
/** A lint suppression. */
export type LintSuppression = z.infer<typeof LintSuppression>;

/**
 * The plan's own lint settings (ignored by the engine): rule severities, suppressions with a reason,
 * and what kind of plan this is when the linter should not guess (`inbound`: answers new inbound
 * leads, so speed to lead applies; `b2b`: business contacts, so weekends are off limits;
 * `countries`: where its leads live, for the compliance preset check).
 */
export const LintSettings = /* @__PURE__ */ lazySchema(() =>
  z.strictObject({
    rules: z.optional(z.record(nonEmptyString(), unwrapSchema(LintSeverity))),
    suppress: z.optional(z.array(unwrapSchema(LintSuppression))),
    inbound: z.optional(z.boolean()),
    b2b: z.optional(z.boolean()),
    countries: z.optional(z.array(z.string().check(z.regex(/^[A-Z]{2}$/, { error: "Expected an upper-case ISO 3166-1 alpha-2 country code like US" })))),
  }),
);
/** A plan's lint settings. */
export type LintSettings = z.infer<typeof LintSettings>;
