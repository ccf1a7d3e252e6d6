import { nowIso } from "../../db/ids.js";
import { MAX_QUERY_WORDS, searchListingKeys } from "../../db/search.js";
import type { ServiceContext } from "../context.js";
import { DomainError, notFound } from "../errors.js";
import { actsFor, isPlatformAdmin, requireOrganisation } from "../identity/guards.js";
import { getOrganisation } from "../identity/service.js";
import { notify } from "../inbox/service.js";
import { listingsByIds, activeListingIdsByHs, activeListingIdsOf, listingRows, type ListingRow, type Listing } from "../listings/service.js";
import { laneBook, type LaneBook } from "../logistics/service.js";
import { minorUnitOf, type Money } from "../shared/money.js";
import { pageSize } from "../shared/pagination.js";
import { openRequestIdsInChapter, openRequestIdsWithoutHs, quotesAnsweredBy, requestRows, type RequestRow } from "../sourcing/service.js";
import { embargoesNotOver, type Embargo } from "../compliance/service.js";
import { convertMoney, findRate, type Conversion } from "../fx/service.js";
import { reasonText, type MatchReason } from "./reasons.js";
import { compareMatches, scoreMatch, type DeliveryWindow, type MatchListing, type MatchRequest, type MatchScore, type SignalResult } from "./score.js";
import { lookupWords, words } from "./tokens.js";
import { CANDIDATE_CAP, MY_LEADS_LISTING_CAP, NOTIFY_THRESHOLD, TEXT_ALL_WORDS_ENOUGH } from "./weights.js";

export type { MatchReason } from "./reasons.js";
export type { DeliveryWindow, SignalResult } from "./score.js";

/** A listing and a request side by side, with why they fit (or do not). */
export interface Match {
  listing: Listing;
  requestId: string;
  /** 0 to 1. */
  score: number;
  excluded: boolean;
  signals: SignalResult[];
  reasons: MatchReason[];
  delivery: DeliveryWindow | null;
  /** The listing's tier price for the requested quantity, per listing unit, in the seller's currency. */
  unitPrice: Money;
  unit: string;
  /** That price in the buyer's currency (its target's, else its company's), with the rate and its date. */
  convertedUnitPrice: Conversion | null;
}

const today = (ctx: ServiceContext) => ctx.now().toISOString().slice(0, 10);

// ---------------------------------------------------------------------------- facts

function requestFacts(row: RequestRow): MatchRequest {
  return {
    id: row.id,
    organisationId: row.organisationId,
    hsCode: row.hsCode,
    words: words(`${row.title} ${row.keywords}`),
    quantity: row.quantity,
    unit: row.unit,
    targetPrice: row.targetPriceMinor !== null && row.targetCurrency ? { amountMinor: row.targetPriceMinor, currency: row.targetCurrency } : null,
    destinationCountry: row.destinationCountry,
    incoterm: row.incoterm,
    neededBy: row.neededBy,
  };
}

/** Goods leave from the ship-from port's country when one is named (Rwandan coffee out of Mombasa), else from where they were made. */
function shipFromCountry(row: ListingRow): string {
  return row.shipFromPort ? row.shipFromPort.slice(0, 2).toUpperCase() : row.originCountry;
}

function listingFacts(row: ListingRow): MatchListing {
  return {
    id: row.id,
    organisationId: row.organisationId,
    hsCode: row.hsCode,
    originCountry: row.originCountry,
    shipFromCountry: shipFromCountry(row),
    unit: row.unit,
    moq: row.moq,
    availableQuantity: row.availableQuantity,
    leadTimeDays: row.leadTimeDays,
    currency: row.currency,
    priceTiers: row.priceTiers,
    incoterms: row.incoterms,
    sellerVerified: row.sellerVerified,
    words: new Set(words([row.title, row.description, ...row.translations].join(" "))),
  };
}

/**
 * Everything scoring needs beyond the two rows, read once per ranking: the lanes touching the
 * countries involved, the embargoes not yet over, exchange rates per currency, sellers' records.
 */
