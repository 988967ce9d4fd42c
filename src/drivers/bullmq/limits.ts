import { ArgumentError, describeValue as describe } from "../../errors/index.js";
import { readDuration } from "../../primitives/index.js";

/**
 * A provider's send limit on one channel, as data: at most `max` sends in any window of `per`,
 * counted across every runner of the queue.
 * @example { max: 1, per: "PT1S", key: "from-number" } // Twilio's one SMS per second per sending number
 * @example { max: 100, per: "PT1M" } // an email provider's 100 a minute
 */
export interface ChannelLimit {
  /** Sends allowed in any window of `per`. */
  readonly max: number;
  /** The window, an ISO-8601 duration without months or years (`PT1S`, `PT1M`, `P1D`). */
  readonly per: string;
  /**
   * The lead attribute (`lead.attributes[key]`) whose value partitions the limit: one window per
   * value, such as the number an SMS is sent from. Leads without the attribute share one window.
   * Without `key`, one window for the whole channel.
   */
  readonly key?: string;
}

/** A limit with its window in milliseconds. */
export interface ResolvedLimit extends ChannelLimit {
  readonly perMs: number;
}

const DAY_MS = 86_400_000;

/**
 * The runner's `limits` option, checked: channel → limit.
 * @throws {ArgumentError} naming the bad entry (`limits.sms.max`).
 */
export function resolveLimits(limits: unknown): ReadonlyMap<string, ResolvedLimit> {
  const out = new Map<string, ResolvedLimit>();
  if (limits === undefined) return out;
  // A Map (or another class's object) has no own entries to read: every limit in it would be dropped unseen.
  if (!isPlainObject(limits))
    throw new ArgumentError("limits", `Expected limits to be an object of channel limits ({ sms: { max: 1, per: "PT1S" } }), got ${describe(limits)}`);
  for (const [channel, limit] of Object.entries(limits as Record<string, unknown>)) {
    const path = `limits.${channel}`;
    if (!isPlainObject(limit)) throw new ArgumentError(path, `Expected ${path} to be { max, per, key? }, got ${describe(limit)}`);
    // A misspelt `key` would limit the channel as a whole instead of per sender.
    const unknown = Object.keys(limit).find((k) => k !== "max" && k !== "per" && k !== "key");
    if (unknown !== undefined) throw new ArgumentError(`${path}.${unknown}`, `Expected ${path} to hold only max, per and key, got ${JSON.stringify(unknown)}`);
    const { max, per, key } = limit as Record<string, unknown>;
    if (typeof max !== "number" || !Number.isInteger(max) || max < 1)
      throw new ArgumentError(`${path}.max`, `Expected ${path}.max to be a positive integer, got ${describe(max)}`);
    const reading = readDuration(per);
    if (!reading.ok) throw new ArgumentError(`${path}.per`, reading.message);
    const { years, months, weeks, days, exactMs } = reading.parts;
    const perMs = (weeks * 7 + days) * DAY_MS + exactMs;
    if (years !== 0 || months !== 0 || perMs <= 0)
      throw new ArgumentError(`${path}.per`, `Expected ${path}.per to be a positive duration without months or years (PT1S, PT1M, P1D), got ${describe(per)}`);
    if (key !== undefined && (typeof key !== "string" || key === ""))
      throw new ArgumentError(`${path}.key`, `Expected ${path}.key to be a lead attribute name, got ${describe(key)}`);
    out.set(channel, { max, per: per as string, perMs, ...(key === undefined ? {} : { key: key as string }) });
  }
  return out;
}

/** An object literal's kind: `{}` or one without a prototype, not an array, a Map or another class's instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== "object") return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
