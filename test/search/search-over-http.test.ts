import { afterEach, beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type RunningApi } from "../support/http.js";
import { catalogue } from "./support.js";

const SEARCH = /* GraphQL */ `
  query Search($query: String, $filters: ListingSearchFilters, $sort: ListingSort, $first: Int, $after: String) {
    searchListings(query: $query, filters: $filters, sort: $sort, first: $first, after: $after) {
      totalCount
      totalCountIsExact
      relevanceIsExact
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id title originCountry { code } priceFrom { amount currency } leadTimeDays } }
    }
  }
`;

describeEachDatabase("searching over HTTP", (db) => {
  let api: RunningApi;

  beforeEach(async () => {
    await catalogue(db());
    api = await startApi(db());
  });

  afterEach(async () => {
    await api.close();
  });

  it("anyone can search the catalogue with filters in the buyer's currency and page through it", async () => {
    const visitor = api.client();
    const first = await visitor.graphql(SEARCH, { filters: { priceMax: { amount: "30", currency: "PLN" }, incoterm: "FOB" }, sort: "PRICE_ASC", first: 1 });
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data.searchListings).toMatchObject({
      totalCount: 2,
      totalCountIsExact: true,
      relevanceIsExact: true,
      pageInfo: { hasNextPage: true },
      edges: [{ node: { title: "LED bulb A60 9 W E27 2700 K", originCountry: { code: "CN" }, priceFrom: { amount: "2.75", currency: "CNY" } } }],
    });
    const second = await visitor.graphql(SEARCH, {
      filters: { priceMax: { amount: "30", currency: "PLN" }, incoterm: "FOB" },
      sort: "PRICE_ASC",
      first: 1,
      after: first.body.data.searchListings.pageInfo.endCursor,
    });
    expect(second.body.data.searchListings).toMatchObject({
      pageInfo: { hasNextPage: false },
      edges: [{ node: { title: "Robusta coffee beans, grade 1, screen 18", priceFrom: { amount: "2.10", currency: "USD" }, leadTimeDays: 10 } }],
    });

    const typed = await visitor.graphql(SEARCH, { query: "kokos", sort: "RELEVANCE" });
    expect(typed.body.data.searchListings.edges.map((e: { node: { title: string } }) => e.node.title)).toEqual(["Fresh husked coconuts, Grade A"]);
  });

  it("answers bad filters with BAD_USER_INPUT naming the field", async () => {
    const response = await api.client().graphql(SEARCH, { filters: { hsCode: "coconut" } });
    expect(response.body.errors).toMatchObject([{ extensions: { code: "BAD_USER_INPUT", userErrors: [{ field: "filters.hsCode", code: "HS_PREFIX_INVALID" }] } }]);
  });
});
