import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parsePlan, type PlanInput } from "../../src/index.js";
import { compilePlan } from "../../src/schedule/compilePlan.js";
import { compiledForLead } from "../../src/schedule/compliantPlan.js";

const plans = ["dealer-speed-to-lead.json", "b2b-outbound.json"].map((file) =>
  parsePlan(JSON.parse(readFileSync(new URL(`../../examples/plans/${file}`, import.meta.url), "utf8")) as PlanInput),
);

describe("a step's channels by index", () => {
  it("name the step's own channel and fallback in the plan and in every preset variant of it", () => {
    for (const plan of plans) {
      const base = compilePlan({ ...plan, compliance: [...(plan.compliance ?? []), "us-states"] } as PlanInput);
      // Leads whose regions select other presets: each variant has channel maps of its own.
      const variants = new Set<object>();
      for (const region of [undefined, "CA", "FL", "TX", "NY", "WA"]) {
        const compiled = compiledForLead(base, {
          id: "l",
          enrolledAt: "2026-03-09T14:00:00Z",
          address: { country: "US", ...(region === undefined ? {} : { region }) },
        });
        variants.add(compiled.channels);
        compiled.channelList.forEach((info, i) => expect(info.index).toBe(i));
        expect(compiled.channelList).toEqual([...compiled.channels.values()]);
        for (const step of compiled.steps) {
          expect(compiled.channelList[step.channelIndex]).toBe(compiled.channels.get(step.channel));
          if (step.fallback === undefined) expect(step.fallbackIndex).toBe(-1);
          else expect(compiled.channelList[step.fallbackIndex]).toBe(compiled.channels.get(step.fallback));
        }
      }
      expect(variants.size).toBeGreaterThan(1);
    }
  });
});
