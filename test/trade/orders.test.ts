import { expect, it } from "vitest";
import { setFxRate } from "../../graph/fx/service.js";
import { createSaleEvent, setEventPrice } from "../../graph/events/service.js";
import { getOrder, moveOrder, myOrders, orderForDocuments, orderHistory, placeOrder } from "../../graph/trade/service.js";
import { describeEachDatabase } from "../support/db.js";
import { at, company } from "../support/companies.js";
import { codeOf, problemsOf } from "../support/errors.js";
import { NOW } from "../support/sourcing.js";
import { available, counts, fromListing, placed, tradeWorld } from "../support/trade.js";

describeEachDatabase("placing an order from a listing", (db) => {
  it("prices 40 t at the 20 t tier, reserves the stock and locks the MYR→PLN rate with its date", async () => {
    const world = await tradeWorld(db());
    const { order, replayed } = await placeOrder(world.buyer.ctx, fromListing(world, { quantity: 40, incoterm: "CIF" }));
    expect(replayed).toBe(false);
    expect(order.status).toBe("draft");
    expect(order.lines[0]).toMatchObject({ hsCode: "080119", originCountry: "MY", quantity: 40, unit: "TNE", unitPrice: { amountMinor: 118_000, currency: "MYR" } });
    expect(order.total).toEqual({ amountMinor: 4_720_000, currency: "MYR" });
    expect(order).toMatchObject({ incoterm: "CIF", namedPlace: "Gdańsk", shipFromPort: "MYPKG", shipFromCountry: "MY", destinationCountry: "PL" });
    // 47 200 MYR ÷ 4.135 × 3.655 = 41 720.92 PLN, through USD, dated by the rates' day.
    expect(order.fx).toMatchObject({ buyerCurrency: "PLN", rateDate: "2026-11-20", totalInBuyerCurrency: { amountMinor: 4_172_092, currency: "PLN" } });
    expect(order.grossWeightKg).toBe(41_200);
    expect(order.parties.map((p) => p.role).sort()).toEqual(["buyer", "consignee", "notify", "seller"]);
    expect(order.parties.find((p) => p.role === "seller")).toMatchObject({ name: "Kelapa Nusantara Sdn. Bhd.", country: "MY", addressLine1: "1 Harbour Road" });
    expect(await available(db(), world.listingId)).toBe(360);
    expect(await orderHistory(world.buyer.ctx, order.id)).toMatchObject([{ action: "place", fromStatus: null, toStatus: "draft", actorRole: "buyer" }]);
  });

  it("uses the sale event's price while its window is open", async () => {
    const world = await tradeWorld(db());
    const event = await createSaleEvent(world.admin, { name: "11.11", kind: "utc_window", utcWindow: { startsAt: "2026-11-30T00:00:00Z", endsAt: "2026-12-02T00:00:00Z" } });
    await setEventPrice(world.seller.ctx, { eventId: event.id, listingId: world.listingId, unitPrice: { amount: "999.00", currency: "MYR" } });
    const during = await placed(world, { quantity: 10 });
    expect(during.lines[0]!.unitPrice.amountMinor).toBe(99_900);
    expect(during.saleEventId).toBe(event.id);
    const after = (await placeOrder(at(world.buyer.ctx, "2026-12-02T00:00:00.000Z"), fromListing(world, { quantity: 10 }))).order;
    expect(after.lines[0]!.unitPrice.amountMinor).toBe(125_000);
  });

  it("a retry with the same key returns the first order and takes no more stock", async () => {
    const world = await tradeWorld(db());
    const input = fromListing(world, { quantity: 10 });
    const first = await placeOrder(world.buyer.ctx, input);
    const again = await placeOrder(world.buyer.ctx, { ...input, consignee: null });
    expect(again).toMatchObject({ replayed: true, order: { id: first.order.id } });
    expect(await available(db(), world.listingId)).toBe(390);
    expect((await counts(db())).orders).toBe(1);
    await placed(world, { quantity: 390 });
    expect(await placeOrder(world.buyer.ctx, input)).toMatchObject({ replayed: true, order: { id: first.order.id } });
  });

  it("refuses bad orders with a reason and changes nothing", async () => {
    const world = await tradeWorld(db());
    const first = fromListing(world, { quantity: 10 });
    await placeOrder(world.buyer.ctx, first);
    const before = await counts(db());
    expect(await problemsOf(placeOrder(world.buyer.ctx, fromListing(world, { quantity: 4 })))).toEqual([{ field: "quantity", code: "ORDER_BELOW_MOQ" }]);
    expect(await problemsOf(placeOrder(world.buyer.ctx, fromListing(world, { quantity: 391 })))).toEqual([{ field: "quantity", code: "ORDER_ABOVE_STOCK" }]);
    expect(await problemsOf(placeOrder(world.buyer.ctx, fromListing(world, { incoterm: "DDP" })))).toEqual([{ field: "incoterm", code: "ORDER_INCOTERM_NOT_OFFERED" }]);
    expect(await problemsOf(placeOrder(world.seller.ctx, fromListing(world)))).toEqual([{ field: "listingId", code: "ORDER_OWN_GOODS" }]);
    expect(await problemsOf(placeOrder(world.buyer.ctx, { ...fromListing(world), listingId: null }))).toContainEqual({ field: "listingId", code: "ORDER_SOURCE_REQUIRED" });
    expect(await problemsOf(placeOrder(world.buyer.ctx, fromListing(world, { paymentTerms: "open_account" })))).toEqual([{ field: "creditDays", code: "REQUIRED" }]);
    expect(await codeOf(placeOrder(world.buyer.ctx, { ...first, quantity: 11 }))).toEqual({ code: "CONFLICT", key: "IDEMPOTENCY_KEY_REUSED" });
    expect(await counts(db())).toEqual(before);
    expect(await available(db(), world.listingId)).toBe(390);
  });

  it("refuses an order when the buyer's currency has no rate yet", async () => {
    const world = await tradeWorld(db());
    const nairobi = await company(db(), { email: "wanjiru@nairobifresh.example", legalName: "Nairobi Fresh Ltd", country: "KE", kind: "buyer" }, NOW);
    const before = await counts(db());
    expect(await problemsOf(placeOrder(nairobi.ctx, fromListing(world)))).toEqual([{ field: "currency", code: "FX_RATE_MISSING" }]);
    expect(await counts(db())).toEqual(before);
    await setFxRate(world.admin, { base: "USD", quote: "KES", rate: "129.25", asOf: "2026-11-30" });
    expect((await placeOrder(nairobi.ctx, fromListing(world))).order.fx).toMatchObject({ buyerCurrency: "KES", rateDate: "2026-11-20" });
  });

  it("shows an order to its two companies and admins only, and lists it on each side", async () => {
    const world = await tradeWorld(db());
    const order = await placed(world);
    expect(await getOrder(world.stranger.ctx, order.id)).toBeNull();
    expect((await getOrder(world.seller.ctx, order.id))?.id).toBe(order.id);
    expect((await getOrder(world.admin, order.id))?.id).toBe(order.id);
    expect((await myOrders(world.buyer.ctx, { side: "buyer" })).edges.map((e) => e.node.id)).toEqual([order.id]);
    expect((await myOrders(world.seller.ctx, { side: "seller" })).totalCount).toBe(1);
    expect((await myOrders(world.seller.ctx, { side: "buyer" })).totalCount).toBe(0);
    expect(await codeOf(orderForDocuments(world.stranger.ctx, order.id))).toEqual({ code: "NOT_FOUND", key: "ORDER_NOT_FOUND" });
    const documents = await orderForDocuments(world.seller.ctx, order.id);
    expect(documents.lineIds).toEqual([`${order.id}#1`]);
    expect(documents.order.parties.find((p) => p.role === "buyer")?.name).toBe("Baltic Fresh Sp. z o.o.");
  });
});

