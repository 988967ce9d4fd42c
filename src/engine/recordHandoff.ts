import type { StoredLead, WriteResult } from "./store.js";

/**
 * A private handoff between the engine and the memory store, so a record is copied once per write
 * instead of twice. The engine offers a record it will never change again for the length of one
 * synchronous `write` call (`writeOffered`); the memory store, whose `write` decides before it
 * returns, may then keep that object itself rather than a copy (`keepOffered`), and the engine
 * learns that it did and goes on, if it goes on, with a copy of its own. Any other store ignores the
 * offer (so does a store that reaches the memory store only after an `await`), and a record nobody
 * offered is always copied: the `Store` contract (nothing aliased) holds for every caller.
 * Invariant: an object the memory store keeps uncopied is one the engine never changes again.
 */
let offered: object | undefined;
let kept: object | undefined;

/**
 * Calls `write` with `record` offered to keep; `told` learns whether the store kept the object
 * itself, also when `write` throws (a store may keep it and then fail to answer: the record is then
 * the store's, and the engine must not change it).
 */
export function writeOffered<T>(record: object, write: () => T, told: (kept: boolean) => void): T {
  offered = record;
  kept = undefined;
  try {
    return write();
  } finally {
    const keptIt = kept === record;
    offered = undefined;
    kept = undefined;
    told(keptIt);
  }
}

/** Called by the memory store inside `write`: true (the store may keep `record` as it is) when the engine offered it. */
export function keepOffered(record: object): boolean {
  if (offered !== record) return false;
  offered = undefined;
  kept = record;
  return true;
}

/**
 * What a store whose every answer is decided at once (the memory store) offers the engine, for
 * that store object only (a store that wraps it is another object, used as usual): the same
 * operations as its `Store` methods, answered without a promise, so a drive on it waits for nothing
 * but asynchronous adapters; and `read`, its own record uncopied.
 */
export interface DirectStore {
  /**
   * The store's own record, uncopied, with its version. The engine drives a lead from it through
   * `drivingCopy`, never changing the record itself: a read costs a copy of only what the drive
   * changes instead of a deep copy. Invariant: a record read this way is never changed by anyone.
   */
  read(leadId: string): { readonly record: StoredLead; readonly version: number } | undefined;
  claim(leadId: string, owner: string, until: number, now: number): boolean;
  write(record: StoredLead, expectedVersion: number): WriteResult;
  release(leadId: string, owner: string): void;
}

const directStores = new WeakMap<object, DirectStore>();

/** Registers `store`'s direct operations (see {@link DirectStore}); they must behave exactly as its `Store` methods. */
export function offerDirect(store: object, direct: DirectStore): void {
  directStores.set(store, direct);
}

/** The direct operations `store` registered with {@link offerDirect}, if any. */
export function directOf(store: object): DirectStore | undefined {
  return directStores.get(store);
}
