import { DateTime } from "luxon";

/**
 * luxon's `DateTime` as the sources and a bundler's build have it: imported with the module, so a
 * user's bundler (browsers, edge runtimes) puts luxon in its bundle. `formatLocal.ts` reaches luxon
 * only through this function. The built package has three versions of it (see docs/architecture.md,
 * "Loading and runtimes"): this one, as `dist/luxonDateTime.js`, for an ESM import by a bundler;
 * `luxonDateTimeNode.ts` (`undefined`: luxon loaded at first use) for an ESM import by Node itself
 * (its `node-addons` condition), both reached through the package's `#luxon-date-time` import; and
 * in the CommonJS build `luxonDateTimeRequired.ts`.
 * @returns luxon's `DateTime`, or `undefined` where luxon is to be loaded at first use instead
 */
export function luxonDateTime(): typeof DateTime | undefined {
  return DateTime;
}
