import type { ListingPriceInViewerCurrencyFragment } from "../__generated__/operations";
import type { MoneyValue } from "./format";

type InViewerCurrency = NonNullable<ListingPriceInViewerCurrencyFragment["priceInViewerCurrency"]["inCurrency"]>;

/**
 * The listing's lowest price in the viewer's currency, when that is another currency and a rate is
 * known: a price already in the viewer's currency is not repeated.
 */
export function inOtherCurrency(listing: { priceFrom: MoneyValue } & ListingPriceInViewerCurrencyFragment): InViewerCurrency | null {
  const converted = listing.priceInViewerCurrency.inCurrency ?? null;
  return converted && converted.to.currency !== listing.priceFrom.currency ? converted : null;
}
