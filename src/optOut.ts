/**
 * `lead-cadence/opt-out`: reading a lead's message for an opt-out — `detectOptOut` for any text,
 * `readInboundOptOut` for an inbound history record (the opt-out records and review holds it makes),
 * and the shipped rule tables `OPT_OUT_RULES` (English, Spanish, German, Dutch, French, Portuguese).
 *
 * An entry of its own: the detector and its tables are over half of the package's code, and no
 * decision needs them (`evaluate` reads the opt-outs a lead holds, never a message). The engine
 * loads it when the engine is made, so the main entry's import leaves it out.
 */
export { detectOptOut, readInboundOptOut, OPT_OUT_RULES, OPT_OUT_TEXT_LIMIT, OPT_OUT_SCAN_LIMIT } from "./policy/optOut/index.js";
export type {
  DetectOptOutOptions,
  InboundOptOut,
  OptOutDetection,
  OptOutReason,
  OptOutRules,
  OptOutPhrase,
  OptOutContext,
  OptOutCues,
} from "./policy/optOut/index.js";
