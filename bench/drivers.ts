/**
 * `npm run bench:drivers`: the shipped stores on real servers (a driver whose server does not answer
 * is skipped). Touches per second through the PostgreSQL store with 1, 2 and 4 runners polling
 * together (each with its own connection pool, all in this process), the same through the Redis
 * store, and the latency of a due claim at 100,000 leads. Runs on the sources (tsx); compare ratios
 * between runs on one machine, not absolute figures.
 */
import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import { Redis } from "ioredis";
import pg from "pg";
import { createPostgresStore, migrate } from "../src/drivers/postgres/index.js";
import { createRedisStore } from "../src/drivers/redis/index.js";
import { createEngine, createManualClock, type Store } from "../src/engine/index.js";
import { quickPlan } from "../test/engine/fixtures.js";
import { POSTGRES_URL, REDIS_URL, reachable } from "../test/support/services.js";
import { instantMs } from "../src/primitives/index.js";

const LEADS = Number(process.env.LEAD_CADENCE_BENCH_LEADS ?? 2000);
const BIG = 100_000;
const START = instantMs("2026-03-09T14:00:00Z");

const plan = quickPlan({
  id: "bench",
  steps: [
    { id: "sms-1m", channel: "sms", at: { after: "PT1M" } },
    { id: "email-2m", channel: "email", at: { after: "PT2M" } },
  ],
} as never);

/** Touches per second with `runners` engines polling one store (each from `makeStore()`). */
async function touchesPerSecond(runners: number, makeStore: () => Store): Promise<number> {
  const clock = createManualClock(START);
  let sent = 0;
  const adapter = { send: () => (sent++, { status: "sent" as const }) };
  const engines = Array.from({ length: runners }, (_, i) =>
    createEngine({ plans: [plan], adapters: { sms: adapter, email: adapter }, store: makeStore(), clock, owner: `r${i}`, concurrency: 16 }),
  );
  const first = engines[0] as (typeof engines)[number];
  for (let i = 0; i < LEADS; i += 64) {
    await Promise.all(
      Array.from({ length: Math.min(64, LEADS - i) }, (_, j) =>
        first.enroll({ id: `l${i + j}`, contacts: { phone: "+12125550100", email: "a@example.com" } }, "bench"),
      ),
    );
  }
  const started = performance.now();
  for (const step of [1, 2]) {
    clock.set(START + step * 60_000);
    while (sent < step * LEADS) await Promise.all(engines.map((e) => e.runDue()));
  }
  return (2 * LEADS) / ((performance.now() - started) / 1000);
}

function stats(ms: number[]): string {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number): string => (s[Math.min(s.length - 1, Math.floor(p * s.length))] as number).toFixed(1);
  return `median ${q(0.5)} ms, p95 ${q(0.95)} ms`;
}

async function claimLatency(store: Store & { claimDue(at: number, limit: number, owner: string, until: number): Promise<string[]> }): Promise<string> {
  const due: number[] = [];
  const claim: number[] = [];
  for (let i = 0; i < 40; i++) {
    let t = performance.now();
    await store.due(START + BIG, 100);
    due.push(performance.now() - t);
    t = performance.now();
    const got = await store.claimDue(START + BIG, 100, `bench-${i}`, START + BIG + 3_600_000);
    claim.push(performance.now() - t);
    if (got.length !== 100) throw new Error(`claimDue returned ${got.length} leads`);
  }
  return `due(100): ${stats(due)}; claimDue(100): ${stats(claim)}`;
}

const recordJson = (id: string, dueAt: number): string =>
  JSON.stringify({
    lead: { id, enrolledAt: "2026-03-09T14:00:00.000Z", contacts: { phone: "+12125550100" }, consent: {}, optOuts: [], attributes: {}, history: [] },
    planId: "bench",
    planVersion: 1,
    state: "active",
    dueAt,
    pending: {},
  });

if (await reachable(POSTGRES_URL, 5432)) {
  const schema = `lc_bench_${randomBytes(4).toString("hex")}`;
  const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 2 });
  const pools: pg.Pool[] = [];
  try {
    for (const runners of [1, 2, 4]) {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await admin.query(`CREATE SCHEMA "${schema}"`);
      await migrate(admin, { schema });
      const rate = await touchesPerSecond(runners, () => {
        const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 4 });
        pools.push(pool);
        return createPostgresStore({ pool, schema });
      });
      console.log(`postgres: ${runners} runner(s), ${LEADS} leads: ${Math.round(rate)} touches/s`);
    }
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.query(`CREATE SCHEMA "${schema}"`);
    await migrate(admin, { schema });
    await admin.query(
      `INSERT INTO "${schema}".lead_cadence_leads (id, version, due_at, record)
       SELECT 'b' || g, 1, $1::bigint + g, jsonb_build_object('lead', jsonb_build_object('id', 'b' || g, 'history', '[]'::jsonb), 'planId', 'bench', 'planVersion', 1, 'state', 'active', 'dueAt', $1::bigint + g, 'pending', '{}'::jsonb)
       FROM generate_series(1, ${BIG}) g`,
      [START],
    );
    await admin.query(`ANALYZE "${schema}".lead_cadence_leads`);
    console.log(`postgres: ${BIG.toLocaleString("en-US")} leads due: ${await claimLatency(createPostgresStore({ pool: admin, schema }))}`);
  } finally {
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
    for (const p of pools) await p.end();
  }
} else console.log(`postgres: skipped, nothing answers at ${new URL(POSTGRES_URL).host}`);

if (await reachable(REDIS_URL, 6379)) {
  const prefix = `lc-bench-${randomBytes(4).toString("hex")}`;
  const clients: Redis[] = [];
  const admin = new Redis(REDIS_URL);
  const cleanup = async (): Promise<void> => {
    const keys = await admin.keys(`{${prefix}}*`);
    if (keys.length > 0) await admin.del(...keys);
  };
  try {
    for (const runners of [1, 2, 4]) {
      await cleanup();
      const rate = await touchesPerSecond(runners, () => {
        const c = new Redis(REDIS_URL);
        clients.push(c);
        return createRedisStore({ redis: c, prefix });
      });
      console.log(`redis: ${runners} runner(s), ${LEADS} leads: ${Math.round(rate)} touches/s`);
    }
    await cleanup();
    const store = createRedisStore({ redis: admin, prefix });
    for (let i = 0; i < BIG; i += 1000) {
      const batch = admin.pipeline();
      for (let g = i + 1; g <= i + 1000; g++) {
        batch.hset(store.keys.leads, `b${g}`, `1:${recordJson(`b${g}`, START + g)}`);
        batch.zadd(store.keys.due, START + g, `b${g}`);
      }
      await batch.exec();
    }
    console.log(`redis: ${BIG.toLocaleString("en-US")} leads due: ${await claimLatency(store)}`);
  } finally {
    await cleanup();
    admin.disconnect();
    for (const c of clients) c.disconnect();
  }
} else console.log(`redis: skipped, nothing answers at ${new URL(REDIS_URL).host}`);
