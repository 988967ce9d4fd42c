import { au } from "./au.js";
import { be } from "./be.js";
import { ca } from "./ca.js";
import { deConsent } from "./deConsent.js";
import { nlTelemarketing } from "./nlTelemarketing.js";
import type { CompliancePreset } from "./preset.js";
import { usFederal } from "./usFederal.js";
import { usFl } from "./usFl.js";
import { usMd } from "./usMd.js";
import { usLa } from "./usLa.js";
import { usMa } from "./usMa.js";
import { usMs } from "./usMs.js";
import { usOk } from "./usOk.js";
import { usRi } from "./usRi.js";
import { usUt } from "./usUt.js";
import { usWa } from "./usWa.js";

export type { ClosureDate, CompliancePreset, DatedClosure, FixedDate, EasterDate, WeekdayDate } from "./preset.js";

/** The pseudo-preset that selects `us-<state>` from the lead's region. */
export const US_STATES = "us-states";

/** Every shipped preset by id. */
export const COMPLIANCE_PRESETS: Readonly<Record<string, CompliancePreset>> = /* @__PURE__ */ Object.freeze({
  [usFederal.id]: usFederal,
  [usFl.id]: usFl,
  [usOk.id]: usOk,
  [usMd.id]: usMd,
  [nlTelemarketing.id]: nlTelemarketing,
  [deConsent.id]: deConsent,
  [usWa.id]: usWa,
  [usMs.id]: usMs,
  [usLa.id]: usLa,
  [usRi.id]: usRi,
  [usUt.id]: usUt,
  [usMa.id]: usMa,
  [be.id]: be,
  [ca.id]: ca,
  [au.id]: au,
});
