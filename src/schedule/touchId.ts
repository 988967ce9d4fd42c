/**
 * The idempotency key of one attempt of one step for one lead: `leadId/planId@version/stepId#attempt`.
 * Plan and step ids cannot contain `/`, `@` or `#`, so the key reads back unambiguously from the right.
 */
export function touchId(leadId: string, planId: string, planVersion: number, stepId: string, attempt: number): string {
  return `${leadId}/${planId}@${planVersion}/${stepId}#${attempt}`;
}

/** The parts of a touch id, or `undefined` if `id` is not one. */
export function parseTouchId(id: string): { leadId: string; planId: string; planVersion: number; stepId: string; attempt: number } | undefined {
  const m = /^(.+)\/([A-Za-z0-9][A-Za-z0-9_.-]*)@(\d+)\/([A-Za-z0-9][A-Za-z0-9_.-]*)#(\d+)$/.exec(id);
  if (m === null) return undefined;
  return { leadId: m[1] as string, planId: m[2] as string, planVersion: Number(m[3]), stepId: m[4] as string, attempt: Number(m[5]) };
}
