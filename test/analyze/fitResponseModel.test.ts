import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  checkResponseModel,
  DEFAULT_RESPONSE_MODEL,
  fitResponseModel,
  reachProbability,
  type ChannelResponse,
  type TouchOutcome,
} from "../../src/analyze/index.js";
import { isArgumentError } from "../../src/index.js";
import { mulberry32 } from "../../src/testing/index.js";

/** A known model, far from the defaults (half-life 30 min instead of 2.4, floor 0.08 instead of 0.0026). */
const TRUTH: ChannelResponse = {
  baseline: 0.3,
  halfLifeMinutes: 30,
  floor: 0.08,
  attempt: [1, 0.8, 0.6, 0.5, 0.4, 0.3, 0.3, 0.3],
  hour: Array.from({ length: 24 }, (_x, h) => (h >= 16 && h < 18 ? 1.6 : 0.9)),
  weekday: [1, 1, 1, 1, 1, 0.6, 0.6],
};

function generate(n: number, seed: number, truth = TRUTH): TouchOutcome[] {
  const rnd = mulberry32(seed);
  return Array.from({ length: n }, () => {
    const minutesSinceArrival = Math.exp(rnd() * Math.log(14_400)) - 1;
    const attempt = 1 + Math.floor(rnd() * 8);
    const localHour = Math.floor(rnd() * 24);
    const weekday = Math.floor(rnd() * 7);
    const reached = rnd() < reachProbability(truth, { minutesSinceArrival, attempt, hour: localHour, weekday });
    return { channel: "call", minutesSinceArrival, attempt, localHour, weekday, reached };
  });
}

