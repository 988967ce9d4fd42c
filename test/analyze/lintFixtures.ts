import type { PlanInput } from "../../src/index.js";

type Mutable = { -readonly [K in keyof PlanInput]: PlanInput[K] };

/**
 * An inbound plan that passes every lint rule: a call at once with an SLA, six daily calls, an
 * email anchored 15 minutes after the first call, an SMS on day 2, every exit, windows 08–20.
 */
export function cleanPlan(): Mutable {
  return {
    id: "clean",
    version: 1,
    name: "Clean",
    timezone: "America/New_York",
    steps: [
      {
        id: "call-1",
        channel: "call",
        mode: "task",
        at: { after: "PT0S" },
        attempts: { max: 6, every: "P1D", until: ["connected"] },
        sla: { within: "PT5M", escalate: { channel: "notify" } },
      },
      { id: "email-1", channel: "email", at: { after: "PT15M", from: { step: "call-1" } } },
      { id: "sms-1", channel: "sms", at: { days: 2, time: "11:00" } },
    ],
    exits: [{ on: "reply" }, { on: "meeting" }, { on: "opt_out" }, { on: "connected" }],
    policies: {
      windows: { "*": [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "08:00", to: "20:00" }] },
      caps: [{ max: 4, per: "day" }],
    },
  };
}

/** The clean plan with its steps replaced or edited. */
export function withSteps(edit: (steps: Record<string, unknown>[]) => Record<string, unknown>[]): Mutable {
  const plan = cleanPlan();
  plan.steps = edit(structuredClone(plan.steps) as Record<string, unknown>[]) as PlanInput["steps"];
  return plan;
}
