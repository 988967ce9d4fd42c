import * as z from "zod/mini";
import { lazySchema } from "./lazySchema.js";

/** What became of one touch. Calls: connected, no_answer, busy, voicemail, wrong_number; messages: sent, delivered, read, opened, clicked, replied; tasks: completed; any channel: failed, bounced. */
export const OUTCOMES = [
  "connected",
  "no_answer",
  "busy",
  "voicemail",
  "wrong_number",
  "sent",
  "delivered",
  "read",
  "opened",
  "clicked",
  "replied",
  "completed",
  "failed",
  "bounced",
] as const;

/** What became of one touch. */
export const Outcome = /* @__PURE__ */ lazySchema(() => z.enum(OUTCOMES));
/** What became of one touch. */
export type Outcome = z.infer<typeof Outcome>;

/** Consent states for one channel. */
export const ConsentStatus = /* @__PURE__ */ lazySchema(() => z.enum(["granted", "denied", "unknown"]));
/** Consent states for one channel. */
export type ConsentStatus = z.infer<typeof ConsentStatus>;
