export { leadInstant, iso } from "./instants.js";
export { indexLeadFacts, type LeadFacts, type TouchFact } from "./leadFacts.js";
export { contactKinds, hasContact, channelUnavailable, type Unavailable } from "./channelAvailability.js";
export { findExit, type ExitHit } from "./exits.js";
export { capReleaseAt, capCovers, describeCap, type ContactTime } from "./caps.js";
