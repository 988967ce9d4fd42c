/** Zones several regions and area codes share (`nanpAreaCodes.ts` reads these lists too). */
export const NY = "America/New_York";
export const CHI = "America/Chicago";
export const DEN = "America/Denver";
export const LA = "America/Los_Angeles";
export const IND = "America/Indiana/Indianapolis";
const SP = "America/Sao_Paulo";
const FOR = "America/Fortaleza";

export const US_REGION_ZONES = {
  AL: [CHI],
  AK: ["America/Anchorage", "America/Juneau", "America/Sitka", "America/Metlakatla", "America/Yakutat", "America/Nome", "America/Adak"],
  AZ: ["America/Phoenix", DEN],
  AR: [CHI],
  CA: [LA],
  CO: [DEN],
  CT: [NY],
  DE: [NY],
  DC: [NY],
  FL: [NY, CHI],
  GA: [NY],
  HI: ["Pacific/Honolulu"],
  ID: ["America/Boise", LA],
  IL: [CHI],
  IN: [IND, CHI],
  IA: [CHI],
  KS: [CHI, DEN],
  KY: ["America/Kentucky/Louisville", CHI],
  LA: [CHI],
  ME: [NY],
  MD: [NY],
  MA: [NY],
  MI: ["America/Detroit", "America/Menominee"],
  MN: [CHI],
  MS: [CHI],
  MO: [CHI],
  MT: [DEN],
  NE: [CHI, DEN],
  NV: [LA, DEN],
  NH: [NY],
  NJ: [NY],
  NM: [DEN],
  NY: [NY],
  NC: [NY],
  ND: [CHI, DEN],
  OH: [NY],
  OK: [CHI],
  OR: [LA, "America/Boise"],
  PA: [NY],
  RI: [NY],
  SC: [NY],
  SD: [CHI, DEN],
  TN: [CHI, NY],
  TX: [CHI, DEN],
  UT: [DEN],
  VT: [NY],
  VA: [NY],
  WA: [LA],
  WV: [NY],
  WI: [CHI],
  WY: [DEN],
  PR: ["America/Puerto_Rico"],
  GU: ["Pacific/Guam"],
  VI: ["America/St_Thomas"],
  AS: ["Pacific/Pago_Pago"],
  MP: ["Pacific/Saipan"],
} as const satisfies Record<string, readonly string[]>;

export const CA_REGION_ZONES = {
  AB: ["America/Edmonton"],
  BC: ["America/Vancouver", "America/Edmonton", "America/Dawson_Creek", "America/Fort_Nelson", "America/Creston"],
  MB: ["America/Winnipeg"],
  NB: ["America/Moncton"],
  NL: ["America/St_Johns", "America/Goose_Bay"],
  NS: ["America/Halifax"],
  NT: ["America/Edmonton", "America/Inuvik"],
  NU: ["America/Iqaluit", "America/Rankin_Inlet", "America/Cambridge_Bay", "America/Atikokan"],
  ON: ["America/Toronto", "America/Winnipeg", "America/Atikokan"],
  PE: ["America/Halifax"],
  QC: ["America/Toronto", "America/Halifax", "America/Blanc-Sablon"],
  SK: ["America/Regina", "America/Edmonton"],
  YT: ["America/Whitehorse"],
} as const satisfies Record<string, readonly string[]>;

const AU_REGION_ZONES = {
  NSW: ["Australia/Sydney", "Australia/Broken_Hill", "Australia/Lord_Howe"],
  ACT: ["Australia/Sydney"],
  VIC: ["Australia/Melbourne"],
  QLD: ["Australia/Brisbane"],
  SA: ["Australia/Adelaide"],
  WA: ["Australia/Perth", "Australia/Eucla"],
  TAS: ["Australia/Hobart"],
  NT: ["Australia/Darwin"],
} as const satisfies Record<string, readonly string[]>;

const BR_REGION_ZONES = {
  AC: ["America/Rio_Branco"],
  AL: ["America/Maceio"],
  AP: ["America/Belem"],
  AM: ["America/Manaus", "America/Eirunepe"],
  BA: ["America/Bahia"],
  CE: [FOR],
  DF: [SP],
  ES: [SP],
  GO: [SP],
  MA: [FOR],
  MT: ["America/Cuiaba"],
  MS: ["America/Campo_Grande"],
  MG: [SP],
  PA: ["America/Belem", "America/Santarem"],
  PB: [FOR],
  PR: [SP],
  PE: ["America/Recife", "America/Noronha"],
  PI: [FOR],
  RJ: [SP],
  RN: [FOR],
  RS: [SP],
  RO: ["America/Porto_Velho"],
  RR: ["America/Boa_Vista"],
  SC: [SP],
  SP: [SP],
  SE: ["America/Maceio"],
  TO: ["America/Araguaina"],
} as const satisfies Record<string, readonly string[]>;

/**
 * Zones of the regions of a few multi-zone countries, keyed by ISO 3166-2 subdivision code (the
 * part after the country, `FL` for `US-FL`). A region spanning several zones lists every one of
 * them. Sources: the tz database's zone.tab region comments, and the official time-zone
 * boundaries of each country (US: 49 CFR part 71; Canada: provincial time acts; Australia: state
 * standard-time acts; Brazil: Decree 11.121/2022 / Law 11.662/2008). Countries not listed here,
 * or a region not listed, fall back to all the country's zones from zone.tab.
 */
export const REGION_ZONES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  US: US_REGION_ZONES,
  CA: CA_REGION_ZONES,
  AU: AU_REGION_ZONES,
  BR: BR_REGION_ZONES,
};
