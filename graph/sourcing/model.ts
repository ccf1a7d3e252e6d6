import type { IncotermCode } from "../../db/reference/index.js";
import type { QuotesTable, SourcingRequestsTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import type { Money } from "../shared/money.js";
import { effectiveQuoteStatus, type QuoteStatus } from "./quote-lifecycle.js";
import type { PaymentTerms, RankingCriterion, RankingWeights } from "./quote-ranking.js";
import type { RequestStatus } from "./request-lifecycle.js";
import { utcDay, type QuoteFields, type RequestFields, type Visibility } from "./sourcing-rules.js";

export interface SourcingRequest {
  id: string;
  buyerOrganisationId: string;
  status: RequestStatus;
  title: string;
  description: string;
  /** Digits only: a chapter, heading or subheading, national digits allowed after six. */
  hsCode: string | null;
  keywords: string[];
  quantity: number;
  /** UN/ECE Rec 20 code. */
  unit: string;
  /** The quantity in the unit's base (kg, m³, piece, m, m²), to compare with listings in other units. */
  quantityBase: number;
  targetUnitPrice: Money | null;
  destinationCountry: string;
  destinationPort: string | null;
  incoterm: IncotermCode;
  /** YYYY-MM-DD. */
  neededBy: string;
  visibility: Visibility;
  quoteCap: number;
  quoteDeadline: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface Quote {
  id: string;
  requestId: string;
  sellerOrganisationId: string;
  listingId: string | null;
  /** As the parties see it: a submitted quote past its valid-until date reads as expired. */
  status: QuoteStatus;
  unitPrice: Money;
  /** In the request's unit. */
  quantity: number;
  unit: string;
  moq: number | null;
  incoterm: IncotermCode;
  namedPlace: string;
  leadTimeDays: number;
  paymentTerms: PaymentTerms;
  /** YYYY-MM-DD, the last day the offer stands. */
  validUntil: string;
  message: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface StatusEvent<S extends string> {
  id: string;
  fromStatus: S | null;
  toStatus: S;
  actorUserId: string | null;
  createdAt: string;
}

export type RequestEvent = StatusEvent<RequestStatus>;
export type QuoteEvent = StatusEvent<QuoteStatus>;

export interface QuotingState {
  /** Quotes the request holds, withdrawn ones aside. */
  quoteCount: number;
  quotesLeft: number;
  /** Open, before its deadline and needed-by date, and under its cap. */
  acceptingQuotes: boolean;
}

export interface ComparedQuote {
  quote: Quote;
  /** 1 for the best under the weights used. */
  rank: number;
  score: number;
  criteria: Record<RankingCriterion, number>;
  /** The unit price as offered. */
  price: Money;
  /** The unit price in the buyer's preferred currency; null when no exchange rate converts it. */
  priceInBuyerCurrency: Money | null;
  /** One unit of the quote's currency in the buyer's currency, and the date of that rate. */
  fxRate: string | null;
  fxRateDate: string | null;
  /** Unit price × quantity, as offered and converted. */
  total: Money;
  totalInBuyerCurrency: Money | null;
}

export interface QuoteComparison {
  request: SourcingRequest;
  buyerCurrency: string;
  weights: RankingWeights;
  quotes: ComparedQuote[];
}

export type CreateSourcingRequestInput = RequestFields;

export interface SubmitQuoteInput extends QuoteFields {
  requestId: string;
  listingId?: string | null;
}

export function toRequest(row: SourcingRequestsTable): SourcingRequest {
  return {
    id: row.id,
    buyerOrganisationId: row.organisation_id,
    status: row.status as RequestStatus,
    title: row.title,
    description: row.description,
    hsCode: row.hs_code,
    keywords: row.keywords.split("\n").filter(Boolean),
    quantity: row.quantity,
    unit: row.unit,
    quantityBase: row.quantity_base,
    targetUnitPrice:
      row.target_price_minor !== null && row.target_currency ? { amountMinor: row.target_price_minor, currency: row.target_currency } : null,
    destinationCountry: row.destination_country,
    destinationPort: row.destination_port,
    incoterm: row.incoterm as IncotermCode,
    neededBy: row.needed_by,
    visibility: row.visibility as Visibility,
    quoteCap: row.quote_cap,
    quoteDeadline: row.quote_deadline,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toQuote(row: QuotesTable, today: string): Quote {
  return {
    id: row.id,
    requestId: row.request_id,
    sellerOrganisationId: row.organisation_id,
    listingId: row.listing_id,
    status: effectiveQuoteStatus(row.status as QuoteStatus, row.valid_until, today),
    unitPrice: { amountMinor: row.unit_price_minor, currency: row.currency },
    quantity: row.quantity,
    unit: row.unit,
    moq: row.moq,
    incoterm: row.incoterm as IncotermCode,
    namedPlace: row.named_place,
    leadTimeDays: row.lead_time_days,
    paymentTerms: row.payment_terms as PaymentTerms,
    validUntil: row.valid_until,
    message: row.message,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export const today = (ctx: ServiceContext) => utcDay(ctx.now());
