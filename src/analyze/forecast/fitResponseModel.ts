import { ArgumentError, checkShape, describeValue } from "../../errors/index.js";
import { setOwnKey } from "../../primitives/jsonCopy.js";
import { DEFAULT_RESPONSE_MODEL } from "./defaultResponseModel.js";
import { channelResponse, checkResponseModel, decay, sigmoid, type ChannelResponse, type ResponseModel } from "./responseModel.js";

/** One touch a CRM made and whether it reached the lead (a connected call, a reply). */
export interface TouchOutcome {
  readonly channel: string;
  readonly minutesSinceArrival: number;
  /** 1 for the lead's first touch on this channel. */
  readonly attempt: number;
  /** Lead-local hour, 0–23. */
  readonly localHour: number;
  /** Lead-local weekday, 0 = Monday … 6 = Sunday; optional: a row without one counts as an average day. */
  readonly weekday?: number;
  readonly reached: boolean;
}

/** Options for {@link fitResponseModel}. */
export interface FitOptions {
  /** The model to shrink toward (and to use for channels without data). @default DEFAULT_RESPONSE_MODEL */
  readonly prior?: ResponseModel;
  /**
   * Strength of the pull toward the prior: a Gaussian prior of this precision on each log-odds
   * parameter (about the weight of `10 × shrinkage` touches). @default 1
   */
  readonly shrinkage?: number;
}

/** How the fit went per channel, with the held-out check. */
export interface ChannelFitReport {
  readonly rows: number;
  readonly reached: number;
  /** Mean log loss on the held-out fifth of the rows: the model fitted on the other four fifths, and the prior. Lower is better. */
  readonly heldOut: {
    readonly rows: number;
    readonly logLoss: number;
    readonly priorLogLoss: number;
    readonly observedRate: number;
    readonly predictedRate: number;
  };
  readonly iterations: number;
}

/** What {@link fitResponseModel} returns. */
export interface FitResult {
  /** The fitted model (on every row), ready for `forecast`. */
  readonly model: ResponseModel;
  readonly report: { readonly rows: number; readonly channels: Readonly<Record<string, ChannelFitReport>> };
}

/*
 * Parameters per channel, all on the log-odds scale: 0 logit(baseline), 1 log(halfLife),
 * 2 logit(floor), 3..10 log attempt factors 1..8, 11..34 log hour factors, 35..41 log weekday factors.
 */
const ATTEMPTS = 8;
const P_ATTEMPT = 3;
const P_HOUR = P_ATTEMPT + ATTEMPTS;
const P_WEEKDAY = P_HOUR + 24;
const N = P_WEEKDAY + 7;

/**
 * Fits a response model to a CRM's own touch outcomes: a discrete-time hazard model (each touch is
 * one period in which the lead may be reached) fitted by penalised logistic regression — the
 * log-odds of reaching the lead are the baseline plus log m(t) plus attempt, hour and weekday
 * terms — with a Gaussian prior centred on `prior`, so that thin data moves the model little and
 * plenty of data decides. Fisher scoring with step damping; no dependency.
 *
 * Held-out check: every fifth row is kept out, the model fitted on the rest scores it, and the
 * report compares its log loss with the prior's. The returned model is then fitted on every row.
 * @throws {ArgumentError} for a malformed row (naming its index) or options.
 */
