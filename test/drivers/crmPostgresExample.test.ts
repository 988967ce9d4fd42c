import { describe, expect, it } from "vitest";
import { redisOptions } from "../../examples/crm-postgres/shared.js";

describe("examples/crm-postgres: REDIS_URL", () => {
  it("keeps the database, the user, the password and TLS of the URL, not only host and port", () => {
    expect(redisOptions("redis://127.0.0.1:6379")).toEqual({ host: "127.0.0.1", port: 6379, db: 0 });
    expect(redisOptions("redis://localhost")).toEqual({ host: "localhost", port: 6379, db: 0 });
    expect(redisOptions("redis://app:s%40cret@redis.internal:6380/7")).toEqual({
      host: "redis.internal",
      port: 6380,
      db: 7,
      username: "app",
      password: "s@cret",
    });
    expect(redisOptions("rediss://:pw@cache.example.com/2")).toEqual({ host: "cache.example.com", port: 6379, db: 2, password: "pw", tls: {} });
  });
});
