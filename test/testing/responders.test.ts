import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { ArgumentError, parsePlan, type Touch } from "../../src/index.js";
import { parseLead } from "../../src/lead/index.js";
import { defaultOutcome, mulberry32, respond, simulate, type Responder, type ResponderContext } from "../../src/testing/index.js";
import { seedState } from "../../src/testing/prng.js";
import { outcomeFitsChannel } from "../../src/testing/channelOutcomes.js";
import { OUTCOMES, type Outcome } from "../../src/primitives/index.js";

const lead = parseLead({ id: "l1", enrolledAt: "2026-03-09T14:00:00Z" });
const touch = (channel: string, i = 1): Touch => ({
  id: `l1/p@1/s${i}#1`,
  leadId: "l1",
  planId: "p",
  planVersion: 1,
  stepId: `s${i}`,
  channel,
  attempt: 1,
  dueAt: "2026-03-09T14:00:00.000Z",
  mode: "auto",
});
const ctx = (touchIndex: number, channelIndex = touchIndex): ResponderContext => ({
  now: "2026-03-09T14:00:00.000Z",
  from: "2026-03-09T14:00:00.000Z",
  zone: "UTC",
  touchIndex,
  channelIndex,
});

describe("responders", () => {
  it("never: calls go unanswered, messages are just sent", () => {
    expect(respond.never()(touch("call"), lead, ctx(0))).toBe("no_answer");
    expect(respond.never()(touch("sms"), lead, ctx(0))).toBe("sent");
    expect(defaultOutcome("whatsapp")).toBe("sent");
  });

  it("always", () => {
    expect(respond.always("connected")(touch("call"), lead, ctx(5))).toBe("connected");
    expect(respond.always("connected")(touch("email"), lead, ctx(5))).toBe("sent");
    expect(respond.always("opened")(touch("linkedin"), lead, ctx(5))).toBe("opened");
    expect(() => respond.always("picked_up" as never)).toThrow(ArgumentError);
  });

  it("sequence: by touch index, then `then`; with a channel, by that channel's index", () => {
    const seq = respond.sequence(["no_answer", "busy", "connected"]);
    expect([0, 1, 2, 3].map((i) => seq(touch("call"), lead, ctx(i)))).toEqual(["no_answer", "busy", "connected", "no_answer"]);
    const calls = respond.sequence(["busy", "connected"], { channel: "call", then: respond.byChannel({ sms: "replied", call: "voicemail" }) });
    expect(calls(touch("sms"), lead, ctx(0, 0))).toBe("replied");
    expect(calls(touch("call"), lead, ctx(1, 0))).toBe("busy");
    expect(calls(touch("call"), lead, ctx(2, 1))).toBe("connected");
    expect(calls(touch("call"), lead, ctx(3, 2))).toBe("voicemail");
    expect(() => respond.sequence(["nope" as never])).toThrow(/outcomes\[0\]/);
    expect(() => respond.sequence("connected" as never)).toThrow(ArgumentError);
  });

  it("byChannel: outcomes, responses or responders per channel, a fallback for others", () => {
    const r = respond.byChannel({ sms: "replied", email: { outcome: "opened" }, call: respond.always("busy") });
    expect(r(touch("sms"), lead, ctx(0))).toBe("replied");
    expect(r(touch("email"), lead, ctx(0))).toEqual({ outcome: "opened" });
    expect(r(touch("call"), lead, ctx(0))).toBe("busy");
    expect(r(touch("video"), lead, ctx(0))).toBe("sent");
    expect(() => respond.byChannel({ sms: "yes" as never })).toThrow(/map\.sms/);
    expect(() => respond.byChannel(null as never)).toThrow(ArgumentError);
  });

  it("at: schedules a lead event and keeps the scheduled events of what it wraps", () => {
    const r = respond.at("P1D", { type: "meeting" }, respond.at("PT1H", { type: "inbound", channel: "sms" }, respond.always("connected")));
    expect(r.scheduled).toEqual([
      { at: "PT1H", event: { type: "inbound", channel: "sms" } },
      { at: "P1D", event: { type: "meeting" } },
    ]);
    expect(r(touch("call"), lead, ctx(0))).toBe("connected");
    expect(respond.sequence(["busy"], { then: r }).scheduled).toHaveLength(2);
    expect(() => respond.at("P1D", null as never)).toThrow(ArgumentError);
  });

  it("random: seeded, pure (the same touch gets the same outcome), never Math.random", () => {
    const spy = vi.spyOn(Math, "random");
    const a = respond.random({ seed: 42, rates: { connected: 0.5 } });
    const b = respond.random({ seed: 42, rates: { connected: 0.5 } });
    const touches = Array.from({ length: 200 }, (_, i) => touch("call", i));
    const first = touches.map((t, i) => a(t, lead, ctx(i)));
    expect(touches.map((t, i) => b(t, lead, ctx(i)))).toEqual(first);
    expect(touches.map((t, i) => a(t, lead, ctx(i)))).toEqual(first);
    const connected = first.filter((o) => o === "connected").length;
    expect(connected).toBeGreaterThan(70);
    expect(connected).toBeLessThan(130);
    const other = respond.random({ seed: 43, rates: { connected: 0.5 } });
    expect(touches.map((t, i) => other(t, lead, ctx(i)))).not.toEqual(first);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

  it("random: per-channel rates; channels not listed get the default outcome", () => {
    const r = respond.random({ seed: 1, rates: { sms: { replied: 1 } } });
    expect(r(touch("sms"), lead, ctx(0))).toBe("replied");
    expect(r(touch("call"), lead, ctx(0))).toBe("no_answer");
  });

  it("random: one rates table for all channels never draws an outcome a touch's channel cannot have", () => {
    const channels = ["call", "sms", "email", "whatsapp", "video", "linkedin"];
    const outcome = fc.constantFrom(...OUTCOMES);
    fc.assert(
      fc.property(fc.integer(), fc.dictionary(outcome, fc.double({ min: 0, max: 0.2, noNaN: true }), { maxKeys: 5 }), (seed, rates) => {
        const r = respond.random({ seed, rates });
        for (const [i, channel] of channels.entries())
          for (let n = 0; n < 8; n++) {
            const drawn = r(touch(channel, i * 8 + n), lead, ctx(0)) as Outcome;
            expect(outcomeFitsChannel(drawn, channel), `${channel}:${drawn}`).toBe(true);
          }
      }),
    );
    // Each channel draws from the outcomes it can have, at their rates: as its own table of them would.
    const shared = respond.random({ seed: 7, rates: { connected: 0.3, replied: 0.3, opened: 0.2 } });
    const perChannel = respond.random({ seed: 7, rates: { call: { connected: 0.3 }, sms: { replied: 0.3 }, email: { replied: 0.3, opened: 0.2 } } });
    for (const channel of ["call", "sms", "email"])
      for (let i = 0; i < 50; i++) expect(shared(touch(channel, i), lead, ctx(i))).toBe(perChannel(touch(channel, i), lead, ctx(i)));
  });

  it("random: bad options are typed errors", () => {
    expect(() => respond.random({ seed: 1.5, rates: {} })).toThrow(/options\.seed/);
    expect(() => respond.random({ seed: 1, rates: { connected: 2 } })).toThrow(/probability/);
    expect(() => respond.random({ seed: 1, rates: { connected: 0.7, replied: 0.7 } })).toThrow(/sum to at most 1/);
    expect(() => respond.random({ seed: 1, rates: null as never })).toThrow(ArgumentError);
  });

  it("random: every bit of the seed counts (1 and 2^32 + 1 drew the same outcomes)", () => {
    const draws = (seed: number) => {
      const r = respond.random({ seed, rates: { connected: 0.5 } });
      return Array.from({ length: 64 }, (_x, i) => r(touch("call", i), lead, ctx(i)));
    };
    expect(draws(2 ** 32 + 1)).not.toEqual(draws(1));
    expect(draws(-1)).not.toEqual(draws(2 ** 32 - 1));
    expect(() => respond.random({ seed: 2 ** 60, rates: {} })).toThrow(/options\.seed.*safe integer/);
  });

  it("seedState: a seed from 0 to 2^32 - 1 is its own state; seeds sharing their low 32 bits never share a state", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => seedState(seed, "seed") === seed));
    // The safe integers: -(2^53 - 1) is the least, so the high part starts one above -(2^21).
    const high = fc.integer({ min: -(2 ** 21) + 1, max: 2 ** 21 - 1 });
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), high, high, (low, a, b) => {
        fc.pre(a !== b);
        expect(seedState(low + a * 2 ** 32, "seed")).not.toBe(seedState(low + b * 2 ** 32, "seed"));
      }),
    );
  });

  it("an outcome a channel cannot have is refused where the responder is built, as the CLI refuses it", () => {
    const refused: [string, () => unknown, string][] = [
      ["map.email", () => respond.byChannel({ email: "connected" }), '"connected" (string)'],
      ["map.sms.outcome", () => respond.byChannel({ sms: { outcome: "voicemail" } }), '"voicemail" (string)'],
      ["outcomes[1]", () => respond.sequence(["sent", "connected"], { channel: "email" }), '"connected" (string)'],
      ["options.rates.call key", () => respond.random({ seed: 1, rates: { call: { replied: 0.5 } } }), '"replied" (string)'],
    ];
    for (const [name, build, got] of refused) {
      let caught: unknown;
      try {
        build();
      } catch (error) {
        caught = error;
      }
      expect(caught, name).toBeInstanceOf(ArgumentError);
      expect((caught as ArgumentError).message, name).toContain(`\`${name}\``);
      expect((caught as ArgumentError).message, name).toMatch(/one of the outcomes (email|sms|call) touches can have \(/);
      expect((caught as ArgumentError).message, name).toContain(`got ${got}`);
    }
    // A custom channel can have any outcome; a responder for no channel is judged by nothing here.
    expect(respond.byChannel({ linkedin: "connected", email: "opened" })(touch("linkedin"), lead, ctx(0))).toBe("connected");
    expect(respond.sequence(["connected"], { channel: "video" })(touch("video"), lead, ctx(0))).toBe("connected");
  });

  it("mulberry32 is deterministic and in [0, 1)", () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("responders without a channel answer each touch only with an outcome its channel can have", () => {
  // Call now, SMS and email minutes later, calls again: the touches a dealer plan makes on its first day.
  const plan = parsePlan({
    id: "mixed",
    version: 1,
    name: "Mixed channels",
    timezone: "UTC",
    steps: [
      { id: "call-now", channel: "call", mode: "task", at: { after: "PT0S" } },
      { id: "sms", channel: "sms", at: { after: "PT5M" } },
      { id: "email", channel: "email", at: { after: "PT10M" } },
      { id: "calls", channel: "call", mode: "task", at: { after: "PT1H" }, attempts: { max: 3, every: "PT2H", until: ["connected"] } },
    ],
    exits: [{ on: "connected" }, { on: "reply" }],
  });
  const mixedLead = { id: "m", enrolledAt: "2026-03-09T10:00:00Z", contacts: { phone: "+12125550100", email: "m@example.com" } };
  const answered = (responder: Responder): string[] =>
    simulate(plan, mixedLead, { until: "P2D", responder }).touches.map((t) => `${t.stepId}#${t.attempt} ${t.channel} ${t.outcome}`);

  it("sequence: the calls' outcomes go to the calls, the SMS and the email are left as sent", () => {
    expect(answered(respond.sequence(["no_answer", "no_answer", "connected"]))).toEqual([
      "call-now#1 call no_answer",
      "sms#1 sms sent",
      "email#1 email sent",
      "calls#1 call no_answer",
      "calls#2 call connected",
    ]);
    // Outcomes of several channels are taken in order by the first touch each fits.
    expect(answered(respond.sequence(["no_answer", "delivered", "opened", "connected"]))).toEqual([
      "call-now#1 call no_answer",
      "sms#1 sms delivered",
      "email#1 email opened",
      "calls#1 call connected",
    ]);
  });

  it("always: an SMS is never 'connected' (which would end the cadence on its 'connected' exit)", () => {
    expect(answered(respond.always("connected"))).toEqual(["call-now#1 call connected"]);
    const replied = answered(respond.always("replied"));
    expect(replied).toEqual(["call-now#1 call no_answer", "sms#1 sms replied"]);
  });

  it("a context made by hand, without the earlier touches' channels, counts every earlier touch", () => {
    const seq = respond.sequence(["no_answer", "connected"]);
    expect(seq(touch("call"), lead, ctx(1))).toBe("connected");
    expect(seq(touch("sms"), lead, ctx(1))).toBe("sent");
    expect(seq(touch("call"), lead, { ...ctx(1), earlierChannels: ["sms"] })).toBe("no_answer");
  });

  it("never gives a touch an outcome its channel cannot have (property over random lists and channels)", () => {
    const channels = ["call", "sms", "email", "whatsapp", "video"] as const;
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...OUTCOMES), { maxLength: 6 }),
        fc.array(fc.constantFrom(...channels), { minLength: 1, maxLength: 10 }),
        (outcomes, touchChannels) => {
          const seq = respond.sequence(outcomes);
          const one = outcomes[0] === undefined ? undefined : respond.always(outcomes[0]);
          touchChannels.forEach((channel, i) => {
            const context = { ...ctx(i), earlierChannels: touchChannels.slice(0, i) };
            for (const r of one === undefined ? [seq] : [seq, one]) {
              const answer = r(touch(channel), lead, context);
              expect(typeof answer === "string" && outcomeFitsChannel(answer, channel), `${channel} got ${String(answer)}`).toBe(true);
            }
          });
        },
      ),
    );
  });
});
