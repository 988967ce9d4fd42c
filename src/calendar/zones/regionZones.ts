import { ZONE_AREAS } from "./countryZones.js";

/** Zones several regions and area codes share (`nanpAreaCodes.ts` reads these too). */
export const NY = "America/New_York";
export const CHI = "America/Chicago";
export const DEN = "America/Denver";
export const LA = "America/Los_Angeles";
export const IND = "America/Indiana/Indianapolis";

/** The zones {@link REGION_ZONES_PACKED} writes as one letter: those several regions share. */
const SHARED: Readonly<Record<string, string>> = {
  N: NY,
  C: CHI,
  D: DEN,
  L: LA,
  E: "America/Edmonton",
  H: "America/Halifax",
  S: "America/Sao_Paulo",
  F: "America/Fortaleza",
};

/**
 * Zones of the regions of a few multi-zone countries, keyed by ISO 3166-2 subdivision code (the
 * part after the country, `FL` for `US-FL`). A region spanning several zones lists every one of
 * them. Sources: the tz database's zone.tab region comments, and the official time-zone
 * boundaries of each country (US: 49 CFR part 71; Canada: provincial time acts; Australia: state
 * standard-time acts; Brazil: Decree 11.121/2022 / Law 11.662/2008). Countries not listed here,
 * or a region not listed, fall back to all the country's zones from zone.tab.
 *
 * `CC:RR=zone,zone;RR=zone|CC:…`, regions in the order `regionNames.ts` names them; a zone is written
 * as in `COUNTRY_ZONES_PACKED` (the index of its area in `ZONE_AREAS` and the rest of its name:
 * `1Boise` is `America/Boise`) or as its letter in {@link SHARED}. Read into a table at first use.
 */
const REGION_ZONES_PACKED =
  "US:AL=C;AK=1Anchorage,1Juneau,1Sitka,1Metlakatla,1Yakutat,1Nome,1Adak;AZ=1Phoenix,D;AR=C;CA=L;CO=D;CT=N;DE=N;DC=N;FL=N,C;GA=N;HI=9Honolulu;ID=1Boise,L;IL=C;" +
  "IN=1Indiana/Indianapolis,C;IA=C;KS=C,D;KY=1Kentucky/Louisville,C;LA=C;ME=N;MD=N;MA=N;MI=1Detroit,1Menominee;MN=C;MS=C;MO=C;MT=D;NE=C,D;NV=L,D;NH=N;NJ=N;" +
  "NM=D;NY=N;NC=N;ND=C,D;OH=N;OK=C;OR=L,1Boise;PA=N;RI=N;SC=N;SD=C,D;TN=C,N;TX=C,D;UT=D;VT=N;VA=N;WA=L;WV=N;WI=C;WY=D;PR=1Puerto_Rico;GU=9Guam;VI=1St_Thomas;" +
  "AS=9Pago_Pago;MP=9Saipan|" +
  "CA:AB=E;BC=1Vancouver,E,1Dawson_Creek,1Fort_Nelson,1Creston;MB=1Winnipeg;NB=1Moncton;NL=1St_Johns,1Goose_Bay;NS=H;NT=E,1Inuvik;" +
  "NU=1Iqaluit,1Rankin_Inlet,1Cambridge_Bay,1Atikokan;ON=1Toronto,1Winnipeg,1Atikokan;PE=H;QC=1Toronto,H,1Blanc-Sablon;SK=1Regina,E;YT=1Whitehorse|" +
  "AU:NSW=6Sydney,6Broken_Hill,6Lord_Howe;ACT=6Sydney;VIC=6Melbourne;QLD=6Brisbane;SA=6Adelaide;WA=6Perth,6Eucla;TAS=6Hobart;NT=6Darwin|" +
  "BR:AC=1Rio_Branco;AL=1Maceio;AP=1Belem;AM=1Manaus,1Eirunepe;BA=1Bahia;CE=F;DF=S;ES=S;GO=S;MA=F;MT=1Cuiaba;MS=1Campo_Grande;MG=S;PA=1Belem,1Santarem;" +
  "PB=F;PR=S;PE=1Recife,1Noronha;PI=F;RJ=S;RN=F;RS=S;RO=1Porto_Velho;RR=1Boa_Vista;SC=S;SP=S;SE=1Maceio;TO=1Araguaina";

/** A zone as the packed tables write it: `1New_York` (an area digit, see `ZONE_AREAS`) or a letter of {@link SHARED}. */
export function unpackZone(packed: string): string {
  const area = ZONE_AREAS[Number(packed[0])];
  return area === undefined ? (SHARED[packed] as string) : `${area}/${packed.slice(1)}`;
}

let table: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> | undefined;

/** The region tables by country code, then region code (see {@link REGION_ZONES_PACKED}); countries and regions in the order written. */
export function regionZones(): Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> {
  if (table === undefined) {
    const countries: Record<string, Record<string, readonly string[]>> = {};
    for (const country of REGION_ZONES_PACKED.split("|")) {
      const [cc, list] = country.split(":") as [string, string];
      const regions: Record<string, readonly string[]> = {};
      for (const region of list.split(";")) {
        const [rc, zones] = region.split("=") as [string, string];
        regions[rc] = zones.split(",").map(unpackZone);
      }
      countries[cc] = regions;
    }
    table = countries;
  }
  return table;
}
