import * as z from "zod";
import { describe, expect, it } from "vitest";
import { lazySchema, unwrapSchema } from "../../src/primitives/lazySchema.js";

describe("lazySchema", () => {
  it("builds the schema at its first use, once", () => {
    let builds = 0;
    const Name = lazySchema(() => {
      builds++;
      return z.string().min(1);
    });
    expect(builds).toBe(0);
    expect(Name.safeParse("a").success).toBe(true);
    expect(Name.safeParse("").success).toBe(false);
    expect(unwrapSchema(Name)).toBe(unwrapSchema(Name));
    expect(builds).toBe(1);
  });

  it("stands for the schema: parse, issues, instanceof, keys, composition into another zod schema", () => {
    const eager = z.strictObject({ id: z.string().regex(/^[a-z]+$/), n: z.int().min(1).default(1) });
    const lazy = lazySchema(() => z.strictObject({ id: z.string().regex(/^[a-z]+$/), n: z.int().min(1).default(1) }));
    for (const input of [{ id: "abc" }, { id: "a", n: 3 }, { id: "A1" }, { id: "a", n: 0, extra: true }, null, "x"]) {
      expect(JSON.stringify(lazy.safeParse(input))).toBe(JSON.stringify(eager.safeParse(input)));
    }
    expect(lazy instanceof z.ZodObject).toBe(true);
    expect(Object.keys(lazy.shape)).toEqual(["id", "n"]);
    expect("shape" in lazy).toBe(true);
    expect(Object.getPrototypeOf(lazy)).toBe(Object.getPrototypeOf(unwrapSchema(lazy)));
    const outer = z.object({ inner: lazy });
    expect(outer.safeParse({ inner: { id: "ok" } })).toEqual({ success: true, data: { inner: { id: "ok", n: 1 } } });
    expect(outer.safeParse({ inner: { id: 1 } }).success).toBe(false);
  });

  it("composed through unwrapSchema, converts to the same JSON Schema as the eager schemas, descriptions included", () => {
    const EagerId = z
      .string()
      .regex(/^[a-z]+$/)
      .describe("An id.");
    const eager = z.strictObject({ id: EagerId, tags: z.array(EagerId).optional() });
    const LazyId = lazySchema(() =>
      z
        .string()
        .regex(/^[a-z]+$/)
        .describe("An id."),
    );
    const lazy = lazySchema(() => z.strictObject({ id: unwrapSchema(LazyId), tags: z.array(unwrapSchema(LazyId)).optional() }));
    expect(z.toJSONSchema(unwrapSchema(lazy), { io: "input" })).toEqual(z.toJSONSchema(eager, { io: "input" }));
  });

  it("unwrapSchema leaves any other value as it is", () => {
    const plain = z.string();
    expect(unwrapSchema(plain)).toBe(plain);
  });
});
