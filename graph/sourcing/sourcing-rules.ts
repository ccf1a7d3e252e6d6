import { convertQuantity, findCountry, findIncoterm, findUnit, type IncotermCode, type UnitOfMeasure } from "../../db/reference/index.js";
import type { FieldProblem } from "../errors.js";
import { cleanText, textProblem } from "../shared/text.js";
import { parseMinor, type Money } from "../shared/money.js";
import { DATE_HORIZON_YEARS, QUANTITY_DECIMALS, smallestQuantity, withinHorizon } from "../shared/plausible.js";
import { PAYMENT_TERMS, type PaymentTerms } from "./quote-ranking.js";

export type Visibility = "all" | "verified";
export const VISIBILITIES: readonly Visibility[] = ["all", "verified"];

export const QUOTE_CAP = { min: 1, max: 50, default: 10 } as const;
export const LEAD_TIME_DAYS = { min: 1, max: 365 } as const;
export const MAX_KEYWORDS = 20;
export { QUANTITY_DECIMALS };
/** Far above any real lot, far below where doubles stop counting whole units. */
const MAX_QUANTITY = 1e12;
const TEXT_LIMITS = { title: 200, description: 5000, keyword: 40, namedPlace: 120, message: 2000, hsCode: 20, port: 10 } as const;

/** The base unit each kind of quantity is stored in, so a request in tonnes meets a listing in kilograms. */
const BASE_UNIT: Record<UnitOfMeasure["quantity"], string> = { mass: "KGM", volume: "MTQ", count: "C62", length: "MTR", area: "MTK" };

export function toBaseQuantity(value: number, unit: string): number {
  const found = findUnit(unit);
  if (!found) throw new RangeError(`unknown unit ${unit}`);
  return convertQuantity(value, found.code, BASE_UNIT[found.quantity])!;
}

/** The calendar day (UTC) of an instant, as YYYY-MM-DD: how needed-by and valid-until dates compare with now. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

class Problems {
  readonly list: FieldProblem[] = [];
  add(field: string | null, code: string, params?: FieldProblem["params"]): void {
    this.list.push(params ? { field, code, params } : { field, code });
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

function quantity(problems: Problems, field: string, value: number | null | undefined, unit: UnitOfMeasure | undefined, required: boolean): number | null {
  if (value === null || value === undefined) {
    if (required) problems.add(field, "REQUIRED");
    return null;
  }
  if (!Number.isFinite(value)) problems.add(field, "NUMBER_INVALID");
  else if (value <= 0) problems.add(field, "NOT_POSITIVE");
  else if (value > MAX_QUANTITY) problems.add(field, "NUMBER_TOO_LARGE");
  else if (unit?.quantity !== "count" && value < smallestQuantity(unit)) problems.add(field, "QUANTITY_TOO_SMALL", { min: smallestQuantity(unit) });
  else if (unit?.quantity === "count" && !Number.isInteger(value)) problems.add(field, "QUANTITY_WHOLE_UNITS", { unit: unit.code });
  else if (Math.abs(value * 10 ** QUANTITY_DECIMALS - Math.round(value * 10 ** QUANTITY_DECIMALS)) > 1e-6) {
    problems.add(field, "QUANTITY_TOO_PRECISE", { digits: QUANTITY_DECIMALS });
  } else return value;
  return null;
}

function price(problems: Problems, field: string, value: { amount: string; currency: string }): Money | null {
  const currency = value.currency.trim().toUpperCase();
  if (!value.amount.trim()) {
    problems.add(`${field}.amount`, "REQUIRED");
    return null;
  }
  const parsed = parseMinor(value.amount, currency);
  if (!parsed.ok) problems.add(parsed.error === "CURRENCY_UNKNOWN" ? `${field}.currency` : `${field}.amount`, parsed.error);
  else if (parsed.value <= 0) problems.add(`${field}.amount`, "NOT_POSITIVE");
  else return { amountMinor: parsed.value, currency };
  return null;
}

function date(problems: Problems, field: string, value: string | null | undefined, required: boolean): string | null {
  const trimmed = (value ?? "").trim();
  if (!trimmed) {
    if (required) problems.add(field, "REQUIRED");
    return null;
  }
  if (!/^\d{4}-\d{2}-\d{2}$/.test(trimmed) || !new Date(`${trimmed}T00:00:00Z`).toISOString().startsWith(trimmed)) {
    problems.add(field, "DATE_INVALID");
    return null;
  }
  return trimmed;
}

function incoterm(problems: Problems, field: string, value: string): IncotermCode | null {
  const code = value.trim();
  if (!code) problems.add(field, "REQUIRED");
  else {
    const term = findIncoterm(code);
    if (term) return term.code;
    problems.add(field, "INCOTERM_UNKNOWN");
  }
  return null;
}

function done<T>(problems: Problems, data: () => T): { ok: true; data: T } | { ok: false; problems: FieldProblem[] } {
  return problems.list.length ? { ok: false, problems: problems.list } : { ok: true, data: data() };
}

// ---------------------------------------------------------------------------- sourcing requests

export interface RequestFields {
  title: string;
  description?: string | null;
  hsCode?: string | null;
  keywords?: readonly string[] | null;
  quantity: number;
  unit: string;
  targetUnitPrice?: { amount: string; currency: string } | null;
  destinationCountry: string;
  destinationPort?: string | null;
  incoterm: string;
  neededBy: string;
  visibility?: Visibility | null;
  quoteCap?: number | null;
  /** An ISO 8601 instant. */
  quoteDeadline?: string | null;
}

