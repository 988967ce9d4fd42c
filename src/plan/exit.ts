import * as z from "zod/mini";
import { ChannelName, lazySchema, unwrapSchema } from "../primitives/index.js";

/**
 * What ends the cadence for a lead:
 * - `reply`: an inbound message (on any channel, or only the listed ones), automatic replies excluded;
 * - `connected`: a touch with outcome `connected` (a call or video call got through);
 * - `meeting`: a meeting or appointment was booked;
 * - `opt_out`: the lead opted out of any channel (a global opt-out always ends the cadence);
 * - `status`: the lead's status is in the set (`won`, `lost`);
 * - `event`: a custom event with that name was recorded.
 */
export const Exit = lazySchema(() =>
  z.discriminatedUnion("on", [
    z.strictObject({
      on: z.literal("reply").check(z.describe("An inbound message ends the cadence (automatic replies excluded).")),
      channels: z
        .optional(z.array(unwrapSchema(ChannelName)).check(z.minLength(1)))
        .check(z.describe("Only replies on these channels end it; absent: any channel.")),
    }),
    z.strictObject({ on: z.literal("connected").check(z.describe("A touch with outcome connected (a call or video call got through) ends the cadence.")) }),
    z.strictObject({ on: z.literal("meeting").check(z.describe("A booked meeting or appointment ends the cadence.")) }),
    z.strictObject({ on: z.literal("opt_out").check(z.describe("An opt-out of any channel ends the cadence.")) }),
    z.strictObject({
      on: z.literal("status").check(z.describe("The lead's status ends the cadence when it is in `in`.")),
      in: z.array(z.string().check(z.minLength(1))).check(z.minLength(1), z.describe("The statuses that end it, e.g. won, lost.")),
    }),
    z.strictObject({
      on: z.literal("event").check(z.describe("A custom event ends the cadence.")),
      name: z.string().check(z.minLength(1), z.describe("The name of the event, e.g. financing_approved.")),
    }),
  ]),
);
/** What ends the cadence for a lead. */
export type Exit = z.infer<typeof Exit>;
