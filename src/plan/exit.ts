import * as z from "zod";
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
      on: z.literal("reply").describe("An inbound message ends the cadence (automatic replies excluded)."),
      channels: z.array(unwrapSchema(ChannelName)).min(1).optional().describe("Only replies on these channels end it; absent: any channel."),
    }),
    z.strictObject({ on: z.literal("connected").describe("A touch with outcome connected (a call or video call got through) ends the cadence.") }),
    z.strictObject({ on: z.literal("meeting").describe("A booked meeting or appointment ends the cadence.") }),
    z.strictObject({ on: z.literal("opt_out").describe("An opt-out of any channel ends the cadence.") }),
    z.strictObject({
      on: z.literal("status").describe("The lead's status ends the cadence when it is in `in`."),
      in: z.array(z.string().min(1)).min(1).describe("The statuses that end it, e.g. won, lost."),
    }),
    z.strictObject({
      on: z.literal("event").describe("A custom event ends the cadence."),
      name: z.string().min(1).describe("The name of the event, e.g. financing_approved."),
    }),
  ]),
);
/** What ends the cadence for a lead. */
export type Exit = z.infer<typeof Exit>;
