import * as z from "zod/mini";
import { describe, expect, it } from "vitest";
import { isoDate, isoDateTime } from "../../src/primitives/isoFormats.js";

// The helpers stand for `z.iso.datetime` and `z.iso.date` (read through `z.iso`, a bundler keeps all four ISO formats).
const inputs = [
  "2026-03-09T14:30:00Z",
  "2026-03-09T14:30:00-05:00",
  "2026-03-09T14:30:00.123+01:00",
  "2026-03-09T14:30:00",
  "2026-02-29",
  "2028-02-29",
  "2026-3-9",
  "",
  5,
  null,
];

describe("isoDateTime and isoDate", () => {
  it("make the schemas z.iso makes: the same definition, the same answers and issues", () => {
    const pairs = [
      [isoDateTime({ offset: true, error: "Expected an instant" }), z.iso.datetime({ offset: true, error: "Expected an instant" })],
      [isoDateTime("bad instant"), z.iso.datetime("bad instant")],
      [isoDate({ error: "Expected a date" }), z.iso.date({ error: "Expected a date" })],
    ] as const;
    for (const [ours, zods] of pairs) {
      expect(Object.getPrototypeOf(ours)).toBe(Object.getPrototypeOf(zods));
      expect(String(ours._zod.def.pattern)).toBe(String(zods._zod.def.pattern));
      expect({ ...ours._zod.def, error: undefined }).toEqual({ ...zods._zod.def, error: undefined });
      for (const input of inputs)
        expect(JSON.stringify(ours.safeParse(input, { reportInput: true }))).toBe(JSON.stringify(zods.safeParse(input, { reportInput: true })));
      expect(z.toJSONSchema(ours)).toEqual(z.toJSONSchema(zods));
    }
  });
});
