import { ArgumentError, describeValue } from "../errors/index.js";

/**
 * The idempotency key of one attempt of one step for one lead: `leadId/planId@version/stepId#attempt`
 * for the lead's first enrolment in the plan, `leadId/planId:n@version/stepId#attempt` for its n-th
 * (n ≥ 2), so enrolments of one lead in one plan never share a key. Plan and step ids cannot contain
 * `/`, `:`, `@` or `#`, so the key reads back unambiguously from the right.
 * @throws {ArgumentError} for a part that is not what the plan and lead formats allow.
 */
export function touchId(leadId: string, planId: string, planVersion: number, stepId: string, attempt: number, sequence = 1): string {
  if (typeof leadId !== "string" || leadId === "") badPart("leadId", "a non-empty string", leadId);
  if (typeof planId !== "string" || !ID.test(planId)) badPart("planId", "a plan id", planId);
  if (typeof stepId !== "string" || !ID.test(stepId)) badPart("stepId", "a step id", stepId);
  const counts = { planVersion, attempt, sequence };
  for (const name of ["planVersion", "attempt", "sequence"] as const)
    if (!Number.isSafeInteger(counts[name]) || counts[name] < 1) badPart(name, "a positive integer", counts[name]);
  return touchIdWith(leadId, touchIdInfix(planId, planVersion, stepId, sequence), attempt);
}

/**
 * The part of a touch id between the lead id and the attempt (`/planId@version/stepId#`), the same
 * for every lead: a compiled step keeps its own (`CompiledStep.touchIdInfix`), so a due touch's id
 * is two joins.
 */
export function touchIdInfix(planId: string, planVersion: number, stepId: string, sequence = 1): string {
  return `/${planId}${sequence > 1 ? `:${sequence}` : ""}@${planVersion}/${stepId}#`;
}

/** The touch id of `attempt` for `leadId`, given the step's {@link touchIdInfix}. */
export function touchIdWith(leadId: string, infix: string, attempt: number): string {
  return leadId + infix + attempt;
}

/** A plan or step id: what the plan schema accepts, without `/`, `:`, `@` or `#`. */
const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

function badPart(name: string, expected: string, value: unknown): never {
  throw new ArgumentError(name, `Expected \`${name}\` to be ${expected}, got ${describeValue(value)}`);
}

/** The parts of a touch id (`sequence`: the enrolment, 1 when the id names none), or `undefined` if `id` is not one. */
export function parseTouchId(
  id: string,
): { leadId: string; planId: string; sequence: number; planVersion: number; stepId: string; attempt: number } | undefined {
  if (typeof id !== "string") return undefined;
  // `s`: the lead id is any text, line breaks included.
  const m = /^(.+)\/([A-Za-z0-9][A-Za-z0-9_.-]*)(?::([1-9]\d*))?@(\d+)\/([A-Za-z0-9][A-Za-z0-9_.-]*)#(\d+)$/s.exec(id);
  if (m === null) return undefined;
  return {
    leadId: m[1] as string,
    planId: m[2] as string,
    sequence: m[3] === undefined ? 1 : Number(m[3]),
    planVersion: Number(m[4]),
    stepId: m[5] as string,
    attempt: Number(m[6]),
  };
}

/**
 * The id of a stand-in for one attempt of the touch `id` whose answer was lost (`<id>#unconfirmed`):
 * the engine adds such attempts to the history it decides on, so caps count them. A touch id ends in
 * its attempt number, so nothing else reads as `id` followed by `#`.
 */
export function attemptStandInId(id: string, kind: string): string {
  return `${id}#${kind}`;
}

/** True when `recordId` is the touch `id` itself or a stand-in for one of its attempts ({@link attemptStandInId}). */
export function isAttemptOf(recordId: string, id: string): boolean {
  return `${recordId}#`.startsWith(`${id}#`);
}
