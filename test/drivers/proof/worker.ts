/**
 * One worker process of the proof: an engine on the shared store (Postgres or Redis), a BullMQ
 * runner, adapters that append every send to the shared log without deduplicating. SIGTERM closes
 * the runner gracefully, then exits 0. Configured by environment variables (see killedWorkers.test.ts).
 */
import { appendFileSync } from "node:fs";
import { Redis } from "ioredis";
import pg from "pg";
import { createBullmqRunner } from "../../../src/drivers/bullmq/index.js";
import { createPostgresStore } from "../../../src/drivers/postgres/index.js";
import { createRedisStore } from "../../../src/drivers/redis/index.js";
import { createEngine, type ChannelAdapter, type Store } from "../../../src/engine/index.js";
import { acceleratedClock } from "./acceleratedClock.js";
import { autoDealerPlan, CHANNELS, type SendLine } from "./setup.js";

const env = (name: string): string => {
  const v = process.env[name];
  if (v === undefined) throw new Error(`worker: ${name} is not set`);
  return v;
};
const name = env("PROOF_WORKER");
const log = env("PROOF_LOG");
const spec = JSON.parse(env("PROOF_CLOCK")) as { start: number; realStart: number; rate: number };
const clock = acceleratedClock(spec);
const redisUrl = new URL(env("PROOF_REDIS_URL"));

let closeStore: () => Promise<void>;
let store: Store;
if (env("PROOF_STORE") === "postgres") {
  // Commits are not flushed to disk one by one (synchronous_commit=off, this session only): the proof kills workers, not the
  // database server, and on this machine a flushed commit costs ~10 ms, which would measure the disk instead of the workers.
  const pool = new pg.Pool({ connectionString: env("PROOF_PG_URL"), max: 6, options: "-c synchronous_commit=off" });
  store = createPostgresStore({ pool, schema: env("PROOF_PG_SCHEMA") });
  closeStore = () => pool.end();
} else {
  const redis = new Redis(redisUrl.toString());
  store = createRedisStore({ redis, prefix: env("PROOF_REDIS_PREFIX") });
  closeStore = async () => redis.disconnect();
}

const adapter: ChannelAdapter = {
  async send(touch, _lead, ctx) {
    // Some provider latency, then the send is performed (logged), then answered.
    await new Promise((r) => setTimeout(r, 2 + Math.random() * 6));
    const line: SendLine = {
      w: name,
      id: touch.id,
      key: ctx.idempotencyKey,
      lead: touch.leadId,
      ch: touch.channel,
      at: ctx.decidedAt,
      sentAt: clock.now(),
      real: Date.now(),
    };
    appendFileSync(log, `${JSON.stringify(line)}\n`);
    await new Promise((r) => setTimeout(r, 2 + Math.random() * 6));
    return { status: "sent" };
  },
};
const leaseMs = Number(env("PROOF_LEASE_MS"));
const engine = createEngine({
  plans: [autoDealerPlan()],
  adapters: Object.fromEntries(CHANNELS.map((c) => [c, adapter])),
  store,
  clock,
  owner: name,
  leaseMs,
  sendTimeoutMs: leaseMs / 4,
  stopTimeoutMs: leaseMs / 4,
});
engine.on("error", ({ error }) => process.stderr.write(`${name}: ${String(error)}\n`));

const runner = await createBullmqRunner({
  engine,
  connection: { host: redisUrl.hostname, port: Number(redisUrl.port || 6379) },
  queue: env("PROOF_QUEUE"),
  concurrency: 8,
  worker: name !== "web",
  clockRate: spec.rate,
  reconcileEveryMs: 500,
  reconcileGraceMs: Number(env("PROOF_GRACE_MS")),
  lockDurationMs: 4000,
  stalledIntervalMs: 1000,
  // Reconciler passes and wake-ups that found the lead leased elsewhere, for the proof's diagnosis of a stuck lead.
  onJob: (r) => {
    if (r.kind === "reconcile") process.stdout.write(`reconcile ${Date.now()} ${String(r.result)}\n`);
    else if (r.result !== "ran") process.stdout.write(`wake ${Date.now()} ${r.leadId} ${String(r.result)}\n`);
  },
});

if (name === "web") {
  // The enrolling process (a CRM's web service): reads "enroll <json>" lines, answers "ok <id>".
  const { createInterface } = await import("node:readline");
  const rl = createInterface({ input: process.stdin });
  rl.on("line", (text) => {
    const lead = JSON.parse(text) as { id: string };
    void engine
      .enroll(lead as never, "dealer-speed-to-lead")
      .then(() => runner.schedule(lead.id))
      .then(
        () => process.stdout.write(`ok ${lead.id}\n`),
        (error: unknown) => process.stdout.write(`err ${lead.id} ${String(error)}\n`),
      );
  });
}

process.on("SIGTERM", () => {
  void runner
    .close(5000)
    .then(closeStore)
    .then(() => process.exit(0));
});
process.stdout.write("ready\n");
