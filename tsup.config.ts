import { defineConfig } from "tsup";

export default defineConfig({
  entry: {
    index: "src/index.ts",
    // Not an export of the package: an entry of its own puts the engine (and eventemitter3, CommonJS, which a
    // bundler must keep once imported) in a chunk of its own, so a bundle that takes only `evaluate` from the main
    // entry leaves them out (test/consumer/run.mjs checks the size).
    engine: "src/engine/index.ts",
    testing: "src/testing/index.ts",
    "testing-vitest": "src/testing/vitest.ts",
    analyze: "src/analyze/index.ts",
    report: "src/report/index.ts",
    cli: "src/cli/main.ts",
    postgres: "src/drivers/postgres/index.ts",
    redis: "src/drivers/redis/index.ts",
    bullmq: "src/drivers/bullmq/index.ts",
  },
  // Optional peers (vitest for the matchers entry; pg, ioredis, bullmq for the driver entries): never bundled.
  external: ["vitest", "pg", "ioredis", "bullmq"],
  // zod stays in `dependencies` (the .d.ts files import its types) but the part we use is bundled into our chunks:
  // zod's package entry evaluates all of its ~40 locales, about 40 ms of every import of ours.
  // See docs/architecture.md, "Loading and runtimes".
  noExternal: ["zod"],
  // `import.meta.url` (optionalPeer.ts) also works in the CommonJS build.
  shims: true,
  format: ["esm", "cjs"],
  dts: true,
  // No source maps: the shipped JavaScript is not minified and reads as it is; maps would point at src/, which does not ship.
  sourcemap: false,
  clean: true,
  target: "node20",
  treeshake: true,
  // One shared copy of the core across entries: `instanceof` on errors and plan memoisation hold between "lead-cadence" and "lead-cadence/testing".
  splitting: true,
});
