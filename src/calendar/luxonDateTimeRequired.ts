import type { DateTime } from "luxon";

let dateTime: typeof DateTime | undefined;

/**
 * `luxonDateTime.ts` as the CommonJS build has it: luxon required at the first call (about 15 ms of
 * the main entry's import otherwise), through a literal `require("luxon")`, which a bundler of the
 * CommonJS build still follows. Not used by the sources or the ESM build (`luxonAtFirstUse`
 * in tsup.config.ts).
 */
export function luxonDateTime(): typeof DateTime | undefined {
  dateTime ??= (require("luxon") as typeof import("luxon")).DateTime;
  return dateTime;
}
