import { findCountry, findCurrency, findIncoterm, findUnit, convertQuantity, type IncotermCode, type UnitOfMeasure } from "../../db/reference/index.js";
import { isLocale } from "../../locales/index.js";
import type { FieldProblem } from "../errors.js";
import { cleanText, textProblem } from "../shared/text.js";
import { parseMinor } from "../shared/money.js";
import { smallestQuantity } from "../shared/plausible.js";

export const CERTIFICATION_KINDS = ["organic", "halal", "kosher", "fairtrade", "ce", "fda", "iso22000", "globalgap", "other"] as const;
export type CertificationKind = (typeof CERTIFICATION_KINDS)[number];

export const LEAD_TIME_DAYS = { min: 1, max: 365 } as const;
export const MAX_PRICE_TIERS = 10;
export const MAX_TRANSLATIONS = 12;
/** Far above any real lot, far below where doubles stop counting whole units. */
const MAX_QUANTITY = 1e12;
const TEXT_LIMITS = { externalRef: 100, title: 200, description: 5000, namedPlace: 120, packaging: 500, reference: 100 } as const;

/** The base unit each kind of quantity is stored in, so tonnes and kilograms compare. */
const BASE_UNIT: Record<UnitOfMeasure["quantity"], string> = { mass: "KGM", volume: "MTQ", count: "C62", length: "MTR", area: "MTK" };

/** What a seller gives for a listing, from a form, the API or a CSV row. Prices are decimal strings. */
export interface ListingFields {
  externalRef?: string | null;
  title: string;
  description: string;
  locale: string;
  hsCode: string;
  originCountry: string;
  unit: string;
  currency: string;
  priceTiers: readonly { minQuantity: number; unitPrice: string }[];
  moq: number;
  availableQuantity: number;
  leadTimeDays: number;
  incoterms: readonly { code: string; namedPlace: string }[];
  shipFromPort?: string | null;
  netWeightKg?: number | null;
  grossWeightKg?: number | null;
  volumeM3?: number | null;
  packaging?: string | null;
  certifications?: readonly { kind: string; reference?: string | null }[] | null;
  translations?: readonly { locale: string; title: string; description: string }[] | null;
}

export interface PriceTier {
  minQuantity: number;
  unitPriceMinor: number;
}

export interface OfferedIncoterm {
  code: IncotermCode;
  namedPlace: string;
}

export interface Certification {
  kind: CertificationKind;
  reference: string | null;
}

export interface Translation {
  locale: string;
  title: string;
  description: string;
}

/** A listing's fields once every rule that needs no database has passed; hsCode and port still to be looked up. */
export interface ListingData {
  externalRef: string | null;
  title: string;
  description: string;
  locale: string;
  hsCode: string;
  originCountry: string;
  unit: string;
  currency: string;
  priceTiers: PriceTier[];
  priceFromMinor: number;
  moq: number;
  availableQuantity: number;
  moqBase: number;
  availableBase: number;
  leadTimeDays: number;
  incoterms: OfferedIncoterm[];
  shipFromPort: string | null;
  netWeightKg: number | null;
  grossWeightKg: number | null;
  volumeM3: number | null;
  packaging: string | null;
  certifications: Certification[];
  translations: Translation[];
}

class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string | null, code: string, params?: FieldProblem["params"]): void {
    this.list.push(params ? { field, code, params } : { field, code });
  }
  get any(): boolean {
    return this.list.length > 0;
  }
}

function text(problems: Problems, field: string, value: string | null | undefined, limit: number, required: boolean): string | null {
  const trimmed = (value ?? "").trim();
  if (!trimmed) {
    if (required) problems.add(field, "REQUIRED");
    return null;
  }
  if (trimmed.length > limit) {
    problems.add(field, "TOO_LONG", { limit });
    return null;
  }
  const unsafe = textProblem(trimmed);
  if (unsafe) {
    problems.add(field, unsafe);
    return null;
  }
  // Fields longer than a title are prose (descriptions, packaging, messages) and keep their line breaks.
  return cleanText(trimmed, { multiline: limit > TEXT_LIMITS.title });
}

