import { type ChildProcess, spawn } from "node:child_process";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";
import { Redis } from "ioredis";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { redisOptions } from "../../examples/crm-postgres/shared.js";
import { POSTGRES_URL, REDIS_URL, serviceAvailable, uniqueName } from "../support/services.js";

describe("examples/crm-postgres: REDIS_URL", () => {
  it("keeps the database, the user, the password and TLS of the URL, not only host and port", () => {
    expect(redisOptions("redis://127.0.0.1:6379")).toEqual({ host: "127.0.0.1", port: 6379, db: 0 });
    expect(redisOptions("redis://localhost")).toEqual({ host: "localhost", port: 6379, db: 0 });
    expect(redisOptions("redis://app:s%40cret@redis.internal:6380/7")).toEqual({
      host: "redis.internal",
      port: 6380,
      db: 7,
      username: "app",
      password: "s@cret",
    });
    expect(redisOptions("rediss://:pw@cache.example.com/2")).toEqual({ host: "cache.example.com", port: 6379, db: 2, password: "pw", tls: {} });
  });
});

const servicesUp = (await serviceAvailable("postgres")) && (await serviceAvailable("redis"));

/** A port nothing listens on now. */
const freePort = (): Promise<number> =>
  new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === "object" && address !== null ? address.port : 0));
    });
  });

