import { createHash } from "node:crypto";

/**
 * The wake-up job id for a lead and a due instant: `w-<hash of the lead id>-<dueAt>`. Deterministic,
 * so every producer (workers, the reconciler, the web process) adding the same wake-up adds one job;
 * BullMQ ids may not contain `:` nor be all digits, and a hash keeps any lead id (and any personal
 * data in it) out of Redis key names.
 */
export function wakeJobId(leadId: string, dueAt: number): string {
  return `w-${createHash("sha256").update(leadId).digest("hex").slice(0, 32)}-${Math.round(dueAt)}`;
}
