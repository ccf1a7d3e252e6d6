import { expect, it } from "vitest";
import { addTrackingEvent, createShipment, getShipment, postCarrierEvent, recordCustomsEvent, searchShipments, shipmentRecord, shipmentsOfOrder, shippableLines, trackShipment, viewerMayShip } from "../../graph/logistics/service.js";
import { getOrder, moveOrder } from "../../graph/trade/service.js";
import { at } from "../support/companies.js";
import { describeEachDatabase } from "../support/db.js";
import { codeOf, problemsOf } from "../support/errors.js";
import { bySea, pallets, shipmentCounts, shipped, shippingWorld } from "../support/shipping.js";
import { placed } from "../support/trade.js";

const event = (code: string, occurredAt: string, place: string, locode: string | null, timeZone: string) => ({ code, occurredAt, place, locode, timeZone, note: null });

describeEachDatabase("shipping an order", (db) => {
  it("an exporter in MY ships half the coconuts by sea from Port Klang; the buyer in PL sees it depart and arrive, and the order moves with it", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 20);
    expect(shipment).toMatchObject({
      status: "booked",
      mode: "sea",
      carrierName: "Straits Line",
      portOfLoading: "MYPKG",
      portOfDischarge: "PLGDN",
      exportCountry: "MY",
      importCountry: "PL",
      grossWeightKg: 20_600,
      netWeightKg: 20_000,
      volumeM3: 48,
      incoterm: "CIF",
      shippedOn: "2026-12-01",
    });
    expect(shipment.trackingNumber).toMatch(/^CRV[0-9A-Z]{13}$/);
    expect(shipment.lines).toEqual([
      expect.objectContaining({ orderLineId: world.lineId, hsCode: "080119", quantity: 20, unit: "TNE", originCountry: "MY", grossWeightKg: 20_600, netWeightKg: 20_000, volumeM3: 48, batch: null }),
    ]);
    expect(shipment.parties.map((p) => p.role).sort()).toEqual(["buyer", "consignee", "notify", "seller"]);
    expect(shipment.events).toMatchObject([{ code: "booked", place: "Port Klang (Pelabuhan Klang)", locode: "MYPKG", timeZone: "Asia/Kuala_Lumpur", source: "seller" }]);
    expect(await shippableLines(world.seller.ctx, world.order.id)).toMatchObject([{ ordered: 40, shipped: 20, left: 20 }]);

    await addTrackingEvent(at(world.seller.ctx, "2026-12-03T08:00:00Z"), shipment.id, event("picked_up", "2026-12-02T01:00:00+08:00", "Klang warehouse", null, "Asia/Kuala_Lumpur"));
    await addTrackingEvent(at(world.seller.ctx, "2026-12-03T08:00:00Z"), shipment.id, event("export_cleared", "2026-12-02T15:00:00+08:00", "Port Klang customs", "MYPKG", "Asia/Kuala_Lumpur"));
    const departed = await postCarrierEvent(at(world.carrier, "2026-12-03T08:00:00Z"), { trackingNumber: shipment.trackingNumber, ...event("departed", "2026-12-03T06:30:00+08:00", "Port Klang, Westport", "MYPKG", "Asia/Kuala_Lumpur") });
    expect(departed.shipment).toMatchObject({ status: "in_transit", departedAt: "2026-12-02T22:30:00.000Z", shippedOn: "2026-12-02" });
    expect(departed.event.source).toBe("carrier");
    expect((await getOrder(world.buyer.ctx, world.order.id))!).toMatchObject({ status: "shipped" });

    const later = at(world.carrier, "2027-01-10T12:00:00Z");
    await postCarrierEvent(later, { trackingNumber: shipment.trackingNumber, ...event("arrived", "2027-01-08T07:00:00+01:00", "Gdańsk, DCT", "PLGDN", "Europe/Warsaw") });
    await recordCustomsEvent(later, shipment.id, { code: "import_cleared", place: "Gdańsk customs office", locode: "PLGDN", timeZone: "Europe/Warsaw", occurredAt: "2027-01-09T10:00:00+01:00", note: "SAD cleared" });
    await postCarrierEvent(later, { trackingNumber: shipment.trackingNumber, ...event("out_for_delivery", "2027-01-10T06:00:00+01:00", "Gdańsk", "PLGDN", "Europe/Warsaw") });
    const delivered = await postCarrierEvent(later, { trackingNumber: shipment.trackingNumber, ...event("delivered", "2027-01-10T11:15:00+01:00", "Baltic Fresh, Gdańsk", null, "Europe/Warsaw") });
    expect(delivered.shipment.status).toBe("delivered");
    expect(delivered.shipment.events.map((e) => `${e.code}/${e.source}`)).toEqual([
      "booked/seller",
      "picked_up/seller",
      "export_cleared/seller",
      "departed/carrier",
      "arrived/carrier",
      "import_cleared/customs",
      "out_for_delivery/carrier",
      "delivered/carrier",
    ]);
    expect(delivered.shipment.history.map((h) => `${h.fromStatus ?? "-"}>${h.toStatus}`)).toEqual([
      "->booked",
      "booked>picked_up",
      "picked_up>export_cleared",
      "export_cleared>in_transit",
      "in_transit>arrived",
      "arrived>import_cleared",
      "import_cleared>out_for_delivery",
      "out_for_delivery>delivered",
    ]);
    expect((await getOrder(world.buyer.ctx, world.order.id))!).toMatchObject({ status: "delivered", deliveredAt: "2027-01-10T10:15:00.000Z" });

    expect((await getShipment(world.buyer.ctx, shipment.id))?.id).toBe(shipment.id);
    expect(await getShipment(at(world.admin, "2027-01-10T12:00:00Z"), shipment.id)).not.toBeNull();
    expect(await viewerMayShip(world.buyer.ctx, shipment.id)).toBe(true);
    expect(await viewerMayShip(world.carrier, shipment.id)).toBe(false);
    expect(await shipmentsOfOrder(world.buyer.ctx, world.order.id)).toHaveLength(1);
  });

  it("a carrier's retry of the same event is answered from what was stored", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 40);
    const post = { trackingNumber: shipment.trackingNumber, ...event("picked_up", "2026-12-01T08:00:00Z", "Klang warehouse", null, "Asia/Kuala_Lumpur") };
    const first = await postCarrierEvent(world.carrier, post);
    const again = await postCarrierEvent(world.carrier, post);
    expect(again).toMatchObject({ replayed: true, event: { id: first.event.id } });
    expect((await shipmentCounts(db())).tracking_events).toBe(2);
  });

  it("refuses bad shipments with a reason and changes nothing", async () => {
    const world = await shippingWorld(db());
    await shipped(world, 30);
    const before = await shipmentCounts(db());
    const refused = (input: Parameters<typeof createShipment>[1], ctx = world.seller.ctx) => problemsOf(createShipment(ctx, input));
    expect(await refused(bySea(world, 11))).toEqual([{ field: "lines.0.quantity", code: "SHIPMENT_MORE_THAN_ORDERED" }]);
    expect(await refused(bySea(world, 10, { packages: [pallets(12)] }))).toEqual([{ field: "packages", code: "SHIPMENT_HEAVIER_THAN_ORDER" }, { field: "packages", code: "SHIPMENT_LARGER_THAN_ORDER" }]);
    expect(await refused(bySea(world, 10, { packages: [{ ...pallets(10), heightCm: 400 }] }))).toEqual([{ field: "packages", code: "SHIPMENT_LARGER_THAN_ORDER" }]);
    expect(await refused(bySea(world, 10, { portOfDischarge: "PLXXX" }))).toEqual([{ field: "portOfDischarge", code: "PORT_UNKNOWN" }]);
    expect(await refused(bySea(world, 10, { packages: [{ ...pallets(10), packageType: "XYZ", netWeightKg: 2000 }] }))).toEqual([
      { field: "packages.0.packageType", code: "PACKAGE_TYPE_UNKNOWN" },
      { field: "packages.0.netWeightKg", code: "PACKAGE_NET_ABOVE_GROSS" },
    ]);
    expect(await refused(bySea(world, 10, { lines: [{ orderLineId: "ord_elsewhere#1", quantity: 10 }] }))).toEqual([{ field: "lines.0.orderLineId", code: "SHIPMENT_LINE_NOT_IN_ORDER" }]);
    expect(await refused(bySea(world, 10, { mode: "teleport" }))).toEqual([{ field: "mode", code: "SHIPMENT_MODE_UNKNOWN" }]);
    // Someone else's order, the buyer trying to ship, an order not yet confirmed: all the same answer.
    expect(await refused(bySea(world, 10), world.stranger.ctx)).toEqual([{ field: "orderId", code: "SHIPMENT_ORDER_NOT_SHIPPABLE" }]);
    expect(await refused(bySea(world, 10), world.buyer.ctx)).toEqual([{ field: "orderId", code: "SHIPMENT_ORDER_NOT_SHIPPABLE" }]);
    const draft = await placed(world, { quantity: 10 });
    expect(await refused({ ...bySea(world, 10), orderId: draft.id, lines: [{ orderLineId: `${draft.id}#1`, quantity: 10 }] })).toEqual([{ field: "orderId", code: "SHIPMENT_ORDER_NOT_SHIPPABLE" }]);
    expect(await shipmentCounts(db())).toEqual(before);
    expect(await shippableLines(world.seller.ctx, world.order.id)).toMatchObject([{ shipped: 30, left: 10 }]);
  });

  it("refuses an event earlier than the one before it, one that cannot follow, and one from the buyer; nothing changes", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 40, { carrierOrganisationId: null });
    const seller = at(world.seller.ctx, "2026-12-05T00:00:00Z");
    await addTrackingEvent(seller, shipment.id, event("departed", "2026-12-03T06:30:00+08:00", "Port Klang", "MYPKG", "Asia/Kuala_Lumpur"));
    const before = await shipmentCounts(db());
    expect(await problemsOf(addTrackingEvent(seller, shipment.id, event("arrived", "2026-12-02T06:30:00+08:00", "Singapore", "SGSIN", "Asia/Singapore")))).toEqual([{ field: "occurredAt", code: "TRACKING_EVENT_EARLIER" }]);
    expect(await problemsOf(addTrackingEvent(seller, shipment.id, event("delivered", "2026-12-04T06:30:00+08:00", "Gdańsk", null, "Europe/Warsaw")))).toEqual([{ field: "code", code: "TRACKING_EVENT_NOT_ALLOWED" }]);
    expect(await problemsOf(addTrackingEvent(seller, shipment.id, event("arrived", "2026-12-04T06:30:00+08:00", "Nowhere", "XXZZZ", "Asia/Singapore")))).toEqual([{ field: "locode", code: "PORT_UNKNOWN" }]);
    expect(await problemsOf(addTrackingEvent(seller, shipment.id, event("arrived", "2027-03-04T06:30:00+08:00", "Singapore", "SGSIN", "Asia/Singapore")))).toEqual([{ field: "occurredAt", code: "TRACKING_EVENT_IN_FUTURE" }]);
    expect(await problemsOf(addTrackingEvent(seller, shipment.id, event("arrived", "2026-12-04T06:30:00+08:00", "Singapore", "SGSIN", "Mars/Olympus")))).toEqual([{ field: "timeZone", code: "TIME_ZONE_UNKNOWN" }]);
    expect(await problemsOf(addTrackingEvent(world.buyer.ctx, shipment.id, event("arrived", "2026-12-04T06:30:00+08:00", "Singapore", "SGSIN", "Asia/Singapore")))).toEqual([{ field: null, code: "SHIPMENT_BUYER_CANNOT_TRACK" }]);
    expect(await codeOf(addTrackingEvent(world.stranger.ctx, shipment.id, event("arrived", "2026-12-04T06:30:00+08:00", "Singapore", "SGSIN", "Asia/Singapore")))).toEqual({ code: "NOT_FOUND", key: "SHIPMENT_NOT_FOUND" });
    expect(await shipmentCounts(db())).toEqual(before);
    expect((await shipmentRecord(world.system, shipment.id))!.status).toBe("in_transit");
  });

  it("takes a carrier's event only with the token of the carrier or the seller", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 40, { carrierOrganisationId: null });
    const post = { trackingNumber: shipment.trackingNumber, ...event("picked_up", "2026-12-01T08:00:00Z", "Klang warehouse", null, "Asia/Kuala_Lumpur") };
    expect(await codeOf(postCarrierEvent(world.carrier, post))).toEqual({ code: "NOT_FOUND", key: "SHIPMENT_NOT_FOUND" });
    expect(await problemsOf(postCarrierEvent(world.seller.ctx, post))).toEqual([{ field: null, code: "CARRIER_TOKEN_REQUIRED" }]);
    const sellerToken = { ...world.seller.ctx, viewer: { kind: "token" as const, tokenId: "tok_seller", organisationId: world.seller.organisationId } };
    expect((await postCarrierEvent(sellerToken, post)).event.source).toBe("seller");
  });

  it("a customs hold before departure is released to export-cleared, and the public page shows the timeline without parties or notes", async () => {
    const world = await shippingWorld(db());
    const shipment = await shipped(world, 40, { trackingNumber: "sl-4410-0042" });
    expect(shipment.trackingNumber).toBe("SL-4410-0042");
    const customs = at(world.system, "2026-12-03T00:00:00Z");
    await recordCustomsEvent(customs, shipment.id, { code: "held_by_customs", place: "Port Klang customs", locode: "MYPKG", timeZone: "Asia/Kuala_Lumpur", occurredAt: "2026-12-02T09:00:00+08:00", note: "Phytosanitary certificate missing" });
    const released = await recordCustomsEvent(customs, shipment.id, { code: "released", place: "Port Klang customs", locode: "MYPKG", timeZone: "Asia/Kuala_Lumpur", occurredAt: "2026-12-02T16:00:00+08:00", note: "Certificate presented" });
    expect(released.shipment.status).toBe("export_cleared");
    const tracking = await trackShipment(world.stranger.ctx, "sl-4410-0042");
    expect(tracking).toMatchObject({ trackingNumber: "SL-4410-0042", status: "export_cleared", packageCount: 40, exportCountry: "MY", importCountry: "PL" });
    expect(tracking!.events.map((e) => e.code)).toEqual(["booked", "held_by_customs", "released"]);
    const shown = JSON.stringify(tracking);
    for (const secret of ["Baltic Fresh", "Kelapa", "Phytosanitary", "SLB-88120", world.order.id]) expect(shown).not.toContain(secret);
    expect(await trackShipment(world.stranger.ctx, "NOPE")).toBeNull();
    expect(await problemsOf(shipped(world, 1, { trackingNumber: "SL-4410-0042" }))).toContainEqual({ field: "trackingNumber", code: "TRACKING_NUMBER_TAKEN" });
  });

  it("a second shipment departing later leaves the shipped order as it is", async () => {
    const world = await shippingWorld(db());
    const first = await shipped(world, 20);
    const second = await shipped(world, 20);
    const seller = at(world.seller.ctx, "2026-12-10T00:00:00Z");
    await addTrackingEvent(seller, first.id, event("departed", "2026-12-03T06:30:00+08:00", "Port Klang", "MYPKG", "Asia/Kuala_Lumpur"));
    await addTrackingEvent(seller, second.id, event("departed", "2026-12-09T06:30:00+08:00", "Port Klang", "MYPKG", "Asia/Kuala_Lumpur"));
    const order = (await getOrder(world.buyer.ctx, world.order.id))!;
    expect(order).toMatchObject({ status: "shipped", dispatchedAt: "2026-12-02T22:30:00.000Z" });
    expect(await problemsOf(shipped(world, 1))).toEqual([{ field: "lines.0.quantity", code: "SHIPMENT_MORE_THAN_ORDERED" }]);
    await expect(moveOrder(world.system, world.order.id, "deliver")).resolves.toMatchObject({ status: "delivered" });
  });
});

