import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { describedBy, provideDescriptions } from "../../src/primitives/describedBy.js";

describe("describedBy", () => {
  it("describes nothing until its text is provided, then describes as z.describe does", () => {
    const byKey = z.strictObject({ id: z.string().check(describedBy("Test.id")), n: z.optional(z.int()).check(describedBy("Test.n")) });
    const byText = z.strictObject({ id: z.string().check(z.describe("The id.")), n: z.optional(z.int()).check(z.describe("A count.")) });
    expect(JSON.stringify(z.toJSONSchema(byKey))).not.toContain("description");
    provideDescriptions({ "Test.id": "The id." });
    provideDescriptions({ "Test.n": "A count." });
    expect(JSON.stringify(z.toJSONSchema(byKey))).toBe(JSON.stringify(z.toJSONSchema(byText)));
  });

  it("describes only the schema it is attached to (a clone), not the one it was made from", () => {
    const base = z.string();
    const described = base.check(describedBy("Test.base"));
    provideDescriptions({ "Test.base": "Described." });
    expect(z.globalRegistry.get(described)?.description).toBe("Described.");
    expect(z.globalRegistry.get(base)?.description).toBeUndefined();
  });
});