describe("fitResponseModel", () => {
  it("recovers the parameters of a known model from 20 000 touches it generated", () => {
    const { model, report } = fitResponseModel(generate(20_000, 11));
    const c = model.channels["call"] as ChannelResponse;
    // Stated tolerances: half-life and floor within 20 %, attempt factors within 0.15, average reach probabilities within 20 %.
    expect(c.halfLifeMinutes).toBeGreaterThan(30 * 0.8);
    expect(c.halfLifeMinutes).toBeLessThan(30 * 1.2);
    expect(c.floor).toBeGreaterThan(0.08 * 0.8);
    expect(c.floor).toBeLessThan(0.08 * 1.2);
    for (const k of [1, 2, 3]) expect(Math.abs((c.attempt[k] as number) - (TRUTH.attempt[k] as number))).toBeLessThan(0.15);
    // Reach probabilities, averaged over the hours and weekdays (each single hour has ~800 rows, too few to pin its own factor).
    const average = (m: ChannelResponse, minutes: number): number => {
      let sum = 0;
      for (let hour = 0; hour < 24; hour++)
        for (let weekday = 0; weekday < 7; weekday++) sum += reachProbability(m, { minutesSinceArrival: minutes, attempt: 1, hour, weekday });
      return sum / (24 * 7);
    };
    for (const minutes of [0, 10, 60, 600, 5000]) {
      const truth = average(TRUTH, minutes);
      expect(Math.abs(average(c, minutes) - truth) / truth, `${minutes} min`).toBeLessThan(0.2);
    }
    // The held-out fifth is predicted better than by the defaults, and about as often as observed.
    const held = report.channels["call"]?.heldOut;
    expect(held?.rows).toBe(4000);
    expect(held?.logLoss).toBeLessThan(held?.priorLogLoss ?? 0);
    expect(Math.abs((held?.predictedRate ?? 0) - (held?.observedRate ?? 1))).toBeLessThan(0.01);
    // Channels without data keep the prior.
    expect(model.channels["email"]).toEqual(DEFAULT_RESPONSE_MODEL.channels["email"]);
  });

  it("fitted to rows without a weekday, predicts their rate for a day not given and on average over the week (an average day)", () => {
    // 5,000 calls a day after arrival, first attempt, at 10:00, no weekday recorded: 30 % reached.
    const rnd = mulberry32(11);
    const rows: TouchOutcome[] = Array.from({ length: 5_000 }, () => ({
      channel: "call",
      minutesSinceArrival: 1440,
      attempt: 1,
      localHour: 10,
      reached: rnd() < 0.3,
    }));
    const observed = rows.filter((r) => r.reached).length / rows.length;
    const call = fitResponseModel(rows).model.channels["call"] as ChannelResponse;
    const touch = { minutesSinceArrival: 1440, attempt: 1, hour: 10 };
    expect(Math.abs(reachProbability(call, touch) - observed)).toBeLessThan(0.01);
    const week = [0, 1, 2, 3, 4, 5, 6].map((weekday) => reachProbability(call, { ...touch, weekday }));
    expect(Math.abs(week.reduce((a, b) => a + b) / 7 - observed)).toBeLessThan(0.015);
  });

  it("shrinks toward the prior when data is thin", () => {
    const thin = fitResponseModel(generate(60, 5)).model.channels["call"] as ChannelResponse;
    const prior = DEFAULT_RESPONSE_MODEL.channels["call"] as ChannelResponse;
    expect(Math.abs(Math.log(thin.halfLifeMinutes / prior.halfLifeMinutes))).toBeLessThan(Math.abs(Math.log(30 / prior.halfLifeMinutes)) / 2);
  });

  it("fits channels named like Object members (__proto__, constructor) as their own entries, from the * prior", () => {
    const rows = generate(50, 3).flatMap((r) => [
      { ...r, channel: "__proto__" },
      { ...r, channel: "constructor" },
    ]);
    const { model, report } = fitResponseModel(rows);
    for (const channel of ["__proto__", "constructor"]) {
      expect(Object.hasOwn(model.channels, channel), channel).toBe(true);
      expect(Object.hasOwn(report.channels, channel), channel).toBe(true);
      expect((model.channels[channel] as ChannelResponse).attempt).toHaveLength(8);
    }
    expect(Object.getPrototypeOf(model.channels)).toBe(Object.prototype);
  });

  it("always returns a model forecast accepts, whatever the data: every touch reached, none, one row, little shrinkage", () => {
    const row = fc.record({
      channel: fc.constantFrom("call", "sms"),
      minutesSinceArrival: fc.constantFrom(0, 1, 30, 1440, 1e6),
      attempt: fc.integer({ min: 1, max: 12 }),
      localHour: fc.integer({ min: 0, max: 23 }),
      weekday: fc.integer({ min: 0, max: 6 }),
    });
    fc.assert(
      fc.property(fc.array(row, { minLength: 1, maxLength: 300 }), fc.boolean(), fc.constantFrom(1e-9, 1e-3, 1), (rows, reached, shrinkage) => {
        const { model } = fitResponseModel(
          rows.map((r) => ({ ...r, reached })),
          { shrinkage },
        );
        expect(() => checkResponseModel(model)).not.toThrow();
      }),
      { numRuns: 25 },
    );
  });

  it("keeps every fitted positive parameter positive and finite when the data pushes it off the scale (CI seed 477848960)", () => {
    // Every sms touch reached at 30 and 1,440 minutes, with a negligible prior: the fit drives the
    // half-life's logarithm far down, and exp() of it underflowed to 0, a model forecast refused.
    const rows: TouchOutcome[] = [
      { channel: "sms", minutesSinceArrival: 30, attempt: 8, localHour: 4, weekday: 1, reached: true },
      { channel: "sms", minutesSinceArrival: 1440, attempt: 8, localHour: 4, weekday: 1, reached: true },
      { channel: "call", minutesSinceArrival: 0, attempt: 1, localHour: 0, weekday: 0, reached: true },
    ];
    const { model } = fitResponseModel(rows, { shrinkage: 1e-9 });
    expect(() => checkResponseModel(model)).not.toThrow();
    const sms = model.channels["sms"] as ChannelResponse;
    for (const x of [sms.halfLifeMinutes, sms.floor, ...sms.attempt, ...sms.hour, ...sms.weekday]) {
      expect(x).toBeGreaterThan(0);
      expect(Number.isFinite(x)).toBe(true);
    }
    const p = reachProbability(sms, { minutesSinceArrival: 30, attempt: 8, hour: 4, weekday: 1 });
    expect(p).toBeGreaterThanOrEqual(0);
    expect(p).toBeLessThanOrEqual(1);
  });

  it("gives a probability in [0, 1] for every model checkResponseModel accepts, however extreme its factors", () => {
    const positive = fc.oneof(
      fc.constantFrom(Number.MIN_VALUE, Number.MAX_VALUE, 1e-300, 1e300, 1),
      fc.double({ min: Number.MIN_VALUE, max: Number.MAX_VALUE, noNaN: true }),
    );
    const channel = fc.record({
      baseline: fc.oneof(
        fc.constantFrom(Number.MIN_VALUE, 1 - Number.EPSILON / 2, 0.5),
        fc.double({ min: Number.MIN_VALUE, max: 1 - Number.EPSILON / 2, noNaN: true }),
      ),
      halfLifeMinutes: positive,
      floor: fc.oneof(fc.constantFrom(Number.MIN_VALUE, 1), fc.double({ min: Number.MIN_VALUE, max: 1, noNaN: true })),
      attempt: fc.array(positive, { minLength: 1, maxLength: 3 }),
      hour: fc.array(positive, { minLength: 24, maxLength: 24 }),
      weekday: fc.array(positive, { minLength: 7, maxLength: 7 }),
    });
    fc.assert(
      fc.property(
        channel,
        fc.constantFrom(0, 1, 30, 1e6),
        fc.integer({ min: 1, max: 4 }),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 6 }),
        (c, minutes, attempt, hour, weekday) => {
          expect(() => checkResponseModel({ version: 1, source: "extreme", channels: { "*": c } })).not.toThrow();
          const p = reachProbability(c, { minutesSinceArrival: minutes, attempt, hour, weekday });
          expect(p >= 0 && p <= 1, String(p)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("refuses a prior that is not a response model, as forecast would refuse the fitted result", () => {
    const bad = { version: 1, source: "x", channels: { "*": { baseline: 0, halfLifeMinutes: 5, floor: 0, attempt: [1], hour: [1], weekday: [1] } } };
    let caught: unknown;
    try {
      fitResponseModel(generate(10, 1), { prior: bad as never });
    } catch (error) {
      caught = error;
    }
    expect(isArgumentError(caught)).toBe(true);
    expect(String((caught as Error).message)).toContain("options.prior.channels.*.baseline");
  });

  it("rejects malformed rows with a typed error naming the row", () => {
    const rows = generate(3, 1);
    const bad = [...rows, { ...rows[0], localHour: 25 } as TouchOutcome];
    let caught: unknown;
    try {
      fitResponseModel(bad);
    } catch (error) {
      caught = error;
    }
    expect(isArgumentError(caught)).toBe(true);
    expect(String((caught as Error).message)).toContain("outcomes[3].localHour");
  });
});
