import type { InViewerCurrency } from "../operations/listings";
import type { MoneyValue } from "./format";

/**
 * The listing's lowest price in the viewer's currency, when that is another currency and a rate is
 * known: a price already in the viewer's currency is not repeated.
 */
export function inOtherCurrency(listing: { priceFrom: MoneyValue; priceInViewerCurrency: { inCurrency?: InViewerCurrency | null } }): InViewerCurrency | null {
  const converted = listing.priceInViewerCurrency.inCurrency ?? null;
  return converted && converted.to.currency !== listing.priceFrom.currency ? converted : null;
}
