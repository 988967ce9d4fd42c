import { ArgumentError, describeValue } from "../errors/index.js";
import type { Lead } from "../lead/index.js";
import type { Outcome } from "../primitives/index.js";
import { checkOutcome, isOutcome } from "../primitives/index.js";
import type { Touch } from "../schedule/index.js";
import { checkChannelOutcome, outcomeFitsChannel } from "./channelOutcomes.js";
import { fnv1a, mulberry32, seedState } from "./prng.js";
import type { RelativeInstant } from "./relativeInstant.js";

/** Something the lead does that the host would record in its history. */
export type SimulatedEvent =
  | { readonly type: "inbound"; readonly channel: string; readonly text?: string; readonly automatic?: boolean }
  | { readonly type: "meeting"; readonly note?: string }
  | { readonly type: "status"; readonly status: string }
  | { readonly type: "event"; readonly name: string; readonly data?: Readonly<Record<string, unknown>> }
  /** The host recorded an opt-out (for example after a `STOP` reply): added to `lead.optOuts`. */
  | { readonly type: "opt_out"; readonly channel: string };

/** What the lead does in answer to one touch. */
export interface LeadResponse {
  /** The touch's outcome. @default `no_answer` for calls, `sent` for everything else */
  readonly outcome?: Outcome;
  /**
   * The touch is performed this long after it became due (an ISO-8601 duration): a rep who picks
   * up a call task late. Past the step's SLA, its escalations fire as the engine's would.
   * @default `PT0S`
   */
  readonly performedAfter?: string;
  /** When set, the outcome is learnt this long after the touch (an ISO-8601 duration) as an outcome record. */
  readonly outcomeAfter?: string;
  /** Things the lead does after this touch, each an ISO-8601 duration after it (default `PT0S`). */
  readonly events?: readonly { readonly after?: string; readonly event: SimulatedEvent }[];
}

/** Where a touch stands in the simulation, for responders. */
export interface ResponderContext {
  /** The instant of the touch (ISO-8601, UTC). */
  readonly now: string;
  /** The simulation start (ISO-8601, UTC). */
  readonly from: string;
  /** The zone the lead's local times are read in. */
  readonly zone: string;
  /** 0 for the first touch of the simulation. */
  readonly touchIndex: number;
  /** 0 for the first touch on this touch's channel. */
  readonly channelIndex: number;
  /**
   * The channels of the simulation's earlier touches, oldest first (`touchIndex` of them): what
   * `respond.sequence` without a channel reads to know which of its outcomes are taken. A context
   * made by hand may leave it out; each earlier touch then counts as having taken one.
   */
  readonly earlierChannels?: readonly string[];
}

/** A responder's answer: an outcome, a full {@link LeadResponse}, or nothing (the default outcome). */
export type ResponderResult = Outcome | LeadResponse | undefined | void;

/** An event the lead causes on its own at a fixed point of the simulation. */
export interface ScheduledEvent {
  /** An ISO-8601 duration from the simulation start (`"P1DT2H"`) or an instant. */
  readonly at: RelativeInstant;
  readonly event: SimulatedEvent;
}

/**
 * Scripts the lead's behaviour: called once per touch, it answers the touch's outcome and what
 * the lead does next. Must be a pure function of its arguments so that simulations repeat exactly.
 * Plain functions are responders; `scheduled` adds events that happen whatever the touches.
 */
export interface Responder {
  (touch: Touch, lead: Lead, context: ResponderContext): ResponderResult;
  readonly scheduled?: readonly ScheduledEvent[];
}

/** The outcome of a touch the lead ignores: `no_answer` for calls, `sent` otherwise. */
export function defaultOutcome(channel: string): Outcome {
  return channel === "call" ? "no_answer" : "sent";
}

function never(): Responder {
  return (touch) => defaultOutcome(touch.channel);
}

/** Every touch whose channel can have `outcome` gets it (an SMS is never `connected`); the others are ignored. */
function always(outcome: Outcome): Responder {
  const checked = checkOutcome(outcome, "outcome");
  return (touch) => (outcomeFitsChannel(checked, touch.channel) ? checked : defaultOutcome(touch.channel));
}

