// The subset of better-sqlite3 (v12) this example uses, so the repository typechecks without it installed.
declare module "better-sqlite3" {
  interface RunResult {
    changes: number;
  }
  interface Statement<Row = unknown> {
    run(...params: unknown[]): RunResult;
    get(...params: unknown[]): Row | undefined;
    all(...params: unknown[]): Row[];
    iterate(...params: unknown[]): IterableIterator<Row>;
  }
  interface Database {
    prepare<Row = unknown>(sql: string): Statement<Row>;
    transaction<A extends unknown[], R>(fn: (...args: A) => R): (...args: A) => R;
    exec(sql: string): this;
    pragma(sql: string): unknown;
    close(): void;
  }
  interface DatabaseConstructor {
    new (filename: string): Database;
  }
  const Database: DatabaseConstructor;
  export default Database;
}
