/**
 * Opt-out detection: time per ordinary reply (the labelled corpus), time for 1 MB hostile messages
 * in `detectOptOut` and in `engine.record`, and how the work grows when the text doubles (below the
 * read bound: about 2×; above it: 1×).
 * Run: npx tsx bench/optOut.ts
 * A/B: `LEAD_CADENCE_BENCH_BASE=/path/to/other/checkout/src/optOut.ts npx tsx bench/optOut.ts` (`src/index.ts` in
 * a checkout from before the `lead-cadence/opt-out` entry) also
 * times that build's `detectOptOut` on the same replies, alternating the two in one process over
 * many rounds, and prints the ratio (new / base): the machine is shared, so only ratios are read.
 */
import { readFileSync } from "node:fs";
import { lib, optOut } from "./target.js";

const { createEngine, createManualClock } = lib;
const { detectOptOut, OPT_OUT_TEXT_LIMIT } = optOut;

// The corpus lives with the tests; read its texts without importing test code into the bench target.
const texts: string[] = [];
for (const file of ["tuning", "heldOut", "heldOutFresh"]) {
  const source = readFileSync(new URL(`../test/policy/optOutCorpus/${file}.ts`, import.meta.url), "utf8");
  for (const m of source.matchAll(/\.(?:out|none|hard)\((?:"[a-z]+", )?("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')/g)) {
    const literal = m[1] as string;
    texts.push(literal.startsWith("'") ? literal.slice(1, -1) : (JSON.parse(literal) as string));
  }
}

function perCall(run: () => unknown, rounds: number): number {
  for (let i = 0; i < Math.min(rounds, 50); i++) run();
  const start = process.hrtime.bigint();
  for (let i = 0; i < rounds; i++) run();
  return Number(process.hrtime.bigint() - start) / 1e6 / rounds;
}

const corpusMs = perCall(() => {
  for (const t of texts) detectOptOut(t);
}, 50);
console.log(`corpus: ${texts.length} replies, ${((corpusMs * 1000) / texts.length).toFixed(1)} µs/reply`);

const basePath = process.env["LEAD_CADENCE_BENCH_BASE"];
if (basePath !== undefined && basePath !== "") {
  const base = (await import(basePath)) as { detectOptOut: typeof detectOptOut };
  const runs = { base: 0, current: 0 };
  const ROUNDS = 40;
  for (let round = 0; round < ROUNDS; round++) {
    // Alternate which goes first, so warm-up and drift fall on both alike.
    const order = round % 2 === 0 ? (["base", "current"] as const) : (["current", "base"] as const);
    for (const which of order) {
      const detect = which === "base" ? base.detectOptOut : detectOptOut;
      runs[which] += perCall(() => {
        for (const t of texts) detect(t);
      }, 5);
    }
  }
  console.log(
    `A/B corpus replies: current ${((runs.current * 1000) / ROUNDS / texts.length).toFixed(1)} µs/reply, base ${((runs.base * 1000) / ROUNDS / texts.length).toFixed(1)} µs/reply, ratio ×${(runs.current / runs.base).toFixed(2)} (${ROUNDS} alternating rounds)`,
  );
}

const MB = 1 << 20;
const repeatTo = (unit: string, size: number) => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
for (const unit of ["keine Nachrichten ", "ne me contactez ", "geen berichten ", "stop texting me so much, ", "x ", "a"]) {
  const [mb, small, large] = [repeatTo(unit, MB), repeatTo(unit, OPT_OUT_TEXT_LIMIT / 2), repeatTo(unit, OPT_OUT_TEXT_LIMIT)];
  const ms = perCall(() => detectOptOut(mb), 50);
  const half = perCall(() => detectOptOut(small), 300);
  const full = perCall(() => detectOptOut(large), 300);
  console.log(`detectOptOut 1 MB of ${JSON.stringify(unit).padEnd(28)} ${ms.toFixed(2).padStart(7)} ms   (2 KB → 4 KB: ×${(full / half).toFixed(2)})`);
}

const clock = createManualClock(Date.parse("2026-03-09T14:00:00Z"));
const engine = createEngine({
  plans: [{ id: "p", version: 1, name: "P", timezone: "UTC", steps: [{ id: "s", channel: "sms", at: { after: "P1D" } }] }],
  adapters: { sms: { send: () => ({ status: "sent" }) } },
  clock,
});
const N = 20;
for (let i = 0; i < N; i++) await engine.enroll({ id: `l${i}`, contacts: { phone: "+12125550100" } }, "p");
const big = repeatTo("keine Nachrichten ne me contactez ", MB);
const start = process.hrtime.bigint();
for (let i = 0; i < N; i++) await engine.record(`l${i}`, { type: "inbound", channel: "sms", text: big });
console.log(
  `engine.record 1 MB inbound: ${(Number(process.hrtime.bigint() - start) / 1e6 / N).toFixed(2)} ms/call (memory store; includes storing the 1 MB text)`,
);
