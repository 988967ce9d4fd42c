import { jsonCopy } from "../primitives/jsonCopy.js";
import { keepOffered, shareReads } from "./recordHandoff.js";
import type { Store, StoredLead, VersionedLead, WriteResult } from "./store.js";

interface Entry {
  /**
   * The store's own copy of the record: never changed, never handed out (copied out on read; read
   * as it is only by an engine driving the lead, which copies what it changes), never aliased: copied
   * in on write, unless the engine offered the object it will never change again (`recordHandoff.ts`).
   */
  record: StoredLead;
  version: number;
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
  const heapAt: number[] = [];
  const heapId: string[] = [];

  const push = (at: number, id: string): void => {
    let i = heapAt.length;
    heapAt.push(at);
    heapId.push(id);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if ((heapAt[parent] as number) <= at) break;
      heapAt[i] = heapAt[parent] as number;
      heapId[i] = heapId[parent] as string;
      i = parent;
    }
    heapAt[i] = at;
    heapId[i] = id;
  };
  const pop = (): void => {
    const lastAt = heapAt.pop() as number;
    const lastId = heapId.pop() as string;
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
      heapId[i] = heapId[c] as string;
      i = c;
    }
    heapAt[i] = lastAt;
    heapId[i] = lastId;
  };
  // Live slots the last `due` took out of the heap: back in at the next `due` unless dead by then
  // (a lead `runDue` drove meanwhile has a new `dueAt`: its slot is dropped instead of pushed and popped again).
  const takenAt: number[] = [];
  const takenId: string[] = [];
  const compact = (): void => {
    heapAt.length = 0;
    heapId.length = 0;
    takenAt.length = 0;
    takenId.length = 0;
    for (const [id, e] of leads) if (e.dueAt !== null) push(e.dueAt, id);
  };

  const store: Store & { readonly size: number } = {
    get size() {
      return leads.size;
    },
    async get(leadId: string): Promise<VersionedLead | undefined> {
      const e = leads.get(leadId);
      return e === undefined ? undefined : { record: jsonCopy(e.record), version: e.version };
    },
    async write(record: StoredLead, expectedVersion: number): Promise<WriteResult> {
      const id = record.lead.id;
      const e = leads.get(id);
      const current = e?.version ?? 0;
      if (current !== expectedVersion) return { ok: false, version: current };
      const copy = keepOffered(record) ? record : jsonCopy(record);
      const dueAt = record.dueAt;
      if (e === undefined) leads.set(id, { record: copy, version: 1, dueAt });
      else {
        e.record = copy;
        e.version = current + 1;
        if (e.dueAt === dueAt) return { ok: true, version: e.version };
        e.dueAt = dueAt;
      }
      if (dueAt !== null) push(dueAt, id);
      if (heapAt.length > 2 * leads.size + 1024) compact();
      return { ok: true, version: current + 1 };
    },
    async remove(leadId: string, expectedVersion: number): Promise<WriteResult> {
      const current = leads.get(leadId)?.version ?? 0;
      if (current !== expectedVersion) return { ok: false, version: current };
      // Heap slots of a removed lead are dead: `due` skips slots that no longer match a live record.
      leads.delete(leadId);
      return { ok: true, version: 0 };
    },
    async due(at: number, limit: number): Promise<string[]> {
      for (let i = 0; i < takenAt.length; i++) {
        const id = takenId[i] as string;
        if (leads.get(id)?.dueAt === takenAt[i]) push(takenAt[i] as number, id);
      }
      takenAt.length = 0;
      takenId.length = 0;
      const out: string[] = [];
      const seen = new Set<string>();
      while (out.length < limit && heapAt.length > 0 && (heapAt[0] as number) <= at) {
        const slotAt = heapAt[0] as number;
        const id = heapId[0] as string;
        pop();
        if (leads.get(id)?.dueAt !== slotAt || seen.has(id)) continue;
        seen.add(id);
        takenAt.push(slotAt);
        takenId.push(id);
        const lease = leases.get(id);
        if (lease === undefined || lease.until <= at) out.push(id);
      }
      return out;
    },
    async claim(leadId: string, owner: string, until: number, now: number): Promise<boolean> {
      const lease = leases.get(leadId);
      if (lease !== undefined && lease.owner !== owner && lease.until > now) return false;
      leases.set(leadId, { owner, until });
      return true;
    },
    async release(leadId: string, owner: string): Promise<void> {
      if (leases.get(leadId)?.owner === owner) leases.delete(leadId);
    },
    async *scan(): AsyncIterable<VersionedLead> {
      for (const e of [...leads.values()]) yield { record: jsonCopy(e.record), version: e.version };
    },
  };
  // The engine driving a lead reads the record itself and copies only what it changes (`drivingCopy`).
  shareReads(store, (leadId) => {
    const e = leads.get(leadId);
    return e === undefined ? undefined : { record: e.record, version: e.version };
  });
  return store;
}
