import { DAY_MS } from "../calendar/index.js";
import type { LeadFacts } from "./leadFacts.js";

/** How long after the lead's last WhatsApp message free-form messages are allowed. */
export const WHATSAPP_WINDOW_MS = DAY_MS;

/**
 * True when a free-form WhatsApp message sent at `sendAt` lies inside the 24-hour window opened by
 * the lead's latest (non-automatic) inbound WhatsApp message known at evaluation time:
 * `last ≤ sendAt < last + 24 h`. Outside it only an approved template may be sent.
 */
export function inWhatsAppWindow(facts: LeadFacts, sendAt: number): boolean {
  const last = facts.lastInbound.get("whatsapp");
  return last !== undefined && last <= sendAt && sendAt < last + WHATSAPP_WINDOW_MS;
}