function positive(problems: Problems, field: string, value: number | null | undefined, required: boolean): number | null {
  if (value === null || value === undefined) {
    if (required) problems.add(field, "REQUIRED");
    return null;
  }
  if (!Number.isFinite(value)) {
    problems.add(field, "NUMBER_INVALID");
    return null;
  }
  if (value <= 0) {
    problems.add(field, "NOT_POSITIVE");
    return null;
  }
  if (value > MAX_QUANTITY) {
    problems.add(field, "NUMBER_TOO_LARGE");
    return null;
  }
  return value;
}

/** A quantity in a unit that counts things (pieces, pairs, sets) comes in whole units. */
function quantity(problems: Problems, field: string, value: number, unit: UnitOfMeasure | undefined): number | null {
  const checked = positive(problems, field, value, true);
  if (checked !== null && unit?.quantity === "count" && !Number.isInteger(checked)) {
    problems.add(field, "QUANTITY_WHOLE_UNITS", { unit: unit.code });
    return null;
  }
  if (checked !== null && checked < smallestQuantity(unit)) {
    problems.add(field, "QUANTITY_TOO_SMALL", { min: smallestQuantity(unit) });
    return null;
  }
  return checked;
}

function toBase(value: number, unit: UnitOfMeasure): number {
  return convertQuantity(value, unit.code, BASE_UNIT[unit.quantity])!;
}

/**
 * Price tiers are quantity breaks: the first starts at the MOQ (nobody can buy less), each next
 * break is larger, and buying more never costs more per unit.
 */
function checkTiers(problems: Problems, fields: ListingFields, currency: string | null, moq: number | null, unit: UnitOfMeasure | undefined): PriceTier[] {
  const tiers: PriceTier[] = [];
  if (!fields.priceTiers.length) {
    problems.add("priceTiers", "PRICE_TIERS_REQUIRED");
    return tiers;
  }
  if (fields.priceTiers.length > MAX_PRICE_TIERS) {
    problems.add("priceTiers", "LIST_TOO_LONG", { limit: MAX_PRICE_TIERS });
    return tiers;
  }
  let previous: { minQuantity: number | null; unitPriceMinor: number | null; unitPrice: string } | null = null;
  fields.priceTiers.forEach((tier, i) => {
    const at = `priceTiers.${i}`;
    const minQuantity = quantity(problems, `${at}.minQuantity`, tier.minQuantity, unit);
    let unitPriceMinor: number | null = null;
    if (!tier.unitPrice?.trim()) problems.add(`${at}.unitPrice`, "REQUIRED");
    else if (currency) {
      const parsed = parseMinor(tier.unitPrice, currency);
      if (!parsed.ok) problems.add(`${at}.unitPrice`, parsed.error);
      else if (parsed.value <= 0) problems.add(`${at}.unitPrice`, "NOT_POSITIVE");
      else unitPriceMinor = parsed.value;
    }
    if (i === 0 && minQuantity !== null && moq !== null && minQuantity !== moq) {
      problems.add(`${at}.minQuantity`, "PRICE_TIER_FIRST_BREAK", { moq });
    }
    if (previous?.minQuantity != null && minQuantity !== null && minQuantity <= previous.minQuantity) {
      problems.add(`${at}.minQuantity`, "PRICE_TIER_BREAKS_ORDER", { previous: previous.minQuantity });
    }
    if (previous?.unitPriceMinor != null && unitPriceMinor !== null && unitPriceMinor > previous.unitPriceMinor) {
      problems.add(`${at}.unitPrice`, "PRICE_TIER_PRICE_RISES", { previous: previous.unitPrice.trim() });
    }
    previous = { minQuantity, unitPriceMinor, unitPrice: tier.unitPrice ?? "" };
    if (minQuantity !== null && unitPriceMinor !== null) tiers.push({ minQuantity, unitPriceMinor });
  });
  return tiers;
}

function checkIncoterms(problems: Problems, fields: ListingFields): OfferedIncoterm[] {
  const offered: OfferedIncoterm[] = [];
  if (!fields.incoterms.length) {
    problems.add("incoterms", "INCOTERMS_REQUIRED");
    return offered;
  }
  const seen = new Set<string>();
  fields.incoterms.forEach((entry, i) => {
    const term = findIncoterm(entry.code.trim());
    const namedPlace = text(problems, `incoterms.${i}.namedPlace`, entry.namedPlace, TEXT_LIMITS.namedPlace, true);
    if (!term) problems.add(`incoterms.${i}.code`, "INCOTERM_UNKNOWN");
    else if (seen.has(term.code)) problems.add(`incoterms.${i}.code`, "INCOTERM_DUPLICATE", { incoterm: term.code });
    else {
      seen.add(term.code);
      if (namedPlace) offered.push({ code: term.code, namedPlace });
    }
  });
  return offered;
}

