const NY = "America/New_York";
const CHI = "America/Chicago";
const DEN = "America/Denver";
const LA = "America/Los_Angeles";
const IND = "America/Indiana/Indianapolis";
const BC = ["America/Vancouver", "America/Edmonton", "America/Dawson_Creek", "America/Fort_Nelson", "America/Creston"];
const QC_EAST = ["America/Toronto", "America/Halifax", "America/Blanc-Sablon"];
const SK = ["America/Regina", "America/Edmonton"];
const NORTH = [
  "America/Whitehorse",
  "America/Edmonton",
  "America/Inuvik",
  "America/Iqaluit",
  "America/Rankin_Inlet",
  "America/Cambridge_Bay",
  "America/Atikokan",
];

/**
 * North American area codes whose territory spans several time zones. Google's
 * number-to-time-zone data names one zone for some of them; a number with one of these area codes
 * is widened to every zone listed. Sources: NANPA area-code maps (nationalnanpa.com) overlaid on
 * the official time-zone boundaries (US: 49 CFR part 71; Canada: provincial time acts), with the
 * zone names of the tz database's zone.tab. Overlays share their parent code's entry.
 */
export const NANP_SPLIT_AREA_CODES: Readonly<Record<string, readonly string[]>> = {
  // Florida panhandle (Central west of the Apalachicola River)
  "850": [NY, CHI],
  "448": [NY, CHI],
  // Texas: Culberson County and the Trans-Pecos in 432 are Mountain
  "432": [CHI, DEN],
  // Tennessee: East/Central line
  "423": [NY, CHI],
  "931": [CHI, NY],
  // Kentucky: East/Central line
  "270": [CHI, NY],
  "364": [CHI, NY],
  "606": [NY, CHI],
  // Indiana: north-west and south-west counties are Central
  "219": [CHI, IND],
  "574": [IND, CHI],
  "812": [IND, CHI],
  "930": [IND, CHI],
  // Michigan Upper Peninsula: four counties on Central
  "906": ["America/Detroit", "America/Menominee"],
  // Kansas, Nebraska, the Dakotas: western counties on Mountain
  "620": [CHI, DEN],
  "785": [CHI, DEN],
  "308": [CHI, DEN],
  "701": [CHI, DEN],
  "605": [CHI, DEN],
  // Oregon (Malheur County) and Idaho (north on Pacific)
  "541": [LA, "America/Boise"],
  "458": [LA, "America/Boise"],
  "208": ["America/Boise", LA],
  "986": ["America/Boise", LA],
  // Nevada: West Wendover on Mountain
  "775": [LA, DEN],
  // Arizona: the Navajo Nation observes DST
  "928": ["America/Phoenix", DEN],
  // Alaska
  "907": ["America/Anchorage", "America/Juneau", "America/Sitka", "America/Metlakatla", "America/Yakutat", "America/Nome", "America/Adak"],
  // British Columbia outside the Lower Mainland (East Kootenay and the north-east are Mountain)
  "250": BC,
  "778": BC,
  "236": BC,
  "672": BC,
  // North-western Ontario
  "807": ["America/Toronto", "America/Winnipeg", "America/Atikokan"],
  // Eastern Quebec (Magdalen Islands, Lower North Shore)
  "418": QC_EAST,
  "581": QC_EAST,
  "367": QC_EAST,
  // Newfoundland and Labrador
  "709": ["America/St_Johns", "America/Goose_Bay"],
  // Saskatchewan (Lloydminster)
  "306": SK,
  "639": SK,
  "474": SK,
  // Yukon, Northwest Territories, Nunavut
  "867": NORTH,
};