class MarketFacts {
  private embargoes: Embargo[] = [];
  private readonly fx = new Map<string, Promise<number | null>>();
  private readonly quotes = new Map<string, number>();
  // A listing meets many requests in a ranking of leads: its words are read once.
  private readonly requestFacts = new Map<string, MatchRequest>();
  private readonly listingFacts = new Map<string, MatchListing>();

  private constructor(
    private readonly ctx: ServiceContext,
    private readonly lanes: LaneBook,
  ) {}

  /** The lanes from the origins or to the destinations named, and the embargoes not yet over. */
  static async load(ctx: ServiceContext, side: { origins?: string[]; destinations?: string[] }): Promise<MarketFacts> {
    const [lanes, embargoes] = await Promise.all([laneBook(ctx, side), embargoesNotOver(ctx)]);
    const facts = new MarketFacts(ctx, lanes);
    facts.embargoes = embargoes;
    return facts;
  }

  /** The sellers' records and the exchange rates the pairs to score need, read together. */
  async prepare(requests: readonly RequestRow[], listings: readonly ListingRow[]): Promise<void> {
    const [quotes] = await Promise.all([quotesAnsweredBy(this.ctx.db, listings.map((l) => l.organisationId)), this.prefetchRates(requests, listings)]);
    for (const [seller, count] of quotes) this.quotes.set(seller, count);
  }

  /** Minor units of `to` per minor unit of `from`, for comparing prices; null when no rate is known. */
  fxFactor(from: string, to: string | undefined): Promise<number | null> {
    if (!to) return Promise.resolve(null);
    const key = `${from}>${to}`;
    let found = this.fx.get(key);
    if (!found) {
      found = findRate(this.ctx, from, to).then(
        (rate) => (Number(rate.rate.num) / Number(rate.rate.den)) * 10 ** (minorUnitOf(to) - minorUnitOf(from)),
        (error: unknown) => {
          if (error instanceof DomainError && error.code === "NOT_FOUND") return null;
          throw error;
        },
      );
      this.fx.set(key, found);
    }
    return found;
  }

  /** Looks up every rate a ranking needs at once: on PostgreSQL each lookup is a round trip, and they overlap. */
  private async prefetchRates(requests: readonly RequestRow[], listings: readonly ListingRow[]): Promise<void> {
    const targets = [...new Set(requests.map((r) => r.targetCurrency).filter((c): c is string => !!c))];
    const currencies = [...new Set(listings.map((l) => l.currency))];
    await Promise.all(targets.flatMap((to) => currencies.map((from) => this.fxFactor(from, to))));
  }

  async score(request: RequestRow, listing: ListingRow): Promise<MatchScore> {
    const req = this.requestFacts.get(request.id) ?? requestFacts(request);
    const lst = this.listingFacts.get(listing.id) ?? listingFacts(listing);
    this.requestFacts.set(request.id, req);
    this.listingFacts.set(listing.id, lst);
    return scoreMatch(req, lst, {
      today: today(this.ctx),
      lanes: this.lanes.lanesFor(lst.shipFromCountry, req.destinationCountry),
      embargoes: this.embargoes,
      fxFactor: await this.fxFactor(listing.currency, req.targetPrice?.currency),
      quotesAnswered: this.quotes.get(listing.organisationId) ?? 0,
    });
  }
}

interface Scored {
  request: RequestRow;
  listing: ListingRow;
  result: MatchScore;
}

/** A pair worth showing: not embargoed, and about the same goods (some HS digits or some words in common). */
function relevant(result: MatchScore): boolean {
  if (result.excluded) return false;
  const hs = result.signals.find((s) => s.name === "hsCode")!;
  const text = result.signals.find((s) => s.name === "text")!;
  return (hs.applicable && hs.value > 0) || (text.applicable && text.value > 0);
}

function ranked(items: Scored[], idOf: (s: Scored) => string): Scored[] {
  return items.sort((a, b) => compareMatches({ ...a.result, id: idOf(a) }, { ...b.result, id: idOf(b) }));
}

