import { OUTCOMES, type Outcome } from "../primitives/index.js";
import { outcomeFitsChannel, outcomesForChannel } from "../testing/channelOutcomes.js";
import { respond, type Responder } from "../testing/index.js";
import { UsageError } from "./cliErrors.js";

/** The `--responder` forms, for help texts. */
export const RESPONDER_HELP = `Responders (--responder):
  never                                  the lead never answers (default): calls no_answer, messages sent
  CHANNEL=FORM;CHANNEL=FORM;...          one form per channel, e.g. call=sequence:no_answer,connected;sms=always:replied
                                         (channels not named: never)
  always:OUTCOME                         every touch of the channels OUTCOME belongs to, e.g. always:connected (calls)
  sequence:OUTCOME,OUTCOME,...           the n-th touch of each channel all the outcomes belong to gets the n-th
                                         outcome, e.g. sequence:no_answer,no_answer,connected (calls)
  sequence@CHANNEL:OUTCOME,...           the same on CHANNEL only, e.g. sequence@call:no_answer,connected
  channel:CHANNEL=OUTCOME,...            one outcome per channel, e.g. channel:sms=replied,call=no_answer
  random:seed=N,OUTCOME=P,...            seeded random outcomes, each drawn only on the channels it belongs to,
                                         e.g. random:seed=7,connected=0.3,replied=0.1
Outcomes: ${OUTCOMES.join(", ")}
  call: ${outcomesForChannel("call").join(", ")}
  video: ${outcomesForChannel("video").join(", ")}
  sms: ${outcomesForChannel("sms").join(", ")}
  whatsapp: ${outcomesForChannel("whatsapp").join(", ")}
  email: ${outcomesForChannel("email").join(", ")}
  custom channels: any`;

/**
 * Parses a `--responder` value for a plan whose touches use `channels`. Outcomes are checked
 * against the channels they are given for (an SMS is never `connected`); forms without a channel
 * apply to the plan's channels their outcomes belong to.
 * @throws {UsageError} for a malformed spec or an outcome that belongs to none of its channels.
 */
export function parseResponderSpec(spec: string, channels: readonly string[]): Responder {
  const bad = (why: string): never => {
    throw new UsageError(`invalid --responder ${JSON.stringify(spec)}: ${why}`, "simulate");
  };
  const perChannel = /^[a-z][a-z0-9_-]*=/.test(spec);
  if (!perChannel) return parseForm(spec, undefined, channels, bad);
  const table: Record<string, Responder> = {};
  for (const part of spec.split(";")) {
    if (part.trim() === "") continue;
    const eq = part.indexOf("=");
    const channel = part.slice(0, eq).trim();
    if (eq <= 0 || !/^[a-z][a-z0-9_-]*$/.test(channel)) bad(`expected CHANNEL=FORM, got ${JSON.stringify(part)}`);
    if (Object.hasOwn(table, channel)) bad(`${channel} is given twice`);
    table[channel] = parseForm(part.slice(eq + 1).trim(), channel, [channel], bad);
  }
  return respond.byChannel(table);
}