describeEachDatabase("the customs desk's search", (db) => {
  it("finds shipments leaving MY or entering PL by chapter, newest first, page by page", async () => {
    const world = await shippingWorld(db());
    const shipments = [];
    for (const day of ["2026-11-28", "2026-11-29", "2026-11-30"]) shipments.push(await shipped(world, 10, { bookedAt: `${day}T02:00:00.000Z` }));
    const first = await searchShipments(world.system, { country: "PL", direction: "import", hsChapter: "08", first: 2 });
    expect(first.totalCount).toBe(3);
    expect(first.edges.map((e) => e.node.shippedOn)).toEqual(["2026-11-30", "2026-11-29"]);
    expect(first.edges[0]!.node.hsChapters).toEqual(["08"]);
    const rest = await searchShipments(world.system, { country: "PL", direction: "import", hsChapter: "08", first: 2, after: first.pageInfo.endCursor });
    expect(rest.edges.map((e) => e.node.id)).toEqual([shipments[0]!.id]);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect((await searchShipments(world.system, { country: "MY", direction: "either", first: 10 })).totalCount).toBe(3);
    expect((await searchShipments(world.system, { country: "MY", direction: "import", first: 10 })).totalCount).toBe(0);
    expect((await searchShipments(world.system, { country: "PL", direction: "import", hsChapter: "09", first: 10 })).totalCount).toBe(0);
    const narrowed = await searchShipments(world.system, { country: "MY", direction: "export", shippedFrom: "2026-11-29", shippedTo: "2026-11-29", exporterOrganisationId: world.seller.organisationId, mode: "sea", first: 10 });
    expect(narrowed.edges.map((e) => e.node.id)).toEqual([shipments[1]!.id]);
    expect((await searchShipments(world.system, { country: "PL", direction: "import", shipmentIds: [shipments[2]!.id], first: 10 })).totalCount).toBe(1);
    expect(await problemsOf(searchShipments(world.system, { country: "PL", direction: "import", hsChapter: "8", first: 10 }))).toEqual([{ field: "hsChapter", code: "HS_CHAPTER_INVALID" }]);
  });
});
