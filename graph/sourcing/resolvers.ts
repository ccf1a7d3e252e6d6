import { findIncoterm, findUnit } from "../../db/reference/index.js";
import type { Resolvers } from "../__generated__/resolvers.js";
import { getHsCode, getPort } from "../catalog/service.js";
import { getOrganisation } from "../identity/service.js";
import { getListing } from "../listings/service.js";
import { moneyOut } from "../shared/money.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as sourcing from "./service.js";
import { lineTotal } from "./sourcing-rules.js";

const upper = <T extends string>(value: T) => value.toUpperCase() as Uppercase<T>;
const lower = <T extends string>(value: T) => value.toLowerCase() as Lowercase<T>;

/** Reference codes in stored rows were checked on the way in; a miss here is corrupt data, not user error. */
function known<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`unknown ${what}`);
  return value;
}

export const resolvers: Resolvers = {
  Query: {
    sourcingRequest: (_, { id }, ctx) => sourcing.getSourcingRequest(ctx, id),
    mySourcingRequests: (_, { status, ...args }, ctx) => sourcing.mySourcingRequests(ctx, { ...args, status: status ? lower(status) : null }),
    openSourcingRequests: (_, args, ctx) => sourcing.openSourcingRequests(ctx, args),
    quotesForRequest: (_, { requestId, weights }, ctx) => sourcing.compareQuotes(ctx, requestId, weights),
    quote: (_, { id }, ctx) => sourcing.getQuote(ctx, id),
    myQuotes: (_, { status, ...args }, ctx) => sourcing.myQuotes(ctx, { ...args, status: status ? lower(status) : null }),
  },
  Mutation: {
    createSourcingRequest: (_, { input }, ctx) =>
      withUserErrors(ctx.t, async () => ({
        sourcingRequest: await sourcing.createSourcingRequest(ctx, { ...input, visibility: input.visibility ? lower(input.visibility) : null }),
      })),
    closeSourcingRequest: (_, { id }, ctx) => withUserErrors(ctx.t, async () => ({ sourcingRequest: await sourcing.closeSourcingRequest(ctx, id) })),
    submitQuote: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ quote: await sourcing.submitQuote(ctx, input) })),
    withdrawQuote: (_, { id }, ctx) => withUserErrors(ctx.t, async () => ({ quote: await sourcing.withdrawQuote(ctx, id) })),
    acceptQuote: (_, { id }, ctx) =>
      withUserErrors(ctx.t, async () => {
        const { quote, request } = await sourcing.acceptQuote(ctx, id);
        return { quote, sourcingRequest: request };
      }),
  },
  SourcingRequest: {
    status: (request) => upper(request.status),
    buyer: async (request, _, ctx) => known(await getOrganisation(ctx, request.buyerOrganisationId) ?? undefined, "buyer"),
    hs: (request, _, ctx) => (request.hsCode ? getHsCode(ctx, request.hsCode) : null),
    unit: (request) => known(findUnit(request.unit), `unit ${request.unit}`),
    targetUnitPrice: (request) => (request.targetUnitPrice ? moneyOut(request.targetUnitPrice) : null),
    destinationPort: (request, _, ctx) => (request.destinationPort ? getPort(ctx, request.destinationPort) : null),
    incoterm: (request) => known(findIncoterm(request.incoterm), `Incoterm ${request.incoterm}`),
    visibility: (request) => upper(request.visibility),
    quoteCount: async (request, _, ctx) => (await sourcing.quotingState(ctx, request)).quoteCount,
    quotesLeft: async (request, _, ctx) => (await sourcing.quotingState(ctx, request)).quotesLeft,
    acceptingQuotes: async (request, _, ctx) => (await sourcing.quotingState(ctx, request)).acceptingQuotes,
    myQuote: (request, _, ctx) => sourcing.myQuoteForRequest(ctx, request.id),
    history: (request, _, ctx) => sourcing.sourcingRequestHistory(ctx, request.id),
  },
  SourcingRequestEvent: {
    fromStatus: (event) => (event.fromStatus ? upper(event.fromStatus) : null),
    toStatus: (event) => upper(event.toStatus),
  },
  Quote: {
    status: (quote) => upper(quote.status),
    request: async (quote, _, ctx) => known((await sourcing.getSourcingRequest(ctx, quote.requestId)) ?? undefined, "request of a visible quote"),
    seller: async (quote, _, ctx) => known((await getOrganisation(ctx, quote.sellerOrganisationId)) ?? undefined, "seller"),
    listing: (quote, _, ctx) => (quote.listingId ? getListing(ctx, quote.listingId) : null),
    unitPrice: (quote) => moneyOut(quote.unitPrice),
    unit: (quote) => known(findUnit(quote.unit), `unit ${quote.unit}`),
    total: (quote) => moneyOut(lineTotal(quote.unitPrice, quote.quantity)),
    incoterm: (quote) => known(findIncoterm(quote.incoterm), `Incoterm ${quote.incoterm}`),
    history: (quote, _, ctx) => sourcing.quoteHistory(ctx, quote.id),
  },
  QuoteEvent: {
    fromStatus: (event) => (event.fromStatus ? upper(event.fromStatus) : null),
    toStatus: (event) => upper(event.toStatus),
  },
  ComparedQuote: {
    price: (entry) => moneyOut(entry.price),
    priceInBuyerCurrency: (entry) => (entry.priceInBuyerCurrency ? moneyOut(entry.priceInBuyerCurrency) : null),
    total: (entry) => moneyOut(entry.total),
    totalInBuyerCurrency: (entry) => (entry.totalInBuyerCurrency ? moneyOut(entry.totalInBuyerCurrency) : null),
  },
};
