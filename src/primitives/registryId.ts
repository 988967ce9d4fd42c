import * as z from "zod/mini";
import { lazySchema } from "./lazySchema.js";

/** What a registry id is: {@link RegistryId}'s pattern, also tested by `evaluate`'s checks of a lead it did not parse. */
export const REGISTRY_ID_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;
/** What a registry id is, as an issue says it (the issue adds what came). */
export const REGISTRY_ID_ERROR = "Expected a registry id in lower case, like us-national";

/** A do-not-call registry id: `us-national`, `ca-dncl`, `au-dncr`, `be-bel-me-niet-meer`, or the host's own. */
export const RegistryId = /* @__PURE__ */ lazySchema(() => z.string().check(z.regex(REGISTRY_ID_PATTERN, { error: REGISTRY_ID_ERROR })));
