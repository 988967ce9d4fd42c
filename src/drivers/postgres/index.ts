/**
 * `lead-cadence/postgres`: a `Store` on PostgreSQL through `pg` (an optional peer: this entry
 * only calls `query` on the pool it is given, so it never loads `pg` itself). See docs/scaling.md.
 */
export { createPostgresStore, type PostgresStore, type PostgresStoreOptions } from "./postgresStore.js";
export { migrate, DEFAULT_MIGRATE_LOCK_TIMEOUT_MS, type MigrateOptions, type MigrateResult } from "./migrate.js";
export { postgresMigrations, postgresSchemaSql, type PostgresMigration } from "./migrations.js";
export { tableNames, DEFAULT_TABLE, type PostgresTableOptions, type TableNames } from "./tableNames.js";
export type { PostgresQueryable, PostgresResult } from "./queryable.js";
