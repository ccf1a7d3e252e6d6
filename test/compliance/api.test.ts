import { afterEach, beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type HttpClient, type RunningApi } from "../support/http.js";
import { GOOD_PASSWORD } from "../support/identity.js";
import { assessTradeCompliance, holdForScreening } from "../../graph/compliance/service.js";
import type { Company } from "../support/companies.js";
import { coconutsInUsd, listed } from "../support/listings.js";
import { world } from "../support/matching.js";

const EMBARGOES = /* GraphQL */ `query { embargoes { id origin destination hsPrefix validFrom validTo } }`;
const ADD_EMBARGO = /* GraphQL */ `
  mutation Add($input: AddEmbargoInput!) { addEmbargo(input: $input) { embargo { id origin destination hsPrefix validFrom } userErrors { field code message } } }
`;
const END_EMBARGO = /* GraphQL */ `
  mutation End($id: ID!, $lastDay: Date) { endEmbargo(id: $id, lastDay: $lastDay) { embargo { id validTo } userErrors { code message } } }
`;

const LISTING_LANDED = /* GraphQL */ `
  query Landed($id: ID!, $options: LandedCostOptions!) {
    listingLandedCost(listingId: $id, quantity: 40, incoterm: "FOB", options: $options) {
      currency total { amount currency } customsValue { amount } complete valuation
      items { kind label amount { amount currency } rate paidBy source asOf indicative converted { rate rateDate } }
      notes { code message }
    }
  }
`;
const REVIEWS = /* GraphQL */ `query { screeningReviews { id status subjectId hits { partyName listedName score } } }`;
const DECIDE = /* GraphQL */ `
  mutation Decide($input: DecideScreeningInput!) { decideScreening(input: $input) { review { status note history { fromStatus toStatus } } userErrors { field code message } } }
`;

