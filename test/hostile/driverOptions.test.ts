import { describe, expect, it } from "vitest";
import { createPostgresStore } from "../../src/drivers/postgres/index.js";
import { createRedisStore } from "../../src/drivers/redis/index.js";
import { ArgumentError } from "../../src/errors/index.js";
import { caught } from "../support/caught.js";

// Enough of a client for the option checks, which run before any command is sent.
const redis = { evalsha: () => undefined, hget: () => undefined } as never;
const pool = { query: () => undefined } as never;

describe("store options of any kind are ArgumentErrors saying what came", () => {
  // Each was a TypeError from writing the value into the message (JSON.stringify of a bigint, String of a symbol).
  const cases: [string, () => unknown, string, RegExp][] = [
    ["a bigint Redis prefix", () => createRedisStore({ redis, prefix: 5n as never }), "prefix", /got 5 \(bigint\)$/],
    ["a symbol Redis scanPageSize", () => createRedisStore({ redis, scanPageSize: Symbol("n") as never }), "scanPageSize", /got Symbol\(n\) \(symbol\)$/],
    ["a prototype-less Redis scanPageSize", () => createRedisStore({ redis, scanPageSize: Object.create(null) as never }), "scanPageSize", /got an object$/],
    ["a symbol Postgres scanPageSize", () => createPostgresStore({ pool, scanPageSize: Symbol("n") as never }), "scanPageSize", /got Symbol\(n\) \(symbol\)$/],
  ];
  for (const [name, call, argument, got] of cases) {
    it(name, () => {
      const error = caught(call);
      expect(error).toBeInstanceOf(ArgumentError);
      expect(error).toMatchObject({ argument });
      expect((error as Error).message).toMatch(got);
    });
  }
});
