import type { UserError } from "../utils/forms";
import type { MoneyValue } from "../utils/format";
import type { Unit } from "./listings";

/** Operations on graph/sourcing and graph/matching, with the shapes they answer. */

export type RequestStatus = "OPEN" | "CLOSED" | "AWARDED";
export const REQUEST_STATUSES: readonly RequestStatus[] = ["OPEN", "CLOSED", "AWARDED"];
export type QuoteStatus = "SUBMITTED" | "ACCEPTED" | "NOT_CHOSEN" | "WITHDRAWN" | "EXPIRED";
export const QUOTE_STATUSES: readonly QuoteStatus[] = ["SUBMITTED", "ACCEPTED", "NOT_CHOSEN", "WITHDRAWN", "EXPIRED"];
export const PAYMENT_TERMS = ["PREPAID", "LETTER_OF_CREDIT", "CASH_AGAINST_DOCUMENTS", "NET_30", "NET_60", "NET_90"] as const;
export type PaymentTerms = (typeof PAYMENT_TERMS)[number];

export interface QuoteSummary {
  id: string;
  status: QuoteStatus;
  seller: { id: string; legalName: string; country: string; verified: boolean };
  listingId: string | null;
  unitPrice: MoneyValue;
  quantity: number;
  unit: Unit;
  total: MoneyValue;
  moq: number | null;
  incoterm: { code: string; name: string };
  namedPlace: string;
  leadTimeDays: number;
  paymentTerms: PaymentTerms;
  validUntil: string;
  message: string | null;
  updatedAt: string;
}

const QUOTE_FIELDS = /* GraphQL */ `
  id status seller { id legalName country verified } listingId unitPrice { amount currency } quantity
  unit { code name symbol } total { amount currency } moq incoterm { code name } namedPlace leadTimeDays
  paymentTerms validUntil message updatedAt
`;

export interface RequestSummary {
  id: string;
  status: RequestStatus;
  buyer: { id: string; legalName: string; country: string; verified: boolean };
  title: string;
  description: string;
  hsCode: string | null;
  hs: { code: string; description: string } | null;
  keywords: string[];
  quantity: number;
  unit: Unit;
  targetUnitPrice: MoneyValue | null;
  destinationCountry: string;
  destinationPort: { locode: string; name: string } | null;
  incoterm: { code: string; name: string };
  neededBy: string;
  visibility: "ALL" | "VERIFIED";
  quoteCap: number;
  quoteDeadline: string | null;
  quoteCount: number;
  quotesLeft: number;
  acceptingQuotes: boolean;
  createdAt: string;
}

const REQUEST_FIELDS = /* GraphQL */ `
  id status buyer { id legalName country verified } title description hsCode hs { code description } keywords
  quantity unit { code name symbol } targetUnitPrice { amount currency } destinationCountry
  destinationPort { locode name } incoterm { code name } neededBy visibility quoteCap quoteDeadline
  quoteCount quotesLeft acceptingQuotes createdAt
`;