describeEachDatabase("compliance over GraphQL", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  const as = (company: Company): HttpClient => api.client({ cookie: `caravan_session=${company.token}` });

  async function admin(): Promise<HttpClient> {
    const client = api.client();
    const response = await client.graphql(`mutation { signIn(input: { email: "admin@caravan.example", password: "${GOOD_PASSWORD}" }) { userErrors { code } } }`);
    expect(response.body.data.signIn.userErrors).toEqual([]);
    return client;
  }

  it("lets only the admin keep embargoes, and anyone read them", async () => {
    const w = await world(db());
    const refused = await as(w.buyer).graphql(ADD_EMBARGO, { input: { origin: "MY", destination: "EU", validFrom: "2026-11-01", legalBasis: "test" } });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const platform = await admin();
    const bad = await platform.graphql(ADD_EMBARGO, { input: { origin: "MY", destination: "Asia", validFrom: "2026-11-01", legalBasis: "test" } });
    expect(bad.body.data.addEmbargo.userErrors).toEqual([
      { field: "destination", code: "EMBARGO_DESTINATION_UNKNOWN", message: "Enter a country code (like PL) or a group Caravan knows (EU)." },
    ]);
    const added = await platform.graphql(ADD_EMBARGO, {
      input: { origin: "BY", destination: "EU", hsPrefix: "4407", validFrom: "2022-06-04", legalBasis: "Demo: a measure on sawn wood, for this test" },
    });
    const embargo = added.body.data.addEmbargo.embargo;
    expect(embargo).toMatchObject({ origin: "BY", destination: "EU", hsPrefix: "4407", validFrom: "2022-06-04" });
    expect((await as(w.buyer).graphql(EMBARGOES)).body.data.embargoes.map((e: any) => [e.origin, e.destination, e.hsPrefix])).toEqual([
      ["BY", "EU", "4407"],
      ["RU", "EU", "72"],
      ["RU", "EU", "44"],
    ]);
    const ended = await platform.graphql(END_EMBARGO, { id: embargo.id, lastDay: "2026-11-01" });
    expect(ended.body.data.endEmbargo).toEqual({ embargo: { id: embargo.id, validTo: "2026-11-01" }, userErrors: [] });
    expect((await as(w.buyer).graphql(EMBARGOES)).body.data.embargoes.map((e: any) => e.origin)).toEqual(["RU", "RU"]);

  });

  it("estimates a listing's landed cost in the buyer's language and currency, and refuses bad input the same way", async () => {
    const w = await world(db());
    const coco = await listed(w.kelapa, coconutsInUsd());
    // Anyone may estimate: a visitor whose browser asks for Polish gets Polish.
    const polish = api.client({ "accept-language": "pl" });
    const response = await polish.graphql(LISTING_LANDED, { id: coco.id, options: { destinationCountry: "PL", currency: "PLN", freight: { amount: "2400.00", currency: "USD" } } });
    expect(response.body.errors).toBeUndefined();
    const cost = response.body.data.listingLandedCost;
    expect(cost).toMatchObject({ currency: "PLN", total: { amount: "190352.40", currency: "PLN" }, customsValue: { amount: "181288.00" }, complete: true, valuation: "CIF" });
    expect(cost.items.map((i: any) => [i.kind, i.label, i.amount.amount, i.rate])).toEqual([
      ["GOODS", "Towar, HS 0801.19", "172516.00", null],
      ["FREIGHT", "Fracht", "8772.00", null],
      ["DUTY", "Cło 0% na HS 0801.19", "0.00", "0%"],
      ["TAX", "VAT z tytułu importu 5% na HS 0801.19", "9064.40", "5%"],
    ]);
    expect(cost.items[0].converted).toEqual({ rate: "3.655", rateDate: "2026-11-20" });

    const bad = await polish.graphql(LISTING_LANDED, { id: coco.id, options: { destinationCountry: "PL", currency: "KRW" } });
    expect((bad.body as any).errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect((bad.body as any).errors[0].extensions.userErrors).toEqual([{ field: "lines.0.value.currency", code: "FX_RATE_MISSING", message: expect.stringContaining("KRW") }]);
    const badFreight = await polish.graphql(LISTING_LANDED, { id: coco.id, options: { destinationCountry: "PL", freight: { amount: "12.345", currency: "USD" } } });
    expect((badFreight.body as any).errors[0].extensions.userErrors[0]).toMatchObject({ field: "options.freight.amount", code: "MONEY_TOO_PRECISE" });
  });

  it("lets only the admin work the screening queue, and records the decision", async () => {
    const w = await world(db());
    const { screeningHits } = await assessTradeCompliance(w.buyer.ctx, {
      originCountry: "MY",
      destinationCountry: "GB",
      on: new Date(),
      lines: [{ hsCode: "080119" }],
      parties: [{ role: "notify", name: "Northwind Arms Brokers", country: "GB" }],
    });
    const held = await holdForScreening(w.buyer.ctx, { subjectKind: "order", subjectId: "ord_api1", hits: screeningHits });
    expect(((await as(w.buyer).graphql(REVIEWS)).body as any).errors[0].extensions.code).toBe("FORBIDDEN");
    const platform = await admin();
    expect((await platform.graphql(REVIEWS)).body.data.screeningReviews).toEqual([
      { id: held.id, status: "PENDING", subjectId: "ord_api1", hits: [{ partyName: "Northwind Arms Brokers", listedName: "Northwind Arms Brokers Ltd", score: 1 }] },
    ]);
    const noNote = await platform.graphql(DECIDE, { input: { reviewId: held.id, decision: "REJECTED", note: "" } });
    expect(noNote.body.data.decideScreening.userErrors).toEqual([{ field: "note", code: "REQUIRED", message: expect.any(String) }]);
    const rejected = await platform.graphql(DECIDE, { input: { reviewId: held.id, decision: "REJECTED", note: "Same address as the listed broker" } });
    expect(rejected.body.data.decideScreening).toEqual({
      review: { status: "REJECTED", note: "Same address as the listed broker", history: [{ fromStatus: null, toStatus: "PENDING" }, { fromStatus: "PENDING", toStatus: "REJECTED" }] },
      userErrors: [],
    });
    const again = await platform.graphql(DECIDE, { input: { reviewId: held.id, decision: "APPROVED", note: "x" } });
    expect(again.body.data.decideScreening.userErrors).toEqual([{ field: null, code: "SCREENING_ALREADY_DECIDED", message: "This review has already been decided." }]);
  });
});