function checkCertifications(problems: Problems, fields: ListingFields): Certification[] {
  const out: Certification[] = [];
  const seen = new Set<string>();
  (fields.certifications ?? []).forEach((entry, i) => {
    const kind = entry.kind.trim().toLowerCase();
    const reference = text(problems, `certifications.${i}.reference`, entry.reference, TEXT_LIMITS.reference, false);
    if (!(CERTIFICATION_KINDS as readonly string[]).includes(kind)) problems.add(`certifications.${i}.kind`, "CERTIFICATION_UNKNOWN");
    else if (seen.has(kind)) problems.add(`certifications.${i}.kind`, "CERTIFICATION_DUPLICATE");
    else {
      seen.add(kind);
      out.push({ kind: kind as CertificationKind, reference });
    }
  });
  return out;
}

function checkTranslations(problems: Problems, fields: ListingFields, locale: string | null): Translation[] {
  const entries = fields.translations ?? [];
  if (entries.length > MAX_TRANSLATIONS) {
    problems.add("translations", "LIST_TOO_LONG", { limit: MAX_TRANSLATIONS });
    return [];
  }
  const out: Translation[] = [];
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const at = `translations.${i}`;
    const code = entry.locale.trim().toLowerCase();
    const title = text(problems, `${at}.title`, entry.title, TEXT_LIMITS.title, true);
    const description = text(problems, `${at}.description`, entry.description, TEXT_LIMITS.description, true);
    if (!isLocale(code)) problems.add(`${at}.locale`, "LOCALE_UNKNOWN");
    else if (code === locale) problems.add(`${at}.locale`, "TRANSLATION_SAME_LOCALE");
    else if (seen.has(code)) problems.add(`${at}.locale`, "TRANSLATION_DUPLICATE");
    else {
      seen.add(code);
      if (title && description) out.push({ locale: code, title, description });
    }
  });
  return out;
}

/**
 * Every rule of a listing that needs no database, all at once so a form can mark each wrong field
 * in one round. Field paths match the GraphQL input ("priceTiers.1.minQuantity").
 */
