import { CA_REGION_ZONES as CA, CHI, DEN, IND, LA, NY, US_REGION_ZONES as US } from "./regionZones.js";

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
  "906": US.MI,
  // Kansas, Nebraska, the Dakotas: western counties on Mountain
  "620": [CHI, DEN],
  "785": [CHI, DEN],
  "308": [CHI, DEN],
  "701": [CHI, DEN],
  "605": [CHI, DEN],
  // Oregon (Malheur County) and Idaho (north on Pacific)
  "541": US.OR,
  "458": US.OR,
  "208": US.ID,
  "986": US.ID,
  // Nevada: West Wendover on Mountain
  "775": [LA, DEN],
  // Arizona: the Navajo Nation observes DST
  "928": US.AZ,
  // Alaska
  "907": US.AK,
  // British Columbia outside the Lower Mainland (East Kootenay and the north-east are Mountain)
  "250": CA.BC,
  "778": CA.BC,
  "236": CA.BC,
  "672": CA.BC,
  // North-western Ontario
  "807": CA.ON,
  // Eastern Quebec (Magdalen Islands, Lower North Shore)
  "418": CA.QC,
  "581": CA.QC,
  "367": CA.QC,
  // Newfoundland and Labrador
  "709": CA.NL,
  // Saskatchewan (Lloydminster)
  "306": CA.SK,
  "639": CA.SK,
  "474": CA.SK,
  // Yukon, Northwest Territories, Nunavut
  "867": [...CA.YT, ...CA.NT, ...CA.NU],
};
