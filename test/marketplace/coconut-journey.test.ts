/**
 * The marketplace's story, end to end over real GraphQL on HTTP: an exporter in Malaysia lists
 * coconuts (HS 0801.19) at a 5 t MOQ; a buyer in Poland asks for 40 t delivered to Gdańsk; the
 * listing ranks first for that request with its reasons; the exporter sees the lead and quotes in
 * US dollars; the buyer sees the quote in złoty, with the rate and its date, and accepts it.
 */
import { afterEach, beforeEach, expect, it } from "vitest";
import { COCONUT_REQUEST, FRESH_COCONUTS } from "../../db/seed/products.js";
import { systemContext } from "../../graph/runtime.js";
import { createPlatformAdmin } from "../../graph/identity/service.js";
import { ADMIN_EMAIL } from "../support/companies.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type HttpClient, type RunningApi } from "../support/http.js";
import { GOOD_PASSWORD } from "../support/identity.js";
import { desiccated as mekongDesiccated, offerOf } from "../support/listings.js";
import { mailedToken } from "../support/mail.js";
import { loadReferenceData } from "../support/reference.js";

const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { organisation { id preferredCurrency } userErrors { field code message } }
  }
`;
const CONFIRM_EMAIL = /* GraphQL */ `mutation Confirm($token: String!) { confirmEmail(token: $token) { user { emailConfirmed } userErrors { code } } }`;
const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!, $password: String!) { signIn(input: { email: $email, password: $password }) { userErrors { code } } }
`;
const COMPLETE_PROFILE = /* GraphQL */ `
  mutation Profile($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { userErrors { field code } } }
`;
const ASK_VERIFICATION = /* GraphQL */ `mutation { requestVerification { organisation { verificationStatus } userErrors { code } } }`;
const APPROVE = /* GraphQL */ `
  mutation Approve($id: ID!) { approveVerification(organisationId: $id) { organisation { verificationStatus } userErrors { code } } }
`;
const CREATE_LISTING = /* GraphQL */ `
  mutation CreateListing($input: CreateListingInput!) { createListing(input: $input) { listing { id status } userErrors { field code message } } }
`;
const PUBLISH = /* GraphQL */ `
  mutation Publish($id: ID!) { publishListing(id: $id) { listing { id status } userErrors { field code message } } }
`;
const CREATE_REQUEST = /* GraphQL */ `
  mutation CreateRequest($input: CreateSourcingRequestInput!) {
    createSourcingRequest(input: $input) { sourcingRequest { id status } userErrors { field code message } }
  }
`;
const MATCHES = /* GraphQL */ `
  query Matches($requestId: ID!) {
    matchesForRequest(requestId: $requestId, first: 5) {
      listing { id title seller { legalName } }
      score
      reasons { signal code positive text }
      delivery { mode leadTimeDays transitDaysMin transitDaysMax onTime estimated }
      unitPrice { amount currency }
      unit { code }
      convertedUnitPrice { to { amount currency } rate rateDate }
    }
  }
`;
const INBOX = /* GraphQL */ `{ inbox(first: 10) { edges { node { kind subjectId message } } } }`;
const MY_LEADS = /* GraphQL */ `
  {
    myLeads(first: 10) {
      request { id title quantity unit { code } destinationCountry destinationPort { locode } incoterm { code } neededBy }
      listing { id }
      score
      reasons { text }
    }
  }
`;
const SUBMIT_QUOTE = /* GraphQL */ `
  mutation Quote($input: SubmitQuoteInput!) {
    submitQuote(input: $input) { quote { id status unitPrice { amount currency } total { amount currency } } userErrors { field code message } }
  }
`;
const COMPARE = /* GraphQL */ `
  query Compare($requestId: ID!) {
    quotesForRequest(requestId: $requestId) {
      buyerCurrency
      quotes {
        rank
        quote { id seller { legalName } incoterm { code } namedPlace }
        price { amount currency }
        priceInBuyerCurrency { amount currency }
        fxRate
        fxRateDate
        total { amount currency }
        totalInBuyerCurrency { amount currency }
      }
    }
  }
`;
const ACCEPT = /* GraphQL */ `
  mutation Accept($id: ID!) { acceptQuote(id: $id) { quote { status } sourcingRequest { status } userErrors { code message } } }
`;
const QUOTE = /* GraphQL */ `query Quote($id: ID!) { quote(id: $id) { id } }`;

