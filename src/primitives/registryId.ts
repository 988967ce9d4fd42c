import * as z from "zod/mini";
import { lazySchema } from "./lazySchema.js";

/** A do-not-call registry id: `us-national`, `ca-dncl`, `au-dncr`, `be-bel-me-niet-meer`, or the host's own. */
export const RegistryId = /* @__PURE__ */ lazySchema(() =>
  z.string().check(z.regex(/^[a-z][a-z0-9-]{0,63}$/, { error: "Expected a registry id in lower case, like us-national" })),
);
