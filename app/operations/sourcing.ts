import type { PaymentTerms, QuoteStatus, SourcingRequestStatus } from "../__generated__/operations";

/** Operations on graph/sourcing and graph/matching; the types of their answers are generated into app/__generated__/operations.ts. */

export const REQUEST_STATUSES: readonly SourcingRequestStatus[] = ["OPEN", "CLOSED", "AWARDED"];
export const QUOTE_STATUSES: readonly QuoteStatus[] = ["SUBMITTED", "ACCEPTED", "NOT_CHOSEN", "WITHDRAWN", "EXPIRED"];
export const PAYMENT_TERMS = ["PREPAID", "LETTER_OF_CREDIT", "CASH_AGAINST_DOCUMENTS", "NET_30", "NET_60", "NET_90"] as const satisfies readonly PaymentTerms[];

const QUOTE_FIELDS = /* GraphQL */ `
  fragment QuoteSummary on Quote {
    id status seller { id legalName country verified } listingId unitPrice { amount currency } quantity
    unit { code name symbol } total { amount currency } moq incoterm { code name } namedPlace leadTimeDays
    paymentTerms validUntil message updatedAt
  }
`;

const REQUEST_FIELDS = /* GraphQL */ `
  fragment RequestSummary on SourcingRequest {
    id status buyer { id legalName country verified } title description hsCode hs { code description } keywords
    quantity unit { code name symbol } targetUnitPrice { amount currency } destinationCountry
    destinationPort { locode name } incoterm { code name } neededBy visibility quoteCap quoteDeadline
    quoteCount quotesLeft acceptingQuotes createdAt
  }
`;

export const MY_REQUESTS = /* GraphQL */ `
  query MySourcingRequests($status: SourcingRequestStatus, $first: Int!, $after: String) {
    mySourcingRequests(status: $status, first: $first, after: $after) {
      edges { cursor node { ...RequestSummary myQuote { id status } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
  ${REQUEST_FIELDS}
`;

export const OPEN_REQUESTS = /* GraphQL */ `
  query OpenSourcingRequests($hsPrefix: String, $destinationCountry: String, $first: Int!, $after: String) {
    openSourcingRequests(hsPrefix: $hsPrefix, destinationCountry: $destinationCountry, first: $first, after: $after) {
      edges { cursor node { ...RequestSummary myQuote { id status } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
  ${REQUEST_FIELDS}
`;

export const SOURCING_REQUEST = /* GraphQL */ `
  query SourcingRequest($id: ID!) {
    sourcingRequest(id: $id) {
      ...RequestSummary
      myQuote { ...QuoteSummary }
      history { id fromStatus toStatus createdAt }
    }
  }
  ${REQUEST_FIELDS}
  ${QUOTE_FIELDS}
`;

export const MATCH_FIELDS = /* GraphQL */ `
  fragment MatchFields on Match {
    score excluded
    reasons { signal code positive text }
    delivery { mode leadTimeDays transitDaysMin transitDaysMax earliest latest onTime estimated }
    unitPrice { amount currency } unit { code name symbol }
    convertedUnitPrice { to { amount currency } rate rateDate }
    listing { id title localized { title } seller { legalName country verified } originCountry { name } moq unit { code name symbol } }
    request { id title quantity unit { code name symbol } destinationCountry neededBy buyer { legalName verified } }
  }
`;

export const MATCHES_FOR_REQUEST = /* GraphQL */ `
  query MatchesForRequest($requestId: ID!, $first: Int!) {
    matchesForRequest(requestId: $requestId, first: $first) { ...MatchFields }
  }
  ${MATCH_FIELDS}
`;

export const MY_LEADS = /* GraphQL */ `
  query MyLeads($first: Int!) {
    myLeads(first: $first) { ...MatchFields }
  }
  ${MATCH_FIELDS}
`;

export const QUOTES_FOR_REQUEST = /* GraphQL */ `
  query QuotesForRequest($requestId: ID!, $weights: QuoteWeightsInput) {
    quotesForRequest(requestId: $requestId, weights: $weights) {
      buyerCurrency
      weights { price leadTime moq paymentTerms }
      quotes {
        quote { ...QuoteSummary }
        rank score criteria { price leadTime moq paymentTerms }
        price { amount currency } priceInBuyerCurrency { amount currency } fxRate fxRateDate
        total { amount currency } totalInBuyerCurrency { amount currency }
      }
    }
  }
  ${QUOTE_FIELDS}
`;

export const MY_QUOTES = /* GraphQL */ `
  query MyQuotes($status: QuoteStatus, $first: Int!, $after: String) {
    myQuotes(status: $status, first: $first, after: $after) {
      edges { cursor node { ...QuoteSummary request { id title status acceptingQuotes buyer { legalName verified } } } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
  ${QUOTE_FIELDS}
`;

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
