import { indexListings } from "../../db/search.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { FX_REPRICE_JOB, registerRepricingTarget, repriceInPages, type RepricingPage, type RepricingTarget } from "../fx/repricing.js";
import { registerJobHandler } from "../jobs/service.js";
import { isSearchable, type ListingStatus } from "./lifecycle.js";
import { searchDocumentOf } from "./listing-rules.js";
import { UsdPricer } from "./pricing.js";
import { countListings, pricedListingsAfter, setUsdPrices } from "./repository.js";
import { listingsByIds } from "./service.js";

/**
 * One page of listings re-priced in USD at today's rates, in one transaction: the column search sorts
 * and filters on, and the price facets of the search index (active listings), which read it.
 * A listing without a rate to USD keeps the price it has.
 */
export async function repriceListingsPage(ctx: ServiceContext, after: string | null, limit: number): Promise<RepricingPage> {
  return withTransaction({ ...ctx, viewer: { kind: "system" } }, async (tx) => {
    const rows = await pricedListingsAfter(tx.db, after, limit);
    const pricer = new UsdPricer(tx);
    const stale = [];
    for (const row of rows) {
      const cents = await pricer.cents(row.priceFromMinor, row.currency);
      if (cents !== null && cents !== row.priceFromUsdCents) stale.push({ ...row, cents });
    }
    const updated = new Set(await setUsdPrices(tx.db, stale));
    const searchable = stale.filter((row) => updated.has(row.id) && isSearchable(row.status as ListingStatus)).map((row) => row.id);
    if (searchable.length) {
      const listings = await listingsByIds(tx, searchable);
      await indexListings(tx.db, tx.dialect, listings.map((l) => ({ searchKey: l.searchKey, doc: searchDocumentOf(l) })));
    }
    return { last: rows.at(-1)?.id ?? null, scanned: rows.length, changed: updated.size };
  });
}

export const listingPrices: RepricingTarget = {
  total: (ctx) => countListings(ctx.db),
  page: repriceListingsPage,
};

/** At start-up (server, worker): listings' USD prices follow every rate change. */
export function registerListingJobs(): void {
  registerRepricingTarget(listingPrices);
  registerJobHandler(FX_REPRICE_JOB, async (ctx, run) => {
    await repriceInPages(ctx, run, listingPrices);
  });
}
