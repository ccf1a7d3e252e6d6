import { afterEach, beforeEach, expect, it } from "vitest";
import { SESSION_COOKIE } from "../../server.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type HttpClient, type RunningApi } from "../support/http.js";
import type { Company } from "../support/companies.js";
import { COCONUTS, kelapaQuote, market } from "../support/sourcing.js";

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateSourcingRequestInput!) {
    createSourcingRequest(input: $input) {
      sourcingRequest { id status hsCode quantity unit { code } destinationPort { locode name } incoterm { code } quotesLeft buyer { legalName } }
      userErrors { field code message }
    }
  }
`;
const SUBMIT = /* GraphQL */ `
  mutation Submit($input: SubmitQuoteInput!) {
    submitQuote(input: $input) {
      quote { id status unitPrice { amount currency } total { amount currency } paymentTerms }
      userErrors { field code message }
    }
  }
`;
const LOOK = /* GraphQL */ `
  query Look($quoteId: ID!, $requestId: ID!) {
    quote(id: $quoteId) { id unitPrice { amount } }
    sourcingRequest(id: $requestId) { id quoteCount myQuote { id } }
    myQuotes { totalCount edges { node { id } } }
  }
`;
const COMPARE = /* GraphQL */ `
  query Compare($requestId: ID!) {
    quotesForRequest(requestId: $requestId) {
      buyerCurrency
      quotes {
        rank
        price { amount currency }
        priceInBuyerCurrency { amount currency }
        fxRate
        fxRateDate
        totalInBuyerCurrency { amount currency }
        quote { status paymentTerms seller { legalName } }
      }
    }
  }
`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($id: ID!) {
    acceptQuote(id: $id) { quote { status } sourcingRequest { status } userErrors { field code message } }
  }
`;
const INBOX = /* GraphQL */ `{ inbox { edges { node { kind message read } } } unreadCount }`;

/** Dates relative to the server's own clock, which the test cannot fix. */
function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

describeEachDatabase("sourcing over HTTP", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  const as = (company: Company): HttpClient => api.client({ cookie: `${SESSION_COOKIE}=${company.token}` });

  it("a quote reaches the buyer in PLN and nobody else, whichever query a third company tries", async () => {
    const { buyer, kelapa, mekong, manila } = await market(db());
    const input = { ...COCONUTS, visibility: "ALL", neededBy: daysFromToday(80) };

    const past = await as(buyer).graphql(CREATE, { input: { ...input, neededBy: daysFromToday(-1) } });
    expect(past.body.data.createSourcingRequest).toEqual({
      sourcingRequest: null,
      userErrors: [{ field: "neededBy", code: "NEEDED_BY_PAST", message: "The needed-by date must be after today." }],
    });

    const created = await as(buyer).graphql(CREATE, { input });
    expect(created.body.data.createSourcingRequest).toMatchObject({
      sourcingRequest: {
        status: "OPEN",
        hsCode: "080119",
        quantity: 40,
        unit: { code: "TNE" },
        destinationPort: { locode: "PLGDN" },
        incoterm: { code: "CIF" },
        quotesLeft: 10,
        buyer: { legalName: "Baltic Fresh Sp. z o.o." },
      },
      userErrors: [],
    });
    const requestId: string = created.body.data.createSourcingRequest.sourcingRequest.id;

    const quoteInput = kelapaQuote(requestId, { validUntil: daysFromToday(30) });
    const submitted = await as(kelapa).graphql(SUBMIT, { input: quoteInput });
    expect(submitted.body.data.submitQuote).toMatchObject({
      quote: { status: "SUBMITTED", unitPrice: { amount: "1050.00", currency: "USD" }, total: { amount: "42000.00", currency: "USD" } },
      userErrors: [],
    });
    const quoteId: string = submitted.body.data.submitQuote.quote.id;
    const rival = await as(mekong).graphql(SUBMIT, { input: { ...quoteInput, unitPrice: { amount: "990.00", currency: "EUR" } } });
    const rivalId: string = rival.body.data.submitQuote.quote.id;

    for (const outsider of [manila, mekong]) {
      const look = await as(outsider).graphql(LOOK, { quoteId, requestId });
      expect(look.body.errors).toBeUndefined();
      expect(look.body.data.quote).toBeNull();
      expect(look.body.data.sourcingRequest.myQuote?.id ?? null).toBe(outsider === mekong ? rivalId : null);
      expect(look.body.data.myQuotes.edges.map((e: { node: { id: string } }) => e.node.id)).not.toContain(quoteId);
      const compare = await as(outsider).graphql(COMPARE, { requestId });
      expect(compare.body.data).toBeNull();
      expect(compare.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(JSON.stringify(compare.body)).not.toContain("1050");
    }

    const comparison = await as(buyer).graphql(COMPARE, { requestId });
    expect(comparison.body.data.quotesForRequest.buyerCurrency).toBe("PLN");
    expect(comparison.body.data.quotesForRequest.quotes).toContainEqual({
      rank: 2,
      price: { amount: "1050.00", currency: "USD" },
      priceInBuyerCurrency: { amount: "4265.63", currency: "PLN" },
      fxRate: "4.0625",
      fxRateDate: "2026-11-26",
      totalInBuyerCurrency: { amount: "170625.00", currency: "PLN" },
      quote: { status: "SUBMITTED", paymentTerms: "LETTER_OF_CREDIT", seller: { legalName: "Kelapa Nusantara Sdn. Bhd." } },
    });

    const accepted = await as(buyer).graphql(ACCEPT, { id: quoteId });
    expect(accepted.body.data.acceptQuote).toEqual({ quote: { status: "ACCEPTED" }, sourcingRequest: { status: "AWARDED" }, userErrors: [] });
    const twice = await as(buyer).graphql(ACCEPT, { id: quoteId });
    expect(twice.body.data.acceptQuote).toEqual({
      quote: null,
      sourcingRequest: null,
      userErrors: [{ field: null, code: "QUOTE_ALREADY_ACCEPTED", message: "This quote has already been accepted." }],
    });

    const news = await as(kelapa).graphql(INBOX);
    expect(news.body.data).toEqual({
      inbox: { edges: [{ node: { kind: "QUOTE_ACCEPTED", message: "Baltic Fresh Sp. z o.o. accepted your quote for “Husked coconuts, 40 t for the Polish retail market”", read: false } }] },
      unreadCount: 1,
    });
    const lost = await as(mekong).graphql(INBOX);
    expect(lost.body.data.inbox.edges.map((e: { node: { kind: string } }) => e.node.kind)).toEqual(["QUOTE_NOT_CHOSEN"]);
    const stranger = await as(manila).graphql(ACCEPT, { id: quoteId });
    expect(stranger.body.errors?.[0]?.extensions?.code).toBe("NOT_FOUND");
  });
});
