import { createHash } from "node:crypto";
import type { Cluster, Redis } from "ioredis";
import type { Store, StoredLead, VersionedLead, WriteResult } from "../../engine/index.js";
import { ArgumentError, describeValue } from "../../errors/index.js";
import { CLAIM, DUE, RELEASE, REMOVE, WRITE } from "./scripts.js";

/** Options of {@link createRedisStore}. */
export interface RedisStoreOptions {
  /** An ioredis client (`new Redis(url)`) or cluster (`new Cluster(nodes)`). The store never closes it. */
  readonly redis: Redis | Cluster;
  /**
   * Names the keys: `{<prefix>}:leads`, `{<prefix>}:due`, `{<prefix>}:leases`, `{<prefix>}:removed`. The braces are a
   * Redis Cluster hash tag: every key of one store lives in one slot, as its scripts require.
   * @default "lead-cadence"
   */
  readonly prefix?: string;
  /**
   * Entries read per round trip by `scan`.
   * @default 500
   */
  readonly scanPageSize?: number;
}

/** The Redis store: the `Store` contract plus a batch claim of due leads. */
export interface RedisStore extends Store {
  /** Claims up to `limit` due leads without a live lease for `owner` until `until`, in one script. */
  claimDue(at: number, limit: number, owner: string, until: number): Promise<string[]>;
  /** The keys this store uses. */
  readonly keys: { readonly leads: string; readonly due: string; readonly leases: string; readonly removed: string };
}

interface Script {
  readonly text: string;
  readonly sha: string;
}

const script = (text: string): Script => ({ text, sha: createHash("sha1").update(text).digest("hex") });
const scripts = { write: script(WRITE), remove: script(REMOVE), due: script(DUE), claim: script(CLAIM), release: script(RELEASE) };

/**
 * A `Store` on Redis through ioredis: compare-and-set, the due index (a sorted set) and leases are
 * Lua scripts, one round trip each (`EVALSHA`, falling back to `EVAL` once after a server restart
 * or failover empties the script cache). For a store of record Redis must not evict keys
 * (`maxmemory-policy noeviction`) and must persist them (AOF `appendfsync everysec`, or a managed
 * Redis with persistence): see docs/scaling.md. Passes `storeConformance`.
 * @throws {ArgumentError} for bad options.
 * @example
 * import { Redis } from "ioredis";
 * import { createRedisStore } from "lead-cadence/redis";
 * const store = createRedisStore({ redis: new Redis(process.env.REDIS_URL) });
 */
export function createRedisStore(options: RedisStoreOptions): RedisStore {
  if (options === null || typeof options !== "object") throw new ArgumentError("options", `Expected Redis store options, got ${describeValue(options)}`);
  const { redis } = options;
  if (redis === null || typeof redis !== "object" || typeof redis.evalsha !== "function" || typeof redis.hget !== "function") {
    throw new ArgumentError("redis", `Expected redis to be an ioredis Redis or Cluster client, got ${describeValue(redis)}`);
  }
  const prefix = options.prefix ?? "lead-cadence";
  if (typeof prefix !== "string" || prefix === "" || /[{}]/.test(prefix)) {
    throw new ArgumentError("prefix", `Expected prefix to be a non-empty string without braces, got ${describeValue(prefix)}`);
  }
  const pageSize = options.scanPageSize ?? 500;
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new ArgumentError("scanPageSize", `Expected scanPageSize to be a positive integer, got ${describeValue(pageSize)}`);
  const keys = { leads: `{${prefix}}:leads`, due: `{${prefix}}:due`, leases: `{${prefix}}:leases`, removed: `{${prefix}}:removed` };

  const run = async (s: Script, keyList: readonly string[], args: readonly (string | number)[]): Promise<unknown> => {
    try {
      return await redis.evalsha(s.sha, keyList.length, ...keyList, ...args);
    } catch (error) {
      if (!(error instanceof Error) || !error.message.startsWith("NOSCRIPT")) throw error;
      return redis.eval(s.text, keyList.length, ...keyList, ...args);
    }
  };
  const result = (reply: unknown): WriteResult => {
    const [ok, version] = reply as [number, number];
    return { ok: ok === 1, version: Number(version) };
  };

  return {
    keys,
    async get(leadId: string): Promise<VersionedLead | undefined> {
      const entry = await redis.hget(keys.leads, leadId);
      return entry === null ? undefined : parseEntry(entry);
    },
    async write(record: StoredLead, expectedVersion: number): Promise<WriteResult> {
      return result(
        await run(scripts.write, [keys.leads, keys.due, keys.removed], [record.lead.id, expectedVersion, JSON.stringify(record), record.dueAt ?? ""]),
      );
    },
    async remove(leadId: string, expectedVersion: number): Promise<WriteResult> {
      return result(await run(scripts.remove, [keys.leads, keys.due, keys.removed], [leadId, expectedVersion]));
    },
    async due(at: number, limit: number): Promise<string[]> {
      return (await run(scripts.due, [keys.due, keys.leases], [at, limit, "", ""])) as string[];
    },
    async claimDue(at: number, limit: number, owner: string, until: number): Promise<string[]> {
      // The script reads an empty owner as `due`'s "list, do not lease": a claim needs one naming its holder.
      if (typeof owner !== "string" || owner === "")
        throw new ArgumentError("owner", `Expected owner to be a non-empty string naming the lease holder, got ${describeValue(owner)}`);
      return (await run(scripts.due, [keys.due, keys.leases], [at, limit, owner, until])) as string[];
    },
    async claim(leadId: string, owner: string, until: number, now: number): Promise<boolean> {
      return (await run(scripts.claim, [keys.leases], [leadId, owner, until, now])) === 1;
    },
    async release(leadId: string, owner: string): Promise<void> {
      await run(scripts.release, [keys.leases], [leadId, owner]);
    },
    async *scan(): AsyncIterable<VersionedLead> {
      // HSCAN may return an entry twice while the hash is resized: ids already yielded are skipped.
      const seen = new Set<string>();
      let cursor = "0";
      do {
        const [next, flat] = await redis.hscan(keys.leads, cursor, "COUNT", pageSize);
        cursor = next;
        for (let i = 0; i + 1 < flat.length; i += 2) {
          const id = flat[i] as string;
          if (seen.has(id)) continue;
          seen.add(id);
          yield parseEntry(flat[i + 1] as string);
        }
      } while (cursor !== "0");
    },
  };
}

function parseEntry(entry: string): VersionedLead {
  const sep = entry.indexOf(":");
  return { version: Number(entry.slice(0, sep)), record: JSON.parse(entry.slice(sep + 1)) as StoredLead };
}