/**
 * The outcomes in order, each to the first touch from there on whose channel can have it: a touch
 * that cannot have the next outcome (an SMS before a call's `connected`) leaves it for a later one
 * and gets `then`, as touches past the end do (default: ignored). With `channel`, only that
 * channel's touches are counted and answered from the list.
 */
function sequence(outcomes: readonly Outcome[], options: { readonly channel?: string; readonly then?: Responder } = {}): Responder {
  if (!Array.isArray(outcomes)) throw new ArgumentError("outcomes", `Expected \`outcomes\` to be an array of outcomes, got ${describeValue(outcomes)}`);
  if (options === null || typeof options !== "object")
    throw new ArgumentError("options", `Expected \`options\` to be an object like { channel: "call" }, got ${describeValue(options)}`);
  const channel = options.channel;
  const list = outcomes.map((o, i) => (channel === undefined ? checkOutcome(o, `outcomes[${i}]`) : checkChannelOutcome(o, channel, `outcomes[${i}]`)));
  const then = checkResponder(options.then, "options.then");
  return withScheduled((touch, lead, context) => {
    if (channel !== undefined && touch.channel !== channel) return then(touch, lead, context);
    const index = channel === undefined ? taken(list, context) : context.channelIndex;
    return index < list.length && outcomeFitsChannel(list[index] as Outcome, touch.channel) ? list[index] : then(touch, lead, context);
  }, then.scheduled);
}

/** Answers by channel: an outcome, a {@link LeadResponse} or a responder per channel; other channels get `otherwise` (default `never()`). */
function byChannel(map: Readonly<Record<string, Outcome | LeadResponse | Responder>>, otherwise?: Responder): Responder {
  if (map === null || typeof map !== "object")
    throw new ArgumentError("map", `Expected \`map\` to be an object of channel → outcome, got ${describeValue(map)}`);
  const others = checkResponder(otherwise, "otherwise");
  const table = new Map<string, Responder>();
  for (const [channel, value] of Object.entries(map)) {
    if (typeof value === "function") table.set(channel, value);
    else if (value !== null && typeof value === "object") {
      if (value.outcome !== undefined) checkChannelOutcome(value.outcome, channel, `map.${channel}.outcome`);
      table.set(channel, () => value);
    } else table.set(channel, always(checkChannelOutcome(value, channel, `map.${channel}`)));
  }
  const scheduled = [...(others.scheduled ?? []), ...[...table.values()].flatMap((r) => r.scheduled ?? [])];
  return withScheduled((touch, lead, context) => (table.get(touch.channel) ?? others)(touch, lead, context), scheduled);
}

/**
 * The lead does `event` at `when` (an ISO-8601 duration from the simulation start, or an instant),
 * whatever the touches; touches are answered by `otherwise`.
 * @example respond.at("P1DT2H", { type: "inbound", channel: "sms", text: "STOP" })
 */
function at(when: RelativeInstant, event: SimulatedEvent, otherwise?: Responder): Responder {
  if (event === null || typeof event !== "object" || typeof (event as { type?: unknown }).type !== "string") {
    throw new ArgumentError("event", `Expected \`event\` to be a lead event like { type: "inbound", channel: "sms" }, got ${describeValue(event)}`);
  }
  const others = checkResponder(otherwise, "otherwise");
  return withScheduled((touch, lead, context) => others(touch, lead, context), [...(others.scheduled ?? []), { at: when, event }]);
}

/** Options for {@link respond.random}. */
export interface RandomOptions {
  /** Any safe integer (every bit counts); the same seed gives the same outcomes. */
  readonly seed: number;
  /**
   * Probability of each outcome (summing to at most 1), for every channel or per channel
   * (`{ call: { connected: 0.3 }, sms: { replied: 0.1 } }`). The rest gets the default outcome.
   * For every channel, each outcome is drawn only on the channels that can have it, at its rate:
   * `{ connected: 0.3, replied: 0.1 }` is `connected` 0.3 on calls, `replied` 0.1 on SMS, never an
   * SMS `connected`.
   */
  readonly rates: Readonly<Partial<Record<Outcome, number>>> | Readonly<Record<string, Readonly<Partial<Record<Outcome, number>>>>>;
}

/**
 * Seeded random outcomes. The draw for a touch depends only on the seed and the touch's id, so a
 * simulation repeats exactly and two leads get independent draws. Never uses `Math.random`.
 */
