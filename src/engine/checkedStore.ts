import { describeValue, isCadenceError } from "../errors/index.js";
import { EngineError } from "./errors.js";
import type { Store, StoredLead, VersionedLead } from "./store.js";

/**
 * The host's store with every failure typed: a rejection that is not already a `CadenceError` (a lost
 * connection, a server error) becomes an `EngineError` `store_failed` naming the operation and the
 * lead, with the store's own error as `cause` (its SQLSTATE, its Redis reply). Answers pass through
 * unchanged; so do the store's other members (a Redis store's `keys`), read through the prototype.
 */
export function checkedStore(store: Store): Store {
  const checked = Object.create(store) as Store;
  const calls = {
    get: (leadId: string) => typed("get", leadId, () => store.get(leadId)),
    write: (record: StoredLead, expectedVersion: number) => typed("write", record.lead.id, () => store.write(record, expectedVersion)),
    remove: (leadId: string, expectedVersion: number) => typed("remove", leadId, () => store.remove(leadId, expectedVersion)),
    due: (at: number, limit: number) => typed("due", undefined, () => store.due(at, limit)),
    claim: (leadId: string, owner: string, until: number, now: number) => typed("claim", leadId, () => store.claim(leadId, owner, until, now)),
    release: (leadId: string, owner: string) => typed("release", leadId, () => store.release(leadId, owner)),
    scan: () => typedScan(store),
  };
  Object.assign(checked, calls);
  const claimDue = store.claimDue;
  if (typeof claimDue === "function")
    checked.claimDue = (at, limit, owner, until) => typed("claimDue", undefined, () => claimDue.call(store, at, limit, owner, until));
  return checked;
}

async function typed<T>(operation: string, leadId: string | undefined, call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw storeFailed(operation, leadId, error);
  }
}

async function* typedScan(store: Store): AsyncIterable<VersionedLead> {
  try {
    yield* store.scan();
  } catch (error) {
    throw storeFailed("scan", undefined, error);
  }
}

/**
 * A store's failure typed: a `CadenceError` as it is, anything else (a lost connection, a pool with no
 * free connection, a server error) an `EngineError` `store_failed` naming the operation and the lead,
 * with the store's error as `cause`.
 */
export function storeFailed(operation: string, leadId: string | undefined, error: unknown): unknown {
  if (isCadenceError(error)) return error;
  const lead = leadId === undefined ? "" : ` for lead ${JSON.stringify(leadId)}`;
  const why = error instanceof Error ? error.message : describeValue(error);
  return new EngineError("store_failed", `Store ${operation}${lead} failed: ${why}`, { cause: error });
}
