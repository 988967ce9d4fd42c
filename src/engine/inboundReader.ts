import type { readInboundOptOut } from "../policy/optOut/readInboundOptOut.js";

/** How the engine reads an inbound message for an opt-out (`readInboundOptOut`). */
export type InboundReader = typeof readInboundOptOut;

let loading: Promise<InboundReader> | undefined;

/**
 * `readInboundOptOut`, loaded at the engine's first inbound message. The opt-out detector and its tables are over half
 * of the package's code and no decision needs them: a dynamic import keeps them out of the main entry's import (its
 * own chunk in dist/, `lead-cadence/opt-out` for hosts; test/runtime/mainEntryModules.test.ts checks). A failed load
 * is not kept: the next inbound message tries again.
 */
export function inboundReader(): Promise<InboundReader> {
  loading ??= import("../policy/optOut/readInboundOptOut.js").then(
    (module) => module.readInboundOptOut,
    (error: unknown) => {
      loading = undefined;
      throw error;
    },
  );
  return loading;
}