export function checkListingFields(fields: ListingFields): { data: ListingData; problems: [] } | { data: null; problems: FieldProblem[] } {
  const problems = new Problems();
  const externalRef = text(problems, "externalRef", fields.externalRef, TEXT_LIMITS.externalRef, false);
  const title = text(problems, "title", fields.title, TEXT_LIMITS.title, true);
  const description = text(problems, "description", fields.description, TEXT_LIMITS.description, true);

  const locale = fields.locale.trim().toLowerCase();
  if (!isLocale(locale)) problems.add("locale", "LOCALE_UNKNOWN");
  const hsCode = text(problems, "hsCode", fields.hsCode, 20, true);
  const originCountry = fields.originCountry.trim().toUpperCase();
  if (!originCountry) problems.add("originCountry", "REQUIRED");
  else if (!findCountry(originCountry)) problems.add("originCountry", "COUNTRY_UNKNOWN");
  const unit = findUnit(fields.unit.trim());
  if (!fields.unit.trim()) problems.add("unit", "REQUIRED");
  else if (!unit) problems.add("unit", "UNIT_UNKNOWN");
  const currencyText = fields.currency.trim().toUpperCase();
  const currency = findCurrency(currencyText) ? currencyText : null;
  if (!currencyText) problems.add("currency", "REQUIRED");
  else if (!currency) problems.add("currency", "CURRENCY_UNKNOWN");

  const moq = quantity(problems, "moq", fields.moq, unit);
  const available = quantity(problems, "availableQuantity", fields.availableQuantity, unit);
  if (moq !== null && available !== null && moq > available) problems.add("moq", "MOQ_ABOVE_AVAILABLE", { moq, available });
  const tiers = checkTiers(problems, fields, currency, moq, unit);

  const lead = fields.leadTimeDays;
  if (lead === null || lead === undefined) problems.add("leadTimeDays", "REQUIRED");
  else if (!Number.isInteger(lead) || lead < LEAD_TIME_DAYS.min || lead > LEAD_TIME_DAYS.max) problems.add("leadTimeDays", "LEAD_TIME_RANGE", { ...LEAD_TIME_DAYS });

  const incoterms = checkIncoterms(problems, fields);
  const port = text(problems, "shipFromPort", fields.shipFromPort, 10, false);
  const shipFromPort = port ? port.replace(/\s+/g, "").toUpperCase() : null;

  const netWeightKg = positive(problems, "netWeightKg", fields.netWeightKg, false);
  const grossWeightKg = positive(problems, "grossWeightKg", fields.grossWeightKg, false);
  if (netWeightKg !== null && grossWeightKg !== null && grossWeightKg < netWeightKg) {
    problems.add("grossWeightKg", "GROSS_BELOW_NET", { net: netWeightKg });
  }
  const volumeM3 = positive(problems, "volumeM3", fields.volumeM3, false);
  const packaging = text(problems, "packaging", fields.packaging, TEXT_LIMITS.packaging, false);
  const certifications = checkCertifications(problems, fields);
  const translations = checkTranslations(problems, fields, isLocale(locale) ? locale : null);

  if (problems.any) return { data: null, problems: problems.list };
  return {
    data: {
      externalRef,
      title: title!,
      description: description!,
      locale,
      hsCode: hsCode!,
      originCountry,
      unit: unit!.code,
      currency: currency!,
      priceTiers: tiers,
      priceFromMinor: Math.min(...tiers.map((t) => t.unitPriceMinor)),
      moq: moq!,
      availableQuantity: available!,
      moqBase: toBase(moq!, unit!),
      availableBase: toBase(available!, unit!),
      leadTimeDays: lead,
      incoterms,
      shipFromPort,
      netWeightKg,
      grossWeightKg,
      volumeM3,
      packaging,
      certifications,
      translations,
    },
    problems: [],
  };
}

/** What the nomenclature and the port list say about a listing's HS code and ship-from port. */
export interface ReferenceFacts {
  /** The HS code as stored (digits only), or why it was refused. */
  hsCode: { digits: string } | { problem: string };
  /** Null when the listing names no port. `modes` are the transport modes the port handles. */
  port: { locode: string; modes: readonly string[] } | { problem: string } | null;
}

/** Incoterms for sea and inland waterway need a port where a vessel loads: FOB from an airport is no offer. */
export function fitsPort(code: IncotermCode, modes: readonly string[]): boolean {
  return !findIncoterm(code)?.seaAndInlandWaterwayOnly || modes.includes("sea") || modes.includes("inland_waterway");
}

/**
 * The rules that need the reference data: a known HS code, a known port, and terms that fit the
 * port. Takes the Incoterms as given, so their problems carry the input's positions even when
 * other fields are wrong too.
 */
export function referenceProblems(fields: Pick<ListingFields, "incoterms">, facts: ReferenceFacts): FieldProblem[] {
  const problems = new Problems();
  if ("problem" in facts.hsCode) problems.add("hsCode", facts.hsCode.problem);
  if (facts.port && "problem" in facts.port) problems.add("shipFromPort", facts.port.problem);
  else if (facts.port) {
    const port = facts.port;
    fields.incoterms.forEach((given, i) => {
      const term = findIncoterm(given.code.trim());
      if (term && !fitsPort(term.code, port.modes)) problems.add(`incoterms.${i}.code`, "INCOTERM_NEEDS_SEA_PORT", { incoterm: term.code, port: port.locode });
    });
  }
  return problems.list;
}

/** The text a listing is found by: every title it has, then every description and its packaging. */
export function searchDocumentOf(listing: Pick<ListingData, "title" | "description" | "packaging" | "translations">): { title: string; body: string } {
  return {
    title: [listing.title, ...listing.translations.map((t) => t.title)].join("\n"),
    body: [listing.description, ...listing.translations.map((t) => t.description), listing.packaging ?? ""].filter(Boolean).join("\n"),
  };
}