function random(options: RandomOptions): Responder {
  const seed = seedState(options === null || typeof options !== "object" ? undefined : options.seed, "options.seed");
  const rates = options.rates as Readonly<Record<string, unknown>>;
  if (rates === null || typeof rates !== "object")
    throw new ArgumentError("options.rates", `Expected \`options.rates\` to be an object, got ${describeValue(rates)}`);
  const perChannel = Object.keys(rates).some((key) => !isOutcome(key));
  /** `value`'s outcomes with their probabilities, in order; each one `channel` can have when given. */
  const checkRates = (value: unknown, name: string, channel?: string): [Outcome, number][] => {
    if (value === null || typeof value !== "object")
      throw new ArgumentError(name, `Expected \`${name}\` to be an object of outcome → probability, got ${describeValue(value)}`);
    let sum = 0;
    const checked: [Outcome, number][] = [];
    for (const [outcome, p] of Object.entries(value)) {
      if (channel === undefined) checkOutcome(outcome, `${name} key`);
      else checkChannelOutcome(outcome, channel, `${name} key`);
      if (typeof p !== "number" || !(p >= 0 && p <= 1))
        throw new ArgumentError(`${name}.${outcome}`, `Expected \`${name}.${outcome}\` to be a probability in [0, 1], got ${describeValue(p)}`);
      sum += p;
      checked.push([outcome as Outcome, p]);
    }
    if (sum > 1 + 1e-9) throw new ArgumentError(name, `Expected the probabilities in \`${name}\` to sum to at most 1, got ${sum}`);
    return checked;
  };
  /** Each outcome with the sum of the probabilities up to it: a draw below it and above the one before picks it. */
  const cumulative = (checked: readonly [Outcome, number][]): [Outcome, number][] => {
    let sum = 0;
    return checked.map(([outcome, p]) => [outcome, (sum += p)]);
  };
  const tables = new Map<string, [Outcome, number][]>();
  if (perChannel) for (const [channel, table] of Object.entries(rates)) tables.set(channel, cumulative(checkRates(table, `options.rates.${channel}`, channel)));
  const shared = perChannel ? undefined : checkRates(rates, "options.rates");
  /** A channel's table; from the shared rates, only the outcomes the channel can have (an email is never `connected`). */
  const tableFor = (channel: string): [Outcome, number][] | undefined => {
    if (shared === undefined || tables.has(channel)) return tables.get(channel);
    const table = cumulative(shared.filter(([outcome]) => outcomeFitsChannel(outcome, channel)));
    tables.set(channel, table);
    return table;
  };
  return (touch) => {
    const table = tableFor(touch.channel);
    if (table === undefined) return defaultOutcome(touch.channel);
    const draw = mulberry32(seed ^ fnv1a(touch.id))();
    for (const [outcome, upTo] of table) if (draw < upTo) return outcome;
    return defaultOutcome(touch.channel);
  };
}

/** How many of `list`'s outcomes the simulation's earlier touches took, each the next one its channel can have. */
function taken(list: readonly Outcome[], context: ResponderContext): number {
  const earlier = context.earlierChannels;
  if (earlier === undefined) return context.touchIndex;
  let k = 0;
  for (const channel of earlier) if (k < list.length && outcomeFitsChannel(list[k] as Outcome, channel)) k++;
  return k;
}

/** `value` as a responder; `undefined` is `never()`. @throws {ArgumentError} naming `name` for anything but a function. */
function checkResponder(value: Responder | undefined, name: string): Responder {
  if (value === undefined) return never();
  if (typeof value !== "function")
    throw new ArgumentError(name, `Expected \`${name}\` to be a responder (a function, see respond.*), got ${describeValue(value)}`);
  return value;
}

function withScheduled(
  fn: (touch: Touch, lead: Lead, context: ResponderContext) => ResponderResult,
  scheduled: readonly ScheduledEvent[] | undefined,
): Responder {
  if (scheduled === undefined || scheduled.length === 0) return fn;
  return Object.assign(fn, { scheduled });
}

/**
 * Ready-made responders for {@link simulate}. Any function `(touch, lead, context) => outcome`
 * is a responder too.
 * @example respond.sequence(["no_answer", "no_answer", "connected"], { channel: "call" })
 */
export const respond = { never, always, sequence, byChannel, at, random } as const;
