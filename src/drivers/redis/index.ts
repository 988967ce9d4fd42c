/**
 * `lead-cadence/redis`: a `Store` on Redis through `ioredis` (an optional peer: this entry only
 * calls the client it is given, so it never loads `ioredis` itself). See docs/scaling.md.
 */
export { createRedisStore, type RedisStore, type RedisStoreOptions } from "./redisStore.js";
