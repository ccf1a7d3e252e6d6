import { normalizeDecimal, parseNumber, type FormProblem } from "./forms";

/** The catalogue's filters as the URL carries them, so a search can be bookmarked and shared. */
export const CATALOGUE_PARAMS = ["q", "hs", "origin", "min", "max", "currency", "qty", "unit", "incoterm", "verified", "sort"] as const;
export type CatalogueParam = (typeof CATALOGUE_PARAMS)[number];

export const SORTS = ["RELEVANCE", "PRICE_ASC", "PRICE_DESC", "LEAD_TIME", "NEWEST"] as const;
export type Sort = (typeof SORTS)[number];

/** Which URL parameter each searchListings argument path comes from, for showing its errors there. */
export const PARAM_OF_FIELD: Record<string, CatalogueParam> = {
  query: "q",
  "filters.hsCode": "hs",
  "filters.originCountry": "origin",
  "filters.priceMin": "min",
  "filters.priceMin.amount": "min",
  "filters.priceMin.currency": "currency",
  "filters.priceMax": "max",
  "filters.priceMax.amount": "max",
  "filters.priceMax.currency": "currency",
  "filters.quantity": "qty",
  "filters.unit": "unit",
  "filters.incoterm": "incoterm",
};

export interface CatalogueSearch {
  /** What the filter form shows. */
  values: Record<CatalogueParam, string>;
  variables: {
    query: string | null;
    filters: Record<string, unknown>;
    sort: Sort;
  };
  /** Filters that cannot be sent as typed (a quantity that is no number). */
  problems: FormProblem[];
  /** Whether any filter or words are set: without them the catalogue shows the newest listings. */
  filtered: boolean;
}

/** Reads the catalogue URL into searchListings arguments; prices are in `currency`, the viewer's by default. */
export function catalogueSearch(params: URLSearchParams, defaultCurrency: string): CatalogueSearch {
  const get = (name: CatalogueParam) => params.get(name)?.trim() ?? "";
  const values = Object.fromEntries(CATALOGUE_PARAMS.map((p) => [p, get(p)])) as Record<CatalogueParam, string>;
  values.currency = values.currency.toUpperCase() || defaultCurrency;
  const sort = (SORTS as readonly string[]).includes(values.sort) ? (values.sort as Sort) : "RELEVANCE";
  values.sort = sort;
  const problems: FormProblem[] = [];
  const filters: Record<string, unknown> = {};
  if (values.hs) filters.hsCode = values.hs;
  if (values.origin) filters.originCountry = values.origin;
  if (values.min) filters.priceMin = { amount: normalizeDecimal(values.min), currency: values.currency };
  if (values.max) filters.priceMax = { amount: normalizeDecimal(values.max), currency: values.currency };
  if (values.qty) {
    const quantity = parseNumber(values.qty);
    if (quantity === null || Number.isNaN(quantity)) problems.push({ field: "qty", code: "NUMBER_INVALID" });
    else {
      filters.quantity = quantity;
      filters.unit = values.unit || null;
    }
  }
  if (values.incoterm) filters.incoterm = values.incoterm;
  if (values.verified === "1" || values.verified === "on") {
    filters.verifiedSellersOnly = true;
    values.verified = "1";
  } else values.verified = "";
  const filtered = Boolean(values.q) || Object.keys(filters).length > 0;
  return { values, variables: { query: values.q || null, filters, sort }, problems, filtered };
}
