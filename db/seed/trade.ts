import type { Database } from "../database.js";
import type { ServiceContext } from "../../graph/context.js";
import { issueDocument } from "../../graph/documents/service.js";
import { addBatchInspection, createBatch } from "../../graph/logistics/batches.js";
import { createShipment } from "../../graph/logistics/service.js";
import { addTrackingEvent } from "../../graph/logistics/tracking.js";
import { systemContext } from "../../graph/runtime.js";
import { payOrder } from "../../graph/trade/payments.js";
import { moveOrder, placeOrder } from "../../graph/trade/service.js";
import { ownerContext } from "./marketplace.js";

/** The tracking number of the demo shipment: the README tells a new user to try it on /track. */
export const DEMO_TRACKING_NUMBER = "STLU4826013";

const DAY_MS = 86_400_000;
const KUALA_LUMPUR = "Asia/Kuala_Lumpur";

/** The same context at an earlier instant: the story happened over the last two weeks, after the demo FX rates' date. */
function daysAgo(ctx: ServiceContext, days: number, hourUtc = 2): ServiceContext {
  const day = new Date(ctx.now().getTime() - days * DAY_MS);
  day.setUTCHours(hourUtc, 0, 0, 0);
  return { ...ctx, now: () => new Date(day) };
}

const isoDay = (ctx: ServiceContext, days: number) => new Date(ctx.now().getTime() - days * DAY_MS).toISOString().slice(0, 10);

/**
 * The coconut story carried on to an order in transit: Gdańsk Fresh Foods ordered 40 t of Kelapa
 * Nusantara's coconuts CIF Gdańsk and paid into escrow; the batch from a Johor estate passed its
 * phytosanitary inspection; the container was booked from Port Klang, cleared export and sailed;
 * the invoice, packing list, certificate of origin and bill of lading are issued, so the demo
 * buyer sees it tracked and the Polish officer finds its documents on the desk. Every step goes
 * through the services, as the users would have made it.
 */
export async function seedDemoTrade(database: Database): Promise<void> {
  const system = systemContext(database);
  const buyer = await ownerContext(system, "marta@gdansk-foods.example");
  const seller = await ownerContext(system, "aminah@kelapa-nusantara.example");
  const listing = await database.db.selectFrom("listings").select("id").where("external_ref", "=", "KLP-COCO-FRESH").executeTakeFirstOrThrow();

  const { order } = await placeOrder(daysAgo(buyer, 16), {
    idempotencyKey: "demo-coconuts-gdansk-2026",
    listingId: listing.id,
    quantity: 40,
    incoterm: "CIF",
    paymentTerms: "escrow",
    paymentMethod: "BLIK",
    buyerReference: "GFF-PO-2611",
  });
  await moveOrder(daysAgo(seller, 15), order.id, "confirm");
  await payOrder(daysAgo(buyer, 15, 9), { orderId: order.id, provider: "sandbox", method: "BLIK" });

  const batch = await createBatch(daysAgo(seller, 13), {
    listingId: listing.id,
    code: "JHR-2611-07",
    producerName: "Ladang Kelapa Sri Medan",
    producerPlace: "Batu Pahat, Johor",
    producerCountry: "MY",
    producedOn: isoDay(system, 14),
    producedKind: "harvest",
  });
  await addBatchInspection(daysAgo(seller, 12), {
    batchId: batch.id,
    kind: "phytosanitary",
    result: "passed",
    inspector: "Department of Agriculture Malaysia",
    place: "Port Klang",
    inspectedOn: isoDay(system, 12),
    certificateRef: "DOA-PC-2026-118204",
  });

  const booked = daysAgo(seller, 11);
  const shipment = await createShipment(booked, {
    orderId: order.id,
    mode: "sea",
    carrierName: "Straits Line",
    bookingNumber: "SLB-261120",
    trackingNumber: DEMO_TRACKING_NUMBER,
    vesselName: "Straits Pioneer",
    voyageNumber: "051W",
    portOfLoading: "MYPKG",
    portOfDischarge: "PLGDN",
    bookedAt: booked.now().toISOString(),
    timeZone: KUALA_LUMPUR,
    packages: [{ count: 40, packageType: "PX", grossWeightKg: 1030, netWeightKg: 1000, lengthCm: 120, widthCm: 100, heightCm: 200, marks: "KN/GFF GDANSK 1-40" }],
    lines: [{ orderLineId: `${order.id}#1`, quantity: 40, batchId: batch.id }],
  });

  const issue = { shipmentId: shipment.id, signatoryTitle: "Export Manager" };
  await issueDocument(booked, { ...issue, kind: "commercial_invoice" });
  await issueDocument(booked, { ...issue, kind: "packing_list" });
  await issueDocument(booked, { ...issue, kind: "certificate_of_origin" });

  const journey = [
    { days: 10, code: "picked_up", place: "Batu Pahat, Johor", locode: null },
    { days: 9, code: "export_cleared", place: "Port Klang", locode: "MYPKG" },
    { days: 8, code: "departed", place: "Port Klang", locode: "MYPKG" },
  ];
  for (const step of journey) {
    const when = daysAgo(seller, step.days);
    await addTrackingEvent(when, shipment.id, { code: step.code, occurredAt: when.now().toISOString(), timeZone: KUALA_LUMPUR, place: step.place, locode: step.locode });
  }
  await issueDocument(daysAgo(seller, 8, 4), { ...issue, kind: "bill_of_lading", billOfLadingType: "to_order", toOrderOf: "Bank Pekao S.A., Gdańsk", originals: 3, freightPayable: "prepaid" });
}
