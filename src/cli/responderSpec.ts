import { OUTCOMES, type Outcome } from "../primitives/index.js";
import { respond, type Responder } from "../testing/index.js";
import { UsageError } from "./cliErrors.js";

/** The `--responder` forms, for help texts. */
export const RESPONDER_HELP = `Responders (--responder):
  never                                  the lead never answers (default): calls no_answer, messages sent
  always:OUTCOME                         every touch gets OUTCOME, e.g. always:connected
  sequence:OUTCOME,OUTCOME,...           the n-th touch gets the n-th outcome, e.g. sequence:no_answer,no_answer,connected
  sequence@CHANNEL:OUTCOME,...           the same, counting only CHANNEL's touches, e.g. sequence@call:no_answer,connected
  channel:CHANNEL=OUTCOME,...            by channel, e.g. channel:sms=replied,call=no_answer
  random:seed=N,OUTCOME=P,...            seeded random outcomes, e.g. random:seed=7,connected=0.3,replied=0.1
Outcomes: ${OUTCOMES.join(", ")}`;

/** Parses a `--responder` value. @throws {UsageError} for a malformed one. */
export function parseResponderSpec(spec: string): Responder {
  const colon = spec.indexOf(":");
  const kind = colon === -1 ? spec : spec.slice(0, colon);
  const rest = colon === -1 ? "" : spec.slice(colon + 1);
  const list = rest === "" ? [] : rest.split(",").map((s) => s.trim());
  const bad = (why: string): never => {
    throw new UsageError(`invalid --responder ${JSON.stringify(spec)}: ${why}`, "simulate");
  };
  const outcome = (value: string): Outcome =>
    (OUTCOMES as readonly string[]).includes(value) ? (value as Outcome) : bad(`unknown outcome ${JSON.stringify(value)}`);
  const pairs = (): [string, string][] =>
    list.map((item) => {
      const eq = item.indexOf("=");
      return eq <= 0 ? bad(`expected NAME=VALUE, got ${JSON.stringify(item)}`) : [item.slice(0, eq), item.slice(eq + 1)];
    });
  if (kind === "never") return colon === -1 ? respond.never() : bad("never takes no argument");
  if (kind === "always") return list.length === 1 ? respond.always(outcome(list[0] as string)) : bad("expected always:OUTCOME");
  if (kind === "sequence" || kind.startsWith("sequence@")) {
    if (list.length === 0) bad("expected sequence:OUTCOME,OUTCOME,...");
    const channel = kind.startsWith("sequence@") ? kind.slice("sequence@".length) : undefined;
    if (channel === "") bad("expected sequence@CHANNEL:...");
    return respond.sequence(list.map(outcome), channel === undefined ? {} : { channel });
  }
  if (kind === "channel") {
    if (list.length === 0) bad("expected channel:CHANNEL=OUTCOME,...");
    return respond.byChannel(Object.fromEntries(pairs().map(([channel, value]) => [channel, outcome(value)])));
  }
  if (kind === "random") {
    let seed: number | undefined;
    const rates: Partial<Record<Outcome, number>> = {};
    for (const [name, value] of pairs()) {
      const n = Number(value);
      if (value === "" || !Number.isFinite(n)) bad(`${name} needs a number, got ${JSON.stringify(value)}`);
      if (name === "seed") {
        if (!Number.isInteger(n)) bad("seed must be an integer");
        seed = n;
      } else {
        if (n < 0 || n > 1) bad(`${name} must be a probability between 0 and 1`);
        rates[outcome(name)] = n;
      }
    }
    if (seed === undefined) bad("random needs seed=N");
    const total = Object.values(rates).reduce((a, b) => a + b, 0);
    if (total > 1 + 1e-9) bad(`the probabilities sum to ${total}, more than 1`);
    return respond.random({ seed: seed as number, rates });
  }
  return bad("expected never, always:..., sequence:..., channel:... or random:...");
}