/**
 * Ranked pairs as the API shows them: the listings hydrated by the listings service (only these few,
 * not every candidate scored), reasons in the viewer's words, the price converted for the buyer.
 */
async function present(ctx: ServiceContext, scored: Scored[], buyerCurrency: string | null): Promise<Match[]> {
  const format = { t: ctx.t, locale: ctx.locale, today: today(ctx) };
  const convert = async (money: Money, to: string | null): Promise<Conversion | null> => {
    if (!to) return null;
    try {
      return await convertMoney(ctx, money, to);
    } catch (error) {
      if (error instanceof DomainError && error.code === "NOT_FOUND") return null;
      throw error;
    }
  };
  // Each conversion reads rates: started together (and with the hydration), they overlap on PostgreSQL.
  const [hydrated, conversions] = await Promise.all([
    listingsByIds(ctx, [...new Set(scored.map((s) => s.listing.id))]),
    Promise.all(
      scored.map(({ request, listing, result }) => convert({ amountMinor: result.unitPriceMinor, currency: listing.currency }, request.targetCurrency ?? buyerCurrency)),
    ),
  ]);
  const shown = new Map(hydrated.map((l) => [l.id, l]));
  const matches: Match[] = [];
  for (const [i, { request, listing, result }] of scored.entries()) {
    const full = shown.get(listing.id);
    if (!full) continue;
    const unitPrice: Money = { amountMinor: result.unitPriceMinor, currency: listing.currency };
    const convertedUnitPrice = conversions[i] ?? null;
    matches.push({
      listing: full,
      requestId: request.id,
      score: result.score,
      excluded: result.excluded,
      signals: result.signals,
      reasons: result.reasons.map((r) => reasonText(format, r)),
      delivery: result.delivery,
      unitPrice,
      unit: listing.unit,
      convertedUnitPrice,
    });
  }
  return matches;
}

async function buyerCurrencyOf(ctx: ServiceContext, organisationId: string): Promise<string | null> {
  return (await getOrganisation(ctx, organisationId))?.preferredCurrency ?? null;
}

// ---------------------------------------------------------------------------- ranking (no viewer checks)

/** Active listings for a request, best first; candidates come from indexed queries and stop at CANDIDATE_CAP. */
async function rankListingsForRequest(ctx: ServiceContext, request: RequestRow): Promise<Scored[]> {
  const [candidates, facts] = await Promise.all([
    candidateListingIds(ctx, request).then((ids) => listingRows(ctx.db, ids)),
    MarketFacts.load(ctx, { destinations: [request.destinationCountry] }),
  ]);
  const listings = candidates.filter((l) => l.status === "active" && (request.visibility !== "verified" || l.sellerVerified));
  await facts.prepare([request], listings);
  const scored: Scored[] = [];
  for (const listing of listings) {
    const result = await facts.score(request, listing);
    if (relevant(result)) scored.push({ request, listing, result });
  }
  return ranked(scored, (s) => s.listing.id);
}

/**
 * The best `first` matches for a request as ranked by rankListingsForRequest, in words. For services
 * that have checked their viewer; the request may be a profile that is not stored (the buyer's feed).
 */
export async function topMatchesFor(ctx: ServiceContext, request: RequestRow, first: number, buyerCurrency: string | null): Promise<Match[]> {
  return present(ctx, (await rankListingsForRequest(ctx, request)).slice(0, first), buyerCurrency);
}