describeEachDatabase("order moves per role", (db) => {
  it("the seller confirms; the buyer cannot, and a stranger does not see the order", async () => {
    const world = await tradeWorld(db());
    const order = await placed(world);
    expect(await codeOf(moveOrder(world.buyer.ctx, order.id, "confirm"))).toEqual({ code: "FORBIDDEN", key: "ORDER_ROLE_CANNOT_CONFIRM" });
    expect(await codeOf(moveOrder(world.stranger.ctx, order.id, "confirm"))).toEqual({ code: "NOT_FOUND", key: "ORDER_NOT_FOUND" });
    expect((await moveOrder(world.seller.ctx, order.id, "confirm")).status).toBe("confirmed");
    expect(await codeOf(moveOrder(world.seller.ctx, order.id, "confirm"))).toEqual({ code: "CONFLICT", key: "ORDER_MOVE_NOT_ALLOWED" });
    expect((await orderHistory(world.seller.ctx, order.id)).map((e) => [e.action, e.actorRole, e.toStatus])).toEqual([
      ["place", "buyer", "draft"],
      ["confirm", "seller", "confirmed"],
    ]);
  });

  it("cancelling gives the stock back; a cancelled order moves no further", async () => {
    const world = await tradeWorld(db());
    const order = await placed(world, { quantity: 100 });
    expect(await available(db(), world.listingId)).toBe(300);
    await moveOrder(world.buyer.ctx, order.id, "cancel", { note: "Ordered twice by mistake" });
    expect(await available(db(), world.listingId)).toBe(400);
    for (const action of ["confirm", "cancel", "ship"] as const) {
      const actor = action === "cancel" ? world.buyer.ctx : world.seller.ctx;
      expect(await codeOf(moveOrder(actor, order.id, action))).toEqual({ code: "CONFLICT", key: "ORDER_MOVE_NOT_ALLOWED" });
    }
    expect(await available(db(), world.listingId)).toBe(400);
    expect((await orderHistory(world.buyer.ctx, order.id)).at(-1)).toMatchObject({ action: "cancel", note: "Ordered twice by mistake" });
  });

  it("open account ships straight after confirmation; escrow must be funded first", async () => {
    const world = await tradeWorld(db());
    const credit = await placed(world, { paymentTerms: "open_account", creditDays: 60 });
    await moveOrder(world.seller.ctx, credit.id, "confirm");
    expect((await moveOrder(world.seller.ctx, credit.id, "ship")).status).toBe("shipped");
    const escrow = await placed(world);
    await moveOrder(world.seller.ctx, escrow.id, "confirm");
    expect(await codeOf(moveOrder(world.seller.ctx, escrow.id, "ship"))).toEqual({ code: "CONFLICT", key: "ORDER_MOVE_NOT_ALLOWED" });
  });

  it("says in Arabic why a move is refused", async () => {
    const world = await tradeWorld(db());
    const order = await placed(world);
    await moveOrder(world.buyer.ctx, order.id, "cancel");
    const { translatorFor } = await import("../../locales/index.js");
    const t = translatorFor("ar");
    expect(t("errors:ORDER_MOVE_NOT_ALLOWED", { status: "cancelled", action: "confirm" })).toBe("لا يمكن أن يصبح طلب حالته «ملغى» «مؤكَّدًا».");
    expect(translatorFor("en")("errors:ORDER_MOVE_NOT_ALLOWED", { status: "cancelled", action: "confirm" })).toBe("An order that is cancelled cannot be confirmed.");
  });
});
