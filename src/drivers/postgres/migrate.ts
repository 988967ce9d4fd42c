import { randomUUID } from "node:crypto";
import { storeFailed } from "../../engine/checkedStore.js";
import { ArgumentError, CadenceError, describeValue } from "../../errors/index.js";
import { LATEST_VERSION, migrationsTableSql, postgresMigrations, sqlText } from "./migrations.js";
import type { PostgresQueryable } from "./queryable.js";
import { retriedStatements } from "./retriedStatements.js";
import { DEFAULT_TABLE, tableNames, type PostgresTableOptions, type TableNames } from "./tableNames.js";

/** Options of {@link migrate}: where the tables are, and how long it waits for a lock. */
export interface MigrateOptions extends PostgresTableOptions {
  /**
   * How long `migrate` waits for a lock before it gives up, in milliseconds: for the migration's
   * advisory lock (another process migrating the same tables, or stuck holding the lock), and for
   * each lock its DDL takes on the tables (a long transaction using one of them). The server
   * enforces it (`lock_timeout`, for this migration's transaction only; the connection's own
   * setting is left as it was), and each wait is bounded on its own. Past it, `migrate` throws
   * `migrate_lock_timeout`; the transaction rolls back, nothing is applied, and a later call
   * applies every version once the lock is free. The migration's own work (an index built on a
   * large table) is not bounded: only waiting for others is.
   * @default 60_000
   */
  readonly lockTimeoutMs?: number;
}

/** {@link MigrateOptions.lockTimeoutMs} when absent: a minute, far longer than a migration of these tables holds the lock. */
export const DEFAULT_MIGRATE_LOCK_TIMEOUT_MS = 60_000;

/** The largest `lock_timeout` the server accepts, in milliseconds. */
const MAX_LOCK_TIMEOUT_MS = 2_147_483_647;

/** What {@link migrate} did. */
export interface MigrateResult {
  /** Versions this call applied, in order (empty when the schema was already current, or another process applied them first). */
  readonly applied: readonly number[];
  /** The schema version now recorded in the database: newer than this code knows when a newer release, compatible with it, migrated. */
  readonly version: number;
}

/**
 * Creates or upgrades the store's tables. Versioned and idempotent: each migration runs once,
 * recorded in `<table>_migrations`; the whole upgrade is one statement (one transaction) under an
 * advisory lock, so workers that start together and all call `migrate` are safe. A schema a newer
 * release migrated is accepted while every version it recorded declares this code compatible
 * (`compatible_from`), so the previous release's processes restart through a rolling deploy.
 * Waiting for a lock is bounded by `lockTimeoutMs` (a minute by default): a process stuck holding
 * the migration lock makes the others' `migrate` fail, never hang. Every run also puts back the one row
 * of `<table>_removed` if it was emptied by hand (creates and removes read it; the store's writes fail
 * with `store_failed` saying so until then), above every version still stored.
 * @throws {ArgumentError} for a handle without `query`, an invalid table/schema name, or one naming a
 * table of the host's (a table under one of the store's names without the columns it creates, its
 * migration log `<table>_migrations` included), or a
 * `lockTimeoutMs` that is not a positive integer of milliseconds (at most 2,147,483,647).
 * @throws {CadenceError} `schema_too_new` when the database records a version that needs newer code.
 * @throws {CadenceError} `migrate_lock_timeout` when a lock stayed held by another process or
 * transaction for `lockTimeoutMs`; nothing was applied, the server's error is `cause`.
 * @throws {EngineError} `store_failed` when the database fails (unreachable, no free connection in the
 * pool, a schema that does not exist), its error as `cause`.
 * @example
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 10_000 });
 * await migrate(pool);
 * const store = createPostgresStore({ pool });
 */
export async function migrate(pool: PostgresQueryable, options: MigrateOptions = {}): Promise<MigrateResult> {
  if (pool === null || typeof pool !== "object" || typeof pool.query !== "function") {
    throw new ArgumentError("pool", `Expected a pg Pool, Client or anything with query(text, values), got ${describeValue(pool)}`);
  }
  const n = tableNames(options);
  const lockTimeoutMs: unknown = options.lockTimeoutMs === undefined ? DEFAULT_MIGRATE_LOCK_TIMEOUT_MS : options.lockTimeoutMs;
  if (typeof lockTimeoutMs !== "number" || !Number.isInteger(lockTimeoutMs) || lockTimeoutMs < 1 || lockTimeoutMs > MAX_LOCK_TIMEOUT_MS) {
    throw new ArgumentError(
      "lockTimeoutMs",
      `Expected lockTimeoutMs to be a positive integer of milliseconds (at most ${MAX_LOCK_TIMEOUT_MS}), got ${describeValue(options.lockTimeoutMs)}`,
    );
  }
  try {
    return await migrated(pool, n, lockTimeoutMs);
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (code === MIGRATION_LOCK_HELD) {
      throw new CadenceError(
        "migrate_lock_timeout",
        `Expected the migration lock of ${n.leads} within ${lockTimeoutMs} ms (lockTimeoutMs), got none: another process holds it (its migrate still running, or a session holding it stuck); nothing was applied: call migrate again once it is released, or raise lockTimeoutMs`,
        { cause: error },
      );
    }
    if (code === LOCK_NOT_AVAILABLE) {
      throw new CadenceError(
        "migrate_lock_timeout",
        `Expected the locks migrate takes on the tables of ${n.leads} within ${lockTimeoutMs} ms (lockTimeoutMs) each, got none: another transaction holds one (a long transaction using or creating them); nothing was applied: call migrate again once it ends, or raise lockTimeoutMs`,
        { cause: error },
      );
    }
    if (code === FOREIGN_TABLE) {
      throw new ArgumentError(
        "table",
        `Expected table to name lead-cadence's tables or none yet, got ${describeValue(options.table ?? DEFAULT_TABLE)}: found ${(error as Error).message}; pass another table (or schema) option`,
      );
    }
    throw storeFailed(`migrate of ${n.leads}`, undefined, error);
  }
}

