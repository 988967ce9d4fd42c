export { applyLeadEvent, type ApplyLeadEventOptions, type LeadEventTarget } from "./applyLeadEvent.js";
export {
  everyContact,
  checkedContacts,
  indexLeadFacts,
  touchOutcome,
  touchOutcomeAt,
  touchOutcomeReachedAt,
  type LeadFacts,
  type TouchLog,
  type TouchRecordFields,
} from "./leadFacts.js";
export { consentAt, contactKinds, hasContact, channelUnavailable, type ChannelRules, type Unavailable } from "./channelAvailability.js";
export { findExit, type ExitHit } from "./exits.js";
export { sameTouch } from "./oneRecordPerTouch.js";
export {
  capReleaseAt,
  capCovers,
  contactLog,
  describeCap,
  LONGEST_CAP_PERIOD_MS,
  MAX_CAP_LOOKBACK_MS,
  withContacts,
  type ContactLog,
  type ContactTime,
} from "./caps.js";
export { doNotContact } from "./channelAvailability.js";
export { inWhatsAppWindow, WHATSAPP_WINDOW_MS } from "./whatsappWindow.js";
export {
  compileDoNotCall,
  doNotCallVerdict,
  evidenceAttribute,
  hasDoNotCallEntries,
  DEFAULT_DO_NOT_CALL_CHANNELS,
  type CompiledDoNotCall,
  type DoNotCallVerdict,
} from "./doNotCall.js";
export { DEFAULT_WHATSAPP_TEMPLATE_RULES, templateBlocked, marketingOptOut, type TemplateBlock } from "./whatsappTemplates.js";
export { compileCompliance, presetIdsForLead, presetZones, type CompiledCompliance } from "./compliance.js";
export {
  COMPLIANCE_PRESETS,
  US_STATES,
  type CompliancePreset,
  type DatedClosure,
  type FixedDate,
  type EasterDate,
  type WeekdayDate,
  type ClosureDate,
} from "./presets/index.js";
export { usStatesOf, usAreaCode, US_AREA_CODES } from "./usRegion.js";
export { easterSunday, datedClosuresFor } from "./datedClosures.js";
// The review records only: the opt-out detector (detectOptOut, readInboundOptOut, OPT_OUT_RULES) is imported from
// ./optOut/index.js by lead-cadence/opt-out and the testing kit, and loaded by the engine when it is made.
export {
  OPT_OUT_REVIEW_EVENT,
  OPT_OUT_REVIEW_RESOLVED_EVENT,
  optOutReviewRecord,
  optOutReviewResolution,
  reviewChannel,
  type OptOutReviewDecision,
} from "./optOut/optOutReview.js";
export type { InboundOptOut, OptOutDetection } from "./optOut/index.js";
