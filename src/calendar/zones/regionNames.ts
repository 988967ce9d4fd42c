import { namesTable, normalName } from "../../primitives/index.js";
import { regionZones } from "./regionZones.js";

/**
 * Countries and regions as CRMs store them — written out ("Florida", "Québec", "New South Wales",
 * "São Paulo", "United States") as often as coded — read as the codes the zone tables use, for the
 * countries whose regions have zones of their own (`regionZones()`: US, CA, AU, BR). The one home
 * of these names: address zones and the US-state presets read them through here. The countries' own names are
 * `primitives/countryCode.ts`'s (`countryCode`), which the lead schema reads too.
 *
 * Per country, the names of each region in the key order of `regionZones()[country]` (the codes are
 * its keys, so they are not repeated here; a test holds the counts equal), `|` between regions, `,`
 * between a region's names; names as {@link normalName} writes them. Built into maps at first use.
 */
export const REGION_NAMES: Readonly<Record<string, string>> = {
  US: "ALABAMA|ALASKA|ARIZONA|ARKANSAS|CALIFORNIA|COLORADO|CONNECTICUT|DELAWARE|DISTRICT OF COLUMBIA,WASHINGTON DC|FLORIDA|GEORGIA|HAWAII|IDAHO|ILLINOIS|INDIANA|IOWA|KANSAS|KENTUCKY|LOUISIANA|MAINE|MARYLAND|MASSACHUSETTS|MICHIGAN|MINNESOTA|MISSISSIPPI|MISSOURI|MONTANA|NEBRASKA|NEVADA|NEW HAMPSHIRE|NEW JERSEY|NEW MEXICO|NEW YORK|NORTH CAROLINA|NORTH DAKOTA|OHIO|OKLAHOMA|OREGON|PENNSYLVANIA|RHODE ISLAND|SOUTH CAROLINA|SOUTH DAKOTA|TENNESSEE|TEXAS|UTAH|VERMONT|VIRGINIA|WASHINGTON|WEST VIRGINIA|WISCONSIN|WYOMING|PUERTO RICO|GUAM|VIRGIN ISLANDS,US VIRGIN ISLANDS|AMERICAN SAMOA|NORTHERN MARIANA ISLANDS",
  CA: "ALBERTA|BRITISH COLUMBIA,COLOMBIE BRITANNIQUE|MANITOBA|NEW BRUNSWICK,NOUVEAU BRUNSWICK|NEWFOUNDLAND AND LABRADOR,NEWFOUNDLAND,TERRE NEUVE ET LABRADOR|NOVA SCOTIA,NOUVELLE ECOSSE|NORTHWEST TERRITORIES,TERRITOIRES DU NORD OUEST|NUNAVUT|ONTARIO|PRINCE EDWARD ISLAND,ILE DU PRINCE EDOUARD|QUEBEC|SASKATCHEWAN|YUKON",
  AU: "NEW SOUTH WALES|AUSTRALIAN CAPITAL TERRITORY|VICTORIA|QUEENSLAND|SOUTH AUSTRALIA|WESTERN AUSTRALIA|TASMANIA|NORTHERN TERRITORY",
  BR: "ACRE|ALAGOAS|AMAPA|AMAZONAS|BAHIA|CEARA|DISTRITO FEDERAL|ESPIRITO SANTO|GOIAS|MARANHAO|MATO GROSSO|MATO GROSSO DO SUL|MINAS GERAIS|PARA|PARAIBA|PARANA|PERNAMBUCO|PIAUI|RIO DE JANEIRO|RIO GRANDE DO NORTE|RIO GRANDE DO SUL|RONDONIA|RORAIMA|SANTA CATARINA|SAO PAULO|SERGIPE|TOCANTINS",
};

let regionMaps: Map<string, Map<string, string>> | undefined;

/**
 * The region code of `region` in country `cc` (a code from `countryCode`): a code with or
 * without the country prefix (`FL`, `US-FL`) as it is, a code written with dots (`D.C.`) or a name
 * ("Florida") as its code; any other text upper-cased, as before (no zone table knows it).
 */
export function regionCode(cc: string, region: string): string {
  const upper = region.trim().toUpperCase();
  const code = upper.startsWith(`${cc}-`) ? upper.slice(cc.length + 1) : upper;
  const zones = regionZones()[cc];
  if (zones === undefined || Object.hasOwn(zones, code)) return code;
  regionMaps ??= new Map();
  let names = regionMaps.get(cc);
  if (names === undefined) regionMaps.set(cc, (names = namesTable(Object.keys(zones), REGION_NAMES[cc] as string)));
  const name = normalName(code);
  return names.get(name) ?? (Object.hasOwn(zones, name) ? name : code);
}