describe.skipIf(!servicesUp).each(["postgres", "redis"])("examples/crm-postgres web service, leads in %s (STORE), wake-ups in BullMQ", (store) => {
  // The service's tables in a schema of their own (through the connection's search_path), its
  // wake-ups in a queue of their own, and with STORE=redis its leads under that queue's name.
  const schema = uniqueName("crm_example");
  const queue = uniqueName("crm-example");
  const admin = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
  let web: ChildProcess;
  let url = "";
  let out = "";

  beforeAll(async () => {
    await admin.query(`CREATE SCHEMA "${schema}"`);
    const port = await freePort();
    const tsx = fileURLToPath(new URL("../../node_modules/tsx/dist/cli.mjs", import.meta.url));
    web = spawn(process.execPath, [tsx, fileURLToPath(new URL("../../examples/crm-postgres/web.ts", import.meta.url))], {
      env: {
        ...process.env,
        PORT: String(port),
        DATABASE_URL: `${POSTGRES_URL}?options=-c%20search_path%3D${schema}&application_name=${schema}`,
        REDIS_URL,
        QUEUE: queue,
        STORE: store,
      },
      stdio: ["ignore", "pipe", "pipe"],
    });
    web.stdout?.on("data", (d: Buffer) => (out += d.toString()));
    web.stderr?.on("data", (d: Buffer) => (out += d.toString()));
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`the web service did not start:\n${out}`)), 60_000);
      web.stdout?.on("data", () => {
        if (out.includes("listening on")) {
          clearTimeout(timer);
          resolve();
        }
      });
      web.once("exit", (code) => reject(new Error(`the web service exited with ${code}:\n${out}`)));
    });
    url = `http://127.0.0.1:${port}`;
  }, 90_000);

  afterAll(async () => {
    if (web !== undefined && web.exitCode === null) web.kill("SIGKILL");
    await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await admin.end();
    const redis = new Redis(REDIS_URL);
    const keys = [...(await redis.keys(`bull:${queue}*`)), ...(await redis.keys(`{${queue}}*`))];
    if (keys.length > 0) await redis.del(...keys);
    redis.disconnect();
  });

  const post = (path: string, body: string) => fetch(url + path, { method: "POST", body, headers: { "content-type": "application/json" } });

  it("answers a malformed or empty webhook body with 400, not a server error", async () => {
    const malformed = await post("/webhooks/leads", '{"lead":');
    expect(malformed.status).toBe(400);
    expect(((await malformed.json()) as { error: string }).error).toMatch(/JSON/);
    expect((await post("/leads/anyone/events", "not json")).status).toBe(400);
    expect((await post("/webhooks/leads", "")).status).toBe(400);
  });

  it("enrols, stops on a reply or an opt-out, and enrols again", async () => {
    const lead = (id: string) => JSON.stringify({ lead: { id, timezone: "America/New_York", contacts: { phone: "+12125550100", email: "a@example.com" } } });
    const enrollments = async (id: string) =>
      (
        (await (await fetch(`${url}/leads/${id}`)).json()) as { record: { enrollments: { sequence: number; state: string; endedReason?: string }[] } }
      ).record.enrollments.map((e) => [e.sequence, e.state, e.endedReason]);

    expect((await post("/webhooks/leads", lead("replies"))).status).toBe(201);
    expect((await post("/leads/replies/events", JSON.stringify({ type: "inbound", channel: "sms", text: "Saturday works" }))).status).toBe(202);
    expect(await enrollments("replies")).toEqual([[1, "done", "replied"]]);

    expect((await post("/webhooks/leads", lead("stops"))).status).toBe(201);
    expect((await post("/leads/stops/events", JSON.stringify({ type: "inbound", channel: "sms", text: "STOP" }))).status).toBe(202);
    expect(await enrollments("stops")).toEqual([[1, "done", "opted_out"]]);

    const again = await post("/webhooks/leads", lead("replies"));
    expect(again.status).toBe(201);
    expect(await again.json()).toMatchObject({ enrollmentId: "dealer-speed-to-lead:2", sequence: 2 });
    expect(await enrollments("replies")).toEqual([
      [1, "done", "replied"],
      [2, "active", undefined],
    ]);
    expect((await fetch(`${url}/leads/nobody`)).status).toBe(404);
    // The wake-ups went to the queue QUEUE names; the leads to the store STORE names.
    const redis = new Redis(REDIS_URL);
    expect((await redis.keys(`bull:${queue}:*`)).length).toBeGreaterThan(0);
    expect(await redis.hexists(`{${queue}}:leads`, "replies")).toBe(store === "redis" ? 1 : 0);
    redis.disconnect();
    const { rows } = await admin.query<{ n: string }>(
      `SELECT count(*) AS n FROM information_schema.tables WHERE table_schema = $1 AND table_name = 'lead_cadence_leads'`,
      [schema],
    );
    expect(Number(rows[0]?.n)).toBe(store === "postgres" ? 1 : 0);
  });

  it.skipIf(store !== "postgres")(
    "keeps serving when the database drops its connections (a restart, a failover): the pool's idle clients fail and are replaced",
    async () => {
      const lead = (id: string) => JSON.stringify({ lead: { id, timezone: "America/New_York", contacts: { phone: "+12125550100" } } });
      expect((await post("/webhooks/leads", lead("before-restart"))).status).toBe(201);
      const { rows } = await admin.query<{ ok: boolean }>(
        "SELECT pg_terminate_backend(pid) AS ok FROM pg_stat_activity WHERE application_name = $1 AND state = 'idle'",
        [schema],
      );
      expect(rows.length).toBeGreaterThan(0);
      expect((await post("/webhooks/leads", lead("after-restart"))).status).toBe(201);
      expect(web.exitCode).toBe(null);
    },
  );

  it.skipIf(store !== "postgres")(
    "answers 503, not 400, when its database cannot serve (a webhook sender delivers again after a 5xx), and serves again once it can",
    async () => {
      const lead = (id: string) => JSON.stringify({ lead: { id, timezone: "America/New_York", contacts: { phone: "+12125550100" } } });
      await admin.query(`ALTER TABLE "${schema}".lead_cadence_leads RENAME TO lead_cadence_leads_away`);
      try {
        const refused = await post("/webhooks/leads", lead("while-away"));
        expect(refused.status).toBe(503);
        expect(((await refused.json()) as { error: string }).error).toMatch(/run migrate/);
      } finally {
        await admin.query(`ALTER TABLE "${schema}".lead_cadence_leads_away RENAME TO lead_cadence_leads`);
      }
      expect((await post("/webhooks/leads", lead("while-away"))).status).toBe(201);
    },
  );

  it("stops on SIGTERM with exit 0", async () => {
    const exit = new Promise<number | null>((resolve) => web.once("exit", (code) => resolve(code)));
    web.kill("SIGTERM");
    expect(await exit).toBe(0);
  });
});