/** One form (`never`, `always:`, `sequence:`, `channel:`, `random:`), for `channel` or, without one, for `channels`. */
function parseForm(form: string, channel: string | undefined, channels: readonly string[], bad: (why: string) => never): Responder {
  const colon = form.indexOf(":");
  const kind = colon === -1 ? form : form.slice(0, colon);
  const rest = colon === -1 ? "" : form.slice(colon + 1);
  const list = rest === "" ? [] : rest.split(",").map((s) => s.trim());
  const outcome = (value: string): Outcome =>
    (OUTCOMES as readonly string[]).includes(value) ? (value as Outcome) : bad(`unknown outcome ${JSON.stringify(value)}`);
  const fitting = (value: string, on: string): Outcome => {
    const o = outcome(value);
    return outcomeFitsChannel(o, on) ? o : bad(`${on} has no outcome ${o} (${on}: ${outcomesForChannel(on).join(", ")})`);
  };
  /**
   * The plan's channels every one of `outcomes` belongs to. @throws when there is none, suggesting
   * a per-channel form that is itself valid: each outcome on the first plan channel it belongs to.
   */
  const channelsFor = (outcomes: readonly Outcome[]): string[] => {
    const fit = channels.filter((c) => outcomes.every((o) => outcomeFitsChannel(o, c)));
    if (fit.length > 0) return fit;
    const homeless = [...new Set(outcomes.filter((o) => !channels.some((c) => outcomeFitsChannel(o, c))))];
    if (homeless.length > 0) bad(`no channel of the plan (${channels.join(", ")}) has ${homeless.join(", ")}`);
    const byChannel = new Map<string, Outcome[]>();
    for (const o of outcomes) {
      const home = channels.find((c) => outcomeFitsChannel(o, c)) as string;
      byChannel.set(home, [...(byChannel.get(home) ?? []), o]);
    }
    const suggestion = [...byChannel].map(([c, os]) => `${c}=sequence:${os.join(",")}`).join(";");
    return bad(`no channel of the plan (${channels.join(", ")}) has all of ${outcomes.join(", ")}; name a channel for each, e.g. --responder "${suggestion}"`);
  };
  const pairs = (): [string, string][] =>
    list.map((item) => {
      const eq = item.indexOf("=");
      return eq <= 0 ? bad(`expected NAME=VALUE, got ${JSON.stringify(item)}`) : [item.slice(0, eq), item.slice(eq + 1)];
    });

  if (kind === "never") return colon === -1 ? respond.never() : bad("never takes no argument");
  if (kind === "always") {
    if (list.length !== 1) bad("expected always:OUTCOME");
    if (channel !== undefined) return respond.always(fitting(list[0] as string, channel));
    const o = outcome(list[0] as string);
    return respond.byChannel(Object.fromEntries(channelsFor([o]).map((c) => [c, o])));
  }
  if (kind === "sequence" || kind.startsWith("sequence@")) {
    if (list.length === 0) bad("expected sequence:OUTCOME,OUTCOME,...");
    const named = kind.startsWith("sequence@") ? kind.slice("sequence@".length) : undefined;
    if (named === "") bad("expected sequence@CHANNEL:...");
    if (named !== undefined && channel !== undefined && named !== channel) bad(`sequence@${named} given for ${channel}`);
    const on = named ?? channel;
    if (on !== undefined)
      return respond.sequence(
        list.map((v) => fitting(v, on)),
        { channel: on },
      );
    const outcomes = list.map(outcome);
    // Each channel the outcomes belong to counts its own touches: the n-th call gets the n-th outcome.
    return respond.byChannel(Object.fromEntries(channelsFor(outcomes).map((c) => [c, respond.sequence(outcomes, { channel: c })])));
  }
  if (kind === "channel") {
    if (channel !== undefined) bad(`channel:... cannot be given for one channel (${channel})`);
    if (list.length === 0) bad("expected channel:CHANNEL=OUTCOME,...");
    return respond.byChannel(Object.fromEntries(pairs().map(([c, value]) => [c, fitting(value, c)])));
  }
  if (kind === "random") {
    let seed: number | undefined;
    const rates: Partial<Record<Outcome, number>> = {};
    for (const [name, value] of pairs()) {
      const n = Number(value);
      if (value === "" || !Number.isFinite(n)) bad(`${name} needs a number, got ${JSON.stringify(value)}`);
      if (name === "seed") {
        if (!Number.isSafeInteger(n)) bad(`seed must be an integer from −(2^53 − 1) to 2^53 − 1, got ${value}`);
        seed = n;
      } else {
        if (n < 0 || n > 1) bad(`${name} must be a probability between 0 and 1`);
        rates[channel === undefined ? outcome(name) : fitting(name, channel)] = n;
      }
    }
    if (seed === undefined) bad("random needs seed=N");
    const total = Object.values(rates).reduce((a, b) => a + b, 0);
    if (total > 1 + 1e-9) bad(`the probabilities sum to ${total}, more than 1`);
    // respond.random draws each outcome only on the channels it belongs to: an email is never `connected`.
    const unused = Object.keys(rates).filter((o) => !channels.some((c) => outcomeFitsChannel(o as Outcome, c)));
    if (unused.length > 0) bad(`no channel of the plan (${channels.join(", ")}) has ${unused.join(", ")}`);
    return respond.random({ seed: seed as number, rates });
  }
  return bad("expected never, CHANNEL=..., always:..., sequence:..., channel:... or random:...");
}
