import { afterEach, beforeEach, expect, it } from "vitest";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type HttpClient, type RunningApi } from "../support/http.js";
import { GOOD_PASSWORD } from "../support/identity.js";
import { marketplace } from "./support.js";

const SIGN_IN = /* GraphQL */ `
  mutation SignIn($email: String!) {
    signIn(input: { email: $email, password: "${GOOD_PASSWORD}" }) { userErrors { code } }
  }
`;
const CREATE = /* GraphQL */ `
  mutation Create($input: CreateSaleEventInput!) {
    createSaleEvent(input: $input) {
      saleEvent { id name kind localDate days countries opensIn closesIn startsAt endsAt isLive timing window(timeZone: "Asia/Kuala_Lumpur") { text } }
      userErrors { field code message }
    }
  }
`;
const SET_PRICE = /* GraphQL */ `
  mutation SetPrice($input: SetEventPriceInput!) {
    setEventPrice(input: $input) {
      eventPrice { unitPrice { amount currency } event { name } }
      userErrors { field code message }
    }
  }
`;
const LISTING = /* GraphQL */ `
  query Listing($id: ID!) {
    listing(id: $id) {
      id
      eventPrice { unitPrice { amount currency } startsAt endsAt event { name isLive timing window { timeZone text } } }
    }
  }
`;

const HOUR = 3_600_000;
const iso = (ms: number) => new Date(ms).toISOString();

async function signedIn(api: RunningApi, email: string): Promise<HttpClient> {
  const client = api.client();
  const response = await client.graphql(SIGN_IN, { email });
  expect(response.body.data.signIn.userErrors).toEqual([]);
  return client;
}

describeEachDatabase("sale events over HTTP", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  it("the admin runs a sale, the exporter prices its listing, and any visitor sees the event price while it is on", async () => {
    const { kelapa } = await marketplace(db());
    const admin = await signedIn(api, "admin@caravan.example");
    const exporter = await signedIn(api, "aminah@kelapa.example");
    const visitor = api.client();

    // The server runs on the real clock: a sale that opened an hour ago and one that opens tomorrow.
    const now = Date.now();
    const live = await admin.graphql(CREATE, { input: { name: "Harvest week", kind: "UTC_WINDOW", utcWindow: { startsAt: iso(now - HOUR), endsAt: iso(now + 24 * HOUR) } } });
    expect(live.body.data.createSaleEvent.userErrors).toEqual([]);
    expect(live.body.data.createSaleEvent.saleEvent).toMatchObject({ kind: "UTC_WINDOW", isLive: true, timing: "CURRENT", opensIn: [], countries: null });
    const liveId = live.body.data.createSaleEvent.saleEvent.id;

    const nextYear = new Date(now).getUTCFullYear() + 1;
    const later = await admin.graphql(CREATE, { input: { name: "Double 11", kind: "LOCAL_DAY", localDay: { date: `${nextYear}-11-11`, countries: ["MY", "PL"] } } });
    expect(later.body.data.createSaleEvent.saleEvent).toMatchObject({
      kind: "LOCAL_DAY",
      localDate: `${nextYear}-11-11`,
      days: 1,
      countries: ["MY", "PL"],
      opensIn: ["Asia/Kuching", "Asia/Singapore"],
      closesIn: ["Europe/Warsaw"],
      startsAt: `${nextYear}-11-10T16:00:00.000Z`,
      endsAt: `${nextYear}-11-11T23:00:00.000Z`,
      isLive: false,
      timing: "UPCOMING",
      window: { text: `Nov 11, ${nextYear}, 00:00 GMT+8 – Nov 12, ${nextYear}, 06:59 GMT+8` },
    });
    const laterId = later.body.data.createSaleEvent.saleEvent.id;

    const tooHigh = await exporter.graphql(SET_PRICE, { input: { eventId: liveId, listingId: kelapa.listingId, unitPrice: { amount: "800.00", currency: "USD" } } });
    expect(tooHigh.body.data.setEventPrice).toEqual({
      eventPrice: null,
      userErrors: [{ field: "unitPrice.amount", code: "EVENT_PRICE_NOT_BELOW_REGULAR", message: "An event price must be below the listing's lowest regular price, 800.00 USD." }],
    });
    for (const [eventId, amount] of [[liveId, "699.00"], [laterId, "650.00"]]) {
      const set = await exporter.graphql(SET_PRICE, { input: { eventId, listingId: kelapa.listingId, unitPrice: { amount, currency: "USD" } } });
      expect(set.body.data.setEventPrice.userErrors).toEqual([]);
      expect(set.body.data.setEventPrice.eventPrice.unitPrice).toEqual({ amount, currency: "USD" });
    }

    const seen = await visitor.graphql(LISTING, { id: kelapa.listingId });
    expect(seen.body.errors).toBeUndefined();
    expect(seen.body.data.listing.eventPrice).toEqual({
      unitPrice: { amount: "699.00", currency: "USD" },
      startsAt: iso(now - HOUR),
      endsAt: iso(now + 24 * HOUR),
      event: { name: "Harvest week", isLive: true, timing: "CURRENT", window: { timeZone: "UTC", text: expect.stringMatching(/GMT\+0 – .* GMT\+0$/) } },
    });
    // The exporter's own company is in Kuala Lumpur: its pages show the window on that clock.
    const own = await exporter.graphql(LISTING, { id: kelapa.listingId });
    expect(own.body.data.listing.eventPrice.event.window).toMatchObject({ timeZone: "Asia/Kuala_Lumpur", text: expect.stringMatching(/GMT\+8 – .* GMT\+8$/) });

    const current = await visitor.graphql(`{ saleEvents(timing: CURRENT) { totalCount edges { node { name } } } }`);
    expect(current.body.data.saleEvents).toEqual({ totalCount: 1, edges: [{ node: { name: "Harvest week" } }] });
  });

  it("only a platform admin creates events: a company member gets FORBIDDEN, a visitor UNAUTHENTICATED", async () => {
    await marketplace(db());
    const exporter = await signedIn(api, "aminah@kelapa.example");
    const input = { name: "Mine", kind: "LOCAL_DAY", localDay: { date: "2099-11-11" } };
    const refused = await exporter.graphql(CREATE, { input });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect(refused.body.errors?.[0]?.message).toBe("Only a platform administrator can do this.");
    expect((await api.client().graphql(CREATE, { input })).body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect((await api.client().graphql(`{ saleEvents { totalCount } }`)).body.data.saleEvents.totalCount).toBe(0);
  });
});
