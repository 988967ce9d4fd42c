import * as z from "zod/mini";
import { ChannelName, lazySchema, nonEmptyString, unwrapSchema } from "../primitives/index.js";

/**
 * What ends the cadence for a lead:
 * - `reply`: an inbound message (on any channel, or only the listed ones), automatic replies excluded;
 * - `connected`: a touch with outcome `connected` (a call or video call got through);
 * - `meeting`: a meeting or appointment was booked;
 * - `opt_out`: the lead opted out of any channel (a global opt-out always ends the cadence);
 * - `status`: the lead's status is in the set (`won`, `lost`);
 * - `event`: a custom event with that name was recorded.
 *
 * A plain union, not zod's discriminated one (1.9 kB of the `evaluate` bundle for six branches): the issue
 * conversion tells the branches apart by their `on` literal (`fromZodIssues`), so a bad exit reads as one.
 */
export const Exit = /* @__PURE__ */ lazySchema(() =>
  z.union([
    z.strictObject({
      on: z.literal("reply"),
      channels: z.optional(z.array(unwrapSchema(ChannelName)).check(z.minLength(1))),
    }),
    z.strictObject({ on: z.literal("connected") }),
    z.strictObject({ on: z.literal("meeting") }),
    z.strictObject({ on: z.literal("opt_out") }),
    z.strictObject({
      on: z.literal("status"),
      in: z.array(nonEmptyString()).check(z.minLength(1)),
    }),
    z.strictObject({
      on: z.literal("event"),
      name: nonEmptyString(),
    }),
  ]),
);
/** What ends the cadence for a lead. */
export type Exit = z.infer<typeof Exit>;
