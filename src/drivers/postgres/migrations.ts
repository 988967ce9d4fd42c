import type { TableNames } from "./tableNames.js";

/** One schema change; `version`s are consecutive from 1 and never change once released. */
export interface PostgresMigration {
  readonly version: number;
  readonly description: string;
  /**
   * The oldest version whose code still runs on the schema this migration leaves, recorded beside
   * it: lower than `version` for a change older code does not notice (a new table, a nullable
   * column, an index), so processes of the previous release keep running through a rolling deploy;
   * `version` itself when older code would misread or miswrite the tables. Older code's `migrate`
   * refuses a schema recorded as needing newer code (`schema_too_new`).
   */
  readonly compatibleFrom: number;
  /**
   * The tables this migration creates, by `pg_class.relname`, with the columns it gives them. A table
   * already under one of those names must have them (one a partial run of the shipped SQL left), or
   * `migrate` refuses the `table` option rather than take over a table of the host's.
   */
  creates?(names: TableNames): readonly { readonly relname: string; readonly columns: readonly string[] }[];
  /** Idempotent DDL (`IF NOT EXISTS`), safe to run again by hand. */
  sql(names: TableNames): string;
}

/**
 * The schema, as migrations. A lead is one `jsonb` document keyed by its id, with the
 * compare-and-set version and the due-index key beside it; only `record.lead.id` and
 * `record.dueAt` are ever read out of the document. Instants are epoch milliseconds from the
 * engine's clock (`bigint`), never the server's `now()`.
 */
export const postgresMigrations: readonly PostgresMigration[] = [
  {
    version: 1,
    description: "leads (jsonb document, version, due_at) with a partial due index; leases",
    compatibleFrom: 1,
    creates: (n) => [
      { relname: n.relnames.leads, columns: ["id", "version", "due_at", "record"] },
      { relname: n.relnames.leases, columns: ["id", "owner", "until"] },
    ],
    sql: (n) => `CREATE TABLE IF NOT EXISTS ${n.leads} (
  id text PRIMARY KEY,
  version bigint NOT NULL CHECK (version > 0),
  due_at bigint,
  record jsonb NOT NULL
);
CREATE INDEX IF NOT EXISTS ${n.dueIndex} ON ${n.leads} (due_at, id) WHERE due_at IS NOT NULL;
CREATE TABLE IF NOT EXISTS ${n.leases} (
  id text PRIMARY KEY,
  owner text NOT NULL,
  until bigint NOT NULL
);
CREATE INDEX IF NOT EXISTS ${n.leaseUntilIndex} ON ${n.leases} (until);`,
  },
  {
    version: 2,
    description: "the highest version a removed lead had, so a lead created again never repeats a version",
    // A new table older code does not read: it keeps running through a rolling deploy (creating at version 1 as it always did).
    compatibleFrom: 1,
    creates: (n) => [{ relname: n.relnames.removed, columns: ["one", "version"] }],
    // One row: a create reads it (FOR SHARE) and a remove raises it before deleting, so a create racing a remove waits and sees the raise.
    sql: (n) => `CREATE TABLE IF NOT EXISTS ${n.removed} (
  one boolean PRIMARY KEY DEFAULT true CHECK (one),
  version bigint NOT NULL
);
INSERT INTO ${n.removed} (one, version) VALUES (true, 0) ON CONFLICT (one) DO NOTHING;`,
  },
];

/** The newest schema version this code knows. */
export const LATEST_VERSION = Math.max(...postgresMigrations.map((m) => m.version));

/** The table recording applied migrations (created before any migration runs). */
export function migrationsTableSql(n: TableNames): string {
  return `CREATE TABLE IF NOT EXISTS ${n.migrations} (
  version integer PRIMARY KEY,
  description text NOT NULL,
  applied_at timestamptz NOT NULL DEFAULT now(),
  applied_by text,
  compatible_from integer
);`;
}

/**
 * Every migration as one plain SQL script, for teams that run their own migration tool. Every
 * statement is idempotent, so the script may be run any number of times.
 */
export function postgresSchemaSql(n: TableNames): string {
  const steps = postgresMigrations.map(
    (m) => `-- ${m.version}: ${m.description}
${m.sql(n)}
INSERT INTO ${n.migrations} (version, description, compatible_from) VALUES (${m.version}, ${sqlText(m.description)}, ${m.compatibleFrom}) ON CONFLICT (version) DO NOTHING;`,
  );
  return `-- lead-cadence PostgreSQL schema (generated from the package's migrations; do not edit).
${migrationsTableSql(n)}

${steps.join("\n\n")}
`;
}

/** `text` as a SQL string literal. */
export function sqlText(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}
