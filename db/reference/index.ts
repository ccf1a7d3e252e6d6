import countriesJson from "./countries.json";
import currenciesJson from "./currencies.json";
import sectionsJson from "./hs-sections.json";

export interface Country {
  code: string;
  alpha3: string;
  numeric: string;
  /** English short name; localised names come from i18n-iso-countries. */
  name: string;
  currency: string | null;
  region: string | null;
  subRegion: string | null;
}

export interface Currency {
  code: string;
  name: string;
  numeric: string;
  /** ISO 4217 minor-unit exponent: 2 for EUR (cents), 0 for JPY, 3 for KWD. */
  minorUnit: number;
}

export interface HsSection {
  section: string;
  name: string;
}

export const COUNTRIES: readonly Country[] = countriesJson;
export const CURRENCIES: readonly Currency[] = currenciesJson;
export const HS_SECTIONS: readonly HsSection[] = sectionsJson;

const countryByCode = new Map(COUNTRIES.map((c) => [c.code, c]));
const currencyByCode = new Map(CURRENCIES.map((c) => [c.code, c]));

export function findCountry(code: string | null | undefined): Country | undefined {
  return code ? countryByCode.get(code.toUpperCase()) : undefined;
}

export function findCurrency(code: string | null | undefined): Currency | undefined {
  return code ? currencyByCode.get(code.toUpperCase()) : undefined;
}

export { INCOTERMS, findIncoterm, incotermFitsMode, TRANSPORT_MODES } from "./incoterms.js";
export type { Incoterm, IncotermCode, TransportMode } from "./incoterms.js";
export { UNITS_OF_MEASURE, findUnit, convertQuantity } from "./units.js";
export type { UnitOfMeasure } from "./units.js";
