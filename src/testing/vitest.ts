/**
 * Opt-in vitest setup: registers the lead-cadence matchers on `expect`.
 * Add `"lead-cadence/testing/vitest"` to `setupFiles` in your vitest config, or import it in a test.
 * This is the only lead-cadence module that imports vitest.
 */
import { expect } from "vitest";
import { cadenceMatchers, type CadenceMatchers } from "./matchers.js";

expect.extend(cadenceMatchers);

declare module "vitest" {
  interface Matchers<T = any> extends CadenceMatchers<T> {}
}

export { cadenceMatchers };
