import type { StoredLead } from "./store.js";

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

/** Calls `write` with `record` offered to keep; `kept` says whether the store kept the object itself. */
export function writeOffered<T>(record: object, write: () => T): { readonly result: T; readonly kept: boolean } {
  offered = record;
  kept = undefined;
  try {
    const result = write();
    return { result, kept: kept === record };
  } finally {
    offered = undefined;
    kept = undefined;
  }
}

/** Called by the memory store inside `write`: true (the store may keep `record` as it is) when the engine offered it. */
export function keepOffered(record: object): boolean {
  if (offered !== record) return false;
  offered = undefined;
  kept = record;
  return true;
}

/** What a store reads for the engine to drive: its own record, uncopied, with its version (see {@link shareReads}). */
export type SharedRead = (leadId: string) => { readonly record: StoredLead; readonly version: number } | undefined;

const sharedReaders = new WeakMap<object, SharedRead>();

/**
 * Registers `store`'s reader of its own records (the memory store does, for itself only: a store
 * that wraps it is another object and reads as usual). The engine drives a lead from such a record
 * through `drivingCopy`, never changing the record itself, so a read costs a copy of only what the
 * drive changes instead of a deep copy. Invariant: a record read this way is never changed by anyone.
 */
export function shareReads(store: object, read: SharedRead): void {
  sharedReaders.set(store, read);
}

/** The reader `store` registered with {@link shareReads}, if any. */
export function sharedReader(store: object): SharedRead | undefined {
  return sharedReaders.get(store);
}
