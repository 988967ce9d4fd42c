import { ArgumentError, describeValue } from "../../errors/index.js";

/** Where the store keeps its tables. */
export interface PostgresTableOptions {
  /**
   * The leads table; the leases table is `<table>_leases`, the highest removed version `<table>_removed`,
   * the applied migrations `<table>_migrations`.
   * @default "lead_cadence_leads"
   */
  readonly table?: string;
  /** The schema holding the tables; the connection's `search_path` when absent. */
  readonly schema?: string;
}

/** Quoted, schema-qualified table and index names. */
export interface TableNames {
  readonly leads: string;
  readonly leases: string;
  /** One row: the highest version a removed lead had (a lead is created above it). */
  readonly removed: string;
  readonly migrations: string;
  /** Unqualified names: Postgres creates an index in its table's schema. */
  readonly dueIndex: string;
  readonly leaseUntilIndex: string;
  /** The tables' names as `pg_class.relname` holds them (unquoted, case kept). */
  readonly relnames: { readonly leads: string; readonly leases: string; readonly removed: string; readonly migrations: string };
  /**
   * A SQL expression of the schema the tables are in: the `schema` option, or the one the server
   * creates unqualified tables in (`current_schema()`, the first existing schema on the `search_path`).
   */
  readonly schema: string;
  /**
   * A SQL expression naming this set of tables in advisory locks, by the schema they resolve to on
   * the server: processes that name the schema and processes that find it on their `search_path`
   * take one lock. Never change its text: processes of two releases migrating at once must share it.
   */
  readonly lockKey: string;
}

export const DEFAULT_TABLE = "lead_cadence_leads";

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]{0,39}$/;

function identifier(option: string, value: unknown): string {
  if (typeof value !== "string" || !IDENTIFIER.test(value)) {
    throw new ArgumentError(
      option,
      `Expected ${option} to be a plain SQL identifier (letters, digits, _; at most 40 characters, not starting with a digit), got ${describeValue(value)}`,
    );
  }
  return value;
}

/** Validates the options and builds the names; identifiers are quoted, so their case is kept. */
export function tableNames(options: PostgresTableOptions = {}): TableNames {
  const table = identifier("table", options.table ?? DEFAULT_TABLE);
  const schema = options.schema === undefined ? undefined : identifier("schema", options.schema);
  const q = (name: string): string => (schema === undefined ? `"${name}"` : `"${schema}"."${name}"`);
  const leases = `${table}_leases`;
  const removed = `${table}_removed`;
  const resolvedSchema = schema === undefined ? "coalesce(current_schema(), '')" : `'${schema}'`;
  return {
    leads: q(table),
    leases: q(leases),
    removed: q(removed),
    migrations: q(`${table}_migrations`),
    dueIndex: `"${table}_due"`,
    leaseUntilIndex: `"${table}_leases_until"`,
    relnames: { leads: table, leases, removed, migrations: `${table}_migrations` },
    schema: resolvedSchema,
    lockKey: `'lead-cadence:' || ${resolvedSchema} || '.${table}'`,
  };
}