export interface RequestPage {
  edges: { cursor: string; node: RequestSummary & { myQuote: { id: string; status: QuoteStatus } | null } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export const MY_REQUESTS = /* GraphQL */ `
  query MySourcingRequests($status: SourcingRequestStatus, $first: Int!, $after: String) {
    mySourcingRequests(status: $status, first: $first, after: $after) {
      edges { cursor node { ${REQUEST_FIELDS} myQuote { id status } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export const OPEN_REQUESTS = /* GraphQL */ `
  query OpenSourcingRequests($hsPrefix: String, $destinationCountry: String, $first: Int!, $after: String) {
    openSourcingRequests(hsPrefix: $hsPrefix, destinationCountry: $destinationCountry, first: $first, after: $after) {
      edges { cursor node { ${REQUEST_FIELDS} myQuote { id status } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export interface RequestDetail extends RequestSummary {
  myQuote: QuoteSummary | null;
  history: { id: string; fromStatus: RequestStatus | null; toStatus: RequestStatus; createdAt: string }[];
}

export const SOURCING_REQUEST = /* GraphQL */ `
  query SourcingRequest($id: ID!) {
    sourcingRequest(id: $id) {
      ${REQUEST_FIELDS}
      myQuote { ${QUOTE_FIELDS} }
      history { id fromStatus toStatus createdAt }
    }
  }
`;

export interface MatchReason {
  signal: string;
  code: string;
  positive: boolean;
  text: string;
}

export interface Delivery {
  mode: string;
  leadTimeDays: number;
  transitDaysMin: number;
  transitDaysMax: number;
  earliest: string;
  latest: string;
  onTime: "YES" | "MAYBE" | "NO";
  estimated: boolean;
}

export interface Conversion {
  to: MoneyValue;
  rate: string;
  rateDate: string;
}

export interface MatchListing {
  id: string;
  title: string;
  localized: { title: string };
  seller: { legalName: string; country: string; verified: boolean };
  originCountry: { name: string };
  moq: number;
  unit: Unit;
}

export interface Match {
  score: number;
  excluded: boolean;
  reasons: MatchReason[];
  delivery: Delivery | null;
  unitPrice: MoneyValue;
  unit: Unit;
  convertedUnitPrice: Conversion | null;
  listing: MatchListing;
  request: { id: string; title: string; quantity: number; unit: Unit; destinationCountry: string; neededBy: string; buyer: { legalName: string; verified: boolean } };
}

export const MATCH_FIELDS = /* GraphQL */ `
  score excluded
  reasons { signal code positive text }
  delivery { mode leadTimeDays transitDaysMin transitDaysMax earliest latest onTime estimated }
  unitPrice { amount currency } unit { code name symbol }
  convertedUnitPrice { to { amount currency } rate rateDate }
  listing { id title localized { title } seller { legalName country verified } originCountry { name } moq unit { code name symbol } }
  request { id title quantity unit { code name symbol } destinationCountry neededBy buyer { legalName verified } }
`;

export const MATCHES_FOR_REQUEST = /* GraphQL */ `
  query MatchesForRequest($requestId: ID!, $first: Int!) {
    matchesForRequest(requestId: $requestId, first: $first) { ${MATCH_FIELDS} }
  }
`;

export const MY_LEADS = /* GraphQL */ `
  query MyLeads($first: Int!) {
    myLeads(first: $first) { ${MATCH_FIELDS} }
  }
`;

export interface Weights {
  price: number;
  leadTime: number;
  moq: number;
  paymentTerms: number;
}

export interface ComparedQuote {
  quote: QuoteSummary;
  rank: number;
  score: number;
  criteria: Weights;
  price: MoneyValue;
  priceInBuyerCurrency: MoneyValue | null;
  fxRate: string | null;
  fxRateDate: string | null;
  total: MoneyValue;
  totalInBuyerCurrency: MoneyValue | null;
}

export interface QuoteComparison {
  buyerCurrency: string;
  weights: Weights;
  quotes: ComparedQuote[];
}

export const QUOTES_FOR_REQUEST = /* GraphQL */ `
  query QuotesForRequest($requestId: ID!, $weights: QuoteWeightsInput) {
    quotesForRequest(requestId: $requestId, weights: $weights) {
      buyerCurrency
      weights { price leadTime moq paymentTerms }
      quotes {
        quote { ${QUOTE_FIELDS} }
        rank score criteria { price leadTime moq paymentTerms }
        price { amount currency } priceInBuyerCurrency { amount currency } fxRate fxRateDate
        total { amount currency } totalInBuyerCurrency { amount currency }
      }
    }
  }
`;

export interface QuoteWithRequest extends QuoteSummary {
  request: { id: string; title: string; status: RequestStatus; acceptingQuotes: boolean; buyer: { legalName: string; verified: boolean } };
}

export interface QuotePage {
  edges: { cursor: string; node: QuoteWithRequest }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  totalCount: number;
}

export const MY_QUOTES = /* GraphQL */ `
  query MyQuotes($status: QuoteStatus, $first: Int!, $after: String) {
    myQuotes(status: $status, first: $first, after: $after) {
      edges { cursor node { ${QUOTE_FIELDS} request { id title status acceptingQuotes buyer { legalName verified } } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

export interface RequestPayload {
  sourcingRequest: { id: string; title: string; status: RequestStatus } | null;
  userErrors: UserError[];
}

export const CREATE_REQUEST = /* GraphQL */ `
  mutation CreateSourcingRequest($input: CreateSourcingRequestInput!) {
    createSourcingRequest(input: $input) { sourcingRequest { id title status } userErrors { field code message } }
  }
`;

export const CLOSE_REQUEST = /* GraphQL */ `
  mutation CloseSourcingRequest($id: ID!) {
    closeSourcingRequest(id: $id) { sourcingRequest { id title status } userErrors { field code message } }
  }
`;

export interface QuotePayload {
  quote: { id: string; status: QuoteStatus } | null;
  userErrors: UserError[];
}

export const SUBMIT_QUOTE = /* GraphQL */ `
  mutation SubmitQuote($input: SubmitQuoteInput!) {
    submitQuote(input: $input) { quote { id status } userErrors { field code message } }
  }
`;

export const WITHDRAW_QUOTE = /* GraphQL */ `
  mutation WithdrawQuote($id: ID!) {
    withdrawQuote(id: $id) { quote { id status } userErrors { field code message } }
  }
`;

export interface AcceptQuotePayload {
  quote: { id: string; status: QuoteStatus; seller: { legalName: string } } | null;
  sourcingRequest: { id: string; status: RequestStatus } | null;
  userErrors: UserError[];
}

export const ACCEPT_QUOTE = /* GraphQL */ `
  mutation AcceptQuote($id: ID!) {
    acceptQuote(id: $id) {
      quote { id status seller { legalName } }
      sourcingRequest { id status }
      userErrors { field code message }
    }
  }
`;

export const HS_CODE = /* GraphQL */ `
  query HsCodeHint($code: String!) {
    hsCode(code: $code) { code level description }
  }
`;
