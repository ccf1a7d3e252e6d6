import { expect, it } from "vitest";
import { addEmbargo, decideScreening, screeningReviews } from "../../graph/compliance/service.js";
import { createListing, publishListing } from "../../graph/listings/service.js";
import { getOrder, moveOrder, orderHistory, placeOrder, previewOrder } from "../../graph/trade/service.js";
import { orderShipmentDelivered as orderDelivered, orderShipmentDispatched as orderDispatched } from "../../graph/trade/shipment-moves.js";
import { orderLedger, payOrder } from "../../graph/trade/payments.js";
import { landedCostForViewer } from "../../graph/trade/checkout.js";
import { describeEachDatabase } from "../support/db.js";
import { company } from "../support/companies.js";
import { codeOf, problemsOf } from "../support/errors.js";
import { coconuts } from "../support/listings.js";
import { NOW } from "../support/sourcing.js";
import { available, counts, fromListing, placed, tradeWorld } from "../support/trade.js";

describeEachDatabase("checkout: shipping, landed cost and compliance at placement", (db) => {
  it("a buyer in Gdańsk orders 40 t FOB Port Klang by sea: the option's freight is billed, the landed cost in PLN is kept with its sources", async () => {
    const world = await tradeWorld(db());
    const input = fromListing(world, { quantity: 40, incoterm: "FOB" });
    const preview = await previewOrder(world.buyer.ctx, input);
    expect(preview.buyerPaysFreight).toBe(true);
    const sea = preview.shippingOptions.find((o) => o.id === "lane:MY-PL:sea")!;
    // 40 t take 96 m³: at sea's 1,000 kg per m³ the volume, not the 41.2 t gross, is charged.
    expect(sea).toMatchObject({ mode: "sea", chargeableWeightKg: 96_000 });
    expect(await counts(db())).toMatchObject({ orders: 0 });
    expect(await available(db(), world.listingId)).toBe(400);

    const { order } = await placeOrder(world.buyer.ctx, { ...input, shippingOptionId: sea.id });
    expect(order.shipping).toMatchObject({ optionId: "lane:MY-PL:sea", mode: "sea", estimatedDelivery: sea.estimatedDelivery, transitDaysMax: sea.transitDaysMax });
    expect(order.freight.amountMinor).toBeGreaterThan(0);
    expect(order.total.amountMinor).toBe(order.goodsTotal.amountMinor + order.freight.amountMinor);
    const landed = landedCostForViewer(world.buyer.ctx, order.landedCostStored)!;
    expect(landed).toMatchObject({ currency: "PLN", destinationCountry: "PL", incoterm: "FOB", on: "2026-12-01", complete: true });
    expect(landed.items.map((i) => i.kind)).toEqual(["GOODS", "FREIGHT", "DUTY", "TAX"]);
    for (const item of landed.items) expect(item).toMatchObject({ source: expect.any(String), asOf: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) });
    expect(landed.items.find((i) => i.kind === "TAX")).toMatchObject({ key: "vat", rateBp: 500 });
    // The seller reads the same figures, labelled in its own language.
    const malay = landedCostForViewer({ ...world.seller.ctx, locale: "ms", t: (await import("../../locales/index.js")).translatorFor("ms") }, order.landedCostStored)!;
    expect(malay.total).toEqual(landed.total);
    expect(malay.items[0]!.label).not.toBe(landed.items[0]!.label);
  });

  it("under CIF the seller's price carries the goods: the chosen option dates the delivery but adds no freight", async () => {
    const world = await tradeWorld(db());
    const { order } = await placeOrder(world.buyer.ctx, fromListing(world, { quantity: 40, incoterm: "CIF", shippingOptionId: "lane:MY-PL:sea" }));
    expect(order.shipping?.optionId).toBe("lane:MY-PL:sea");
    expect(order.freight.amountMinor).toBe(0);
    expect(order.total).toEqual(order.goodsTotal);
  });

  it("refuses an option the lane does not offer, and changes nothing", async () => {
    const world = await tradeWorld(db());
    const before = await counts(db());
    expect(await problemsOf(placeOrder(world.buyer.ctx, fromListing(world, { shippingOptionId: "lane:CN-CL:sea" })))).toEqual([{ field: "shippingOptionId", code: "ORDER_SHIPPING_OPTION_UNKNOWN" }]);
    expect(await counts(db())).toEqual(before);
    expect(await available(db(), world.listingId)).toBe(400);
  });

  it("refuses an order on an embargoed lane with the reason and its legal basis", async () => {
    const world = await tradeWorld(db());
    await addEmbargo(world.admin, { origin: "MY", destination: "EU", hsPrefix: "0801", validFrom: "2026-11-01", legalBasis: "Demo: Council Regulation (EU) 2026/999" });
    const before = await counts(db());
    const refused = await placeOrder(world.buyer.ctx, fromListing(world)).catch((e: unknown) => e);
    expect((refused as { problems: unknown[] }).problems).toEqual([
      expect.objectContaining({ field: "destinationCountry", code: "EMBARGOED_LANE", params: expect.objectContaining({ basis: "Demo: Council Regulation (EU) 2026/999", since: "2026-11-01" }) }),
    ]);
    expect(await problemsOf(previewOrder(world.buyer.ctx, fromListing(world)))).toEqual([{ field: "destinationCountry", code: "EMBARGOED_LANE" }]);
    expect(await counts(db())).toEqual(before);
    expect(await available(db(), world.listingId)).toBe(400);
  });

  it("goods of a controlled HS chapter ask for the licence number, which the order line keeps", async () => {
    const world = await tradeWorld(db());
    const rifles = await createListing(world.seller.ctx, coconuts({ externalRef: "KLP-93", title: "Sporting rifle parts", hsCode: "9305.20", unit: "H87", currency: "MYR", moq: 1, availableQuantity: 10, priceTiers: [{ minQuantity: 1, unitPrice: "900.00" }], netWeightKg: 3, grossWeightKg: 4, volumeM3: 0.01 }));
    await publishListing(world.seller.ctx, rifles.id);
    const input = fromListing(world, { listingId: rifles.id, quantity: 2 });
    expect(await problemsOf(placeOrder(world.buyer.ctx, input))).toEqual([{ field: "licenceNumber", code: "LICENCE_REQUIRED" }]);
    expect(await available(db(), rifles.id)).toBe(10);
    const { order } = await placeOrder(world.buyer.ctx, { ...input, licenceNumber: "PL-MSWiA-2026/0412" });
    expect(order.lines[0]!.licenceNumber).toBe("PL-MSWiA-2026/0412");
  });

  it("a consignee resembling a denied party holds the order for review; the admin's approval releases it for the seller", async () => {
    const world = await tradeWorld(db());
    const { order } = await placeOrder(world.buyer.ctx, fromListing(world, { consignee: { name: "Northwind Arms Brokers Limited", country: "GB", city: "London" } }));
    expect(order.complianceHold).toContain("Northwind Arms Brokers Ltd");
    expect(await available(db(), world.listingId)).toBe(360);
    expect(await codeOf(moveOrder(world.seller.ctx, order.id, "confirm"))).toEqual({ code: "CONFLICT", key: "ORDER_ON_HOLD" });
    const [review] = await screeningReviews(world.admin, {});
    expect(review).toMatchObject({ subjectKind: "order", subjectId: order.id, status: "pending", hits: expect.arrayContaining([expect.objectContaining({ partyRole: "notify" }), expect.objectContaining({ partyRole: "consignee", partyCountry: "GB", score: 1 })]) });
    await decideScreening(world.admin, { reviewId: review!.id, decision: "APPROVED", note: "Different company: Companies House number 0912 3456, not the listed broker." });
    expect((await getOrder(world.buyer.ctx, order.id))?.complianceHold).toBeNull();
    expect((await orderHistory(world.buyer.ctx, order.id)).at(-1)).toMatchObject({ action: "release_hold", actorRole: "admin", note: expect.stringContaining("Companies House") });
    expect((await moveOrder(world.seller.ctx, order.id, "confirm")).status).toBe("confirmed");
  });

  it("a rejected screening cancels the held order and gives its stock back", async () => {
    const world = await tradeWorld(db());
    const { order } = await placeOrder(world.buyer.ctx, fromListing(world, { notifyParty: { name: "Golden Crescent Shipping Company", country: "IR" } }));
    expect(await available(db(), world.listingId)).toBe(360);
    const [review] = await screeningReviews(world.admin, {});
    await decideScreening(world.admin, { reviewId: review!.id, decision: "REJECTED", note: "Same entity, same address in Bandar Abbas." });
    const after = (await getOrder(world.buyer.ctx, order.id))!;
    expect(after.status).toBe("cancelled");
    expect(await available(db(), world.listingId)).toBe(400);
    expect((await orderHistory(world.buyer.ctx, order.id)).at(-1)).toMatchObject({ action: "cancel", actorRole: "system", note: "Same entity, same address in Bandar Abbas." });
  });

  it("a buyer whose currency has no rate is told so at checkout, before anything is reserved", async () => {
    const world = await tradeWorld(db());
    const nairobi = await company(db(), { email: "otieno@mombasa.example", legalName: "Mombasa Produce Ltd", country: "KE", kind: "buyer" }, NOW);
    expect(await problemsOf(previewOrder(nairobi.ctx, fromListing(world)))).toEqual([{ field: "currency", code: "FX_RATE_MISSING" }]);
  });
});

