import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPostgresStore, migrate, postgresMigrations, postgresSchemaSql, tableNames } from "../../src/drivers/postgres/index.js";
import { conformanceLead, storeConformance } from "../../src/testing/index.js";
import { isArgumentError, isCadenceError, isLeadValidationError } from "../../src/errors/index.js";
import { POSTGRES_URL, serviceAvailable, uniqueName } from "../support/services.js";
import { twoRunners } from "./twoRunners.js";
import { forgottenLeases } from "./forgottenLeases.js";
import { skewedReply } from "../engine/skewedReply.js";
import { hostileReplies } from "../engine/hostileReplies.js";
import { hostileStrings } from "../engine/hostileStrings.js";
import { instantMs } from "../../src/primitives/index.js";
import { createEngine, createManualClock, isEngineError, type Store, type StoredLead } from "../../src/engine/index.js";
import { lead, quickPlan, recordingAdapter } from "../engine/fixtures.js";
import { replyDroppingProxy, type ReplyDroppingProxy } from "../support/replyDroppingProxy.js";

/** The migrations this code applies, and the latest. */
const ALL = postgresMigrations.map((m) => m.version);
const L = ALL.length;
const T = instantMs("2026-01-05T14:00:00Z");

/**
 * A proxy in front of the PostgreSQL server ({@link replyDroppingProxy}) and a pool of `max` clients
 * connecting through it; the `error` events of idle clients whose connection the proxy cuts are expected.
 */
async function proxiedPool(max: number): Promise<{ proxy: ReplyDroppingProxy; pool: pg.Pool }> {
  const url = new URL(POSTGRES_URL);
  const proxy = await replyDroppingProxy(url.hostname, Number(url.port || 5432));
  const user = decodeURIComponent(url.username) || "postgres";
  const pool = new pg.Pool({ host: "127.0.0.1", port: proxy.port, user, password: decodeURIComponent(url.password), database: url.pathname.slice(1), max });
  pool.on("error", () => {});
  return { proxy, pool };
}