export function fitResponseModel(outcomes: Iterable<TouchOutcome>, options: FitOptions = {}): FitResult {
  if (outcomes === null || typeof (outcomes as Partial<Iterable<TouchOutcome>>)?.[Symbol.iterator] !== "function")
    throw new ArgumentError("outcomes", `Expected \`outcomes\` to be a list (any iterable) of touch outcomes, got ${describeValue(outcomes)}`);
  checkShape(options, "options", "an object");
  // A prior forecast would refuse (a baseline of 0) gives a fitted model it refuses too.
  const prior = options.prior === undefined ? DEFAULT_RESPONSE_MODEL : checkResponseModel(options.prior, "options.prior");
  const shrinkage = options.shrinkage ?? 1;
  if (!(typeof shrinkage === "number" && shrinkage > 0 && Number.isFinite(shrinkage)))
    throw new ArgumentError("options.shrinkage", `Expected \`options.shrinkage\` to be a positive number, got ${describeValue(shrinkage)}`);
  const byChannel = new Map<string, TouchOutcome[]>();
  let index = 0;
  for (const row of outcomes) {
    checkRow(row, index++);
    const list = byChannel.get(row.channel) ?? [];
    list.push(row);
    byChannel.set(row.channel, list);
  }
  const channels: Record<string, ChannelResponse> = { ...prior.channels };
  const reports: Record<string, ChannelFitReport> = {};
  for (const [channel, rows] of [...byChannel.entries()].sort((a, b) => a[0].localeCompare(b[0]))) {
    const start =
      channelResponse(prior, channel) ?? channelResponse(DEFAULT_RESPONSE_MODEL, channel) ?? (DEFAULT_RESPONSE_MODEL.channels["*"] as ChannelResponse);
    const theta0 = toParameters(start);
    const train = rows.filter((_r, i) => i % 5 !== 4);
    const test = rows.filter((_r, i) => i % 5 === 4);
    const checked = fit(train, theta0, shrinkage);
    const full = fit(rows, theta0, shrinkage);
    setOwnKey(channels, channel, fromParameters(full.theta));
    setOwnKey(reports, channel, {
      rows: rows.length,
      reached: rows.filter((r) => r.reached).length,
      heldOut: {
        rows: test.length,
        logLoss: logLoss(test, checked.theta),
        priorLogLoss: logLoss(test, theta0),
        observedRate: test.length === 0 ? 0 : test.filter((r) => r.reached).length / test.length,
        predictedRate: test.length === 0 ? 0 : test.reduce((s, r) => s + sigmoid(eta(r, checked.theta).eta), 0) / test.length,
      },
      iterations: full.iterations,
    } satisfies ChannelFitReport);
  }
  const rows = [...byChannel.values()].reduce((n, l) => n + l.length, 0);
  return { model: { version: 1, source: `fitted to ${rows} touch outcomes (prior: ${prior.source})`, channels }, report: { rows, channels: reports } };
}

function checkRow(row: TouchOutcome, i: number): void {
  const where = `outcomes[${i}]`;
  if (row === null || typeof row !== "object")
    throw new ArgumentError(where, `Expected \`${where}\` to be { channel, minutesSinceArrival, attempt, localHour, reached }, got ${describeValue(row)}`);
  const bad = (field: string, expected: string, got: unknown): never => {
    throw new ArgumentError(`${where}.${field}`, `Expected \`${where}.${field}\` to be ${expected}, got ${describeValue(got)}`);
  };
  if (typeof row.channel !== "string" || row.channel === "") bad("channel", "a channel name", row.channel);
  if (typeof row.minutesSinceArrival !== "number" || !(row.minutesSinceArrival >= 0) || !Number.isFinite(row.minutesSinceArrival))
    bad("minutesSinceArrival", "a number of minutes ≥ 0", row.minutesSinceArrival);
  if (!Number.isInteger(row.attempt) || row.attempt < 1) bad("attempt", "an integer ≥ 1", row.attempt);
  if (!Number.isInteger(row.localHour) || row.localHour < 0 || row.localHour > 23) bad("localHour", "an integer hour 0–23", row.localHour);
  if (row.weekday !== undefined && (!Number.isInteger(row.weekday) || row.weekday < 0 || row.weekday > 6))
    bad("weekday", "an integer 0 (Monday) – 6 (Sunday)", row.weekday);
  if (typeof row.reached !== "boolean") bad("reached", "true or false", row.reached);
}

const logit = (p: number): number => Math.log(p / (1 - p));
const at = (list: readonly number[], i: number): number => list[Math.min(i, list.length - 1)] ?? 1;

function toParameters(c: ChannelResponse): Float64Array {
  const t = new Float64Array(N);
  t[0] = logit(c.baseline);
  t[1] = Math.log(c.halfLifeMinutes);
  t[2] = logit(Math.min(c.floor, 0.999));
  for (let k = 0; k < ATTEMPTS; k++) t[P_ATTEMPT + k] = Math.log(at(c.attempt, k));
  for (let h = 0; h < 24; h++) t[P_HOUR + h] = Math.log(at(c.hour, h));
  for (let d = 0; d < 7; d++) t[P_WEEKDAY + d] = Math.log(at(c.weekday, d));
  return t;
}

