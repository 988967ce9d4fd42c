import { CHI, DEN, IND, LA, NY, regionZones } from "./regionZones.js";

type Zones = readonly string[];
let table: Readonly<Record<string, Zones>> | undefined;

/**
 * North American area codes whose territory spans several time zones. Google's
 * number-to-time-zone data names one zone for some of them; a number with one of these area codes
 * is widened to every zone listed. Sources: NANPA area-code maps (nationalnanpa.com) overlaid on
 * the official time-zone boundaries (US: 49 CFR part 71; Canada: provincial time acts), with the
 * zone names of the tz database's zone.tab. Overlays share their parent code's entry.
 * Made at first use (the region lists it shares are too).
 */
export function nanpSplitAreaCodes(): Readonly<Record<string, Zones>> {
  if (table === undefined) {
    const { US, CA } = regionZones() as Readonly<Record<"US" | "CA", Readonly<Record<string, Zones>>>>;
    const us = US as Readonly<Record<"MI" | "OR" | "ID" | "AZ" | "AK", Zones>>;
    const ca = CA as Readonly<Record<"BC" | "ON" | "QC" | "NL" | "SK" | "YT" | "NT" | "NU", Zones>>;
    table = {
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
      "906": us.MI,
      // Kansas, Nebraska, the Dakotas: western counties on Mountain
      "620": [CHI, DEN],
      "785": [CHI, DEN],
      "308": [CHI, DEN],
      "701": [CHI, DEN],
      "605": [CHI, DEN],
      // Oregon (Malheur County) and Idaho (north on Pacific)
      "541": us.OR,
      "458": us.OR,
      "208": us.ID,
      "986": us.ID,
      // Nevada: West Wendover on Mountain
      "775": [LA, DEN],
      // Arizona: the Navajo Nation observes DST
      "928": us.AZ,
      // Alaska
      "907": us.AK,
      // British Columbia outside the Lower Mainland (East Kootenay and the north-east are Mountain)
      "250": ca.BC,
      "778": ca.BC,
      "236": ca.BC,
      "672": ca.BC,
      // North-western Ontario
      "807": ca.ON,
      // Eastern Quebec (Magdalen Islands, Lower North Shore)
      "418": ca.QC,
      "581": ca.QC,
      "367": ca.QC,
      // Newfoundland and Labrador
      "709": ca.NL,
      // Saskatchewan (Lloydminster)
      "306": ca.SK,
      "639": ca.SK,
      "474": ca.SK,
      // Yukon, Northwest Territories, Nunavut
      "867": [...ca.YT, ...ca.NT, ...ca.NU],
    };
  }
  return table;
}