/** Columns the migration log has had since the first release: a table under its name without them is the host's. */
const MIGRATIONS_COLUMNS = ["version", "description", "applied_at"] as const;

/** The SQLSTATE `migrate` raises for a table of the host's under one of its tables' names. */
const FOREIGN_TABLE = "LC001";
/** The SQLSTATE `migrate` raises when the migration's advisory lock stayed held for `lock_timeout`. */
const MIGRATION_LOCK_HELD = "LC002";
/** The server's SQLSTATE for a lock wait that passed `lock_timeout` (here: one the DDL waited for). */
const LOCK_NOT_AVAILABLE = "55P03";

/** PL/pgSQL raising {@link FOREIGN_TABLE} when a table named `relname` exists in the tables' schema without `columns`. */
function foreignTableCheck(n: TableNames, relname: string, columns: readonly string[]): string {
  return `    SELECT string_agg(col, ', ' ORDER BY ord) INTO missing
      FROM unnest(ARRAY[${columns.map(sqlText).join(", ")}]) WITH ORDINALITY AS wanted(col, ord)
      JOIN pg_class c ON c.relname = ${sqlText(relname)} AND c.relnamespace = (SELECT oid FROM pg_namespace WHERE nspname = ${n.schema})
      WHERE NOT EXISTS (SELECT 1 FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attname = col AND a.attnum > 0 AND NOT a.attisdropped);
    IF missing IS NOT NULL THEN
      RAISE EXCEPTION USING ERRCODE = '${FOREIGN_TABLE}', MESSAGE = ${sqlText(`"${relname}" without the columns `)} || missing;
    END IF;`;
}

async function migrated(pool: PostgresQueryable, n: TableNames, lockTimeoutMs: number): Promise<MigrateResult> {
  const run = randomUUID();
  const steps = postgresMigrations
    .map(
      (m) => `  IF NOT EXISTS (SELECT 1 FROM ${n.migrations} WHERE version = ${m.version}) THEN
${(m.creates?.(n) ?? []).map((t) => foreignTableCheck(n, t.relname, t.columns)).join("\n")}
${m.sql(n)}
    INSERT INTO ${n.migrations} (version, description, applied_by, compatible_from)
      VALUES (${m.version}, ${sqlText(m.description)}, ${sqlText(run)}, ${m.compatibleFrom}) ON CONFLICT (version) DO NOTHING;
  END IF;`,
    )
    .join("\n");
  // The statement's snapshot is taken before it waits for the lock: under repeatable read or serializable it cannot
  // see the versions the holder recorded, and its insert of one aborts (40001, never a duplicate key); run again, it sees them.
  // lock_timeout is set for this transaction only and put back at the end (for a caller's own open transaction).
  await retriedStatements(pool, { lostConnection: false }).query(`DO $lead_cadence$
DECLARE
  missing text;
  caller_lock_timeout text := current_setting('lock_timeout');
BEGIN
  PERFORM set_config('lock_timeout', '${lockTimeoutMs}', true);
  BEGIN
    PERFORM pg_advisory_xact_lock(hashtext(${n.lockKey}));
  EXCEPTION WHEN lock_not_available THEN
    RAISE EXCEPTION USING ERRCODE = '${MIGRATION_LOCK_HELD}', MESSAGE = 'the migration lock is held by another session';
  END;
${foreignTableCheck(n, n.relnames.migrations, MIGRATIONS_COLUMNS)}
  ${migrationsTableSql(n)}
${steps}
  -- The one row creates and removes read, put back when emptied by hand, above every version still stored.
  IF EXISTS (SELECT 1 FROM ${n.migrations} WHERE version = 2) THEN
    INSERT INTO ${n.removed} (one, version) SELECT true, coalesce(max(version), 0) FROM ${n.leads} ON CONFLICT (one) DO NOTHING;
  END IF;
  PERFORM set_config('lock_timeout', caller_lock_timeout, true);
END
$lead_cadence$;`);
  const { rows } = await pool.query(
    `SELECT version, applied_by = $1 AS mine, coalesce(compatible_from, version) AS needs FROM ${n.migrations} ORDER BY version`,
    [run],
  );
  const versions = rows as { version: number | string; mine: boolean | null; needs: number | string }[];
  const version = Math.max(0, ...versions.map((r) => Number(r.version)));
  const needs = Math.max(0, ...versions.map((r) => Number(r.needs)));
  if (needs > LATEST_VERSION) {
    throw new CadenceError(
      "schema_too_new",
      `Expected the tables of ${n.leads} at a schema version this lead-cadence runs on (up to ${LATEST_VERSION}, or a newer one compatible with it), got version ${version}, which needs the code of version ${needs} or later: deploy the release that migrated them`,
    );
  }
  return { applied: versions.filter((r) => r.mine === true).map((r) => Number(r.version)), version };
}