/**
 * The channel parameters, normalised without changing any prediction: the first attempt's factor
 * is 1 and the hour and weekday factors have a geometric mean of 1, their level moved into the
 * baseline (which then means: first attempt, an average hour and day).
 */
function fromParameters(theta: Float64Array): ChannelResponse {
  const t = Float64Array.from(theta);
  const shift = (from: number, count: number, by: number): void => {
    for (let i = from; i < from + count; i++) t[i] = (t[i] as number) - by;
    t[0] = (t[0] as number) + by;
  };
  shift(P_ATTEMPT, ATTEMPTS, t[P_ATTEMPT] as number);
  shift(P_HOUR, 24, mean(t, P_HOUR, 24));
  shift(P_WEEKDAY, 7, mean(t, P_WEEKDAY, 7));
  const r = (x: number, digits = 4): number => Number(x.toPrecision(digits));
  // A model forecast accepts has 0 < baseline < 1 and 0 < floor ≤ 1: a probability that rounds onto 0 or 1 keeps its digits, one that is 0 or 1 moves off by the least step.
  const probability = (logOdds: number): number => {
    const p = sigmoid(logOdds);
    const rounded = r(p);
    return rounded > 0 && rounded < 1 ? rounded : Math.min(Math.max(p, Number.MIN_VALUE), 1 - Number.EPSILON / 2);
  };
  // A half-life or factor is positive and finite: a logarithm the data drove off the scale (every touch reached, a negligible prior) keeps the nearest such number.
  const positive = (log: number): number => Math.min(Math.max(r(Math.exp(log)), Number.MIN_VALUE), Number.MAX_VALUE);
  return {
    baseline: probability(t[0] as number),
    halfLifeMinutes: positive(t[1] as number),
    floor: Math.max(r(sigmoid(t[2] as number)), Number.MIN_VALUE),
    attempt: Array.from({ length: ATTEMPTS }, (_x, k) => positive(t[P_ATTEMPT + k] as number)),
    hour: Array.from({ length: 24 }, (_x, h) => positive(t[P_HOUR + h] as number)),
    weekday: Array.from({ length: 7 }, (_x, d) => positive(t[P_WEEKDAY + d] as number)),
  };
}

function mean(t: Float64Array, from: number, count: number): number {
  let s = 0;
  for (let i = from; i < from + count; i++) s += t[i] as number;
  return s / count;
}

/** The linear predictor of a row, and the indexes and values of its non-zero derivatives. */
function eta(row: TouchOutcome, t: Float64Array): { eta: number; idx: number[]; grad: number[] } {
  const h = Math.exp(t[1] as number);
  const f = sigmoid(t[2] as number);
  const u = 2 ** (-row.minutesSinceArrival / h);
  const m = decay({ halfLifeMinutes: h, floor: f }, row.minutesSinceArrival);
  const a = P_ATTEMPT + Math.min(row.attempt, ATTEMPTS) - 1;
  const hr = P_HOUR + row.localHour;
  const idx = [0, 1, 2, a, hr];
  const grad = [1, ((1 - f) * u * Math.LN2 * row.minutesSinceArrival) / h / m, ((1 - u) * f * (1 - f)) / m, 1, 1];
  let e = (t[0] as number) + Math.log(m) + (t[a] as number) + (t[hr] as number);
  if (row.weekday !== undefined) {
    idx.push(P_WEEKDAY + row.weekday);
    grad.push(1);
    e += t[P_WEEKDAY + row.weekday] as number;
  } else {
    // A day not given is an average day (the weekday factors' geometric mean), as a normalised model reads it:
    // normalising then changes no prediction, and a forecast over real days keeps the level the data showed.
    for (let d = 0; d < 7; d++) {
      idx.push(P_WEEKDAY + d);
      grad.push(1 / 7);
    }
    e += mean(t, P_WEEKDAY, 7);
  }
  return { eta: e, idx, grad };
}

