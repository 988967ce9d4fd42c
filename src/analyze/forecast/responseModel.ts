import { ArgumentError, describeValue } from "../../errors/index.js";

/**
 * How one channel reaches a lead. Every factor multiplies the **odds** of reaching the lead with one
 * touch (for the small probabilities involved, odds and probability are nearly the same):
 *
 *   odds = baseline/(1 − baseline) × m(t) × attempt[k] × hour[h] × weekday[d]
 *   m(t) = floor + (1 − floor) · 2^(−t / halfLifeMinutes)
 *
 * where t is the minutes since the lead arrived, k the touch's number on this channel for the lead
 * (1 for the first; past the list the last factor repeats), h the lead-local hour (0–23) and d the
 * lead-local weekday (0 = Monday).
 */
export interface ChannelResponse {
  /** Probability that a touch at arrival (t = 0, first attempt, neutral hour and day) reaches the lead. */
  readonly baseline: number;
  /** Minutes for the time factor to fall halfway to its floor. */
  readonly halfLifeMinutes: number;
  /** What the time factor falls to, long after arrival (0 < floor ≤ 1). */
  readonly floor: number;
  /** Odds factors by attempt number, from the first; the last repeats. */
  readonly attempt: readonly number[];
  /** Odds factors by lead-local hour, 24 values from 00. */
  readonly hour: readonly number[];
  /** Odds factors by lead-local weekday, 7 values from Monday. */
  readonly weekday: readonly number[];
}

/** A response model: data, JSON-serialisable, one entry per channel (`*` for channels not listed). */
export interface ResponseModel {
  readonly version: 1;
  /** Where the numbers come from (shown in forecasts). */
  readonly source: string;
  readonly channels: Readonly<Record<string, ChannelResponse>>;
}

/** What a touch looks like to the model. */
export interface TouchContext {
  readonly minutesSinceArrival: number;
  /** 1 for the lead's first touch on this channel. */
  readonly attempt: number;
  /** Lead-local hour, 0–23. */
  readonly hour: number;
  /** Lead-local weekday, 0 = Monday … 6 = Sunday; omitted means neutral. */
  readonly weekday?: number;
}

/** The channel's entry, or the `*` entry, or `undefined` (the channel never reaches anyone). */
export function channelResponse(model: ResponseModel, channel: string): ChannelResponse | undefined {
  // Own keys only: a custom channel named `constructor` must not find Object's.
  for (const key of [channel, "*"]) if (Object.hasOwn(model.channels, key)) return model.channels[key];
  return undefined;
}

/** The time factor m(t) = floor + (1 − floor)·2^(−t/h). */
export function decay(c: Pick<ChannelResponse, "halfLifeMinutes" | "floor">, minutes: number): number {
  return c.floor + (1 - c.floor) * 2 ** (-Math.max(0, minutes) / c.halfLifeMinutes);
}

/**
 * Probability that one touch reaches the lead: in [0, 1] for every model `checkResponseModel`
 * accepts. Odds whose product leaves the finite positive numbers (factors near 1e300 or 5e-324)
 * are added as logarithms instead, where no term overflows.
 */
export function reachProbability(c: ChannelResponse, touch: TouchContext): number {
  const base = c.baseline / (1 - c.baseline);
  const time = decay(c, touch.minutesSinceArrival);
  const attempt = factor(c.attempt, touch.attempt - 1);
  const hour = factor(c.hour, touch.hour);
  const weekday = touch.weekday === undefined ? 1 : factor(c.weekday, touch.weekday);
  const odds = base * time * attempt * hour * weekday;
  if (odds > 0 && odds < Infinity) return odds / (1 + odds);
  return sigmoid(Math.log(base) + Math.log(time) + Math.log(attempt) + Math.log(hour) + Math.log(weekday));
}

/** The logistic function, without overflow on either side. */
export const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

function factor(list: readonly number[], index: number): number {
  return list[Math.min(Math.max(0, index), list.length - 1)] ?? 1;
}

/**
 * Checks that `data` is a response model (for one read from a file).
 * @throws {ArgumentError} naming the first field that is wrong, what was expected and what came.
 */
export function checkResponseModel(data: unknown, name = "model"): ResponseModel {
  if (data === null || typeof data !== "object")
    throw new ArgumentError(name, `Expected \`${name}\` to be a response model { version: 1, source, channels }, got ${describeValue(data)}`);
  const m = data as Record<string, unknown>;
  if (m["version"] !== 1) throw new ArgumentError(`${name}.version`, `Expected \`${name}.version\` to be 1, got ${JSON.stringify(m["version"])}`);
  const channels = m["channels"];
  if (channels === null || typeof channels !== "object" || Object.keys(channels).length === 0)
    throw new ArgumentError(`${name}.channels`, `Expected \`${name}.channels\` to be an object of channel → parameters, got ${JSON.stringify(channels)}`);
  for (const [channel, value] of Object.entries(channels)) {
    const where = `${name}.channels.${channel}`;
    if (value === null || typeof value !== "object")
      throw new ArgumentError(where, `Expected \`${where}\` to be channel parameters, got ${JSON.stringify(value)}`);
    const c = value as Record<string, unknown>;
    number(c["baseline"], `${where}.baseline`, (x) => x > 0 && x < 1, "a probability strictly between 0 and 1");
    number(c["halfLifeMinutes"], `${where}.halfLifeMinutes`, (x) => x > 0, "a positive number of minutes");
    number(c["floor"], `${where}.floor`, (x) => x > 0 && x <= 1, "a number in (0, 1]");
    factors(c["attempt"], `${where}.attempt`, 1);
    factors(c["hour"], `${where}.hour`, 24, 24);
    factors(c["weekday"], `${where}.weekday`, 7, 7);
  }
  return { version: 1, source: typeof m["source"] === "string" ? m["source"] : "custom", channels: channels as Record<string, ChannelResponse> };
}

function number(value: unknown, where: string, ok: (x: number) => boolean, expected: string): void {
  if (typeof value !== "number" || !Number.isFinite(value) || !ok(value))
    throw new ArgumentError(where, `Expected \`${where}\` to be ${expected}, got ${JSON.stringify(value)}`);
}

function factors(value: unknown, where: string, min: number, max = Infinity): void {
  if (!Array.isArray(value) || value.length < min || value.length > max || !value.every((x) => typeof x === "number" && Number.isFinite(x) && x > 0)) {
    throw new ArgumentError(where, `Expected \`${where}\` to be ${min === max ? min : `at least ${min}`} positive odds factors, got ${describeValue(value)}`);
  }
}
