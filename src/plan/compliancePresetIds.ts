import * as z from "zod/mini";
import { lazySchema } from "../primitives/index.js";

/**
 * The compliance preset ids a plan may include. The presets themselves are data in
 * `src/policy/presets/`; a test keeps this list and that registry identical.
 */
export const COMPLIANCE_PRESET_IDS = [
  "us-federal",
  "us-fl",
  "us-ok",
  "us-md",
  "us-wa",
  "us-ms",
  "us-la",
  "us-ri",
  "us-ut",
  "us-ma",
  "nl-telemarketing",
  "de-consent",
  "be",
  "ca",
  "au",
  "us-states",
] as const;

/** A compliance preset id (`us-states` selects `us-<state>` from the lead's region). */
export const CompliancePresetId = /* @__PURE__ */ lazySchema(() => z.enum(COMPLIANCE_PRESET_IDS));
/** A compliance preset id. */
export type CompliancePresetId = z.infer<typeof CompliancePresetId>;
