import type { SendDeferred, SendResult } from "./adapter.js";
import { DEFAULT_MAX_DEFERRALS, type FailureFact } from "./failureCodes.js";

/**
 * The one reading of "the provider says: not now, later". An adapter's `{ status: "deferred" }`
 * answer (a rate limit, the send gate) is one as it is; a failure whose `channel:code` the
 * failure-code table maps to `retry_later` (Meta's 131049) becomes the same deferral: `retryAt`
 * `afterMs` after the answer, the table's reason and code, bounded by its `maxDeferrals`.
 * Anything else is not a deferral (`undefined`).
 */
export function deferralOf(result: SendResult, channel: string, at: number, codes: ReadonlyMap<string, FailureFact>): SendDeferred | undefined {
  if (result.status === "deferred") return result;
  if (result.status !== "failed" || result.code === undefined) return undefined;
  const fact = codes.get(`${channel}:${result.code}`);
  if (fact?.fact !== "retry_later") return undefined;
  return { status: "deferred", retryAt: at + fact.afterMs, reason: fact.reason, code: result.code, maxDeferrals: fact.maxDeferrals ?? DEFAULT_MAX_DEFERRALS };
}
