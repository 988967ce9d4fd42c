import * as z from "zod/mini";
import { lazySchema } from "./lazySchema.js";
import { BoundedMemo } from "./boundedMemo.js";

/** Names seen, valid or not: bounded, since plans and leads are outside input. */
const valid = new BoundedMemo<string, boolean>(10_000);

/** True when the host's Intl knows `name` as a time zone (IANA names and their links). */
export function isKnownZoneName(name: string): boolean {
  let known = valid.get(name);
  if (known === undefined) {
    try {
      new Intl.DateTimeFormat("en-US", { timeZone: name });
      known = name.length > 0;
    } catch {
      known = false;
    }
    valid.set(name, known);
  }
  return known;
}

/** An IANA time zone name such as `Europe/Brussels`; legacy links (`US/Eastern`) are accepted and canonicalised later. */
export const ZoneName = /* @__PURE__ */ lazySchema(() =>
  z.string().check(
    z.refine(isKnownZoneName, {
      error: (issue) => `Expected an IANA time zone like Europe/Brussels, got ${JSON.stringify(issue.input)}`,
    }),
    z.meta({ pattern: "^[A-Za-z][A-Za-z0-9_+-]*(?:/[A-Za-z0-9_+-]+)*$", description: "IANA time zone name, e.g. Europe/Brussels, America/New_York" }),
  ),
);
