/**
 * What the web service and the workers share: the plan, the adapters, the store (PostgreSQL, or
 * Redis with STORE=redis) and the BullMQ connection. DATABASE_URL, REDIS_URL, QUEUE and STORE
 * configure them (local defaults otherwise).
 */
import { readFileSync } from "node:fs";
import { Redis } from "ioredis";
import pg from "pg";
import { createBullmqRunner, type BullmqRunner } from "../../src/drivers/bullmq/index.js";
import { createPostgresStore, migrate } from "../../src/drivers/postgres/index.js";
import { createRedisStore } from "../../src/drivers/redis/index.js";
import { createEngine, type ChannelAdapter, type Engine, type PlanInput, type Store } from "../../src/index.js";

export const DATABASE_URL = process.env.DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/test";
export const REDIS_URL = process.env.REDIS_URL ?? "redis://127.0.0.1:6379";
/** The BullMQ queue the web service and its workers share; its Redis keys start with `bull:<QUEUE>`. */
export const QUEUE = process.env.QUEUE ?? "crm-postgres";
/** Where leads live: `postgres` (DATABASE_URL) or `redis` (REDIS_URL, keys `{<QUEUE>}:leads`, `:due`, `:leases`). */
export const STORE = process.env.STORE ?? "postgres";

/** ioredis options from a `redis://` or `rediss://` URL: its host, port, database, user, password and TLS. */
export function redisOptions(redisUrl: string): { host: string; port: number; db: number; username?: string; password?: string; tls?: object } {
  const url = new URL(redisUrl);
  return {
    host: url.hostname,
    port: Number(url.port || 6379),
    db: Number(url.pathname.slice(1) || 0),
    ...(url.username === "" ? {} : { username: decodeURIComponent(url.username) }),
    ...(url.password === "" ? {} : { password: decodeURIComponent(url.password) }),
    ...(url.protocol === "rediss:" ? { tls: {} } : {}),
  };
}

/** The dealer plan. */
export function plans(): PlanInput[] {
  return [JSON.parse(readFileSync(new URL("../plans/dealer-speed-to-lead.json", import.meta.url), "utf8")) as PlanInput];
}

/** Logs each touch with its idempotency key (a real adapter passes the key to its provider) and answers "sent". */
function consoleAdapter(channel: string, who: string): ChannelAdapter {
  return {
    send(touch, _lead, { idempotencyKey }) {
      console.log(`[${who}] ${channel} ${touch.stepId} for ${touch.leadId} (key ${idempotencyKey})`);
      return { status: "sent" };
    },
  };
}

/** The shared store: PostgreSQL (tables created or upgraded on start) or Redis, and how to let go of it. */
async function openStore(): Promise<{ store: Store; close(): Promise<void> }> {
  if (STORE === "redis") {
    const redis = new Redis(redisOptions(REDIS_URL));
    return { store: createRedisStore({ redis, prefix: QUEUE }), close: async () => void (await redis.quit()) };
  }
  if (STORE !== "postgres") throw new Error(`Expected STORE to be postgres or redis, got ${JSON.stringify(STORE)}`);
  const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10, connectionTimeoutMillis: 10_000 });
  // An idle client whose connection the server dropped (a restart, a failover): without a listener, Node ends the process.
  pool.on("error", (error) => console.error(`postgres: an idle connection failed and is replaced: ${error.message}`));
  await migrate(pool);
  return { store: createPostgresStore({ pool }), close: () => pool.end() };
}

/** An engine on the shared store and its BullMQ runner. */
export async function start(who: string, worker: boolean): Promise<{ engine: Engine; runner: BullmqRunner; close(): Promise<void> }> {
  const shared = await openStore();
  const engine = createEngine({
    plans: plans(),
    adapters: Object.fromEntries(["sms", "email", "whatsapp"].map((c) => [c, consoleAdapter(c, who)])),
    store: shared.store,
    owner: who,
  });
  engine.on("touch:due", ({ touch }) => console.log(`[${who}] task for a rep: ${touch.channel} ${touch.stepId} (${touch.id})`));
  engine.on("error", ({ error, leadId }) => console.error(`[${who}] ${leadId ?? ""} ${String(error)}`));
  const runner = await createBullmqRunner({
    engine,
    connection: redisOptions(REDIS_URL),
    worker,
    queue: QUEUE,
    // Providers' limits, shared by every process: one SMS a second per sending number (the lead's
    // "from-number" attribute), 100 emails a minute. A limited send is deferred, never dropped.
    limits: { sms: { max: 1, per: "PT1S", key: "from-number" }, email: { max: 100, per: "PT1M" } },
  });
  return {
    engine,
    runner,
    async close() {
      await runner.close(10_000);
      await shared.close();
    },
  };
}
