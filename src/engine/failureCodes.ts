import { ArgumentError, describeValue } from "../errors/index.js";

const DAY_MS = 86_400_000;

/**
 * What an adapter's failure code means for the cadence, beyond "the send failed":
 * - `retry_later`: the provider refuses for now, not because of the lead: the same touch is sent
 *   again `afterMs` later (when its step is still due then), at most `maxDeferrals` times, without
 *   counting toward the retry budget; after that it is recorded as failed.
 * - `opt_out`: the lead stopped these messages: an opt-out of the touch's channel is appended to
 *   `lead.optOuts` (of marketing messages only with `category: "marketing"`) and the touch is
 *   recorded as failed, not retried.
 */
export type FailureFact =
  | { readonly fact: "retry_later"; readonly afterMs: number; readonly maxDeferrals?: number; readonly reason: string }
  | { readonly fact: "opt_out"; readonly category?: "marketing"; readonly reason: string };

/**
 * The failure codes the engine knows, keyed `channel:code` (the code an adapter returns in
 * `{ status: "failed", code }`). Sources: Meta's WhatsApp Cloud API error codes.
 */
export const DEFAULT_FAILURE_CODES: Readonly<Record<string, FailureFact>> = /* @__PURE__ */ Object.freeze({
  "whatsapp:131049": Object.freeze({
    fact: "retry_later" as const,
    afterMs: DAY_MS,
    maxDeferrals: 3,
    reason: "Meta error 131049: not delivered to keep the user's marketing message limit (a per-user limit, not a failure of the lead)",
  }),
  "whatsapp:131050": Object.freeze({
    fact: "opt_out" as const,
    category: "marketing" as const,
    reason: "Meta error 131050: the user stopped marketing messages from this business on WhatsApp",
  }),
});

/** Default number of times a `retry_later` failure defers one touch. */
export const DEFAULT_MAX_DEFERRALS = 3;

/**
 * The engine's failure-code table: the defaults with the host's entries over them (an entry of
 * `null` removes a default).
 * @throws {ArgumentError} naming the bad entry.
 */
export function resolveFailureCodes(own: Readonly<Record<string, FailureFact | null>> | undefined): ReadonlyMap<string, FailureFact> {
  const out = new Map<string, FailureFact>(Object.entries(DEFAULT_FAILURE_CODES));
  if (own === undefined) return out;
  if (own === null || typeof own !== "object")
    throw new ArgumentError("failureCodes", `Expected \`failureCodes\` to be an object keyed "channel:code", got ${describeValue(own)}`);
  for (const [key, fact] of Object.entries(own)) {
    const path = `failureCodes[${JSON.stringify(key)}]`;
    if (!/^[a-z][a-z0-9_-]*:.+$/.test(key))
      throw new ArgumentError(path, `Expected a failure-code key "channel:code" (whatsapp:131049), got ${JSON.stringify(key)}`);
    if (fact === null) {
      out.delete(key);
      continue;
    }
    const ok =
      fact !== null &&
      typeof fact === "object" &&
      typeof fact.reason === "string" &&
      ((fact.fact === "retry_later" &&
        Number.isFinite(fact.afterMs) &&
        fact.afterMs > 0 &&
        (fact.maxDeferrals === undefined || (Number.isInteger(fact.maxDeferrals) && fact.maxDeferrals >= 0))) ||
        (fact.fact === "opt_out" && (fact.category === undefined || fact.category === "marketing")));
    if (!ok) {
      throw new ArgumentError(
        path,
        `Expected { fact: "retry_later", afterMs > 0, maxDeferrals?, reason } or { fact: "opt_out", category?: "marketing", reason }, got ${describeValue(fact)}`,
      );
    }
    out.set(key, fact);
  }
  return out;
}
