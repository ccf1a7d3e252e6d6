import { afterEach, beforeEach, expect, it } from "vitest";
import { createSourcingRequest } from "../../graph/sourcing/service.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type HttpClient, type RunningApi } from "../support/http.js";
import { GOOD_PASSWORD } from "../support/identity.js";
import { coconutRequest, coconuts, listed, steelPlate, world, type Company } from "./support.js";

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
const LANES = /* GraphQL */ `query Lanes($o: String, $d: String) { lanes(origin: $o, destination: $d) { mode transitDaysMin transitDaysMax estimated } }`;
const SET_LANE = /* GraphQL */ `
  mutation Lane($input: SetLaneInput!) { setLane(input: $input) { lane { origin destination mode transitDaysMin transitDaysMax } userErrors { field code message } } }
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

  async function admin(): Promise<HttpClient> {
    const client = api.client();
    const response = await client.graphql(`mutation { signIn(input: { email: "admin@caravan.example", password: "${GOOD_PASSWORD}" }) { userErrors { code } } }`);
    expect(response.body.data.signIn.userErrors).toEqual([]);
    return client;
  }

  it("explains an embargoed pair with named signals, and lets only the admin keep lanes", async () => {
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

    const lanes = (await as(w.buyer).graphql(LANES, { o: "RW", d: "PL" })).body.data.lanes;
    expect(lanes).toEqual([
      { mode: "AIR", transitDaysMin: 3, transitDaysMax: 6, estimated: false },
      { mode: "SEA", transitDaysMin: 38, transitDaysMax: 52, estimated: false },
    ]);

    const platform = await admin();
    const lane = await platform.graphql(SET_LANE, { input: { origin: "VN", destination: "PL", mode: "SEA", transitDaysMin: 30, transitDaysMax: 40, source: "carrier schedule" } });
    expect(lane.body.data.setLane).toEqual({ lane: { origin: "VN", destination: "PL", mode: "SEA", transitDaysMin: 30, transitDaysMax: 40 }, userErrors: [] });
    const multimodal = await platform.graphql(SET_LANE, { input: { origin: "VN", destination: "PL", mode: "MULTIMODAL", transitDaysMin: 30, transitDaysMax: 40, source: "x" } });
    expect(multimodal.body.data.setLane.userErrors).toEqual([{ field: "mode", code: "LANE_MODE_UNKNOWN", message: "Lanes are timed for sea, air, road or rail." }]);
  });

  it("serves demand insights and the buyer's feed", async () => {
    const w = await world(db());
    await listed(w.kelapa, coconuts());
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
