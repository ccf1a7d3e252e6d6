import { createHash } from "node:crypto";
import { findCountry, findIncoterm } from "../../db/reference/index.js";
import { findUnit } from "../../db/reference/units.js";
import { searchListingPage, SearchPositionError, type ListingSearchSpec, type SearchSort } from "../../db/search.js";
import type { ServiceContext } from "../context.js";
import { DomainError, UserInputProblems, type FieldProblem } from "../errors.js";
import { listingsBySearchKeys, type Listing } from "../listings/service.js";
import { parseMinor } from "../shared/money.js";
import { decodeCursor, encodeCursor, pageSize } from "../shared/pagination.js";
import { convertMoney } from "../fx/service.js";

export type ListingSortName = "RELEVANCE" | "NEWEST" | "PRICE_ASC" | "PRICE_DESC" | "LEAD_TIME";

const SORTS: Record<ListingSortName, SearchSort> = {
  RELEVANCE: "relevance",
  NEWEST: "newest",
  PRICE_ASC: "price_asc",
  PRICE_DESC: "price_desc",
  LEAD_TIME: "lead_time",
};

/** Search compares prices in this currency: listings keep their lowest price in US cents. */
const PRICE_CURRENCY = "USD";
export const MAX_QUERY_LENGTH = 200;

export interface MoneyBound {
  amount: string;
  currency: string;
}

export interface ListingSearchFilters {
  hsCode?: string | null;
  originCountry?: string | null;
  priceMin?: MoneyBound | null;
  priceMax?: MoneyBound | null;
  quantity?: number | null;
  unit?: string | null;
  incoterm?: string | null;
  verifiedSellersOnly?: boolean | null;
}

export interface SearchListingsArgs {
  query?: string | null;
  filters?: ListingSearchFilters | null;
  sort?: ListingSortName | null;
  first?: number | null;
  after?: string | null;
}

export interface ListingSearchResult {
  edges: { cursor: string; node: Listing }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
  totalCountIsExact: boolean;
  relevanceIsExact: boolean;
}

/** A bound in any currency, in US cents at the latest rate on or before today. */
async function usdCents(ctx: ServiceContext, field: string, bound: MoneyBound, problems: FieldProblem[]): Promise<number | null> {
  const currency = bound.currency.trim().toUpperCase();
  const parsed = parseMinor(bound.amount, currency);
  if (!parsed.ok) {
    problems.push({ field: parsed.error === "CURRENCY_UNKNOWN" ? `${field}.currency` : `${field}.amount`, code: parsed.error });
    return null;
  }
  if (parsed.value < 0) {
    problems.push({ field: `${field}.amount`, code: "PRICE_NEGATIVE" });
    return null;
  }
  try {
    return (await convertMoney(ctx, { amountMinor: parsed.value, currency }, PRICE_CURRENCY)).to.amountMinor;
  } catch (error) {
    if (!(error instanceof DomainError && error.messageKey === "FX_RATE_MISSING")) throw error;
    problems.push({ field: `${field}.currency`, code: "FX_RATE_MISSING", params: error.params });
    return null;
  }
}

