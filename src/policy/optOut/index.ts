export { detectOptOut, type DetectOptOutOptions, type OptOutDetection, type OptOutReason } from "./detectOptOut.js";
export { readInboundOptOut, type InboundOptOut } from "./readInboundOptOut.js";
export {
  OPT_OUT_REVIEW_EVENT,
  OPT_OUT_REVIEW_RESOLVED_EVENT,
  optOutReviewRecord,
  optOutReviewResolution,
  reviewChannel,
  type OptOutReviewDecision,
} from "./optOutReview.js";
export { normalizeMessage } from "./normalizeMessage.js";
export { OPT_OUT_SCAN_LIMIT, OPT_OUT_TEXT_LIMIT } from "./messageClauses.js";
export { OPT_OUT_RULES, type OptOutContext, type OptOutCues, type OptOutPhrase, type OptOutRules } from "./rules/index.js";
