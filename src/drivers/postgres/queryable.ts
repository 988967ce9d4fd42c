/** One result of {@link PostgresQueryable.query}: only `rows` is read. */
export interface PostgresResult {
  readonly rows: readonly unknown[];
}

/**
 * What the Postgres store needs of a database handle: a parameterised `query`. A `pg.Pool` (the
 * usual choice: each call borrows a connection), a `pg.Client` and a PGlite instance all fit.
 * Every statement the store sends is a single atomic statement, so no transaction is ever held
 * across calls.
 */
export interface PostgresQueryable {
  query(text: string, values?: unknown[]): Promise<PostgresResult>;
}