/** The promise's outcome, or a failure once `ms` pass: a migrate that never returns fails its test instead of hanging it. */
function watchdog<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const fired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms: migrate hangs`)), ms);
  });
  return Promise.race([promise, fired]).finally(() => clearTimeout(timer));
}

describe("Postgres store on PGlite (real Postgres in WebAssembly)", () => {
  let db: PGlite;
  let n = 0;
  // PGlite compiles Postgres to WebAssembly at start: seconds on a busy machine.
  beforeAll(async () => {
    db = await PGlite.create();
  }, 120_000);
  afterAll(async () => {
    await db.close();
  });
  const fresh = async () => {
    const table = `leads_${++n}`;
    await migrate(db, { table });
    return createPostgresStore({ pool: db, table, scanPageSize: 2 });
  };
  storeConformance("postgres (PGlite)", fresh, { describe, it });

  it("forget leaves no lease naming the lead: a crashed runner's expired one is dropped, a live one is its holder's to release", async () => {
    const table = `leads_${++n}`;
    await migrate(db, { table });
    await forgottenLeases(createPostgresStore({ pool: db, table }), async (id) => {
      const { rows } = await db.query<{ owner: string }>(`SELECT owner FROM "${table}_leases" WHERE id = $1`, [id]);
      return rows[0]?.owner ?? null;
    });
  });

  it("migrate is versioned and idempotent: the second run applies nothing", async () => {
    expect(await migrate(db, { table: "twice" })).toEqual({ applied: ALL, version: L });
    expect(await migrate(db, { table: "twice" })).toEqual({ applied: [], version: L });
    const { rows } = await db.query<{ version: number }>(`SELECT version FROM "twice_migrations"`);
    expect(rows.map((r) => r.version)).toEqual(ALL);
  });

  it("migrate's lockTimeoutMs is a positive integer of milliseconds up to lock_timeout's largest; anything else is an ArgumentError sent before any statement", async () => {
    const sent: string[] = [];
    const handle = { query: async (text: string) => (sent.push(text), { rows: [] }) };
    for (const [value, got] of [
      [0, "0 (number)"],
      [-5, "-5 (number)"],
      [1.5, "1.5 (number)"],
      [Number.NaN, "NaN (number)"],
      [Number.POSITIVE_INFINITY, "Infinity (number)"],
      [2 ** 31, "2147483648 (number)"],
      ["60000", '"60000" (string)'],
      [60000n, "60000 (bigint)"],
      [Symbol("ms"), "Symbol(ms) (symbol)"],
      [null, "null"],
    ] as const) {
      const error = await migrate(handle, { lockTimeoutMs: value as never }).catch((e: unknown) => e);
      expect(isArgumentError(error) && error.argument).toBe("lockTimeoutMs");
      expect((error as Error).message).toBe(`Expected lockTimeoutMs to be a positive integer of milliseconds (at most 2147483647), got ${got}`);
    }
    expect(sent).toEqual([]);
  });

  it("migrate with lockTimeoutMs set (PGlite, one connection: nothing else can hold the lock) applies every version as without it", async () => {
    expect(await migrate(db, { table: "bounded", lockTimeoutMs: 1 })).toEqual({ applied: ALL, version: L });
    expect(await migrate(db, { table: "bounded", lockTimeoutMs: 1 })).toEqual({ applied: [], version: L });
  });

  it("migrate into a schema that does not exist: an EngineError store_failed naming the tables, the server's error as cause", async () => {
    const error = await migrate(db, { schema: "No_Such_Schema", table: "leads" }).catch((e: unknown) => e);
    expect(isEngineError(error) && error.code).toBe("store_failed");
    expect((error as Error).message).toBe('Store migrate of "No_Such_Schema"."leads" failed: schema "No_Such_Schema" does not exist');
    expect((error as Error).cause).toMatchObject({ code: "3F000" });
  });

  it("a table option naming a table of the host's (a CRM's own leads table): migrate refuses it with an ArgumentError and touches nothing", async () => {
    await db.exec(`CREATE TABLE crm_leads (id serial PRIMARY KEY, name text, due_at timestamptz)`);
    await db.exec(`CREATE TABLE crm_other_leases (lead integer)`);
    for (const [table, found] of [
      ["crm_leads", '"crm_leads" without the columns version, record'],
      ["crm_other", '"crm_other_leases" without the columns id, owner, until'],
    ] as const) {
      const error = await migrate(db, { table }).catch((e: unknown) => e);
      expect(isArgumentError(error)).toBe(true);
      expect((error as Error).message).toBe(
        `Expected table to name lead-cadence's tables or none yet, got ${JSON.stringify(table)} (string): found ${found}; pass another table (or schema) option`,
      );
    }
    const { rows } = await db.query<{ relname: string }>(`SELECT relname FROM pg_class WHERE relname LIKE 'crm%' ORDER BY relname`);
    expect(rows.map((r) => r.relname)).toEqual(["crm_leads", "crm_leads_id_seq", "crm_leads_pkey", "crm_other_leases"]);
    // The store's own table, left by a run of the shipped SQL stopped before it recorded the version, is taken up.
    await db.exec(postgresSchemaSql(tableNames({ table: "partial" })).split("CREATE INDEX")[0] ?? "");
    expect(await migrate(db, { table: "partial" })).toEqual({ applied: ALL, version: L });
  });

  it("a host's own migration log under the store's <table>_migrations name: migrate refuses the table option with an ArgumentError, creating nothing", async () => {
    await db.exec(`CREATE TABLE crm2_migrations (version integer PRIMARY KEY, name text); INSERT INTO crm2_migrations VALUES (1, 'a'), (2, 'b'), (3, 'c')`);
    const error = await migrate(db, { table: "crm2" }).catch((e: unknown) => e);
    expect(isArgumentError(error), String(error)).toBe(true);
    expect((error as Error).message).toContain('"crm2_migrations" without the columns description, applied_at');
    const { rows } = await db.query<{ relname: string }>(`SELECT relname FROM pg_class WHERE relname LIKE 'crm2%' AND relkind = 'r' ORDER BY relname`);
    expect(rows.map((r) => r.relname)).toEqual(["crm2_migrations"]);
  });

  it("a store whose one-row <table>_removed was emptied (an operator's TRUNCATE): writes fail with store_failed saying to run migrate, forget ends, and migrate puts the row back", async () => {
    const table = `leads_${++n}`;
    await migrate(db, { table });
    const store = createPostgresStore({ pool: db, table });
    const b = conformanceLead("b", null);
    expect(await store.write(b, 0)).toEqual({ ok: true, version: 1 });
    await db.exec(`TRUNCATE ${table}_removed`);
    for (const call of [() => store.write(conformanceLead("c", null), 0), () => store.remove("b", 1)]) {
      const error = await call().catch((e: unknown) => e);
      expect(isEngineError(error) && error.code === "store_failed", String(error)).toBe(true);
      expect((error as Error).message).toMatch(new RegExp(`${table}_removed.*migrate`));
    }
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, store, clock: createManualClock(T) });
    await expect(watchdog(engine.forget("b"), 30_000)).rejects.toMatchObject({ code: "store_failed" });
    expect(await migrate(db, { table })).toEqual({ applied: [], version: L });
    expect(await engine.forget("b")).toBe(true);
    // Created again above the versions still stored (the removed ones the emptied row held are lost).
    expect(await store.write(conformanceLead("c", null), 0)).toEqual({ ok: true, version: 2 });
  });

  it("a store on tables migrate has not created, or not brought to this code's version: schema_too_old, saying to run migrate, through the engine too", async () => {
    const never = await createPostgresStore({ pool: db, table: "never_migrated" })
      .get("a")
      .catch((e: unknown) => e);
    expect(isCadenceError(never) && never.code).toBe("schema_too_old");
    expect((never as Error).message).toBe(
      `Expected the tables of "never_migrated" at schema version ${L}: run migrate (or apply lead-cadence/sql/postgres.sql) before using the store; got: relation "never_migrated" does not exist`,
    );
    expect((never as Error).cause).toMatchObject({ code: "42P01" });
    // Tables at version 1: the table version 2 creates is missing (new code started before its migration ran).
    await migrate(db, { table: "old_schema" });
    await db.exec(`DROP TABLE "old_schema_removed"; DELETE FROM "old_schema_migrations" WHERE version > 1`);
    const engine = createEngine({
      plans: [quickPlan()],
      adapters: { sms: recordingAdapter(), email: recordingAdapter() },
      store: createPostgresStore({ pool: db, table: "old_schema" }),
      clock: createManualClock(T),
    });
    const enrolled = await engine.enroll(lead("a"), "quick").catch((e: unknown) => e);
    expect(isCadenceError(enrolled) && enrolled.code).toBe("schema_too_old");
    expect((enrolled as Error).message).toMatch(/run migrate .*; got: relation "old_schema_removed" does not exist$/);
    expect(await migrate(db, { table: "old_schema" })).toEqual({ applied: ALL.slice(1), version: L });
    expect((await engine.enroll(lead("a"), "quick")).kept).toBe(false);
  });

  it("the migration lock's key is the same in every release (processes of two releases migrating at once share it)", async () => {
    expect(tableNames({ schema: "crm", table: "leads" }).lockKey).toBe("'lead-cadence:' || 'crm' || '.leads'");
    const { rows } = await db.query<{ key: string }>(`SELECT ${tableNames({ table: "leads" }).lockKey} AS key`);
    expect(rows[0]?.key).toBe("lead-cadence:public.leads");
  });

  it("migration versions are consecutive from 1, each compatible from a version between 1 and its own", () => {
    expect(postgresMigrations.map((m) => m.version)).toEqual(postgresMigrations.map((_, i) => i + 1));
    for (const m of postgresMigrations) expect(m.compatibleFrom >= 1 && m.compatibleFrom <= m.version).toBe(true);
  });

  it("a schema a newer release migrated: migrate refuses it with schema_too_new unless that release declared it compatible with this code, and changes nothing", async () => {
    await migrate(db, { table: "newer" });
    // Version L+1 as a newer release records it: compatible_from is the oldest schema version whose code still runs on it.
    await db.query(`INSERT INTO "newer_migrations" (version, description, compatible_from) VALUES (${L + 1}, 'an added column', 1)`);
    expect(await migrate(db, { table: "newer" })).toEqual({ applied: [], version: L + 1 });
    await db.query(`INSERT INTO "newer_migrations" (version, description, compatible_from) VALUES (${L + 2}, 'a dropped column', ${L + 2})`);
    const refused = await migrate(db, { table: "newer" }).catch((e: unknown) => e);
    expect(isCadenceError(refused) && refused.code).toBe("schema_too_new");
    expect((refused as Error).message).toBe(
      `Expected the tables of "newer" at a schema version this lead-cadence runs on (up to ${L}, or a newer one compatible with it), got version ${L + 2}, which needs the code of version ${L + 2} or later: deploy the release that migrated them`,
    );
    // A version recorded without compatible_from (by hand) is taken as needing its own code.
    await db.query(`DELETE FROM "newer_migrations" WHERE version = ${L + 2}`);
    await db.query(`INSERT INTO "newer_migrations" (version, description) VALUES (${L + 3}, 'by hand')`);
    expect(await migrate(db, { table: "newer" }).catch((e: unknown) => (e as Error).message)).toMatch(
      new RegExp(`got version ${L + 3}, which needs the code of version ${L + 3} or later`),
    );
    const { rows } = await db.query<{ version: number }>(`SELECT version FROM "newer_migrations" ORDER BY version`);
    expect(rows.map((r) => r.version)).toEqual([...ALL, L + 1, L + 3]);
  });

  it("the shipped SQL file creates the same tables and can be run again", async () => {
    const { readFileSync } = await import("node:fs");
    const shipped = readFileSync(new URL("../../sql/postgres.sql", import.meta.url), "utf8");
    expect(shipped).toBe(postgresSchemaSql(tableNames()));
    await db.exec(shipped);
    await db.exec(shipped);
    expect(await migrate(db)).toEqual({ applied: [], version: L });
    const store = createPostgresStore({ pool: db });
    expect(await store.write(conformanceLead("x", T), 0)).toEqual({ ok: true, version: 1 });
  });

  it("stores the record as jsonb and indexes due_at with a partial index", async () => {
    const store = await fresh();
    await store.write(conformanceLead("a", T), 0);
    await store.write(conformanceLead("b", null), 0);
    const { rows } = await db.query<{ id: string; due_at: string | number | null; kind: string }>(
      `SELECT id, due_at, jsonb_typeof(record) AS kind FROM "leads_${n}" ORDER BY id`,
    );
    expect(rows.map((r) => [r.id, r.due_at === null ? null : Number(r.due_at), r.kind])).toEqual([
      ["a", T, "object"],
      ["b", null, "object"],
    ]);
    const idx = await db.query<{ indexdef: string }>(`SELECT indexdef FROM pg_indexes WHERE indexname = 'leads_${n}_due'`);
    expect(idx.rows[0]?.indexdef).toMatch(/WHERE \(due_at IS NOT NULL\)/);
  });

  it("claimDue takes a batch of due leads for one owner and leaves them out for the next", async () => {
    const store = await fresh();
    for (let i = 0; i < 6; i++) await store.write(conformanceLead(`l${i}`, T + i), 0);
    await store.write(conformanceLead("later", T + 60_000), 0);
    expect(await store.claimDue(T + 10, 4, "one", T + 1000)).toEqual(["l0", "l1", "l2", "l3"]);
    expect(await store.claimDue(T + 10, 4, "two", T + 1000)).toEqual(["l4", "l5"]);
    expect(await store.due(T + 10, 10)).toEqual([]);
    expect(await store.claim("l0", "two", T + 2000, T + 500)).toBe(false);
    expect(await store.claim("l0", "one", T + 2000, T + 500)).toBe(true);
    // Leases are judged by the instant passed in: at T+1000 every lease but the renewed one has expired.
    expect(await store.claimDue(T + 1000, 10, "three", T + 5000)).toEqual(["l1", "l2", "l3", "l4", "l5"]);
  });

  it("two engines polling together send every touch once, through the batch claim", async () => {
    await twoRunners(await fresh());
  });

  it("a lead, a change or an event holding a NUL or an unpaired surrogate (but in an inbound text) is refused with its path before the write (jsonb refuses both): nothing is stored", async () => {
    const store = await fresh();
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, store, clock: createManualClock(T) });
    const enrolled = await engine.enroll(lead("a", { attributes: { note: "x\u0000" } }), "quick").catch((e: unknown) => e);
    expect(isLeadValidationError(enrolled)).toBe(true);
    expect((enrolled as { issues: unknown }).issues).toEqual([expect.objectContaining({ code: "invalid_value", path: ["attributes", "note"] })]);
    expect(await store.get("a")).toBeUndefined();
    await engine.enroll(lead("b"), "quick");
    const before = await store.get("b");
    const changed = await engine.updateLead("b", { address: { city: "Mi\ud800ami" } }).catch((e: unknown) => e);
    expect(isLeadValidationError(changed)).toBe(true);
    expect((changed as { issues: unknown }).issues).toEqual([expect.objectContaining({ code: "invalid_value", path: ["address", "city"] })]);
    const recorded = await engine.record("b", { type: "meeting", note: "test drive\u0000" }).catch((e: unknown) => e);
    expect(isArgumentError(recorded)).toBe(true);
    expect((recorded as Error).message).toContain(": note: ");
    expect(await store.get("b")).toEqual(before);
    // A lead id with a NUL names no stored lead: an ArgumentError, not the server's refusal of the key (store_failed).
    const read = await engine.get("b\u0000").catch((e: unknown) => e);
    expect(isArgumentError(read)).toBe(true);
  });

  it("a runner whose clock is behind sends nothing after a reply another runner recorded; the lead is due at the reply's instant", async () => {
    await skewedReply(await fresh());
  });

  it("property: whatever string a host passes, PGlite keeps it as given (an inbound text as storableText makes it), or the call throws a CadenceError and the lead is as before", async () => {
    await hostileStrings(await fresh(), 25);
  });

  it("an inbound reply with a NUL or an unpaired surrogate is recorded with U+FFFD in their place and its opt-out is in force (was: an ArgumentError, the opt-out lost)", async () => {
    await hostileReplies(await fresh());
  });

  it("rejects table names that are not plain identifiers", () => {
    expect(() => createPostgresStore({ pool: db, table: 'x"; DROP TABLE y; --' })).toThrow(/Expected table to be a plain SQL identifier/);
    expect(() => createPostgresStore({ pool: {} as never })).toThrow(/Expected pool to be a pg Pool/);
  });
});

