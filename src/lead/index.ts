export { LEAD_FIELDS, LeadSchema, Consent, OptOut, DoNotContactFlag, RegistryListing, DoNotCallRequest, type Lead, type LeadInput } from "./lead.js";
export {
  HistoryEntry,
  TouchRecord,
  OutcomeRecord,
  InboundRecord,
  StatusRecord,
  MeetingRecord,
  EventRecord,
  OPT_OUT_REVIEW_EVENT,
  OPT_OUT_REVIEW_RESOLVED_EVENT,
  SkipRecord,
} from "./history.js";
export { parseLead, safeParseLead, type SafeParseLeadResult } from "./parseLead.js";
export { parseLeadEvent, type LeadEvent, type LeadEventInput } from "./leadEvent.js";
export { leadIssues } from "./leadIssues.js";
