import { z } from "zod";
import { ChannelName } from "../primitives/index.js";

/**
 * What ends the cadence for a lead:
 * - `reply`: an inbound message (on any channel, or only the listed ones), automatic replies excluded;
 * - `connected`: a touch with outcome `connected` (a call or video call got through);
 * - `meeting`: a meeting or appointment was booked;
 * - `opt_out`: the lead opted out of any channel (a global opt-out always ends the cadence);
 * - `status`: the lead's status is in the set (`won`, `lost`);
 * - `event`: a custom event with that name was recorded.
 */
export const Exit = z.discriminatedUnion("on", [
  z.strictObject({ on: z.literal("reply"), channels: z.array(ChannelName).min(1).optional() }),
  z.strictObject({ on: z.literal("connected") }),
  z.strictObject({ on: z.literal("meeting") }),
  z.strictObject({ on: z.literal("opt_out") }),
  z.strictObject({ on: z.literal("status"), in: z.array(z.string().min(1)).min(1) }),
  z.strictObject({ on: z.literal("event"), name: z.string().min(1) }),
]);
/** What ends the cadence for a lead. */
export type Exit = z.infer<typeof Exit>;
