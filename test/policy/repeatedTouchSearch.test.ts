import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hasRepeatedTouch, sameTouch } from "../../src/policy/oneRecordPerTouch.js";

type Touch = { touchId: string; stepId: string; attempt: number; planId: string | undefined; outcome: string | undefined };

/** The search by definition: some two records are one touch. */
function naive(touches: readonly Touch[]): boolean {
  for (let j = 0; j < touches.length; j++) for (let k = 0; k < j; k++) if (sameTouch(touches[k] as Touch, touches[j] as Touch)) return true;
  return false;
}

// Ids of equal lengths and step ids of equal lengths: the search's key (lengths and attempt) collides
// for most pairs, so the comparisons behind it decide; built by concatenation, as hosts and the engine build them.
const touch = fc.record({
  touchId: fc.constantFrom("a", "b", "c").map((c) => `lead-1/plan@1/step${c}#`.concat("1")),
  stepId: fc.constantFrom("stepa", "stepb", "stepc"),
  attempt: fc.integer({ min: 1, max: 20 }),
  planId: fc.constantFrom(undefined, "plan"),
  outcome: fc.constant(undefined),
});

describe("hasRepeatedTouch", () => {
  it("finds a touch recorded twice exactly when two records are one touch", () => {
    fc.assert(
      fc.property(fc.array(touch, { maxLength: 80 }), (touches) => {
        expect(hasRepeatedTouch(touches)).toBe(naive(touches));
      }),
      { numRuns: 2000 },
    );
  });

  it("tells apart records whose keys collide", () => {
    const a: Touch = { touchId: "x/plan@1/one#1", stepId: "one", attempt: 1, planId: "plan", outcome: undefined };
    const b: Touch = { ...a, touchId: "y/plan@1/one#1" };
    expect(hasRepeatedTouch([a, b])).toBe(false);
    expect(hasRepeatedTouch([a, b, { ...b, outcome: "delivered" }])).toBe(true);
    expect(hasRepeatedTouch([a, { ...a, attempt: 2 }, { ...a, stepId: "two" }])).toBe(false);
  });
});
