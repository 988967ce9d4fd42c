import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "examples/*.test.ts"],
    exclude: ["test/consumer/**", "node_modules/**"],
    // A hang guard, generous so that a loaded machine does not fail a test that makes progress.
    testTimeout: 120_000,
  },
});