const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function ok<T = any>(client: HttpClient, query: string, variables?: Record<string, unknown>): Promise<T> {
  const response = await client.graphql(query, variables);
  expect(response.body.errors).toBeUndefined();
  const payload = Object.values(response.body.data as object)[0] as { userErrors?: unknown[] };
  if (payload && typeof payload === "object" && "userErrors" in payload) expect(payload.userErrors).toEqual([]);
  return response.body.data as T;
}

describeEachDatabase("the coconut journey", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  async function company(email: string, legalName: string, country: string, kind: "EXPORTER" | "BUYER"): Promise<{ client: HttpClient; id: string; currency: string }> {
    const client = api.client();
    const data = await ok(client, SIGN_UP, {
      input: { email, password: GOOD_PASSWORD, displayName: legalName.split(" ")[0], organisation: { kind, legalName, country } },
    });
    // Each opens the link mailed to them: only a confirmed address may publish, quote or order.
    expect((await ok(client, CONFIRM_EMAIL, { token: await mailedToken(db(), email, "confirm-email") })).confirmEmail.user.emailConfirmed).toBe(true);
    return { client, id: data.signUp.organisation.id, currency: data.signUp.organisation.preferredCurrency };
  }

  async function verify(exporter: HttpClient, admin: HttpClient, id: string, taxId: string): Promise<void> {
    await ok(exporter, COMPLETE_PROFILE, { input: { addressLine1: "Lot 12, Jalan Kelapa Emas", city: "Port Klang", registrationNumber: "201901012345", taxId } });
    await ok(exporter, ASK_VERIFICATION);
    expect((await ok(admin, APPROVE, { id })).approveVerification.organisation.verificationStatus).toBe("VERIFIED");
  }

  async function listAndPublish(exporter: HttpClient, input: Record<string, unknown>): Promise<string> {
    const created = await ok(exporter, CREATE_LISTING, { input });
    expect(created.createListing.listing.status).toBe("DRAFT");
    const published = await ok(exporter, PUBLISH, { id: created.createListing.listing.id });
    expect(published.publishListing.listing.status).toBe("ACTIVE");
    return published.publishListing.listing.id;
  }

  it("an exporter in MY lists coconuts, a buyer in PL asks for 40 t to Gdańsk, is matched, quoted in USD, sees PLN and accepts", async () => {
    // The platform: the HS headings in play, one admin, and the day's reference rates.
    await loadReferenceData(db(), ["PLN"]);
    await createPlatformAdmin(systemContext(db()), { email: ADMIN_EMAIL, displayName: "Admin", password: GOOD_PASSWORD });
    const admin = api.client();
    await ok(admin, SIGN_IN, { email: ADMIN_EMAIL, password: GOOD_PASSWORD });

    // Kelapa Nusantara in Malaysia signs up, gets verified and lists coconuts at a 5 t MOQ, in US dollars.
    const kelapa = await company("aminah@kelapa-nusantara.example", "Kelapa Nusantara Sdn. Bhd.", "MY", "EXPORTER");
    await verify(kelapa.client, admin, kelapa.id, "C2581234509");
    const coconuts = await listAndPublish(kelapa.client, {
      ...offerOf(FRESH_COCONUTS),
      description: "Mature semi-husked coconuts from Johor estates, 1.1–1.3 kg each, in 25 kg mesh bags.",
    });

    // A competitor in Vietnam lists desiccated coconut: the same heading, not the same goods.
    const mekong = await company("linh@mekongcoco.example", "Mekong Coco JSC", "VN", "EXPORTER");
    await verify(mekong.client, admin, mekong.id, "0312345678");
    const desiccated = await listAndPublish(mekong.client, { ...mekongDesiccated(), hsCode: "0801.11" });

    // Gdańsk Fresh Foods in Poland asks for 40 t delivered CIF Gdańsk within ten weeks.
    const gdansk = await company("marta@gdansk-foods.example", "Gdańsk Fresh Foods Sp. z o.o.", "PL", "BUYER");
    expect(gdansk.currency).toBe("PLN");
    const neededBy = daysFromToday(70);
    const { visibility: _visibility, ...request } = COCONUT_REQUEST;
    const posted = await ok(gdansk.client, CREATE_REQUEST, {
      input: { ...request, description: "Mature semi-husked coconuts, two 40' reefers into Gdańsk.", neededBy },
    });
    const requestId = posted.createSourcingRequest.sourcingRequest.id;

    // The coconuts rank first, with their reasons in plain words.
    const { matchesForRequest: matches } = await ok(gdansk.client, MATCHES, { requestId });
    expect(matches.map((m: any) => m.listing.id)).toEqual([coconuts, desiccated]);
    const [best] = matches;
    expect(best.listing.seller.legalName).toBe("Kelapa Nusantara Sdn. Bhd.");
    expect(best.score).toBeGreaterThan(matches[1].score);
    expect(best.reasons.filter((r: any) => r.positive).map((r: any) => r.text)).toEqual([
      "same HS subheading 0801.19",
      "3 of your 5 words match: fresh, coconut, husked",
      "MOQ 5 t ≤ your 40 t",
      "price 10 % under target",
      expect.stringMatching(/^arrives in 42–52 days by sea, before /),
      "offers CIF Gdańsk (PLGDN)",
      "verified seller",
    ]);
    expect(best.delivery).toEqual({ mode: "SEA", leadTimeDays: 14, transitDaysMin: 28, transitDaysMax: 38, onTime: "YES", estimated: false });
    expect(best).toMatchObject({
      unitPrice: { amount: "1180.00", currency: "USD" },
      unit: { code: "TNE" },
      convertedUnitPrice: { to: { amount: "4312.90", currency: "PLN" }, rate: "3.655", rateDate: "2026-11-20" },
    });

    // The exporter was told, and sees the request among its leads.
    const told = await ok(kelapa.client, INBOX);
    expect(told.inbox.edges.map((e: any) => e.node)).toContainEqual({
      kind: "REQUEST_MATCHED",
      subjectId: requestId,
      message: "A new sourcing request matches your listing: “Fresh coconuts for Polish retail, 40 t”",
    });
    const { myLeads } = await ok(kelapa.client, MY_LEADS);
    expect(myLeads[0]).toMatchObject({
      request: { id: requestId, quantity: 40, unit: { code: "TNE" }, destinationCountry: "PL", destinationPort: { locode: "PLGDN" }, incoterm: { code: "CIF" }, neededBy },
      listing: { id: coconuts },
    });
    expect(myLeads[0].reasons.map((r: any) => r.text)).toContain("MOQ 5 t ≤ your 40 t");

    // It quotes in US dollars: 1,180.00 a tonne CIF Gdańsk.
    const quoted = await ok(kelapa.client, SUBMIT_QUOTE, {
      input: {
        requestId,
        listingId: coconuts,
        unitPrice: { amount: "1180.00", currency: "USD" },
        quantity: 40,
        incoterm: "CIF",
        namedPlace: "Gdańsk",
        leadTimeDays: 14,
        validUntil: daysFromToday(30),
        paymentTerms: "LETTER_OF_CREDIT",
        message: "Two 40' reefers, loading at Port Klang two weeks after the L/C opens.",
      },
    });
    const quoteId = quoted.submitQuote.quote.id;
    expect(quoted.submitQuote.quote).toMatchObject({ status: "SUBMITTED", unitPrice: { amount: "1180.00", currency: "USD" }, total: { amount: "47200.00", currency: "USD" } });

    // The buyer sees it in złoty, with the rate and the rate's date.
    const { quotesForRequest: comparison } = await ok(gdansk.client, COMPARE, { requestId });
    expect(comparison.buyerCurrency).toBe("PLN");
    expect(comparison.quotes).toEqual([
      {
        rank: 1,
        quote: { id: quoteId, seller: { legalName: "Kelapa Nusantara Sdn. Bhd." }, incoterm: { code: "CIF" }, namedPlace: "Gdańsk" },
        price: { amount: "1180.00", currency: "USD" },
        priceInBuyerCurrency: { amount: "4312.90", currency: "PLN" },
        fxRate: "3.655",
        fxRateDate: "2026-11-20",
        total: { amount: "47200.00", currency: "USD" },
        totalInBuyerCurrency: { amount: "172516.00", currency: "PLN" },
      },
    ]);

    // The quote is the two companies' business only.
    expect((await mekong.client.graphql(QUOTE, { id: quoteId })).body.data.quote).toBeNull();

    // The buyer accepts: the quote is accepted, the request awarded, and the exporter told.
    const accepted = await ok(gdansk.client, ACCEPT, { id: quoteId });
    expect(accepted.acceptQuote).toMatchObject({ quote: { status: "ACCEPTED" }, sourcingRequest: { status: "AWARDED" } });
    expect((await ok(kelapa.client, INBOX)).inbox.edges.map((e: any) => [e.node.kind, e.node.subjectId])).toContainEqual(["QUOTE_ACCEPTED", quoteId]);
    // An awarded request is no longer anyone's lead.
    expect((await ok(kelapa.client, MY_LEADS)).myLeads).toEqual([]);
  });
});
