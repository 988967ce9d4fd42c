import type { DateTime } from "luxon";

/**
 * `luxonDateTime.ts` as an ESM import by Node itself has it (`dist/luxonDateTimeNode.js`, the
 * `node-addons` condition of the package's `#luxon-date-time` import): nothing bundled, so `formatLocal` loads
 * luxon at its first call through Node's `require` (`loadOptionalPeer`) and importing the main
 * entry does not compile luxon (about 12 ms). Imports nothing: it is a file of its own in dist/.
 */
export function luxonDateTime(): typeof DateTime | undefined {
  return undefined;
}
