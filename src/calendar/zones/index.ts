export { addressZones, distinctZones } from "./addressZones.js";
export { countryCode } from "../../primitives/index.js";
export { regionCode } from "./regionNames.js";
export { phoneZones, phoneZoneLookup, phoneZoneLookupAvailable, type PhoneZoneLookup, type PhoneZoneMiss } from "./phoneZones.js";
export { clockNextOpenAt, simpleClock, type LeadClock } from "./leadClock.js";
export { regionZones } from "./regionZones.js";
export { nanpSplitAreaCodes } from "./nanpAreaCodes.js";
