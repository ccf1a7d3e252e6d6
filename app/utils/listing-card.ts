import type { ListingPriceInViewerCurrencyFragment, ListingSummaryFragment } from "../__generated__/operations";
import type { ListingCardData } from "../components/listing-card";
import { formatMoney, formatQuantity } from "./format";
import { formatHsCode } from "./hs";
import { inOtherCurrency } from "./money";

/** A listing as a catalogue card shows it, formatted for the viewer's language and currency. */
export function listingCardData(node: ListingSummaryFragment & ListingPriceInViewerCurrencyFragment, locale: string): ListingCardData {
  const converted = inOtherCurrency(node);
  return {
    id: node.id,
    title: node.localized.title,
    hsCode: formatHsCode(node.hsCode),
    origin: node.originCountry.name,
    photo: node.photos[0] ?? null,
    priceFrom: formatMoney(node.priceFrom, locale),
    unitSymbol: node.unit.symbol,
    priceInViewerCurrency: converted ? formatMoney(converted.to, locale) : null,
    moq: formatQuantity(node.moq, node.unit, locale),
    available: formatQuantity(node.availableQuantity, node.unit, locale),
    leadTimeDays: node.leadTimeDays,
    incoterms: node.incoterms.map((i) => i.code),
    seller: { legalName: node.seller.legalName, verified: node.seller.verified },
    eventPrice: node.eventPrice ? { price: formatMoney(node.eventPrice.unitPrice, locale), event: node.eventPrice.event.name } : null,
  };
}
