import { afterEach, beforeEach, expect, it } from "vitest";
import { createSourcingRequest } from "../../graph/sourcing/service.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type HttpClient, type RunningApi } from "../support/http.js";
import type { Company } from "../support/companies.js";
import { coconutsInUsd, listed, steelPlate } from "../support/listings.js";
import { world } from "../support/matching.js";
import { coconutRequest } from "../support/sourcing.js";

const EXPLAIN = /* GraphQL */ `
  query Explain($requestId: ID!, $listingId: ID!) {
    explainMatch(requestId: $requestId, listingId: $listingId) {
      excluded
      score
      signals { name weight value applicable }
      reasons { signal code positive text }
      request { id }
    }
  }
`;
const INSIGHTS = /* GraphQL */ `
  {
    openDemand { destinationCountry { code } hsChapter { code } openCount quantities { kind unit { code } total } trend { week count } }
    whatSellsWhere { destinationCountry { code } hsHeading { code } openCount }
  }
`;
const FEED = /* GraphQL */ `{ buyerFeed { match { listing { title } score reasons { text } } basedOn { id } } }`;

describeEachDatabase("matching over GraphQL", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  const as = (company: Company): HttpClient => api.client({ cookie: `caravan_session=${company.token}` });

  it("explains an embargoed pair with named signals", async () => {
    const w = await world(db());
    const plate = await listed(w.volga, steelPlate());
    const request = await createSourcingRequest(
      w.buyer.ctx,
      coconutRequest({ title: "Steel plate", keywords: ["steel"], hsCode: "7208", quantity: 200, targetUnitPrice: null, incoterm: "FCA", destinationPort: null }),
    );
    const explained = (await as(w.buyer).graphql(EXPLAIN, { requestId: request.id, listingId: plate.id })).body.data.explainMatch;
    expect(explained).toMatchObject({ excluded: true, score: 0, request: { id: request.id } });
    expect(explained.reasons).toEqual([{ signal: "LANE", code: "laneEmbargoed", positive: false, text: expect.stringMatching(/^embargoed lane: RU → PL for HS 72/) }]);
    expect(explained.signals.map((s: any) => s.name)).toEqual([
      "HS_CODE", "TEXT", "QUANTITY", "PRICE", "LANE", "INCOTERM", "VERIFIED_SELLER", "QUOTES_ANSWERED", "ORDERS_COMPLETED",
    ]);

  });

  it("serves demand insights and the buyer's feed", async () => {
    const w = await world(db());
    await listed(w.kelapa, coconutsInUsd());
    await createSourcingRequest(w.buyer.ctx, coconutRequest());
    const insights = (await as(w.kelapa).graphql(INSIGHTS)).body.data;
    expect(insights.openDemand).toEqual([
      {
        destinationCountry: { code: "PL" },
        hsChapter: { code: "08" },
        openCount: 1,
        quantities: [{ kind: "MASS", unit: { code: "KGM" }, total: 40000 }],
        trend: expect.arrayContaining([expect.objectContaining({ count: 1 })]),
      },
    ]);
    expect(insights.openDemand[0].trend).toHaveLength(12);
    expect(insights.whatSellsWhere).toEqual([{ destinationCountry: { code: "PL" }, hsHeading: { code: "0801" }, openCount: 1 }]);

    const feed = (await as(w.buyer).graphql(FEED)).body.data.buyerFeed;
    expect(feed.map((f: any) => f.match.listing.title)).toEqual(["Fresh husked coconuts, Grade A"]);
    expect(feed[0].match.reasons.map((r: any) => r.text)).toContain("same HS subheading 0801.19");
  });
});
