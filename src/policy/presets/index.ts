import type { CompliancePresetId } from "../../plan/index.js";
import { au, auText } from "./au.js";
import { be, beText } from "./be.js";
import { ca, caText } from "./ca.js";
import { deConsent, deConsentText } from "./deConsent.js";
import { nlTelemarketing, nlTelemarketingText } from "./nlTelemarketing.js";
import type { CompliancePreset, PresetRules, PresetText } from "./preset.js";
import { usFederal, usFederalText } from "./usFederal.js";
import { usFl, usFlText } from "./usFl.js";
import { usMd, usMdText } from "./usMd.js";
import { usLa, usLaText } from "./usLa.js";
import { usMa, usMaText } from "./usMa.js";
import { usMs, usMsText } from "./usMs.js";
import { usOk, usOkText } from "./usOk.js";
import { usRi, usRiText } from "./usRi.js";
import { usUt, usUtText } from "./usUt.js";
import { usWa, usWaText } from "./usWa.js";

export type { ClosureDate, CompliancePreset, DatedClosure, FixedDate, EasterDate, WeekdayDate, PresetRules, PresetText } from "./preset.js";

/** The pseudo-preset that selects `us-<state>` from the lead's region. */
export const US_STATES = "us-states";

/** The rules of every shipped preset by id: what `compileCompliance` reads (no titles or sources). */
export const PRESET_RULES: Readonly<Record<string, PresetRules>> = /* @__PURE__ */ Object.freeze({
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

/** The title and source of every shipped preset (a preset without them fails to compile). */
const PRESET_TEXTS: Readonly<Record<Exclude<CompliancePresetId, typeof US_STATES>, PresetText>> = {
  "us-federal": usFederalText,
  "us-fl": usFlText,
  "us-ok": usOkText,
  "us-md": usMdText,
  "nl-telemarketing": nlTelemarketingText,
  "de-consent": deConsentText,
  "us-wa": usWaText,
  "us-ms": usMsText,
  "us-la": usLaText,
  "us-ri": usRiText,
  "us-ut": usUtText,
  "us-ma": usMaText,
  be: beText,
  ca: caText,
  au: auText,
};

/**
 * Every shipped preset by id: its rules with its title and source (`id`, `title`, `source` first). Built in a
 * pure-annotated arrow, so a bundle that only decides leads leaves it and the texts out.
 */
export const COMPLIANCE_PRESETS: Readonly<Record<string, CompliancePreset>> = /* @__PURE__ */ (() => {
  const out: Record<string, CompliancePreset> = {};
  for (const [id, rules] of Object.entries(PRESET_RULES)) out[id] = Object.assign({ id, ...PRESET_TEXTS[id as keyof typeof PRESET_TEXTS] }, rules);
  return Object.freeze(out);
})();