/** A request once every rule that needs no database has passed; the HS code and port are still to be looked up. */
export interface RequestData {
  title: string;
  description: string;
  hsCode: string | null;
  keywords: string[];
  quantity: number;
  unit: string;
  quantityBase: number;
  targetUnitPrice: Money | null;
  destinationCountry: string;
  destinationPort: string | null;
  incoterm: IncotermCode;
  neededBy: string;
  visibility: Visibility;
  quoteCap: number;
  quoteDeadline: string | null;
}

/**
 * Every rule of a sourcing request that needs no database, all at once. `now` decides what is in
 * the past: a needed-by date must be a later day than today (UTC), and the quote deadline must fall
 * between now and the start of the needed-by day.
 */
export function checkRequestFields(fields: RequestFields, now: Date): { ok: true; data: RequestData } | { ok: false; problems: FieldProblem[] } {
  const problems = new Problems();
  const title = text(problems, "title", fields.title, TEXT_LIMITS.title, true);
  const description = text(problems, "description", fields.description, TEXT_LIMITS.description, false);
  const hsCode = text(problems, "hsCode", fields.hsCode, TEXT_LIMITS.hsCode, false);

  const keywords: string[] = [];
  const given = fields.keywords ?? [];
  if (given.length > MAX_KEYWORDS) problems.add("keywords", "LIST_TOO_LONG", { limit: MAX_KEYWORDS });
  else {
    given.forEach((word, i) => {
      const checked = text(problems, `keywords.${i}`, word, TEXT_LIMITS.keyword, true)?.replace(/\s+/g, " ");
      if (checked && !keywords.some((k) => k.toLowerCase() === checked.toLowerCase())) keywords.push(checked);
    });
  }

  const unitText = fields.unit.trim();
  const unit = findUnit(unitText);
  if (!unitText) problems.add("unit", "REQUIRED");
  else if (!unit) problems.add("unit", "UNIT_UNKNOWN");
  const qty = quantity(problems, "quantity", fields.quantity, unit, true);
  const target = fields.targetUnitPrice ? price(problems, "targetUnitPrice", fields.targetUnitPrice) : null;

  const country = fields.destinationCountry.trim().toUpperCase();
  if (!country) problems.add("destinationCountry", "REQUIRED");
  else if (!findCountry(country)) problems.add("destinationCountry", "COUNTRY_UNKNOWN");
  const port = text(problems, "destinationPort", fields.destinationPort, TEXT_LIMITS.port, false);
  const term = incoterm(problems, "incoterm", fields.incoterm);

  const neededBy = date(problems, "neededBy", fields.neededBy, true);
  if (neededBy && neededBy <= utcDay(now)) problems.add("neededBy", "NEEDED_BY_PAST");
  else if (neededBy && !withinHorizon(neededBy, now)) problems.add("neededBy", "DATE_TOO_FAR", { years: DATE_HORIZON_YEARS });

  let quoteDeadline: string | null = null;
  const deadlineText = fields.quoteDeadline?.trim();
  if (deadlineText) {
    const at = Date.parse(deadlineText);
    if (Number.isNaN(at) || !/^\d{4}-\d{2}-\d{2}T/.test(deadlineText)) problems.add("quoteDeadline", "DATETIME_INVALID");
    else if (at <= now.getTime()) problems.add("quoteDeadline", "QUOTE_DEADLINE_PAST");
    else if (neededBy && at >= Date.parse(`${neededBy}T00:00:00Z`)) problems.add("quoteDeadline", "QUOTE_DEADLINE_AFTER_NEEDED_BY");
    else quoteDeadline = new Date(at).toISOString();
  }

  const cap = fields.quoteCap ?? QUOTE_CAP.default;
  if (!Number.isInteger(cap) || cap < QUOTE_CAP.min || cap > QUOTE_CAP.max) problems.add("quoteCap", "QUOTE_CAP_RANGE", { min: QUOTE_CAP.min, max: QUOTE_CAP.max });
  const visibility = fields.visibility ?? "all";
  if (!VISIBILITIES.includes(visibility)) problems.add("visibility", "INVALID");

  return done(problems, () => ({
    title: title!,
    description: description ?? "",
    hsCode,
    keywords,
    quantity: qty!,
    unit: unit!.code,
    quantityBase: toBaseQuantity(qty!, unit!.code),
    targetUnitPrice: target,
    destinationCountry: country,
    destinationPort: port ? port.replace(/\s+/g, "").toUpperCase() : null,
    incoterm: term!,
    neededBy: neededBy!,
    visibility,
    quoteCap: cap,
    quoteDeadline,
  }));
}

