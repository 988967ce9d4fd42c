import type { PostgresQueryable } from "./queryable.js";

/** SQLSTATEs of a statement the server aborted (and rolled back) for racing another: serialization failure, deadlock. */
const RACE_ABORTED = new Set(["40001", "40P01"]);
/** Runs of a statement aborted for racing another; each run sees what the one it raced committed, so a second rarely races again. */
const RACE_RUNS = 10;

/**
 * SQLSTATEs of a connection the server ended (administrator or crash shutdown, a restart, a failover,
 * `pg_terminate_backend`) and of a connection failure, as the server or pg reports them.
 */
const CONNECTION_ENDED = new Set(["57P01", "57P02", "57P03", "08000", "08003", "08006", "ECONNRESET", "EPIPE"]);
/** What pg throws for a query on a connection that closed under it, or one already known to be broken. */
const CONNECTION_LOST = /^(?:Connection terminated unexpectedly|Client has encountered a connection error and is not queryable)$/;
/**
 * Runs of a statement whose connection was lost. Each lost run takes one dead connection out of the
 * pool (pg drops a client that errs), so a pool whose idle connections a restart dropped all at once
 * serves the statement on a new one after at most as many runs as it had idle; a server that is
 * down answers the new connection's attempt with an error that is not retried (`ECONNREFUSED`).
 */
const LOST_RUNS = 64;

/**
 * The handle with a statement run again when the server aborted it for racing another, or when its
 * connection was lost:
 * - **Aborted for racing (SQLSTATE 40001, 40P01):** under a default isolation of `repeatable read` or
 *   `serializable` (set per role or database) concurrent claims and writes of one lead, and concurrent
 *   migrations, abort instead of waiting. One that aborted was rolled back, so running it again is
 *   safe, and its answer (a refused compare-and-set, a lease held, a version already applied) is the
 *   one read committed would have given.
 * - **Connection lost** (one the server dropped while it sat idle in the pool and that the statement
 *   found dead, or one lost while the statement ran): the statement may or may not have run. Every
 *   statement the store and `migrate` send is a single one whose second run is harmless: reads; a
 *   compare-and-set whose second run after a first that committed is refused at the next version,
 *   which the engine reads back and finds is its own write (as after a client that resends a request
 *   whose reply it lost); a lease claim or release by the same owner; a removal refused the same way;
 *   `migrate`'s versions applied only where not recorded. A batch claim (`claimDue`) that committed and
 *   ran again leaves its first run's leases until they end: those leads wait, none is sent twice.
 *
 * Only single atomic statements go through it (no transaction spans two calls). With
 * `lostConnection: false` (`migrate`) a lost connection fails the call: a migration runs once at a
 * process's start, on connections just made, and one that lost its connection is the process's to
 * run again (a server ending the migration's backend means an operator or a failover ended it).
 */
export function retriedStatements(pool: PostgresQueryable, { lostConnection }: { readonly lostConnection: boolean }): PostgresQueryable {
  return {
    async query(text, values) {
      let raced = 0;
      let lost = 0;
      for (;;) {
        try {
          return await pool.query(text, values);
        } catch (error) {
          if (racedAborted(error) && ++raced < RACE_RUNS) continue;
          if (lostConnection && connectionLost(error) && ++lost < LOST_RUNS) continue;
          throw error;
        }
      }
    },
  };
}

function racedAborted(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && RACE_ABORTED.has(code);
}

function connectionLost(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string") return CONNECTION_ENDED.has(code);
  return error instanceof Error && CONNECTION_LOST.test(error.message);
}
