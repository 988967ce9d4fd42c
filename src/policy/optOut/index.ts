export { detectOptOut, type DetectOptOutOptions, type OptOutDetection } from "./detectOptOut.js";
export { optOutFromInbound } from "./optOutFromInbound.js";
export { normalizeMessage } from "./normalizeMessage.js";
export { OPT_OUT_RULES, type OptOutRules } from "./rules/index.js";
