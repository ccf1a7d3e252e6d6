import type { ExpressionBuilder } from "kysely";
import {
  CURRENCIES,
  COUNTRIES,
  findCountry,
  HS_SECTIONS,
  INCOTERMS,
  incotermFitsMode,
  TRANSPORT_MODES,
  UNITS_OF_MEASURE,
  type Currency,
  type HsSection,
  type Incoterm,
  type TransportMode,
  type UnitOfMeasure,
} from "../../db/reference/index.js";
import type { DB, HsCodesTable, PortsTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import { problem } from "../errors.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { localisedCountryName } from "./country-names.js";
import { parseHsCode } from "./hs-code.js";

export interface Country {
  code: string;
  alpha3: string;
  /** In the viewer's language. */
  name: string;
  currency: string | null;
  region: string | null;
}

export interface HsCode {
  code: string;
  /** 2 chapter, 4 heading, 6 subheading. */
  level: number;
  description: string;
  section: string;
  parentCode: string | null;
  edition: string;
}

export interface Port {
  locode: string;
  country: string;
  name: string;
  nameAscii: string;
  subdivision: string | null;
  /** The UN/LOCODE function classifier, eight positions: "1-345---" is a seaport with road, airport and postal functions. */
  functions: string;
  isSeaport: boolean;
  isAirport: boolean;
  iata: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface CheckedHsCode {
  /** Digits only, national extension included: what a listing or declaration stores. */
  code: string;
  /** The chapter, heading or subheading of the nomenclature that the code falls under. */
  hsCode: HsCode;
}

// ---------------------------------------------------------------------------- fixed reference data

/** Named in the viewer's language, or in English (the reference list's own name) when there is none. */
function toCountry(ctx: { locale: string }, ref: (typeof COUNTRIES)[number]): Country {
  return {
    code: ref.code,
    alpha3: ref.alpha3,
    name: localisedCountryName(ref.code, ctx.locale) ?? ref.name,
    currency: ref.currency,
    region: ref.region,
  };
}

/** Every ISO 3166-1 country, in the viewer's alphabetical order (Å after Z in Swedish, by stroke in Chinese). */
export function listCountries(ctx: { locale: string }): Country[] {
  const collator = new Intl.Collator(ctx.locale);
  return COUNTRIES.map((ref) => toCountry(ctx, ref)).sort((a, b) => collator.compare(a.name, b.name));
}

export function getCountry(ctx: { locale: string }, code: string): Country | null {
  const ref = findCountry(code.trim());
  return ref ? toCountry(ctx, ref) : null;
}

export function listCurrencies(): Currency[] {
  return [...CURRENCIES];
}

/** All eleven rules, or only those that fit a transport mode (no FOB for air freight). */
export function listIncoterms(mode?: TransportMode | null): Incoterm[] {
  return INCOTERMS.filter((term) => !mode || incotermFitsMode(term.code, mode));
}

export function incotermTransportModes(term: Pick<Incoterm, "code">): TransportMode[] {
  return TRANSPORT_MODES.filter((mode) => incotermFitsMode(term.code, mode));
}

export function listUnitsOfMeasure(): UnitOfMeasure[] {
  return [...UNITS_OF_MEASURE];
}

export function listHsSections(): HsSection[] {
  return [...HS_SECTIONS];
}

const SECTION_BY_NUMERAL = new Map(HS_SECTIONS.map((s) => [s.section, s]));

/** Imports accept only the 21 sections, so a code without one is a broken row, not user input. */
export function sectionOf(hsCode: Pick<HsCode, "code" | "section">): HsSection {
  const section = SECTION_BY_NUMERAL.get(hsCode.section);
  if (!section) throw new Error(`HS code ${hsCode.code} names an unknown section "${hsCode.section}"`);
  return section;
}

// ---------------------------------------------------------------------------- HS nomenclature

function toHsCode(row: HsCodesTable): HsCode {
  return {
    code: row.code,
    level: row.level,
    description: row.description,
    section: row.section,
    parentCode: row.parent_code,
    edition: row.edition,
  };
}

/**
 * Search words become LIKE patterns. `%`, `_` and `\` are separators rather than wildcards: SQLite
 * has no default LIKE escape and PostgreSQL uses `\`, so dropping them keeps both dialects identical.
 */
function searchTerms(query: string): string[] {
  return query
    .toLowerCase()
    .split(/[\s%_\\,;]+/)
    .filter(Boolean)
    .slice(0, 8);
}

export async function getHsCode(ctx: ServiceContext, code: string): Promise<HsCode | null> {
  const parsed = parseHsCode(code);
  if (!parsed.ok) return null;
  const row = await ctx.db.selectFrom("hs_codes").selectAll().where("code", "=", parsed.nomenclature).executeTakeFirst();
  return row ? toHsCode(row) : null;
}

export async function hsCodeChildren(ctx: ServiceContext, code: string): Promise<HsCode[]> {
  const rows = await ctx.db.selectFrom("hs_codes").selectAll().where("parent_code", "=", code).orderBy("code").execute();
  return rows.map(toHsCode);
}

export interface HsCodeSearch extends PageArgs {
  /** Without `query`: this code's direct children. With it: matches anywhere below this code. */
  parent?: string | null;
  /** Words that must all appear in the description, or the leading digits of a code ("0801.3"). */
  query?: string | null;
}

/** Browses or searches the nomenclature in code order, so results read like the tariff book. */
export async function searchHsCodes(ctx: ServiceContext, args: HsCodeSearch): Promise<Page<HsCode>> {
  const size = pageSize(args.first);
  let parent: string | null = null;
  if (args.parent?.trim()) {
    const parsed = parseHsCode(args.parent);
    if (!parsed.ok || parsed.extension) throw problem("parent", "HS_CODE_FORMAT");
    parent = parsed.nomenclature;
  }
  const query = args.query?.trim() ?? "";
  const codePrefix = /^[\d. ]*\d[\d. ]*$/.test(query) ? query.replace(/[. ]/g, "") : null;
  const words = codePrefix === null ? searchTerms(query) : [];
  const searching = codePrefix !== null || words.length > 0;

  const filter = (eb: ExpressionBuilder<DB, "hs_codes">) => {
    const conditions = [];
    if (!searching) {
      conditions.push(parent ? eb("parent_code", "=", parent) : eb("level", "=", 2));
    } else if (parent) {
      conditions.push(eb("code", "like", `${parent}%`), eb("code", "!=", parent));
    }
    if (codePrefix !== null) conditions.push(eb("code", "like", `${codePrefix}%`));
    for (const word of words) conditions.push(eb(eb.fn<string>("lower", ["description"]), "like", `%${word}%`));
    return eb.and(conditions);
  };

  const total = await ctx.db
    .selectFrom("hs_codes")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where(filter)
    .executeTakeFirstOrThrow();
  let select = ctx.db.selectFrom("hs_codes").selectAll().where(filter);
  if (args.after) select = select.where("code", ">", decodeCursor(args.after, ["string"])[0]);
  const rows = await select.orderBy("code").limit(size + 1).execute();
  return toPage(rows.map(toHsCode), size, Number(total.n), (c) => [c.code]);
}

/**
 * The check every module runs on an HS code a user typed: well formed, and its chapter, heading or
 * subheading is in the nomenclature. National digits after the sixth are kept but not checked, as
 * they differ by importing country.
 */
export async function checkHsCode(ctx: ServiceContext, code: string, field = "hsCode"): Promise<CheckedHsCode> {
  const parsed = parseHsCode(code);
  if (!parsed.ok) throw problem(field, "HS_CODE_FORMAT");
  const hsCode = await getHsCode(ctx, parsed.nomenclature);
  if (!hsCode) throw problem(field, "HS_CODE_UNKNOWN");
  return { code: parsed.digits, hsCode };
}

// ---------------------------------------------------------------------------- ports

function toPort(row: PortsTable): Port {
  return {
    locode: row.locode,
    country: row.country,
    name: row.name,
    nameAscii: row.name_ascii,
    subdivision: row.subdivision,
    functions: row.functions,
    isSeaport: row.is_seaport === 1,
    isAirport: row.is_airport === 1,
    iata: row.iata,
    latitude: row.latitude,
    longitude: row.longitude,
  };
}

const FUNCTION_MODES: readonly [string, TransportMode][] = [
  ["1", "sea"],
  ["2", "rail"],
  ["3", "road"],
  ["4", "air"],
  ["6", "multimodal"],
  ["8", "inland_waterway"],
];

/** The transport modes a location handles, read from its function classifier. */
export function portTransportModes(port: Pick<Port, "functions">): TransportMode[] {
  return FUNCTION_MODES.filter(([digit]) => port.functions.includes(digit)).map(([, mode]) => mode);
}

/** "PL GDN", "plgdn" and "PLGDN" all name Gdańsk: people copy LOCODEs with the space the code list prints. */
function normalizeLocode(locode: string): string {
  return locode.replace(/\s+/g, "").toUpperCase();
}

export async function getPort(ctx: ServiceContext, locode: string): Promise<Port | null> {
  const row = await ctx.db.selectFrom("ports").selectAll().where("locode", "=", normalizeLocode(locode)).executeTakeFirst();
  return row ? toPort(row) : null;
}

/** For other modules: the port a user named, or a problem on `field` they can fix. */
export async function checkPort(ctx: ServiceContext, locode: string, field = "port"): Promise<Port> {
  const port = /^[A-Z]{2}[A-Z2-9]{3}$/.test(normalizeLocode(locode)) ? await getPort(ctx, locode) : null;
  if (!port) throw problem(field, "PORT_UNKNOWN");
  return port;
}

export type PortKind = "seaport" | "airport" | "any";

export interface PortSearch extends PageArgs {
  country?: string | null;
  /** Part of the name (with or without diacritics), a LOCODE or an IATA code. */
  query?: string | null;
  kind?: PortKind | null;
}

/** Ports by country, then name: the order of the UN/LOCODE list and of the (country, name) index. */
export async function searchPorts(ctx: ServiceContext, args: PortSearch): Promise<Page<Port>> {
  const size = pageSize(args.first);
  const country = args.country?.trim().toUpperCase() || null;
  if (country && !findCountry(country)) throw problem("country", "COUNTRY_UNKNOWN");
  const words = searchTerms(args.query ?? "");
  const compact = normalizeLocode(args.query ?? "");

  const filter = (eb: ExpressionBuilder<DB, "ports">) => {
    const conditions = [];
    if (country) conditions.push(eb("country", "=", country));
    if (args.kind === "seaport") conditions.push(eb("is_seaport", "=", 1));
    if (args.kind === "airport") conditions.push(eb("is_airport", "=", 1));
    if (words.length) {
      const byName = eb.and(
        words.map((word) =>
          eb.or([eb(eb.fn<string>("lower", ["name_ascii"]), "like", `%${word}%`), eb(eb.fn<string>("lower", ["name"]), "like", `%${word}%`)]),
        ),
      );
      const byCode = /^[A-Z0-9]{3,5}$/.test(compact) ? [eb("locode", "=", compact), eb("iata", "=", compact)] : [];
      conditions.push(eb.or([byName, ...byCode]));
    }
    return eb.and(conditions);
  };

  const total = await ctx.db
    .selectFrom("ports")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where(filter)
    .executeTakeFirstOrThrow();
  let select = ctx.db.selectFrom("ports").selectAll().where(filter);
  if (args.after) {
    const [afterCountry, afterName, afterLocode] = decodeCursor(args.after, ["string", "string", "string"]);
    select = select.where((eb) =>
      eb.or([
        eb("country", ">", afterCountry),
        eb.and([eb("country", "=", afterCountry), eb("name_ascii", ">", afterName)]),
        eb.and([eb("country", "=", afterCountry), eb("name_ascii", "=", afterName), eb("locode", ">", afterLocode)]),
      ]),
    );
  }
  const rows = await select.orderBy("country").orderBy("name_ascii").orderBy("locode").limit(size + 1).execute();
  return toPage(rows.map(toPort), size, Number(total.n), (p) => [p.country, p.nameAscii, p.locode]);
}
