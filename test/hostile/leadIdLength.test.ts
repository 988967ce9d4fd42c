import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { createEngine, createManualClock } from "../../src/engine/index.js";
import { ArgumentError, evaluate, LeadValidationError, MAX_LEAD_ID_LENGTH, parseLead, type LeadInput } from "../../src/index.js";
import { caught } from "../support/caught.js";
import { lead as engineLead, quickPlan, recordingAdapter, START } from "../engine/fixtures.js";
import { dealerPlan, newYorkLead } from "../testing/fixtures.js";

// Touch ids (idempotency keys) are built from the lead id, and providers cap key length: a 10 MB id was accepted.
const tooLong = "x".repeat(MAX_LEAD_ID_LENGTH + 1);
const longest = "x".repeat(MAX_LEAD_ID_LENGTH);

describe(`a lead id longer than ${MAX_LEAD_ID_LENGTH} characters`, () => {
  it("parseLead and evaluate refuse it with a LeadValidationError at `id`", () => {
    for (const run of [() => parseLead({ ...newYorkLead(), id: tooLong }), () => evaluate(dealerPlan(), { ...newYorkLead(), id: tooLong }, START)]) {
      const error = caught(run);
      expect(error).toBeInstanceOf(LeadValidationError);
      expect((error as LeadValidationError).issues[0]).toMatchObject({ path: ["id"] });
      expect((error as Error).message).toContain(`at most ${MAX_LEAD_ID_LENGTH} character`);
    }
  });

  it("engine.enroll refuses such a lead and the engine's lead-id arguments an ArgumentError naming leadId", async () => {
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock: createManualClock(START) });
    await expect(engine.enroll({ ...engineLead("a"), id: tooLong } as LeadInput, "quick")).rejects.toBeInstanceOf(LeadValidationError);
    for (const call of [() => engine.enrollments(tooLong), () => engine.get(tooLong), () => engine.forget(tooLong)]) {
      const error = await call().then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(error).toBeInstanceOf(ArgumentError);
      expect((error as ArgumentError).argument).toBe("leadId");
    }
  });

  it(`an id of exactly ${MAX_LEAD_ID_LENGTH} characters is accepted`, () => {
    expect(parseLead({ ...newYorkLead(), id: longest }).id).toBe(longest);
    expect(evaluate(dealerPlan(), { ...newYorkLead(), id: longest }, START).leadId).toBe(longest);
  });
});

describe("a lead id with an unpaired surrogate", () => {
  const accepted = (run: () => unknown): boolean => {
    try {
      run();
      return true;
    } catch (error) {
      if (!(error instanceof LeadValidationError)) throw error;
      expect(error.issues[0]).toMatchObject({ path: ["id"] });
      return false;
    }
  };
  const ok = (id: string): boolean => {
    const parsed = accepted(() => parseLead({ ...newYorkLead(), id }));
    expect(accepted(() => evaluate(dealerPlan(), { ...newYorkLead(), id }, START))).toBe(parsed);
    return parsed;
  };

  it("parseLead and evaluate refuse it exactly when UTF-8 would not carry it unchanged (stores and providers would merge two such ids)", () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(fc.constantFrom("\ud83d", "\ude00", "\udfff", "😀", ":", "{", "}"), fc.string({ unit: "binary", minLength: 1, maxLength: 1 })),
          minLength: 1,
          maxLength: 40,
        }),
        (id) => {
          expect(ok(id)).toBe(Buffer.from(id, "utf8").toString("utf8") === id);
        },
      ),
    );
  });

  it("the engine's lead-id arguments refuse it with an ArgumentError naming leadId", async () => {
    const engine = createEngine({ plans: [quickPlan()], adapters: { sms: recordingAdapter(), email: recordingAdapter() }, clock: createManualClock(START) });
    const error = await engine.get("lead-\ud83d").then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(ArgumentError);
    expect((error as ArgumentError).argument).toBe("leadId");
  });
});
