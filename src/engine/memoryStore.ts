import { jsonCopy } from "../primitives/jsonCopy.js";
import { keepOffered, offerDirect, type DirectStore } from "./recordHandoff.js";
import type { Store, StoredLead, VersionedLead, WriteResult } from "./store.js";

interface Entry {
  readonly id: string;
  /**
   * The store's own copy of the record: never changed, never handed out (copied out on read; read
   * as it is only by an engine driving the lead, which copies what it changes), never aliased: copied
   * in on write, unless the engine offered the object it will never change again (`recordHandoff.ts`).
   */
  record: StoredLead;
  version: number;
  /** The due-index key; `null` also once the lead is removed, so every heap slot of a removed entry is dead. */
  dueAt: number | null;
}

/**
 * The embedded default store: a map of records (each the store's own {@link jsonCopy}, or the
 * object the engine handed over; copied on every read but the engine's own read to drive a lead,
 * which copies what it changes: nothing aliases it) plus a binary min-heap on `dueAt` with lazy
 * deletion (a heap slot is live only while it matches the lead's current `dueAt`; the slots a `due`
 * takes stay out of the heap until the next `due`, which puts back only those still live).
 * Single-process only: leases and versions live in this object.
 * @example const engine = createEngine({ plans, adapters, store: createMemoryStore() });
 */
export function createMemoryStore(): Store & { readonly size: number } {
  const leads = new Map<string, Entry>();
  const leases = new Map<string, { owner: string; until: number }>();
  // The highest version a removed lead had: a lead is created above it, so no version of an id repeats (keeps nothing of the lead but a number).
  let removedAbove = 0;
  const heapAt: number[] = [];
  // A slot names the entry itself, so a due check needs no lookup by id.
  const heapEntry: Entry[] = [];

  const push = (at: number, entry: Entry): void => {
    let i = heapAt.length;
    heapAt.push(at);
    heapEntry.push(entry);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heapAt[parent] as number) <= at) break;
      heapAt[i] = heapAt[parent] as number;
      heapEntry[i] = heapEntry[parent] as Entry;
      i = parent;
    }
    heapAt[i] = at;
    heapEntry[i] = entry;
  };
  const pop = (): void => {
    const lastAt = heapAt.pop() as number;
    const lastEntry = heapEntry.pop() as Entry;
    const n = heapAt.length;
    if (n === 0) return;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && (heapAt[r] as number) < (heapAt[l] as number) ? r : l;
      if ((heapAt[c] as number) >= lastAt) break;
      heapAt[i] = heapAt[c] as number;
      heapEntry[i] = heapEntry[c] as Entry;
      i = c;
    }
    heapAt[i] = lastAt;
    heapEntry[i] = lastEntry;
  };
  // Live slots the last `due` took out of the heap: back in at the next `due` unless dead by then
  // (a lead `runDue` drove meanwhile has a new `dueAt`: its slot is dropped instead of pushed and popped again).
  const takenAt: number[] = [];
  const takenEntry: Entry[] = [];
  const compact = (): void => {
    heapAt.length = 0;
    heapEntry.length = 0;
    takenAt.length = 0;
    takenEntry.length = 0;
    for (const e of leads.values()) if (e.dueAt !== null) push(e.dueAt, e);
  };

  const write = (record: StoredLead, expectedVersion: number): WriteResult => {
    const id = record.lead.id;
    const e = leads.get(id);
    const current = e?.version ?? 0;
    if (current !== expectedVersion) return { ok: false, version: current };
    const copy = keepOffered(record) ? record : jsonCopy(record);
    const dueAt = record.dueAt;
    let entry = e;
    if (entry === undefined) {
      entry = { id, record: copy, version: removedAbove + 1, dueAt };
      leads.set(id, entry);
    } else {
      entry.record = copy;
      entry.version = current + 1;
      if (entry.dueAt === dueAt) return { ok: true, version: entry.version };
      entry.dueAt = dueAt;
    }
    if (dueAt !== null) push(dueAt, entry);
    if (heapAt.length > 2 * leads.size + 1024) compact();
    return { ok: true, version: entry.version };
  };
  const claim = (leadId: string, owner: string, until: number, now: number): boolean => {
    const lease = leases.get(leadId);
    if (lease !== undefined && lease.owner !== owner && lease.until > now) return false;
    leases.set(leadId, { owner, until });
    return true;
  };
  const release = (leadId: string, owner: string): void => {
    if (leases.get(leadId)?.owner === owner) leases.delete(leadId);
  };

  const store: Store & { readonly size: number } = {
    get size() {
      return leads.size;
    },
    async get(leadId: string): Promise<VersionedLead | undefined> {
      const e = leads.get(leadId);
      return e === undefined ? undefined : { record: jsonCopy(e.record), version: e.version };
    },
    write: async (record, expectedVersion) => write(record, expectedVersion),
    async remove(leadId: string, expectedVersion: number): Promise<WriteResult> {
      const e = leads.get(leadId);
      const current = e?.version ?? 0;
      if (current !== expectedVersion) return { ok: false, version: current };
      // Heap slots of a removed lead are dead: `due` skips slots that no longer match their entry's `dueAt`.
      if (e !== undefined) e.dueAt = null;
      if (current > removedAbove) removedAbove = current;
      leads.delete(leadId);
      return { ok: true, version: 0 };
    },
    async due(at: number, limit: number): Promise<string[]> {
      for (let i = 0; i < takenAt.length; i++) {
        const entry = takenEntry[i] as Entry;
        if (entry.dueAt === takenAt[i]) push(entry.dueAt, entry);
      }
      takenAt.length = 0;
      takenEntry.length = 0;
      const out: string[] = [];
      const seen = new Set<string>();
      while (out.length < limit && heapAt.length > 0 && (heapAt[0] as number) <= at) {
        const slotAt = heapAt[0] as number;
        const entry = heapEntry[0] as Entry;
        pop();
        const id = entry.id;
        if (entry.dueAt !== slotAt || seen.has(id)) continue;
        seen.add(id);
        takenAt.push(slotAt);
        takenEntry.push(entry);
        const lease = leases.get(id);
        if (lease === undefined || lease.until <= at) out.push(id);
      }
      return out;
    },
    claim: async (leadId, owner, until, now) => claim(leadId, owner, until, now),
    release: async (leadId, owner) => release(leadId, owner),
    async *scan(): AsyncIterable<VersionedLead> {
      for (const e of [...leads.values()]) yield { record: jsonCopy(e.record), version: e.version };
    },
  };
  // The engine drives a lead without a promise per step, from the record itself, copying only what it changes (`drivingCopy`).
  const direct: DirectStore = {
    read(leadId) {
      const e = leads.get(leadId);
      return e === undefined ? undefined : { record: e.record, version: e.version };
    },
    claim,
    write,
    release,
  };
  offerDirect(store, direct);
  return store;
}