const serverUp = await serviceAvailable("postgres");

describe.skipIf(!serverUp)("Postgres store on the PostgreSQL server", () => {
  const schema = uniqueName("lc_test");
  let pool: pg.Pool;
  let n = 0;
  beforeAll(async () => {
    pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 8 });
    await pool.query(`CREATE SCHEMA "${schema}"`);
  });
  afterAll(async () => {
    await pool.query(`DROP SCHEMA "${schema}" CASCADE`);
    await pool.end();
  });
  const freshTable = async () => {
    const table = `leads_${++n}`;
    await migrate(pool, { schema, table });
    return table;
  };
  const fresh = async () => createPostgresStore({ pool, schema, table: await freshTable() });
  storeConformance("postgres (server)", fresh, { describe, it });

  // A database whose default isolation is stricter than read committed (set per role or database by some DBAs) aborts a
  // statement that races another with SQLSTATE 40001: the store runs it again (each statement is atomic, so it was rolled back).
  for (const level of ["repeatable read", "serializable"]) {
    describe(`under default_transaction_isolation = ${level}`, () => {
      let strict: pg.Pool;
      beforeAll(() => {
        strict = new pg.Pool({ connectionString: POSTGRES_URL, max: 8, options: `-c default_transaction_isolation=${level.replace(" ", "\\ ")}` });
      });
      afterAll(async () => {
        await strict.end();
      });
      storeConformance(`postgres (server, ${level})`, async () => createPostgresStore({ pool: strict, schema, table: await freshTable() }), { describe, it });

      // Each migrate's snapshot is taken when its statement starts, before it waits for the advisory lock: it cannot see the
      // versions the holder records. Its insert of a version the holder recorded aborts (40001), and the run is repeated.
      it("workers that migrate at the same moment all succeed, and the schema is applied once", async () => {
        const table = `racing_${level.replace(" ", "_")}`;
        const results = await Promise.all(Array.from({ length: 6 }, () => migrate(strict, { schema, table })));
        expect(results.flatMap((r) => r.applied)).toEqual(ALL);
        expect(results.every((r) => r.version === L)).toBe(true);
      });
    });
  }

  it("a create racing the remove of the same lead on another connection is refused or starts above the removed versions", async () => {
    const store = await fresh();
    for (let round = 0; round < 40; round++) {
      const id = `race-${round}`;
      await store.write(conformanceLead(id, T), 0);
      await store.write(conformanceLead(id, T), 1);
      const removed = (await store.get(id))?.version as number;
      const [r, c] = await Promise.all([store.remove(id, removed), store.write(conformanceLead(id, T, { planVersion: 2 }), 0)]);
      expect(r.ok).toBe(true);
      const created = c.ok ? c : await store.write(conformanceLead(id, T, { planVersion: 2 }), 0);
      expect(created.ok).toBe(true);
      expect(created.version).toBeGreaterThan(removed);
    }
  });

  it("workers that migrate at the same moment all succeed, and the schema is applied once", async () => {
    const results = await Promise.all(Array.from({ length: 6 }, () => migrate(pool, { schema, table: "racing" })));
    expect(results.flatMap((r) => r.applied)).toEqual(ALL);
    expect(results.every((r) => r.version === L)).toBe(true);
  });

  it("migrate on a server it cannot reach, or on a pool with no free connection: an EngineError store_failed, the driver's error as cause", async () => {
    const url = new URL(POSTGRES_URL);
    const proxy = await replyDroppingProxy(url.hostname, Number(url.port || 5432));
    await proxy.close();
    const unreachable = new pg.Pool({ host: "127.0.0.1", port: proxy.port, user: "postgres", database: "test", max: 1 });
    const exhausted = new pg.Pool({ connectionString: POSTGRES_URL, max: 1, connectionTimeoutMillis: 500 });
    const held = await exhausted.connect();
    try {
      for (const [handle, why] of [
        [unreachable, /ECONNREFUSED/],
        [exhausted, /timeout exceeded when trying to connect/],
      ] as const) {
        const error = await migrate(handle, { schema, table: "unreached" }).catch((e: unknown) => e);
        expect(isEngineError(error) && error.code).toBe("store_failed");
        expect((error as Error).message).toMatch(new RegExp(`^Store migrate of "${schema}"."unreached" failed: `));
        expect((error as Error).message).toMatch(why);
        expect((error as Error).cause).toBeInstanceOf(Error);
      }
      // The engine's calls on the exhausted pool are typed the same way.
      const engine = createEngine({
        plans: [quickPlan()],
        adapters: { sms: recordingAdapter(), email: recordingAdapter() },
        store: createPostgresStore({ pool: exhausted, schema, table: await freshTable() }),
        clock: createManualClock(T),
      });
      const error = await engine.enroll(lead("a"), "quick").catch((e: unknown) => e);
      expect(isEngineError(error) && error.code).toBe("store_failed");
      expect((error as Error).message).toMatch(/timeout exceeded when trying to connect/);
    } finally {
      held.release();
      await exhausted.end();
      await unreachable.end();
    }
  });

  it("processes naming the schema and processes finding it on their search_path migrate at the same moment: one lock, the schema applied once", async () => {
    const onPath = new pg.Pool({ connectionString: POSTGRES_URL, max: 8, options: `-c search_path=${schema}` });
    try {
      const results = await Promise.all(
        Array.from({ length: 6 }, (_, i) => (i % 2 === 0 ? migrate(pool, { schema, table: "by_path" }) : migrate(onPath, { table: "by_path" }))),
      );
      expect(results.flatMap((r) => r.applied)).toEqual(ALL);
      expect(results.every((r) => r.version === L)).toBe(true);
    } finally {
      await onPath.end();
    }
  });

  it("mixed-case names of the longest length allowed: kept as written, no name of the tables, indexes or keys cut at Postgres's 63 bytes", async () => {
    const longSchema = `Mixed_${schema}`.padEnd(40, "X").slice(0, 40);
    const table = `Leads_${"T".repeat(34)}`;
    await pool.query(`CREATE SCHEMA "${longSchema}"`);
    try {
      expect(await migrate(pool, { schema: longSchema, table })).toEqual({ applied: ALL, version: L });
      const store = createPostgresStore({ pool, schema: longSchema, table });
      expect(await store.write(conformanceLead("a", T), 0)).toMatchObject({ ok: true });
      expect(await store.claimDue(T, 10, "one", T + 1000)).toEqual(["a"]);
      expect(await migrate(pool, { schema: longSchema, table: table.toLowerCase() })).toEqual({ applied: ALL, version: L });
      const { rows } = await pool.query<{ relname: string }>(
        "SELECT relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE nspname = $1 AND c.relkind IN ('r', 'i')",
        [longSchema],
      );
      expect(rows.filter((r) => r.relname.startsWith(table))).toHaveLength(rows.length / 2);
      // A name Postgres cut is exactly 63 bytes long; every name here is shorter.
      expect(rows.filter((r) => Buffer.byteLength(r.relname) >= 63)).toEqual([]);
    } finally {
      await pool.query(`DROP SCHEMA "${longSchema}" CASCADE`);
    }
  });

  it("a process killed mid-migration leaves nothing applied and nothing recorded; the next migrate applies the version whole", async () => {
    const table = "killed_mid_way";
    const blocker = await pool.connect();
    try {
      // An uncommitted table of the leases' name: migrate creates the leads table, then waits on it.
      await blocker.query(`BEGIN; CREATE TABLE "${schema}"."${table}_leases" (x int)`);
      const migrating = migrate(pool, { schema, table }).catch((e: unknown) => e);
      let pid: number | undefined;
      for (let i = 0; i < 200 && pid === undefined; i++) {
        const { rows } = await pool.query<{ pid: number }>(
          `SELECT pid FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE 'DO $lead_cadence$%' AND query LIKE $1`,
          [`%'${schema}' || '.${table}'%`], // the lock key, within the query's first track_activity_query_size bytes
        );
        pid = rows[0]?.pid;
        if (pid === undefined) await new Promise((r) => setTimeout(r, 50));
      }
      expect(pid).toBeDefined();
      await pool.query("SELECT pg_terminate_backend($1)", [pid]);
      expect(isEngineError(await migrating)).toBe(true);
    } finally {
      await blocker.query("ROLLBACK");
      blocker.release();
    }
    const left = await pool.query(`SELECT relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE nspname = $1 AND relname LIKE $2`, [
      schema,
      `${table}%`,
    ]);
    expect(left.rows).toEqual([]);
    expect(await migrate(pool, { schema, table })).toEqual({ applied: ALL, version: L });
  });

  it("a clock with fractional milliseconds: never listed early, leases never freed early, and an engine on it sends", async () => {
    const store = await fresh();
    expect(await store.write(conformanceLead("a", T + 0.5), 0)).toEqual({ ok: true, version: 1 });
    expect((await store.get("a"))?.record.dueAt).toBe(T + 0.5);
    expect(await store.due(T + 0.75, 10)).toEqual([]);
    expect(await store.due(T + 1, 10)).toEqual(["a"]);
    expect(await store.claim("b", "one", T + 0.5, T + 0.25)).toBe(true);
    expect(await store.claim("b", "two", T + 10, T + 0.75)).toBe(false);
    expect(await store.claim("b", "two", T + 10, T + 1)).toBe(true);
    expect(await store.claimDue(T + 1.5, 10, "three", T + 2.5)).toEqual(["a"]);
    expect(await store.claimDue(T + 2.75, 10, "four", T + 5)).toEqual([]);
    expect(await store.claimDue(T + 3, 10, "four", T + 5)).toEqual(["a"]);
    // An accelerated clock at a rate of 1.5 reads fractional milliseconds.
    let now = instantMs("2026-03-09T14:00:00Z") + 0.5;
    const sms = recordingAdapter();
    const clock = { now: () => now, setTimeout: () => undefined, clearTimeout: () => undefined };
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, store: await fresh(), clock });
    const errors: unknown[] = [];
    engine.on("error", ({ error }) => errors.push(error));
    await engine.enroll(lead("frac"), "quick");
    now += 5 * 60_000 + 1.5;
    await engine.runDue();
    expect(errors).toEqual([]);
    expect(sms.calls.map((c) => c.key)).toEqual(["frac/quick@1/sms-now#1"]);
    expect((await engine.get("frac"))?.record.lead.history.filter((h) => h.type === "touch")).toHaveLength(2);
  });

  it("a write that commits and then reports an error is recognised by value (jsonb reorders the record's keys): the touch is sent at once", async () => {
    const inner = await fresh();
    let failures = 0;
    // The connection drops after the server committed the write that marks the first touch in flight.
    const store: Store = Object.assign(Object.create(inner) as Store, {
      async write(record: StoredLead, expected: number) {
        const w = await inner.write(record, expected);
        if (w.ok && failures === 0 && record.enrollments.some((e) => Object.values(e.pending).some((p) => p.sendingSince !== undefined))) {
          failures++;
          throw new Error("Connection terminated unexpectedly");
        }
        return w;
      },
    });
    const sms = recordingAdapter();
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, store, clock: createManualClock(T) });
    const errors: unknown[] = [];
    engine.on("error", ({ error }) => errors.push(error));
    await engine.enroll(lead("a"), "quick");
    expect(failures).toBe(1);
    expect(errors).toEqual([]);
    expect(sms.calls.map((c) => c.key)).toEqual(["a/quick@1/sms-now#1"]);
    const pending = (await engine.get("a"))?.record.enrollments[0]?.pending;
    expect(pending).toEqual({});
  });

  it("record and enroll whose write commits and then loses its connection resolve: a host that retries a failed call records nothing twice", async () => {
    const { proxy, pool: cut } = await proxiedPool(4);
    try {
      const store = createPostgresStore({ pool: cut, schema, table: await freshTable() });
      const plans = [quickPlan(), { ...quickPlan(), id: "other" }];
      const engine = createEngine({ plans, adapters: { sms: recordingAdapter(), email: recordingAdapter() }, store, clock: createManualClock(T) });
      await engine.enroll(lead("a"), "quick");
      const retried = async (call: () => Promise<unknown>) => call().catch(() => call());

      proxy.dropReplyTo("lost-reply-marker");
      await retried(() => engine.record("a", { type: "inbound", channel: "sms", text: "lost-reply-marker: what time works?" }));
      expect(proxy.dropped).toBe(1);
      const history = (await engine.get("a"))?.record.lead.history ?? [];
      expect(history.filter((h) => h.type === "inbound")).toHaveLength(1);

      proxy.dropReplyTo('"planId":"other"');
      await retried(() => engine.enroll(lead("a"), "other"));
      expect(proxy.dropped).toBe(2);
      expect((await engine.enrollments("a")).map((e) => e.planId)).toEqual(["quick", "other"]);
    } finally {
      await cut.end();
      await proxy.close();
    }
  });

  it("connections the server dropped while idle in the pool (a restart, a failover) cost nothing: every statement runs again on a live one", async () => {
    const { proxy, pool: cut } = await proxiedPool(3);
    /** Three idle clients in the pool, then every one of them dropped: each statement below meets a dead one first. */
    const dropIdle = async (): Promise<void> => {
      const clients = await Promise.all([cut.connect(), cut.connect(), cut.connect()]);
      for (const c of clients) c.release();
      proxy.cutIdleConnections();
    };
    try {
      const store = createPostgresStore({ pool: cut, schema, table: await freshTable() });
      const engine = createEngine({
        plans: [quickPlan()],
        adapters: { sms: recordingAdapter(), email: recordingAdapter() },
        store,
        clock: createManualClock(T),
      });
      await dropIdle();
      await engine.enroll(lead("a"), "quick");
      await dropIdle();
      await engine.record("a", { type: "inbound", channel: "sms", text: "what time works?" });
      const history = (await engine.get("a"))?.record.lead.history ?? [];
      expect(history.filter((h) => h.type === "inbound")).toHaveLength(1);
      // The store's own statements, each first on a dropped connection: a read, a compare-and-set, a claim and its release.
      for (const call of [
        () => store.get("a"),
        async () => {
          const read = await store.get("a");
          expect(await store.write((read as { record: StoredLead }).record, (read as { version: number }).version)).toMatchObject({ ok: true });
        },
        () => store.claim("a", "runner-1", T + 60_000, T),
        () => store.release("a", "runner-1"),
      ]) {
        await dropIdle();
        await call();
      }
      expect(proxy.cutRequests).toBeGreaterThanOrEqual(6);
    } finally {
      await cut.end();
      await proxy.close();
    }
  });

  it('two web processes enrolling one new lead at once with ifActive "keep" (a webhook delivered twice): one enrols, the other keeps it', async () => {
    const store = await fresh();
    const sms = recordingAdapter();
    const web = (owner: string) =>
      createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, store, clock: createManualClock(T), owner });
    const [one, two] = [web("web-1"), web("web-2")];
    for (const id of ["a", "b", "c"]) {
      const results = await Promise.all([one.enroll(lead(id), "quick", { ifActive: "keep" }), two.enroll(lead(id), "quick", { ifActive: "keep" })]);
      expect(results.map((r) => r.kept).sort()).toEqual([false, true]);
      expect(await one.enrollments(id)).toHaveLength(1);
    }
    expect(sms.calls.map((c) => c.key).sort()).toEqual(["a/quick@1/sms-now#1", "b/quick@1/sms-now#1", "c/quick@1/sms-now#1"]);
  });

  it("a server that cannot be reached: engine calls reject with an EngineError store_failed, the driver's error as cause, and record appends nothing", async () => {
    const { proxy, pool: cut } = await proxiedPool(2);
    const table = await freshTable();
    try {
      const engine = createEngine({
        plans: [quickPlan()],
        adapters: { sms: recordingAdapter(), email: recordingAdapter() },
        store: createPostgresStore({ pool: cut, schema, table }),
        clock: createManualClock(T),
      });
      await engine.enroll(lead("a"), "quick");
      await proxy.close();
      const error = await engine.record("a", { type: "inbound", channel: "sms", text: "hello?" }).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(isEngineError(error)).toBe(true);
      expect(error).toMatchObject({ code: "store_failed" });
      expect((error as Error).message).toMatch(/^Store get for lead "a" failed: /);
      expect((error as Error).cause).toBeInstanceOf(Error);
      const history = (await createPostgresStore({ pool, schema, table }).get("a"))?.record.lead.history ?? [];
      expect(history.filter((h) => h.type === "inbound")).toEqual([]);
    } finally {
      await cut.end();
      await proxy.close();
    }
  });

  it("an adapter's answer with a NUL or an unpaired surrogate in its text is recorded (jsonb refuses both): the touch is not sent again at every poll", async () => {
    const clock = createManualClock(T);
    const sms = recordingAdapter(() => ({ status: "failed", retryable: false, error: "carrier said \u0000 \ud800 unknown number", code: "x\u0000" }));
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms, email: recordingAdapter() }, store: await fresh(), clock });
    const errors: unknown[] = [];
    engine.on("error", ({ error }) => errors.push(error));
    await engine.enroll(lead("a"), "quick");
    for (let i = 0; i < 3; i++) {
      clock.advance(60_000);
      await engine.runDue();
    }
    expect(errors).toEqual([]);
    expect(sms.calls.map((c) => c.attempt)).toEqual([1]);
    const history = (await engine.get("a"))?.record.lead.history ?? [];
    expect(history).toContainEqual(
      expect.objectContaining({ type: "event", name: "touch_failed", data: expect.objectContaining({ error: "carrier said \ufffd \ufffd unknown number" }) }),
    );
  });

  it("a runner whose clock is behind sends nothing after a reply another runner recorded; the lead is due at the reply's instant", async () => {
    await skewedReply(await fresh());
  });

  it("an inbound reply with a NUL or an unpaired surrogate is recorded with U+FFFD in their place and its opt-out is in force (was: an ArgumentError, the opt-out lost)", async () => {
    await hostileReplies(await fresh());
  });

  it("concurrent batch claims by several runners are disjoint and cover every due lead", async () => {
    const store = await fresh();
    const ids = Array.from({ length: 400 }, (_, i) => `lead-${i}`);
    await Promise.all(ids.map((id, i) => store.write(conformanceLead(id, T + (i % 50)), 0)));
    const batches = await Promise.all(Array.from({ length: 6 }, (_, w) => store.claimDue(T + 100, 100, `worker-${w}`, T + 10_000)));
    const all = batches.flat();
    expect(new Set(all).size).toBe(all.length);
    const second = await Promise.all(Array.from({ length: 6 }, (_, w) => store.claimDue(T + 100, 100, `late-${w}`, T + 10_000)));
    const every = [...all, ...second.flat()];
    expect(new Set(every).size).toBe(every.length);
    expect(every.sort()).toEqual([...ids].sort());
  });

  // A process stuck holding the migration lock makes the others' migrate fail after lockTimeoutMs, not hang.
  describe("migrate waiting for a lock", () => {
    /** The tables of `table` in the test's schema, by name. */
    const tablesOf = async (table: string): Promise<string[]> => {
      const { rows } = await pool.query<{ relname: string }>(
        "SELECT relname FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace WHERE nspname = $1 AND relname LIKE $2 AND relkind = 'r' ORDER BY relname",
        [schema, `${table}%`],
      );
      return rows.map((r) => r.relname);
    };

    /** A connection holding `table`'s migration lock in an open transaction, as a stuck process would; `release` rolls it back. */
    const holdMigrationLock = async (table: string) => {
      const holder = await pool.connect();
      await holder.query("BEGIN");
      await holder.query(`SELECT pg_advisory_xact_lock(hashtext(${tableNames({ schema, table }).lockKey}))`);
      let released = false;
      return {
        async release() {
          if (released) return;
          released = true;
          await holder.query("ROLLBACK");
          holder.release();
        },
      };
    };

    it("another process holding the migration lock: migrate fails after lockTimeoutMs with migrate_lock_timeout, applies nothing, and applies all once the lock is free", async () => {
      const table = "held";
      const holder = await holdMigrationLock(table);
      try {
        const started = performance.now();
        const error = await watchdog(
          migrate(pool, { schema, table, lockTimeoutMs: 300 }).catch((e: unknown) => e),
          20_000,
        );
        const waited = performance.now() - started;
        expect(isCadenceError(error) && error.code).toBe("migrate_lock_timeout");
        expect((error as Error).message).toBe(
          `Expected the migration lock of "${schema}"."${table}" within 300 ms (lockTimeoutMs), got none: another process holds it (its migrate still running, or a session holding it stuck); nothing was applied: call migrate again once it is released, or raise lockTimeoutMs`,
        );
        expect((error as Error).cause).toMatchObject({ code: "LC002" });
        expect(waited).toBeGreaterThanOrEqual(290);
        expect(await tablesOf(table)).toEqual([]);
      } finally {
        await holder.release();
      }
      expect(await migrate(pool, { schema, table, lockTimeoutMs: 300 })).toEqual({ applied: ALL, version: L });
      expect(await tablesOf(table)).toEqual([table, `${table}_leases`, `${table}_migrations`, `${table}_removed`]);
    });

    it("the default bound is generous: a migrate arriving while the holder keeps the lock for a moment waits for it and applies every version once", async () => {
      const table = "briefly_held";
      const holder = await holdMigrationLock(table);
      const results = Promise.all([migrate(pool, { schema, table }), migrate(pool, { schema, table, lockTimeoutMs: 10_000 })]);
      await new Promise((r) => setTimeout(r, 500));
      await holder.release();
      const [a, b] = await watchdog(results, 30_000);
      expect([...a.applied, ...b.applied]).toEqual(ALL);
      expect([a.version, b.version]).toEqual([L, L]);
    });

    it("the DDL's own lock waits are bounded too: a transaction creating one of the tables keeps migrate waiting at most lockTimeoutMs per lock", async () => {
      const table = "ddl_blocked";
      const blocker = await pool.connect();
      try {
        // An uncommitted table of the leases' name: migrate creates the leads table, then waits on it.
        await blocker.query(`BEGIN; CREATE TABLE "${schema}"."${table}_leases" (x int)`);
        const error = await watchdog(
          migrate(pool, { schema, table, lockTimeoutMs: 300 }).catch((e: unknown) => e),
          20_000,
        );
        expect(isCadenceError(error) && error.code).toBe("migrate_lock_timeout");
        expect((error as Error).message).toBe(
          `Expected the locks migrate takes on the tables of "${schema}"."${table}" within 300 ms (lockTimeoutMs) each, got none: another transaction holds one (a long transaction using or creating them); nothing was applied: call migrate again once it ends, or raise lockTimeoutMs`,
        );
        expect((error as Error).cause).toMatchObject({ code: "55P03" });
      } finally {
        await blocker.query("ROLLBACK");
        blocker.release();
      }
      expect(await tablesOf(table)).toEqual([]);
      expect(await migrate(pool, { schema, table })).toEqual({ applied: ALL, version: L });
    });

    it("leaves the connection's own lock_timeout as it was, also inside a transaction the caller opened", async () => {
      const client = new pg.Client({ connectionString: POSTGRES_URL });
      await client.connect();
      try {
        await client.query("SET lock_timeout = '7s'");
        expect(await migrate(client, { schema, table: "own_setting", lockTimeoutMs: 1234 })).toEqual({ applied: ALL, version: L });
        expect((await client.query("SHOW lock_timeout")).rows[0]).toEqual({ lock_timeout: "7s" });
        await client.query("BEGIN");
        await client.query("SET LOCAL lock_timeout = '9s'");
        expect(await migrate(client, { schema, table: "own_setting_in_transaction", lockTimeoutMs: 1234 })).toEqual({ applied: ALL, version: L });
        expect((await client.query("SHOW lock_timeout")).rows[0]).toEqual({ lock_timeout: "9s" });
        await client.query("COMMIT");
        expect((await client.query("SHOW lock_timeout")).rows[0]).toEqual({ lock_timeout: "7s" });
      } finally {
        await client.end();
      }
    });
  });
});
