import { ArgumentError, describeValue } from "../../errors/index.js";
import { EngineError, type Store, type StoredLead, type VersionedLead, type WriteResult } from "../../engine/index.js";
import type { PostgresQueryable } from "./queryable.js";
import { retriedStatements } from "./retriedStatements.js";
import { schemaTooOld } from "./schemaTooOld.js";
import { tableNames, type PostgresTableOptions } from "./tableNames.js";

/** Options of {@link createPostgresStore}. */
export interface PostgresStoreOptions extends PostgresTableOptions {
  /** A `pg.Pool` (recommended), a `pg.Client`, a PGlite instance: anything with `query(text, values)`. */
  readonly pool: PostgresQueryable;
  /**
   * Rows read per round trip by `scan`.
   * @default 500
   */
  readonly scanPageSize?: number;
}

/** The Postgres store: the `Store` contract plus a batch claim of due leads. */
export interface PostgresStore extends Store {
  /**
   * Claims up to `limit` due leads (`dueAt <= at`, oldest first) for `owner` until `until`, in one
   * statement: rows another runner is claiming at the same moment are skipped (`FOR UPDATE SKIP
   * LOCKED`), and leads with a live lease are left out, so N runners take disjoint batches.
   */
  claimDue(at: number, limit: number, owner: string, until: number): Promise<string[]>;
}

type Row = { version: string | number; record: unknown };

/**
 * A `Store` on PostgreSQL: one `jsonb` document per lead with a version column for
 * compare-and-set, a partial index on the due instant, and leases compared against the engine's
 * clock (the `now` passed in, never the server's). Every method is one statement (two when a
 * refused write reads the version it found), so a pool can serve any number of runners.
 * Run {@link migrate} once before use. Passes `storeConformance`.
 * @throws {ArgumentError} for bad options.
 * @example
 * import pg from "pg";
 * import { createPostgresStore, migrate } from "lead-cadence/postgres";
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 10, connectionTimeoutMillis: 10_000 });
 * await migrate(pool);
 * const engine = createEngine({ plans, adapters, store: createPostgresStore({ pool }) });
 */
