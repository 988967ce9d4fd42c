import type { PostgresQueryable } from "./queryable.js";

/** SQLSTATEs of a statement the server aborted (and rolled back) for racing another: serialization failure, deadlock. */
const RACE_ABORTED = new Set(["40001", "40P01"]);
/** Runs of a statement aborted for racing another; each run sees what the one it raced committed, so a second rarely races again. */
const RACE_RUNS = 10;

/**
 * The handle with every statement run again when the server aborts it for racing another (SQLSTATE
 * 40001, 40P01): under a default isolation of `repeatable read` or `serializable` (set per role or
 * database) concurrent claims and writes of one lead, and concurrent migrations, abort instead of
 * waiting. Only single atomic statements go through it: one that aborted was rolled back, so running
 * it again is safe, and its answer (a refused compare-and-set, a lease held, a version already
 * applied) is the one read committed would have given.
 */
export function retryingAborted(pool: PostgresQueryable): PostgresQueryable {
  return {
    async query(text, values) {
      for (let run = 1; ; run++) {
        try {
          return await pool.query(text, values);
        } catch (error) {
          const code = (error as { code?: unknown } | null)?.code;
          if (run >= RACE_RUNS || typeof code !== "string" || !RACE_ABORTED.has(code)) throw error;
        }
      }
    },
  };
}
