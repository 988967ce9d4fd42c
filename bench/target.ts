/**
 * What the benchmarks measure: the built package (`dist/`, as users run it) when `npm run bench`
 * built it first, else the sources (`npx tsx bench/<name>.ts` during development). Both have the
 * same API; the sources run slower under tsx, which wraps functions to keep their names.
 */
import type * as Library from "../src/index.js";
import type * as Testing from "../src/testing/index.js";
import type * as OptOut from "../src/optOut.js";

const useDist = process.env["LEAD_CADENCE_BENCH_TARGET"] === "dist";

/** The public API under test. */
export const lib = (await import(useDist ? "../dist/index.js" : "../src/index.js")) as typeof Library;
/** The testing kit (for its seeded PRNG). */
export const testing = (await import(useDist ? "../dist/testing.js" : "../src/testing/index.js")) as typeof Testing;
/** Opt-out detection (\`lead-cadence/opt-out\`). */
export const optOut = (await import(useDist ? "../dist/opt-out.js" : "../src/optOut.js")) as typeof OptOut;
/** Which build is measured, for the printed report. */
export const target = useDist ? "dist" : "src";