async function candidateListingIds(ctx: ServiceContext, request: RequestRow): Promise<string[]> {
  if (request.hsCode) return activeListingIdsByHs(ctx.db, request.hsCode, CANDIDATE_CAP, request.organisationId);
  const lookup = lookupWords(`${request.title} ${request.keywords}`);
  if (!lookup.all.length) return [];
  // A trailing space: every word is matched whole, the last one too.
  const search = (text: string[], anyWord: boolean) =>
    searchListingKeys(ctx.db, ctx.dialect, {
      text: `${text.slice(0, MAX_QUERY_WORDS).join(" ")} `,
      anyWord,
      verifiedOnly: request.visibility === "verified",
      sort: "relevance",
      limit: CANDIDATE_CAP,
    });
  const ids = (await search(lookup.all, false)).hits.map((h) => h.id);
  if (ids.length < TEXT_ALL_WORDS_ENOUGH) ids.push(...(await search(lookup.any, true)).hits.map((h) => h.id));
  return [...new Set(ids)].slice(0, CANDIDATE_CAP);
}

/**
 * Open requests the seller's listings could answer, best first, each with the listing that fits it
 * best, among those the seller may see: per HS chapter of its listings, plus the requests naming no
 * HS code against every listing.
 */
async function rankRequestsForListings(ctx: ServiceContext, listings: ListingRow[], sellerVerified: boolean): Promise<Scored[]> {
  const now = { today: today(ctx), instant: nowIso(ctx.now()) };
  const sellerId = listings[0]!.organisationId;
  const byChapter = new Map<string, ListingRow[]>();
  for (const listing of listings) byChapter.set(listing.hsCode.slice(0, 2), [...(byChapter.get(listing.hsCode.slice(0, 2)) ?? []), listing]);
  const batches: [string[], ListingRow[]][] = await Promise.all([
    ...[...byChapter].map(async ([chapter, group]): Promise<[string[], ListingRow[]]> => [await openRequestIdsInChapter(ctx.db, chapter, now, CANDIDATE_CAP, sellerId), group]),
    openRequestIdsWithoutHs(ctx.db, now, CANDIDATE_CAP, sellerId).then((ids): [string[], ListingRow[]] => [ids, listings]),
  ]);
  const facts = await MarketFacts.load(ctx, { origins: [...new Set(listings.map(shipFromCountry))] });
  const best = new Map<string, Scored>();
  for (const [ids, group] of batches) {
    const requests = (await requestRows(ctx.db, ids)).filter((r) => r.visibility === "all" || sellerVerified);
    await facts.prepare(requests, group);
    for (const request of requests) {
      for (const listing of group) {
        const result = await facts.score(request, listing);
        if (!relevant(result)) continue;
        const held = best.get(request.id);
        if (!held || compareMatches({ ...result, id: listing.id }, { ...held.result, id: held.listing.id }) < 0) {
          best.set(request.id, { request, listing, result });
        }
      }
    }
  }
  return ranked([...best.values()], (s) => s.request.id);
}

// ---------------------------------------------------------------------------- the API

async function loadRequest(ctx: ServiceContext, requestId: string): Promise<RequestRow> {
  const [request] = await requestRows(ctx.db, [requestId]);
  if (!request) throw notFound("REQUEST_NOT_FOUND");
  return request;
}

/** A listing the viewer may see (any active one, or its own), as scoring reads it. */
async function loadListing(ctx: ServiceContext, listingId: string): Promise<ListingRow> {
  const [visible] = await listingsByIds(ctx, [listingId]);
  const [listing] = visible ? await listingRows(ctx.db, [visible.id]) : [];
  if (!listing) throw notFound("LISTING_NOT_FOUND");
  return listing;
}

/** The buyer's request and the active listings that fit it best, with their reasons. Only the buyer (and platform admins) may ask. */
export async function matchesForRequest(ctx: ServiceContext, requestId: string, first?: number | null): Promise<Match[]> {
  requireOrganisation(ctx.viewer);
  const size = pageSize(first);
  const request = await loadRequest(ctx, requestId);
  if (!actsFor(ctx.viewer, request.organisationId) && !isPlatformAdmin(ctx.viewer)) throw notFound("REQUEST_NOT_FOUND");
  return topMatchesFor(ctx, request, size, await buyerCurrencyOf(ctx, request.organisationId));
}

async function sellerIsVerified(ctx: ServiceContext, organisationId: string): Promise<boolean> {
  return (await getOrganisation(ctx, organisationId))?.verificationStatus === "verified";
}