function objective(rows: readonly TouchOutcome[], t: Float64Array, t0: Float64Array, lambda: number): number {
  let ll = 0;
  for (const row of rows) {
    const p = sigmoid(eta(row, t).eta);
    ll += row.reached ? Math.log(Math.max(p, 1e-300)) : Math.log(Math.max(1 - p, 1e-300));
  }
  let pen = 0;
  for (let j = 0; j < N; j++) pen += ((t[j] as number) - (t0[j] as number)) ** 2;
  return ll - (lambda / 2) * pen;
}

/** Penalised maximum likelihood by Fisher scoring with Levenberg damping. */
function fit(rows: readonly TouchOutcome[], t0: Float64Array, lambda: number): { theta: Float64Array; iterations: number } {
  let t = Float64Array.from(t0);
  let current = objective(rows, t, t0, lambda);
  let mu = 1e-3;
  let iterations = 0;
  for (; iterations < 100; iterations++) {
    const g = new Float64Array(N);
    const H = new Float64Array(N * N);
    for (const row of rows) {
      const { eta: e, idx, grad } = eta(row, t);
      const p = sigmoid(e);
      const w = p * (1 - p);
      const r = (row.reached ? 1 : 0) - p;
      for (let i = 0; i < idx.length; i++) {
        const ii = idx[i] as number;
        const gi = grad[i] as number;
        g[ii] = (g[ii] as number) + r * gi;
        for (let k = 0; k < idx.length; k++) {
          const kk = idx[k] as number;
          H[ii * N + kk] = (H[ii * N + kk] as number) + w * gi * (grad[k] as number);
        }
      }
    }
    for (let j = 0; j < N; j++) {
      g[j] = (g[j] as number) - lambda * ((t[j] as number) - (t0[j] as number));
      H[j * N + j] = (H[j * N + j] as number) + lambda;
    }
    let improved = false;
    for (let tries = 0; tries < 12; tries++) {
      const A = Float64Array.from(H);
      for (let j = 0; j < N; j++) A[j * N + j] = (A[j * N + j] as number) * (1 + mu);
      const step = solve(A, Float64Array.from(g));
      const next = t.map((x, j) => x + (step[j] as number));
      const value = objective(rows, next, t0, lambda);
      if (value >= current - 1e-12) {
        const gain = value - current;
        t = next;
        current = value;
        mu = Math.max(mu / 10, 1e-9);
        improved = gain > 1e-9 * Math.max(1, Math.abs(value));
        break;
      }
      mu *= 10;
    }
    if (!improved) break;
  }
  return { theta: t, iterations };
}

/** Solves A x = b (A symmetric positive definite, n×n) by Gaussian elimination with partial pivoting. */
function solve(A: Float64Array, b: Float64Array): Float64Array {
  const n = b.length;
  for (let c = 0; c < n; c++) {
    let pivot = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(A[r * n + c] as number) > Math.abs(A[pivot * n + c] as number)) pivot = r;
    if (pivot !== c) {
      for (let k = 0; k < n; k++) {
        const tmp = A[c * n + k] as number;
        A[c * n + k] = A[pivot * n + k] as number;
        A[pivot * n + k] = tmp;
      }
      const tb = b[c] as number;
      b[c] = b[pivot] as number;
      b[pivot] = tb;
    }
    const d = A[c * n + c] as number;
    for (let r = c + 1; r < n; r++) {
      const f = (A[r * n + c] as number) / d;
      if (f === 0) continue;
      for (let k = c; k < n; k++) A[r * n + k] = (A[r * n + k] as number) - f * (A[c * n + k] as number);
      b[r] = (b[r] as number) - f * (b[c] as number);
    }
  }
  const x = new Float64Array(n);
  for (let r = n - 1; r >= 0; r--) {
    let s = b[r] as number;
    for (let k = r + 1; k < n; k++) s -= (A[r * n + k] as number) * (x[k] as number);
    x[r] = s / (A[r * n + r] as number);
  }
  return x;
}

function logLoss(rows: readonly TouchOutcome[], t: Float64Array): number {
  if (rows.length === 0) return 0;
  let s = 0;
  for (const row of rows) {
    const p = Math.min(Math.max(sigmoid(eta(row, t).eta), 1e-12), 1 - 1e-12);
    s -= row.reached ? Math.log(p) : Math.log(1 - p);
  }
  return s / rows.length;
}
