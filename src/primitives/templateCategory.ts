import * as z from "zod/mini";
import { lazySchema } from "./lazySchema.js";

/** Meta's WhatsApp template categories, in the order Meta lists them. */
export const TEMPLATE_CATEGORIES = ["marketing", "utility", "authentication"] as const;

/**
 * The category of a message template (WhatsApp Business Platform): `marketing` (offers, follow-ups,
 * anything that is not the other two), `utility` (about a transaction the lead started),
 * `authentication` (one-time codes).
 */
export const TemplateCategory = /* @__PURE__ */ lazySchema(() => z.enum(TEMPLATE_CATEGORIES));
/** A message template category. */
export type TemplateCategory = z.infer<typeof TemplateCategory>;
