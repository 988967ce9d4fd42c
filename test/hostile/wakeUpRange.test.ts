import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/index.js";
import { leadAt, planWith } from "../support/drive.js";

// The accepted instants end at 2200-12-31T23:59:59.999Z; a wake-up after it was reported as `next.at`,
// and passing it back as `now` was refused with an ArgumentError.
const NOW = "2200-12-31T12:00:00Z";
const lead = { ...leadAt(NOW), consent: { email: { status: "granted" as const } } };

describe("a wake-up after 2200-12-31", () => {
  it("is no wake-up; the waiting step's trace says why", () => {
    const plan = planWith({ steps: [{ id: "later", channel: "email", at: { after: "P2D" } }] });
    const decision = evaluate(plan, lead, NOW);
    expect(decision.next).toBeNull();
    expect(decision.done).toBeNull();
    const entry = decision.trace.find((t) => t.stepId === "later");
    expect(entry).toMatchObject({ state: "waiting", reason: "anchor" });
    expect(entry?.detail).toMatch(/after 2200-12-31T23:59:59.999Z.*no wake-up/);
  });

  it("a wake-up inside the range is still reported, and evaluate accepts it back as now", () => {
    const plan = planWith({ steps: [{ id: "soon", channel: "email", at: { after: "PT6H" } }] });
    const decision = evaluate(plan, lead, NOW);
    expect(decision.next?.at).toBe("2200-12-31T18:00:00.000Z");
    expect(evaluate(plan, lead, decision.next?.at as string).due.map((t) => t.stepId)).toEqual(["soon"]);
  });
});
