import { ArgumentError, checkShape, describeValue } from "../errors/index.js";

/** How failed sends are retried: exponential backoff with jitter, capped. */
export interface RetryOptions {
  /**
   * Send attempts per touch, the first included; after the last one the touch is recorded as failed.
   * @default 5
   */
  readonly attempts?: number;
  /** Delay before the second attempt, in ms. @default 1000 */
  readonly baseMs?: number;
  /** Growth per attempt. @default 2 */
  readonly factor?: number;
  /** Ceiling on any one delay, in ms. @default 300000 (5 minutes) */
  readonly maxMs?: number;
  /**
   * Share of each delay that is random (0: none, 1: "full jitter").
   * @default 0.5
   */
  readonly jitter?: number;
  /** Uniform randomness in [0, 1); inject a seeded one for deterministic tests. @default Math.random */
  readonly random?: () => number;
}

/** Retry options with every default applied. */
export type ResolvedRetry = Required<RetryOptions>;

/** Validates and fills retry options. @throws {ArgumentError} naming the bad option. */
export function resolveRetry(options: RetryOptions | undefined): ResolvedRetry {
  const r: ResolvedRetry = { attempts: 5, baseMs: 1000, factor: 2, maxMs: 300_000, jitter: 0.5, random: Math.random, ...options };
  const check = (name: keyof RetryOptions, ok: boolean, expected: string): void => {
    if (!ok) throw new ArgumentError(`retry.${name}`, `Expected retry.${name} to be ${expected}, got ${describeValue(r[name])}`);
  };
  check("attempts", Number.isInteger(r.attempts) && r.attempts >= 1 && r.attempts <= 100, "an integer from 1 to 100");
  check("baseMs", Number.isFinite(r.baseMs) && r.baseMs >= 0, "a non-negative number of ms");
  check("factor", Number.isFinite(r.factor) && r.factor >= 1, "a number >= 1");
  check("maxMs", Number.isFinite(r.maxMs) && r.maxMs >= r.baseMs, "a number of ms >= retry.baseMs");
  check("jitter", Number.isFinite(r.jitter) && r.jitter >= 0 && r.jitter <= 1, "a number from 0 to 1");
  if (typeof r.random !== "function") throw new ArgumentError("retry.random", `Expected retry.random to be a function, got ${describeValue(r.random)}`);
  return r;
}

/**
 * Delay in ms before attempt `failed + 1`, after `failed` failed attempts:
 * `min(maxMs, baseMs * factor^(failed-1))`, of which a `jitter` share is random. Always in
 * `[(1 - jitter) * d, d]`, so never above `maxMs`. Options left out take their defaults.
 * @throws {ArgumentError} for options that are not an object or out of range, or `failed` not an integer ≥ 0.
 */
export function backoffDelay(retry: RetryOptions, failed: number): number {
  checkShape(retry, "retry", "retry options ({ baseMs, factor, maxMs, jitter, random })");
  if (!Number.isInteger(failed) || failed < 0)
    throw new ArgumentError("failed", `Expected \`failed\` to be a count of failed attempts (an integer ≥ 0), got ${describeValue(failed)}`);
  return retryDelay(resolveRetry(retry), failed);
}

/** {@link backoffDelay} on options {@link resolveRetry} checked: the engine's path. */
export function retryDelay(retry: ResolvedRetry, failed: number): number {
  const d = Math.min(retry.maxMs, retry.baseMs * retry.factor ** Math.max(0, failed - 1));
  return Math.round(d * (1 - retry.jitter * retry.random()));
}
