/**
 * The sourcing module's public face: matching, insights, compliance, the resolvers and the seed
 * import from here. The rules live in files by job: sourcing-requests (a buyer's request and who
 * may quote on it), quotes (a seller's answer, withdrawn or accepted), quote-comparison (the
 * buyer's ranking), quote-outcomes (what the other sellers hear when a request ends) and history;
 * access says who sees what, status-moves records each move of the two lifecycles.
 */

/** Bulk reads for modules that scan many requests (matching, insights). */
export {
  latestRequestIdsOf,
  openDemandTotals,
  openDemandUnderHeadings,
  requestsCreatedPerDay,
  openRequestIdsInChapter,
  openRequestIdsWithoutHs,
  quotesAnsweredBy,
  requestRows,
  type Moment,
  type RequestRow,
} from "./repository.js";

export type { PaymentTerms, RankingWeights } from "./quote-ranking.js";
export type { QuoteStatus } from "./quote-lifecycle.js";
export type { RequestStatus } from "./request-lifecycle.js";
export type { Visibility } from "./sourcing-rules.js";

export type {
  ComparedQuote,
  CreateSourcingRequestInput,
  Quote,
  QuoteComparison,
  QuoteEvent,
  QuotingState,
  RequestEvent,
  SourcingRequest,
  StatusEvent,
  SubmitQuoteInput,
} from "./model.js";
export {
  closeSourcingRequest,
  createSourcingRequest,
  getSourcingRequest,
  mySourcingRequests,
  openSourcingRequests,
  quotingState,
  type MySourcingRequestsArgs,
  type OpenSourcingRequestsArgs,
} from "./sourcing-requests.js";
export { acceptQuote, getQuote, myQuoteForRequest, myQuotes, submitQuote, withdrawQuote, type MyQuotesArgs } from "./quotes.js";
export { compareQuotes } from "./quote-comparison.js";
export { quoteHistory, sourcingRequestHistory } from "./history.js";