/** The open requests an exporter's listing could answer (its leads), best first, among those it may see. */
export async function leadsForListing(ctx: ServiceContext, listingId: string, first?: number | null): Promise<Match[]> {
  requireOrganisation(ctx.viewer);
  const size = pageSize(first);
  const listing = await loadListing(ctx, listingId);
  if (!actsFor(ctx.viewer, listing.organisationId) && !isPlatformAdmin(ctx.viewer)) throw notFound("LISTING_NOT_FOUND");
  return present(ctx, (await rankRequestsForListings(ctx, [listing], await sellerIsVerified(ctx, listing.organisationId))).slice(0, size), null);
}

/** Open requests matching any of the viewer's active listings, each with the listing that fits it best. */
export async function myLeads(ctx: ServiceContext, first?: number | null): Promise<Match[]> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const size = pageSize(first);
  const listings = await listingRows(ctx.db, await activeListingIdsOf(ctx.db, organisationId, MY_LEADS_LISTING_CAP));
  if (!listings.length) return [];
  return present(ctx, (await rankRequestsForListings(ctx, listings, await sellerIsVerified(ctx, organisationId))).slice(0, size), null);
}

/**
 * How one listing scores for one request, embargoed or not, for the buyer or the seller (when the
 * request is open to it) to see why a pair ranks where it does.
 */
export async function explainMatch(ctx: ServiceContext, requestId: string, listingId: string): Promise<Match> {
  requireOrganisation(ctx.viewer);
  const [request, listing] = await Promise.all([loadRequest(ctx, requestId), loadListing(ctx, listingId)]);
  const admin = isPlatformAdmin(ctx.viewer);
  const isBuyer = actsFor(ctx.viewer, request.organisationId);
  const isSeller = actsFor(ctx.viewer, listing.organisationId);
  if (!admin && !isBuyer && !(isSeller && request.status === "open" && (request.visibility === "all" || (await sellerIsVerified(ctx, listing.organisationId))))) {
    throw notFound("REQUEST_NOT_FOUND");
  }
  const facts = await MarketFacts.load(ctx, { destinations: [request.destinationCountry] });
  await facts.prepare([request], [listing]);
  const result = await facts.score(request, listing);
  const [match] = await present(ctx, [{ request, listing, result }], isBuyer ? await buyerCurrencyOf(ctx, request.organisationId) : null);
  return match!;
}

/**
 * Tells the seller of every active listing scoring NOTIFY_THRESHOLD or more for a new request, once
 * per request and seller (the inbox ignores a repeat). Runs in the caller's transaction when ctx.db
 * is one: the sourcing module calls it as it creates the request. Returns the companies newly told.
 */
export async function notifyMatchingSellers(ctx: ServiceContext, requestId: string): Promise<string[]> {
  const request = await loadRequest(ctx, requestId);
  if (!actsFor(ctx.viewer, request.organisationId) && !isPlatformAdmin(ctx.viewer)) throw notFound("REQUEST_NOT_FOUND");
  if (request.status !== "open") return [];
  const bestPerSeller = new Map<string, Scored>();
  for (const scored of await rankListingsForRequest(ctx, request)) {
    if (scored.result.score < NOTIFY_THRESHOLD) break;
    if (!bestPerSeller.has(scored.listing.organisationId)) bestPerSeller.set(scored.listing.organisationId, scored);
  }
  const told: string[] = [];
  for (const [organisationId, { listing, result }] of bestPerSeller) {
    const { created } = await notify(ctx, {
      organisationId,
      kind: "REQUEST_MATCHED",
      subjectId: request.id,
      payload: {
        requestId: request.id,
        requestTitle: request.title,
        listingId: listing.id,
        listingTitle: listing.title,
        score: result.score,
        destinationCountry: request.destinationCountry,
        neededBy: request.neededBy,
      },
      emailParams: { title: request.title, listing: listing.title },
    });
    if (created) told.push(organisationId);
  }
  return told;
}
