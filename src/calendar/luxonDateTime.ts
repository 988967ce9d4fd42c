import { DateTime } from "luxon";

/**
 * luxon's `DateTime`, the one way the core reaches luxon (`formatLocal.ts`). In the ESM build it is
 * imported with the module, which keeps luxon visible to a user's bundler. The CommonJS build puts
 * `luxonDateTimeRequired.ts` in this module's place (`requiredLuxonInCommonJs` in tsup.config.ts): luxon
 * is then required at the first call, not with the main entry (see docs/architecture.md, "Loading and runtimes").
 */
export function luxonDateTime(): typeof DateTime {
  return DateTime;
}
