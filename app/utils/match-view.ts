import type { MatchFieldsFragment } from "../__generated__/operations";
import { formatDay, formatMoney, formatPercent, formatQuantity, formatRate } from "./format";

/** A match with its numbers formatted for the viewer, for the leads page, a request's page and the feed. */
export interface MatchView {
  listingId: string;
  listingTitle: string;
  seller: { legalName: string; verified: boolean };
  origin: string;
  requestId: string;
  requestTitle: string;
  buyer: { legalName: string; verified: boolean };
  destination: string;
  quantity: string;
  neededBy: string | null;
  score: number;
  scoreText: string;
  reasons: MatchFieldsFragment["reasons"];
  unitPrice: string;
  unitSymbol: string;
  converted: { price: string; rate: string; date: string | null } | null;
  delivery: { mode: string; earliest: string | null; latest: string | null; onTime: string; estimated: boolean } | null;
}

export function matchView(match: MatchFieldsFragment, locale: string): MatchView {
  return {
    listingId: match.listing.id,
    listingTitle: match.listing.localized.title,
    seller: { legalName: match.listing.seller.legalName, verified: match.listing.seller.verified },
    origin: match.listing.originCountry.name,
    requestId: match.request.id,
    requestTitle: match.request.title,
    buyer: match.request.buyer,
    destination: match.request.destinationCountry,
    quantity: formatQuantity(match.request.quantity, match.request.unit, locale),
    neededBy: formatDay(match.request.neededBy, locale),
    score: match.score,
    scoreText: formatPercent(match.score, locale),
    reasons: match.reasons,
    unitPrice: formatMoney(match.unitPrice, locale),
    unitSymbol: match.unit.symbol,
    converted: match.convertedUnitPrice
      ? { price: formatMoney(match.convertedUnitPrice.to, locale), rate: formatRate(match.convertedUnitPrice.rate, locale), date: formatDay(match.convertedUnitPrice.rateDate, locale) }
      : null,
    delivery: match.delivery
      ? {
          mode: match.delivery.mode,
          earliest: formatDay(match.delivery.earliest, locale),
          latest: formatDay(match.delivery.latest, locale),
          onTime: match.delivery.onTime,
          estimated: match.delivery.estimated,
        }
      : null,
  };
}
