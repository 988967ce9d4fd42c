import { randomUUID } from "node:crypto";
import { storeFailed } from "../../engine/checkedStore.js";
import { ArgumentError, CadenceError, describeValue } from "../../errors/index.js";
import { LATEST_VERSION, migrationsTableSql, postgresMigrations, sqlText } from "./migrations.js";
import type { PostgresQueryable } from "./queryable.js";
import { retryingAborted } from "./retryingAborted.js";
import { DEFAULT_TABLE, tableNames, type PostgresTableOptions, type TableNames } from "./tableNames.js";

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
 * @throws {ArgumentError} for a handle without `query`, an invalid table/schema name, or one naming a
 * table of the host's (a table under one of the store's names without the columns it creates).
 * @throws {CadenceError} `schema_too_new` when the database records a version that needs newer code.
 * @throws {EngineError} `store_failed` when the database fails (unreachable, no free connection in the
 * pool, a schema that does not exist), its error as `cause`.
 * @example
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 10_000 });
 * await migrate(pool);
 * const store = createPostgresStore({ pool });
 */
export async function migrate(pool: PostgresQueryable, options: PostgresTableOptions = {}): Promise<MigrateResult> {
  if (pool === null || typeof pool !== "object" || typeof pool.query !== "function") {
    throw new ArgumentError("pool", `Expected a pg Pool, Client or anything with query(text, values), got ${describeValue(pool)}`);
  }
  const n = tableNames(options);
  try {
    return await migrated(pool, n);
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === FOREIGN_TABLE) {
      throw new ArgumentError(
        "table",
        `Expected table to name lead-cadence's tables or none yet, got ${describeValue(options.table ?? DEFAULT_TABLE)}: found ${(error as Error).message}; pass another table (or schema) option`,
      );
    }
    throw storeFailed(`migrate of ${n.leads}`, undefined, error);
  }
}

/** The SQLSTATE `migrate` raises for a table of the host's under one of its tables' names. */
const FOREIGN_TABLE = "LC001";

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

async function migrated(pool: PostgresQueryable, n: TableNames): Promise<MigrateResult> {
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
  await retryingAborted(pool).query(`DO $lead_cadence$
DECLARE
  missing text;
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(${n.lockKey}));
  ${migrationsTableSql(n)}
${steps}
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