describeEachDatabase("shipment events move the order", (db) => {
  it("dispatched ships the paid order at the carrier's time; delivered starts the escrow timer; a second event changes nothing", async () => {
    const world = await tradeWorld(db());
    const order = await placed(world, { paymentTerms: "escrow" });
    await moveOrder(world.seller.ctx, order.id, "confirm");
    // Goods leaving before the escrow is funded do not ship the order: it waits for the money.
    await orderDispatched(world.system, { orderId: order.id, shipmentId: "shp_early", at: "2026-12-02T08:00:00.000Z" });
    expect((await getOrder(world.buyer.ctx, order.id))?.status).toBe("confirmed");
    await payOrder(world.buyer.ctx, { orderId: order.id, provider: "sandbox" });
    await orderDispatched(world.system, { orderId: order.id, shipmentId: "shp_1", at: "2026-12-03T06:30:00.000Z" });
    await orderDispatched(world.system, { orderId: order.id, shipmentId: "shp_2", at: "2026-12-04T06:30:00.000Z" });
    const shipped = (await getOrder(world.buyer.ctx, order.id))!;
    expect(shipped).toMatchObject({ status: "shipped", dispatchedAt: "2026-12-03T06:30:00.000Z" });
    await orderDelivered(world.system, { orderId: order.id, shipmentId: "shp_1", at: "2026-12-28T15:00:00.000Z" });
    await orderDelivered(world.system, { orderId: order.id, shipmentId: "shp_1", at: "2026-12-28T15:00:00.000Z" });
    const delivered = (await getOrder(world.buyer.ctx, order.id))!;
    expect(delivered).toMatchObject({ status: "delivered", deliveredAt: "2026-12-28T15:00:00.000Z" });
    const job = await db().db.selectFrom("jobs").select(["kind", "run_at"]).executeTakeFirstOrThrow();
    expect(job).toMatchObject({ kind: "trade.escrow_release", run_at: "2027-01-11T15:00:00.000Z" });
    expect((await orderHistory(world.buyer.ctx, order.id)).map((e) => [e.action, e.actorRole, e.note])).toEqual([
      ["place", "buyer", null],
      ["confirm", "seller", null],
      ["secure", "system", expect.stringMatching(/^CRV-/)],
      ["ship", "system", null],
      ["deliver", "system", null],
    ]);
    expect((await orderLedger(world.buyer.ctx, delivered)).balances).toMatchObject({ balanced: true, accounts: { escrow: delivered.total.amountMinor } });
  });
});
