import { createHash, randomBytes } from "node:crypto";
import type { SendGate } from "../../engine/index.js";
import type { ResolvedLimit } from "./limits.js";

/** How long a window's keys outlive the last window they hold (ms): expiry collects idle keys, it never frees a slot. */
export const IDLE_WINDOW_MS = 60_000;

/**
 * Reserves a send slot in a sliding window, atomically on the Redis server. KEYS: the window (a
 * sorted set of reserved slots, epoch ms), then the latest time told to a refused send. ARGV: max,
 * perMs, horizonMs, member, now ('' reads the server's clock, the one clock every runner shares).
 * → {1, waitMs} reserved, {0, waitMs} refused because the free slot is further than the horizon:
 * come back in waitMs.
 *
 * Invariant: slots are reserved in increasing order, each at least `per` after the `max`-th latest,
 * so no window of `per` ever holds more than `max` slots. The times told to refused sends are only
 * advice (a send coming back reserves like any other): each is `per / max` after the one told
 * before, so sends refused together come back spread at the limit's rate instead of all at the
 * next free slot, where all but `max` would be refused again (N sends, N²/2 refusals).
 *
 * Pruning alone frees slots: both keys expire {@link IDLE_WINDOW_MS} after the last window they
 * hold ends, so an expiry only collects an idle key, whatever time passes between calls (a caller
 * whose `now` runs ahead of the server's clock, as tests' does, or a slow round trip).
 */
export const RESERVE_SLOT = `
local max = tonumber(ARGV[1])
local per = tonumber(ARGV[2])
local now
if ARGV[5] ~= '' then now = tonumber(ARGV[5]) else
  local t = redis.call('TIME')
  now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now - per)
local slot = now
local n = redis.call('ZCARD', KEYS[1])
if n > 0 then
  slot = math.max(slot, tonumber(redis.call('ZRANGE', KEYS[1], -1, -1, 'WITHSCORES')[2]))
  if n >= max then slot = math.max(slot, tonumber(redis.call('ZRANGE', KEYS[1], -max, -max, 'WITHSCORES')[2]) + per) end
end
if slot - now > tonumber(ARGV[3]) then
  local told = slot
  local last = redis.call('GET', KEYS[2])
  if last then told = math.max(slot, math.ceil(tonumber(last) + per / max)) end
  redis.call('SET', KEYS[2], told, 'PX', told - now + per + ${IDLE_WINDOW_MS})
  return {0, told - now}
end
redis.call('ZADD', KEYS[1], slot, ARGV[4])
redis.call('PEXPIRE', KEYS[1], slot - now + per + ${IDLE_WINDOW_MS})
return {1, slot - now}`;

/** The part of an ioredis client the gate uses. */
export interface EvalClient {
  eval(script: string, numKeys: number, ...args: (string | number)[]): Promise<unknown>;
}

/** Reserves a slot in the window `key` (`now` for tests; by default the Redis server's clock). */
export async function reserveSlot(
  client: EvalClient,
  key: string,
  limit: Pick<ResolvedLimit, "max" | "perMs">,
  horizonMs: number,
  now?: number,
): Promise<{ reserved: boolean; waitMs: number }> {
  const member = `${now ?? Date.now()}-${randomBytes(6).toString("hex")}`;
  const [ok, waitMs] = (await client.eval(RESERVE_SLOT, 2, key, `${key}:told`, limit.max, limit.perMs, horizonMs, member, now ?? "")) as [number, number];
  return { reserved: ok === 1, waitMs: Number(waitMs) };
}

/** What {@link rateLimitGate} needs. */
export interface RateLimitGateOptions {
  readonly client: EvalClient;
  readonly limits: ReadonlyMap<string, ResolvedLimit>;
  /** Key prefix of the windows: `<prefix>:limit:<channel>[:<hash of the key value>]`. */
  readonly keyPrefix: string;
  /** Real ms a send may wait in process for its slot; a later slot defers the touch instead. */
  readonly maxWaitMs: number;
  /** The engine's clock, to express a deferral's `retryAt`. */
  readonly now: () => number;
  /** Engine-clock ms per real ms. */
  readonly clockRate: number;
}

/**
 * A send gate enforcing per-channel limits across every runner sharing the Redis server: a send
 * whose slot is within `maxWaitMs` waits for it, a later one is deferred to its slot (the engine
 * keeps the touch pending and tries again then), so a limited send is delayed, never dropped.
 * A key value (a sending number) is hashed in the Redis key name, never written in clear.
 */
export function rateLimitGate(o: RateLimitGateOptions): SendGate {
  return async (touch, lead, context) => {
    const limit = o.limits.get(touch.channel);
    if (limit === undefined) return undefined;
    let key = `${o.keyPrefix}:limit:${touch.channel}`;
    if (limit.key !== undefined)
      key += `:${createHash("sha256")
        .update(String(lead.attributes[limit.key] ?? ""))
        .digest("hex")
        .slice(0, 24)}`;
    const { reserved, waitMs } = await reserveSlot(o.client, key, limit, o.maxWaitMs);
    if (!reserved) {
      const by = limit.key === undefined ? "" : ` per ${limit.key}`;
      return { retryAt: o.now() + Math.ceil(waitMs * o.clockRate), reason: `rate limit: ${limit.max} ${touch.channel} per ${limit.per}${by}` };
    }
    if (waitMs > 0) await sleep(waitMs, context.signal);
    return undefined;
  };
}

/** Resolves after `ms` real milliseconds, or at once when `signal` aborts or has aborted (the send is then not made). */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    // An abort event fires once: a signal aborted while the slot was being reserved has none left to fire.
    if (signal.aborted) return resolve();
    const done = (): void => {
      clearTimeout(timer);
      signal.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal.addEventListener("abort", done, { once: true });
  });
}
