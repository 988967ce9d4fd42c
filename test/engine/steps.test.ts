import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { runSteps, type Steps } from "../../src/engine/steps.js";
import { evaluate, type LeadInput } from "../../src/index.js";
import { instantMs } from "../../src/primitives/index.js";
import { decidedNextMs } from "../../src/schedule/index.js";
import { enrolledAtArb, planArb, ZONES } from "../support/randomPlans.js";
import { dealerPlan, newYorkLead } from "../testing/fixtures.js";

describe("runSteps: an async function's semantics, without a promise while nothing awaited is one", () => {
  function* add(values: readonly unknown[]): Steps<number> {
    let sum = 0;
    for (const v of values) sum += (yield v) as number;
    return sum;
  }

  it("answers synchronously, resuming each step with the value yielded, when no step is a thenable", () => {
    const answer = runSteps(add([1, 2, 3]));
    expect(answer).toBe(6);
    expect(answer).not.toBeInstanceOf(Promise);
  });

  it("turns asynchronous at the first thenable, resuming with its value, and stays correct for the steps after it", async () => {
    const custom: PromiseLike<number> = { then: (resolve) => Promise.resolve(resolve?.(20)) as never };
    const answer = runSteps(add([1, Promise.resolve(10), 100, custom]));
    expect(answer).toBeInstanceOf(Promise);
    expect(await answer).toBe(131);
  });

  it("throws a rejection into the work where it waited (its catch and finally run), as await does", async () => {
    const seen: string[] = [];
    function* work(): Steps<string> {
      try {
        yield Promise.reject(new Error("store down"));
        return "not reached";
      } catch (error) {
        seen.push((error as Error).message);
        const after = (yield "sync again") as string;
        return `recovered, then ${after}`;
      } finally {
        seen.push("finally");
      }
    }
    expect(await runSteps(work())).toBe("recovered, then sync again");
    expect(seen).toEqual(["store down", "finally"]);
  });

  it("a throw before the first thenable reaches the caller synchronously; one after it rejects the promise", async () => {
    function* early(): Steps<void> {
      yield 1;
      throw new Error("early");
    }
    expect(() => runSteps(early())).toThrow("early");
    function* late(): Steps<void> {
      yield Promise.resolve(1);
      throw new Error("late");
    }
    await expect(runSteps(late())).rejects.toThrow("late");
  });
});

describe("decidedNextMs: the wake-up decide wrote, for that decision object only", () => {
  it("gives the dealer plan's wake-up as the number next.at was written from", () => {
    const lead = newYorkLead();
    const decision = evaluate(dealerPlan(), lead, instantMs(lead.enrolledAt as string) + 90_000);
    expect(decision.next).not.toBeNull();
    expect(decidedNextMs(decision)).toBe(instantMs((decision.next as { at: string }).at));
  });

  it("equals next.at read back for the decision evaluate returned; undefined for a copy and for an earlier decision (property)", () => {
    fc.assert(
      fc.property(planArb, enrolledAtArb, fc.constantFrom(...ZONES), fc.integer({ min: 0, max: 14 * 86_400_000 }), (plan, enrolledAt, zone, after) => {
        const lead: LeadInput = {
          id: "lead-1",
          enrolledAt: new Date(enrolledAt).toISOString(),
          timezone: zone,
          contacts: { phone: "+12125550100", email: "a@example.com", whatsapp: "+12125550100" },
          consent: { whatsapp: { status: "granted" }, sms: { status: "granted" } },
        };
        const first = evaluate(plan, lead, enrolledAt + after);
        const noted = decidedNextMs(first);
        // A decision rebuilt after decide (the opt-out confirmation step) is not noted: the caller parses next.at.
        if (noted !== undefined) expect(noted).toBe(instantMs((first.next as { at: string }).at));
        expect(decidedNextMs({ ...first })).toBeUndefined();
        const second = evaluate(plan, lead, enrolledAt + after + 60_000);
        if (second.next !== null) expect(decidedNextMs(first)).toBeUndefined();
      }),
      { numRuns: 150 },
    );
  });
});