/** Turns API filters into the database's terms, reporting every wrong field at once. */
async function specOf(ctx: ServiceContext, args: SearchListingsArgs): Promise<Omit<ListingSearchSpec, "limit" | "after">> {
  const problems: FieldProblem[] = [];
  const filters = args.filters ?? {};
  // Untrimmed: a space after the last word says it is complete (no prefix matching).
  const query = args.query?.trim() ? args.query : null;
  if (query && query.trim().length > MAX_QUERY_LENGTH) problems.push({ field: "query", code: "TOO_LONG", params: { limit: MAX_QUERY_LENGTH } });

  let hsPrefix: string | null = null;
  if (filters.hsCode?.trim()) {
    hsPrefix = filters.hsCode.replace(/[\s.]/g, "");
    if (!/^\d{2,10}$/.test(hsPrefix)) problems.push({ field: "filters.hsCode", code: "HS_PREFIX_INVALID" });
  }
  const origin = filters.originCountry?.trim().toUpperCase() || null;
  if (origin && !findCountry(origin)) problems.push({ field: "filters.originCountry", code: "COUNTRY_UNKNOWN" });
  const incoterm = filters.incoterm?.trim().toUpperCase() || null;
  if (incoterm && !findIncoterm(incoterm)) problems.push({ field: "filters.incoterm", code: "INCOTERM_UNKNOWN" });

  let quantity: ListingSearchSpec["quantity"] = null;
  if (filters.quantity != null || filters.unit) {
    const unit = filters.unit ? findUnit(filters.unit.trim()) : undefined;
    if (filters.quantity == null) problems.push({ field: "filters.quantity", code: "REQUIRED" });
    else if (!Number.isFinite(filters.quantity) || filters.quantity <= 0) problems.push({ field: "filters.quantity", code: "QUANTITY_NOT_POSITIVE" });
    if (!filters.unit) problems.push({ field: "filters.unit", code: "REQUIRED" });
    else if (!unit) problems.push({ field: "filters.unit", code: "UNIT_UNKNOWN" });
    if (unit && filters.quantity != null && filters.quantity > 0) quantity = { base: filters.quantity * unit.toBase, kind: unit.quantity };
  }

  if (problems.length) throw new UserInputProblems(problems);
  const priceMin = filters.priceMin ? await usdCents(ctx, "filters.priceMin", filters.priceMin, problems) : null;
  const priceMax = filters.priceMax ? await usdCents(ctx, "filters.priceMax", filters.priceMax, problems) : null;
  if (priceMin !== null && priceMax !== null && priceMin > priceMax) problems.push({ field: "filters.priceMax", code: "PRICE_RANGE_INVALID" });
  if (problems.length) throw new UserInputProblems(problems);

  return {
    text: query,
    hsPrefix,
    originCountry: origin,
    priceMinUsdCents: priceMin,
    priceMaxUsdCents: priceMax,
    quantity,
    incoterm,
    verifiedOnly: filters.verifiedSellersOnly ?? false,
    sort: SORTS[args.sort ?? "RELEVANCE"],
  };
}

/** Cursors name the search they came from, so one from another query or sort is refused rather than misread. */
function fingerprint(spec: Omit<ListingSearchSpec, "limit" | "after">): string {
  return createHash("sha256").update(JSON.stringify(spec)).digest("base64url").slice(0, 10);
}

function positionFrom(after: string, expected: string): number[] {
  const [print, ...position] = decodeCursor(after);
  if (print !== expected || !position.every((n): n is number => typeof n === "number")) {
    throw new UserInputProblems([{ field: "after", code: "CURSOR_INVALID" }]);
  }
  return position;
}

/**
 * Public catalogue search: active listings only, anyone may ask. Price bounds are converted to US
 * dollars at the latest rate and compared with each listing's lowest price in US dollars.
 */
export async function searchListings(ctx: ServiceContext, args: SearchListingsArgs): Promise<ListingSearchResult> {
  const limit = pageSize(args.first);
  const spec = await specOf(ctx, args);
  const print = fingerprint(spec);
  const after = args.after ? positionFrom(args.after, print) : null;
  let found;
  try {
    found = await searchListingPage(ctx.db, ctx.dialect, { ...spec, limit, after });
  } catch (error) {
    if (error instanceof SearchPositionError) throw new UserInputProblems([{ field: "after", code: "CURSOR_INVALID" }]);
    throw error;
  }
  const listings = new Map((await listingsBySearchKeys(ctx, found.hits.map((h) => h.key))).map((l) => [l.searchKey, l]));
  const edges = found.hits.flatMap((hit) => {
    const node = listings.get(hit.key);
    return node ? [{ cursor: encodeCursor([print, ...hit.position]), node }] : [];
  });
  const last = found.hits.at(-1);
  return {
    edges,
    pageInfo: { hasNextPage: found.hasMore, endCursor: last ? encodeCursor([print, ...last.position]) : null },
    totalCount: found.total,
    totalCountIsExact: found.totalIsExact,
    relevanceIsExact: found.relevanceIsExact,
  };
}