export function createPostgresStore(options: PostgresStoreOptions): PostgresStore {
  if (options === null || typeof options !== "object") throw new ArgumentError("options", `Expected Postgres store options, got ${describeValue(options)}`);
  if (options.pool === null || typeof options.pool !== "object" || typeof options.pool.query !== "function") {
    throw new ArgumentError("pool", `Expected pool to be a pg Pool, Client or anything with query(text, values), got ${describeValue(options.pool)}`);
  }
  const pageSize = options.scanPageSize ?? 500;
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new ArgumentError("scanPageSize", `Expected scanPageSize to be a positive integer, got ${describeValue(pageSize)}`);
  const n = tableNames(options);
  const pool = retriedStatements(schemaTooOld(options.pool, n), { lostConnection: true });

  const sql = {
    select: `SELECT version, record FROM ${n.leads} WHERE id = $1`,
    version: `SELECT version FROM ${n.leads} WHERE id = $1`,
    // Created above every removed version (no version of an id repeats); FOR SHARE waits for a remove raising it, then reads the raise.
    insert: `INSERT INTO ${n.leads} (id, version, due_at, record)
      SELECT $1, r.version + 1, $2, $3::jsonb FROM ${n.removed} r FOR SHARE OF r
      ON CONFLICT (id) DO NOTHING RETURNING version`,
    update: `UPDATE ${n.leads} SET version = version + 1, due_at = $2, record = $3::jsonb WHERE id = $1 AND version = $4 RETURNING version`,
    // The raise comes first (the delete waits for it), so a create that sees the lead gone also sees the raise.
    remove: `WITH raised AS (
        UPDATE ${n.removed} SET version = GREATEST(version, $2)
        WHERE EXISTS (SELECT 1 FROM ${n.leads} WHERE id = $1 AND version = $2) RETURNING 1
      )
      DELETE FROM ${n.leads} WHERE id = $1 AND version = $2 AND EXISTS (SELECT 1 FROM raised) RETURNING id`,
    due: `SELECT l.id FROM ${n.leads} l
      WHERE l.due_at IS NOT NULL AND l.due_at <= $1
        AND NOT EXISTS (SELECT 1 FROM ${n.leases} s WHERE s.id = l.id AND s.until > $1)
      ORDER BY l.due_at, l.id LIMIT $2`,
    claimDue: `WITH picked AS (
        SELECT l.id, l.due_at FROM ${n.leads} l
        WHERE l.due_at IS NOT NULL AND l.due_at <= $1
          AND NOT EXISTS (SELECT 1 FROM ${n.leases} s WHERE s.id = l.id AND s.until > $1)
        ORDER BY l.due_at, l.id LIMIT $2
        FOR UPDATE OF l SKIP LOCKED
      ), claimed AS (
        INSERT INTO ${n.leases} AS s (id, owner, until) SELECT id, $3, $4 FROM picked
        ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, until = excluded.until
        WHERE s.owner = excluded.owner OR s.until <= $1
        RETURNING s.id
      )
      SELECT p.id FROM picked p JOIN claimed c ON c.id = p.id ORDER BY p.due_at, p.id`,
    claim: `INSERT INTO ${n.leases} AS s (id, owner, until) VALUES ($1, $2, $3)
      ON CONFLICT (id) DO UPDATE SET owner = excluded.owner, until = excluded.until
      WHERE s.owner = excluded.owner OR s.until <= $4
      RETURNING s.id`,
    release: `DELETE FROM ${n.leases} WHERE id = $1 AND owner = $2`,
    page: `SELECT id, version, record FROM ${n.leads} WHERE id > $1 ORDER BY id LIMIT $2`,
    removedRow: `SELECT 1 FROM ${n.removed}`,
  };

  const foundVersion = async (leadId: string): Promise<number> => {
    const { rows } = await pool.query(sql.version, [leadId]);
    return rows.length === 0 ? 0 : Number((rows[0] as Row).version);
  };
  // A create and a remove both read the one row of <table>_removed: without it, each is refused at the very version
  // found, for ever (a refusal a race gives once, as a remove waiting on a create can). Asked only after such a refusal.
  const checkRemovedRow = async (operation: string, leadId: string): Promise<void> => {
    const { rows } = await pool.query(sql.removedRow, []);
    if (rows.length === 0)
      throw new EngineError(
        "store_failed",
        `Store ${operation} for lead ${JSON.stringify(leadId)} failed: ${n.removed} holds no row (emptied by hand?): run migrate, which puts it back`,
      );
  };

  return {
    async get(leadId) {
      const { rows } = await pool.query(sql.select, [leadId]);
      const row = rows[0] as Row | undefined;
      return row === undefined ? undefined : versioned(row);
    },
    async write(record: StoredLead, expectedVersion: number): Promise<WriteResult> {
      const id = record.lead.id;
      const json = JSON.stringify(record);
      const { rows } =
        expectedVersion === 0
          ? await pool.query(sql.insert, [id, roundedUp(record.dueAt), json])
          : await pool.query(sql.update, [id, roundedUp(record.dueAt), json, expectedVersion]);
      if (rows.length === 1) return { ok: true, version: Number((rows[0] as Row).version) };
      const found = await foundVersion(id);
      if (found === 0 && expectedVersion === 0) await checkRemovedRow("write", id);
      return { ok: false, version: found };
    },
    async remove(leadId: string, expectedVersion: number): Promise<WriteResult> {
      if (expectedVersion !== 0) {
        const { rows } = await pool.query(sql.remove, [leadId, expectedVersion]);
        if (rows.length === 1) return { ok: true, version: 0 };
      }
      const found = await foundVersion(leadId);
      if (found !== 0 && found === expectedVersion) await checkRemovedRow("remove", leadId);
      return { ok: found === 0 && expectedVersion === 0, version: found };
    },
    async due(at: number, limit: number): Promise<string[]> {
      const { rows } = await pool.query(sql.due, [Math.floor(at), limit]);
      return rows.map((r) => (r as { id: string }).id);
    },
    async claimDue(at: number, limit: number, owner: string, until: number): Promise<string[]> {
      const { rows } = await pool.query(sql.claimDue, [Math.floor(at), limit, owner, roundedUp(until)]);
      return rows.map((r) => (r as { id: string }).id);
    },
    async claim(leadId: string, owner: string, until: number, now: number): Promise<boolean> {
      const { rows } = await pool.query(sql.claim, [leadId, owner, roundedUp(until), Math.floor(now)]);
      return rows.length === 1;
    },
    async release(leadId: string, owner: string): Promise<void> {
      await pool.query(sql.release, [leadId, owner]);
    },
    async *scan(): AsyncIterable<VersionedLead> {
      let after = "";
      for (;;) {
        const { rows } = await pool.query(sql.page, [after, pageSize]);
        for (const row of rows) yield versioned(row as Row);
        if (rows.length < pageSize) return;
        after = (rows[rows.length - 1] as { id: string }).id;
      }
    },
  };
}

/**
 * An instant as the `bigint` columns keep it: whole milliseconds, rounded towards later (a due
 * instant, a lease's end). Instants asked about (`at`, `now`) are rounded towards earlier, so a
 * fractional clock never lists a lead before it is due nor frees a lease before it ends.
 */
function roundedUp(ms: number | null): number | null {
  return ms === null ? null : Math.ceil(ms);
}

/** A row as a fresh record: drivers parse `jsonb` into a new object (some hand back the text). */
function versioned(row: Row): VersionedLead {
  const record = (typeof row.record === "string" ? JSON.parse(row.record) : row.record) as StoredLead;
  return { record, version: Number(row.version) };
}