/** CFR and CIF name the port of destination, so a request on those terms must say which port. */
export function incotermNeedsDestinationPort(code: IncotermCode): boolean {
  const term = findIncoterm(code);
  return !!term && term.seaAndInlandWaterwayOnly && term.namedPlace === "destination";
}

// ---------------------------------------------------------------------------- quotes

export interface QuoteFields {
  unitPrice: { amount: string; currency: string };
  quantity: number;
  incoterm: string;
  namedPlace: string;
  leadTimeDays: number;
  validUntil: string;
  paymentTerms: string;
  moq?: number | null;
  message?: string | null;
}

export interface QuoteData {
  unitPrice: Money;
  quantity: number;
  incoterm: IncotermCode;
  namedPlace: string;
  leadTimeDays: number;
  validUntil: string;
  paymentTerms: PaymentTerms;
  moq: number | null;
  message: string | null;
}

/** Every rule of a quote that needs no database. Quantities are in the request's unit. */
export function checkQuoteFields(fields: QuoteFields, unit: string, now: Date): { ok: true; data: QuoteData } | { ok: false; problems: FieldProblem[] } {
  const problems = new Problems();
  const measure = findUnit(unit);
  const unitPrice = price(problems, "unitPrice", fields.unitPrice);
  const qty = quantity(problems, "quantity", fields.quantity, measure, true);
  const moq = quantity(problems, "moq", fields.moq, measure, false);
  if (qty !== null && moq !== null && moq > qty) problems.add("moq", "MOQ_ABOVE_QUANTITY", { moq, quantity: qty });
  if (unitPrice && qty !== null && lineTotalMinor(unitPrice.amountMinor, qty) > BigInt(Number.MAX_SAFE_INTEGER)) {
    problems.add("quantity", "MONEY_TOO_LARGE");
  }
  const term = incoterm(problems, "incoterm", fields.incoterm);
  const namedPlace = text(problems, "namedPlace", fields.namedPlace, TEXT_LIMITS.namedPlace, true);
  const lead = fields.leadTimeDays;
  if (!Number.isInteger(lead) || lead < LEAD_TIME_DAYS.min || lead > LEAD_TIME_DAYS.max) problems.add("leadTimeDays", "LEAD_TIME_RANGE", { ...LEAD_TIME_DAYS });
  const validUntil = date(problems, "validUntil", fields.validUntil, true);
  if (validUntil && validUntil < utcDay(now)) problems.add("validUntil", "VALID_UNTIL_PAST");
  else if (validUntil && !withinHorizon(validUntil, now)) problems.add("validUntil", "DATE_TOO_FAR", { years: DATE_HORIZON_YEARS });
  const terms = fields.paymentTerms.trim().toUpperCase();
  if (!(PAYMENT_TERMS as readonly string[]).includes(terms)) problems.add("paymentTerms", "PAYMENT_TERMS_UNKNOWN");
  const message = text(problems, "message", fields.message, TEXT_LIMITS.message, false);

  return done(problems, () => ({
    unitPrice: unitPrice!,
    quantity: qty!,
    incoterm: term!,
    namedPlace: namedPlace!,
    leadTimeDays: lead,
    validUntil: validUntil!,
    paymentTerms: terms as PaymentTerms,
    moq,
    message,
  }));
}

function lineTotalMinor(unitPriceMinor: number, quantity: number): bigint {
  const scale = 10n ** BigInt(QUANTITY_DECIMALS);
  const scaled = BigInt(Math.round(quantity * Number(scale)));
  return (BigInt(unitPriceMinor) * scaled + scale / 2n) / scale;
}

/**
 * Unit price × quantity, exact in minor units and rounded half up once: quantities carry at most
 * QUANTITY_DECIMALS decimals, so the product is computed on integers, never on a float amount.
 * checkQuoteFields refuses quotes whose total would not fit.
 */
export function lineTotal(unitPrice: Money, quantity: number): Money {
  const total = lineTotalMinor(unitPrice.amountMinor, quantity);
  if (total > BigInt(Number.MAX_SAFE_INTEGER)) throw new RangeError("line total exceeds the exact integer range");
  return { amountMinor: Number(total), currency: unitPrice.currency };
}
