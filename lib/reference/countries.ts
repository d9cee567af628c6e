/**
 * Reference data for countries and actors: names and regions from the
 * world-countries package (ISO 3166-1), memberships from the lists below. Pure data, no
 * database: the seed (lib/setup/reference-data.ts) and the pages both read it from here.
 */
import worldCountries from "world-countries";

export const BLOCS = ["EU", "NATO", "CoW", "G7"] as const;
export type Bloc = (typeof BLOCS)[number];

export const BLOC_LABELS: Record<Bloc, string> = {
  EU: "European Union",
  NATO: "NATO",
  CoW: "Coalition of the Willing",
  G7: "G7",
};

/** A list of ISO codes written on one line, as data rather than one array element per line. */
function codes(list: string): string[] {
  return list.split(" ");
}

// Member states as of 2026. EU: the 27 since 2020.
const EU_MEMBERS = codes("AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE");
// NATO: the 32 allies since Sweden joined in March 2024.
const NATO_MEMBERS = codes(
  "AL BE BG CA HR CZ DK EE FI FR DE GR HU IS IT LV LT LU ME NL MK NO PL PT RO SK SI ES SE TR GB US",
);
const G7_MEMBERS = codes("CA FR DE IT JP GB US");
// The countries that took part in the UK- and France-led Coalition of the Willing
// meetings on a post-ceasefire force (2025-2026); the EU and NATO took part as actors.
const COALITION_OF_THE_WILLING = codes(
  "GB FR DE IT PL ES NL BE DK SE NO FI EE LV LT PT CZ RO HR BG GR IE IS LU SI AT CY CA AU NZ JP TR UA EU NATO",
);

const MEMBERS_BY_BLOC: Record<Bloc, readonly string[]> = {
  EU: EU_MEMBERS,
  NATO: NATO_MEMBERS,
  CoW: COALITION_OF_THE_WILLING,
  G7: G7_MEMBERS,
};

export interface CountryRecord {
  code: string;
  name: string;
  region: string;
  subregion: string | null;
  isActor: boolean;
  memberships: Bloc[];
}

/** Actors that are not countries but take positions; their codes sit beside the ISO codes. */
const ACTORS: Omit<CountryRecord, "memberships">[] = [
  { code: "EU", name: "European Union", region: "Europe", subregion: null, isActor: true },
  { code: "NATO", name: "NATO", region: "Europe", subregion: null, isActor: true },
];

// world-countries gives long official-sounding common names for a few countries that
// news copy (and readers) call otherwise.
const NAME_OVERRIDES: Record<string, string> = { CZ: "Czech Republic", TR: "Turkey", KR: "South Korea" };

function membershipsOf(code: string): Bloc[] {
  return BLOCS.filter((bloc) => MEMBERS_BY_BLOC[bloc].includes(code));
}

export const COUNTRIES: readonly CountryRecord[] = [
  ...worldCountries.map((country) => ({
    code: country.cca2,
    name: NAME_OVERRIDES[country.cca2] ?? country.name.common,
    region: country.region,
    subregion: country.subregion || null,
    isActor: false,
    memberships: membershipsOf(country.cca2),
  })),
  ...ACTORS.map((actor) => ({ ...actor, memberships: membershipsOf(actor.code) })),
];

const BY_CODE = new Map(COUNTRIES.map((country) => [country.code, country]));

/** Looks a code up case-insensitively ("it", "IT", "nato"). */
export function findCountry(code: string): CountryRecord | undefined {
  return BY_CODE.get(code.toUpperCase());
}

// In a module of its own so that client components link to a country without the reference data.
export { countryPath } from "./country-path";
