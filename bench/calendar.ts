/**
 * Micro-benchmark of the calendar hot path: ns per call over varied zones and instants in 2026.
 * Run: npx tsx bench/calendar.ts
 */
import { fromLocalMs, isOpenAt, nextOpenAt, normalizeWeeklyIntervals, offsetMinutes, toLocalMs } from "../src/calendar/index.js";
import type { WeekIntervals } from "../src/primitives/index.js";

const ZONES = [
  "America/New_York",
  "America/Los_Angeles",
  "America/Chicago",
  "America/Sao_Paulo",
  "America/Santiago",
  "Europe/London",
  "Europe/Brussels",
  "Europe/Berlin",
  "Africa/Casablanca",
  "Asia/Kolkata",
  "Asia/Tokyo",
  "Asia/Tehran",
  "Australia/Sydney",
  "Australia/Adelaide",
  "Pacific/Chatham",
  "UTC",
];
const N = 1 << 16;
let seed = 42;
const rand = () => (seed = (seed * 1_103_515_245 + 12_345) >>> 0) / 2 ** 32;
const zones = Array.from({ length: N }, () => ZONES[Math.floor(rand() * ZONES.length)] as string);
const from = Date.UTC(2026, 0, 1);
const instants = Array.from({ length: N }, () => from + Math.floor(rand() * 365 * 86_400_000));
const locals = instants.map((t, i) => toLocalMs(zones[i] as string, t));

const at = (d: number, h: number) => d * 1440 + h * 60;
const business: WeekIntervals = normalizeWeeklyIntervals([...[0, 1, 2, 3, 4].map((d) => [at(d, 8), at(d, 21)] as const), [at(5, 9), at(5, 18)]]);

function bench(name: string, fn: (i: number) => number): void {
  let sink = 0;
  for (let i = 0; i < N; i++) sink += fn(i); // warm-up: builds tables, lets the JIT settle
  const rounds = 20;
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < rounds; r++) for (let i = 0; i < N; i++) sink += fn(i);
  const ns = Number(process.hrtime.bigint() - t0) / (rounds * N);
  console.log(`${name.padEnd(28)} ${ns.toFixed(1).padStart(8)} ns/call   (sink ${sink % 7})`);
}

bench("offsetMinutes", (i) => offsetMinutes(zones[i] as string, instants[i] as number));
bench("offsetMinutes (one zone)", (i) => offsetMinutes("Europe/Brussels", instants[i] as number));
bench("toLocalMs", (i) => toLocalMs(zones[i] as string, instants[i] as number));
bench("fromLocalMs", (i) => fromLocalMs(zones[i] as string, locals[i] as number));
bench("fromLocalMs (one zone)", (i) => fromLocalMs("Europe/Brussels", locals[i] as number));
bench("isOpenAt (Mon–Fri+Sat)", (i) => (isOpenAt(zones[i] as string, instants[i] as number, business) ? 1 : 0));
bench("nextOpenAt (Mon–Fri+Sat)", (i) => nextOpenAt(zones[i] as string, instants[i] as number, business) ?? 0);
bench("nextOpenAt (one zone)", (i) => nextOpenAt("America/New_York", instants[i] as number, business) ?? 0);
bench("nextOpenAt (always open)", (i) => nextOpenAt(zones[i] as string, instants[i] as number, [[0, 10080]]) ?? 0);
