import { CadenceError } from "../../errors/index.js";
import { LATEST_VERSION } from "./migrations.js";
import type { PostgresQueryable } from "./queryable.js";
import type { TableNames } from "./tableNames.js";

/** SQLSTATEs of a statement naming what the store's migrations create: an undefined table, column or schema. */
const NOT_CREATED = new Set(["42P01", "42703", "3F000"]);

/**
 * The handle with a statement refused for naming a table, column or schema that does not exist
 * turned into a `CadenceError` `schema_too_old` saying to run `migrate`: the tables were never
 * created, or are older than this code (it started before its migration ran), or the `table` or
 * `schema` option is misspelt. The server's error is `cause`.
 */
export function schemaTooOld(pool: PostgresQueryable, n: TableNames): PostgresQueryable {
  return {
    async query(text, values) {
      try {
        return await pool.query(text, values);
      } catch (error) {
        const code = (error as { code?: unknown } | null)?.code;
        if (typeof code !== "string" || !NOT_CREATED.has(code)) throw error;
        throw new CadenceError(
          "schema_too_old",
          `Expected the tables of ${n.leads} at schema version ${LATEST_VERSION}: run migrate (or apply lead-cadence/sql/postgres.sql) before using the store; got: ${(error as Error).message}`,
          { cause: error },
        );
      }
    },
  };
}
