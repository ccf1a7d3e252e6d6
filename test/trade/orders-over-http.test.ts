import { afterEach, beforeEach, expect, it } from "vitest";
import { createApiToken } from "../../graph/identity/service.js";
import { SESSION_COOKIE } from "../../server.js";
import { describeEachDatabase } from "../support/db.js";
import { startApi, type RunningApi } from "../support/http.js";
import { available, tradeWorld } from "../support/trade.js";

const PLACE = /* GraphQL */ `
  mutation Place($input: PlaceOrderInput!) {
    placeOrder(input: $input) {
      replayed
      order { id status total { amount currency } fx { rate rateDate totalInBuyerCurrency { amount currency } } lines { hsCode quantity unit { code } unitPrice { amount currency } } incoterm { code } namedPlace }
      userErrors { field code message }
    }
  }
`;
const MOVE = /* GraphQL */ `
  mutation Move($id: ID!, $action: OrderAction!) { moveOrder(id: $id, action: $action) { order { status actions } userErrors { field code message } } }
`;
const ORDER = /* GraphQL */ `
  query Order($id: ID!) {
    order(id: $id) { id status viewerRole actions seller { legalName } parties { role name country } history { action toStatus actorRole } ledger { balanced entries { movement } } }
  }
`;

describeEachDatabase("orders over HTTP", (db) => {
  let api: RunningApi;
  beforeEach(async () => {
    api = await startApi(db());
  });
  afterEach(async () => {
    await api.close();
  });

  it("an ERP places an order with an API token, retries it, and the seller confirms it in the browser", async () => {
    const world = await tradeWorld(db());
    const { token } = await createApiToken(world.buyer.ctx, "ERP");
    const erp = api.client({ authorization: `Bearer ${token}` });
    const input = { idempotencyKey: "erp-po-2026-0042", listingId: world.listingId, quantity: 40, incoterm: "CIF", paymentTerms: "ESCROW" };

    const first = await erp.graphql(PLACE, { input });
    expect(first.body.data.placeOrder).toMatchObject({
      replayed: false,
      order: { status: "DRAFT", total: { amount: "47200.00", currency: "MYR" }, fx: { rateDate: "2026-11-20", totalInBuyerCurrency: { currency: "PLN" } }, incoterm: { code: "CIF" }, namedPlace: "Gdańsk" },
      userErrors: [],
    });
    const orderId: string = first.body.data.placeOrder.order.id;
    expect((await erp.graphql(PLACE, { input })).body.data.placeOrder).toMatchObject({ replayed: true, order: { id: orderId } });
    const reused = await erp.graphql(PLACE, { input: { ...input, quantity: 41 } });
    expect(reused.body.data.placeOrder).toEqual({
      replayed: null,
      order: null,
      userErrors: [{ field: null, code: "IDEMPOTENCY_KEY_REUSED", message: "This idempotency key was already used for a different order. Use a new key for a new order." }],
    });
    expect(await available(db(), world.listingId)).toBe(360);

    const seller = api.client({ cookie: `${SESSION_COOKIE}=${world.seller.token}` });
    const refused = await erp.graphql(MOVE, { id: orderId, action: "CONFIRM" });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    expect((await seller.graphql(MOVE, { id: orderId, action: "CONFIRM" })).body.data.moveOrder).toEqual({ order: { status: "CONFIRMED", actions: ["CANCEL"] }, userErrors: [] });

    const seen = await seller.graphql(ORDER, { id: orderId });
    expect(seen.body.data.order).toMatchObject({
      viewerRole: "SELLER",
      seller: { legalName: "Kelapa Nusantara Sdn. Bhd." },
      history: [
        { action: "PLACE", toStatus: "DRAFT", actorRole: "BUYER" },
        { action: "CONFIRM", toStatus: "CONFIRMED", actorRole: "SELLER" },
      ],
      ledger: { balanced: true, entries: [] },
    });
    const stranger = api.client({ cookie: `${SESSION_COOKIE}=${world.stranger.token}` });
    expect((await stranger.graphql(ORDER, { id: orderId })).body.data.order).toBeNull();
  });

  it("tells an Arabic-speaking buyer in Arabic that the order is below the minimum", async () => {
    const world = await tradeWorld(db());
    const buyer = api.client({ cookie: `${SESSION_COOKIE}=${world.buyer.token}; lng=ar` });
    const response = await buyer.graphql(PLACE, { input: { idempotencyKey: "small-order-0001", listingId: world.listingId, quantity: 2, paymentTerms: "ESCROW" } });
    expect(response.body.data.placeOrder.userErrors).toEqual([{ field: "quantity", code: "ORDER_BELOW_MOQ", message: "الحد الأدنى للطلب من هذا المنتج هو 5 TNE." }]);
    expect(await available(db(), world.listingId)).toBe(400);
  });
});
