import { forecast, type Forecast } from "../../src/analyze/index.js";
import type { PlanInput } from "../../src/index.js";

/** A small inbound plan: a call after `firstCall`, two follow-up calls, an SMS; windows 08–20 every day. */
export function callPlan(firstCall: string): PlanInput {
  return {
    id: "forecast-plan",
    version: 1,
    name: "Forecast plan",
    timezone: "America/New_York",
    steps: [
      { id: "call-1", channel: "call", at: { after: firstCall } },
      { id: "sms-1", channel: "sms", at: { after: "PT10M", from: { step: "call-1" } } },
      { id: "call-2", channel: "call", at: { after: "PT2H", from: { step: "call-1" } }, attempts: { max: 2, every: "P1D" } },
    ],
    exits: [{ on: "reply" }, { on: "connected" }],
    policies: { windows: { "*": [{ days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "08:00", to: "20:00" }] } },
  };
}

/** The forecast the host-zone test compares across processes. */
export function fixedForecast(): Forecast {
  return forecast(callPlan("PT0S"), { population: { size: 12, zones: ["America/New_York", "Europe/Berlin"] }, runs: 4, seed: 42, until: "P7D" });
}

// Run directly (`node --import tsx forecastFixture.ts`): print the fixed forecast as JSON.
if (process.argv[1]?.endsWith("forecastFixture.ts") === true) process.stdout.write(JSON.stringify(fixedForecast()));
