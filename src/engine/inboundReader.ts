import type { readInboundOptOut } from "../policy/optOut/readInboundOptOut.js";

/** How the engine reads an inbound message for an opt-out (`readInboundOptOut`). */
export type InboundReader = typeof readInboundOptOut;

let loaded: InboundReader | undefined;
/** The load under way: settles (never rejects) when it ends, whichever way. */
let loading: Promise<void> | undefined;
let failure: unknown;

/**
 * Starts loading `readInboundOptOut` unless it is loaded or loading. The opt-out detector and its tables are over half
 * of the package's code and no decision needs them: a dynamic import keeps them out of the main entry's import (its own
 * chunk in dist/, `lead-cadence/opt-out` for hosts; test/runtime/mainEntryModules.test.ts checks). A failed load is not
 * kept: the next inbound message tries again.
 */
export function loadInboundReader(): void {
  if (loaded !== undefined || loading !== undefined) return;
  loading = import("../policy/optOut/readInboundOptOut.js").then(
    (module) => {
      loaded = module.readInboundOptOut;
      loading = undefined;
    },
    (error: unknown) => {
      failure = error;
      loading = undefined;
    },
  );
}

/** Inbound messages waiting for the load: records after one wait too, behind it. */
let waiting = 0;

/**
 * The reader a record needs: for an inbound message (`inbound`) `readInboundOptOut`, else `undefined`. At once, unless an
 * inbound message has to wait for the load (the engine's first moments, or after a failed load): then a promise, for it
 * and for every record after it while one waits, each settling in the order the records asked, so that no record
 * overtakes an inbound message recorded before it. Rejects, for an inbound message, with the load's error when it failed.
 */
export function inboundReaderFor(inbound: boolean): InboundReader | undefined | Promise<InboundReader | undefined> {
  if (waiting === 0) {
    if (loaded !== undefined) return inbound ? loaded : undefined;
    if (!inbound) return undefined;
  }
  if (loaded === undefined) loadInboundReader();
  if (inbound) waiting++;
  return (loading ?? Promise.resolve()).then(() => {
    if (inbound) waiting--;
    if (inbound && loaded === undefined) throw failure;
    return inbound ? loaded : undefined;
  });
}
