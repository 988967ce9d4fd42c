import { describe, expect, it } from "vitest";
import { detectInboundOptOut } from "../../src/engine/detectInboundOptOut.js";
import * as policy from "../../src/policy/index.js";

describe("inbound opt-out detection", () => {
  it("applies only when the policy layer provides detectOptOut", () => {
    const inbound = { type: "inbound" as const, channel: "sms", at: "2026-03-09T14:00:00Z", text: "STOP" };
    const result = detectInboundOptOut(inbound);
    if (typeof (policy as Record<string, unknown>)["detectOptOut"] === "function") expect(result).toBeDefined();
    else expect(result).toBeUndefined();
    expect(detectInboundOptOut({ ...inbound, automatic: true })).toBeUndefined();
  });
});
