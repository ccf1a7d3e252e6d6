import { findCountry } from "../../db/reference/index.js";
import { newTimeOrderedId, nowIso, randomToken } from "../../db/ids.js";
import type { ShippableLinesTable } from "../../db/types.js";
import { checkPort, type Port } from "../catalog/service.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { problem, UserInputProblems, type FieldProblem } from "../errors.js";
import { actorUserId, requireOrganisation } from "../identity/guards.js";
import { getOrganisation } from "../identity/service.js";
import { validate } from "../shared/validation.js";
import { batchesByIds } from "./batches.js";
import { insertShipment, insertShippableOrder, shipmentByTrackingNumber, shippableLineRows, shippableOrderRow, takeShippableQuantity } from "./repository.js";
import { allowedSize, createShipmentSchema, packagesSize, quantityProblems, sizeProblems, type CreateShipmentInput, type ShippableLine } from "./shipment-rules.js";
import { shipmentRecord, type ConfirmedOrder, type ShipmentRecord } from "./shipments.js";

/**
 * Subscriber of `order.confirmed` (in the seller's confirming transaction): logistics' own copy of
 * what may be shipped, so an order is shippable exactly when it is confirmed, never before.
 */
export async function acceptConfirmedOrder(ctx: ServiceContext, order: ConfirmedOrder): Promise<void> {
  await insertShippableOrder(
    ctx.db,
    {
      order_id: order.orderId,
      buyer_organisation_id: order.buyerOrganisationId,
      seller_organisation_id: order.sellerOrganisationId,
      incoterm: order.incoterm,
      named_place: order.namedPlace,
      ship_from_country: order.shipFromCountry,
      ship_from_port: order.shipFromPort,
      destination_country: order.destinationCountry,
      destination_port: order.destinationPort,
      parties: JSON.stringify(order.parties),
      confirmed_at: order.at,
    },
    order.lines.map((line, i) => ({
      id: line.id,
      order_id: order.orderId,
      position: i + 1,
      hs_code: line.hsCode,
      description: line.description,
      quantity: line.quantity,
      unit: line.unit,
      origin_country: line.originCountry,
      net_weight_kg: line.netWeightKg,
      gross_weight_kg: line.grossWeightKg,
      volume_m3: line.volumeM3,
      shipped_quantity: 0,
    })),
  );
}

const toShippable = (l: ShippableLinesTable): ShippableLine => ({
  id: l.id,
  quantity: l.quantity,
  shippedQuantity: l.shipped_quantity,
  netWeightKg: l.net_weight_kg,
  grossWeightKg: l.gross_weight_kg,
  volumeM3: l.volume_m3,
});

/** Carriers' own numbers when they gave one; otherwise a Caravan number, short enough to read out on the phone. */
const caravanTrackingNumber = () => `CRV${randomToken(8).toUpperCase()}`;

/**
 * The seller ships all of a confirmed order, or part of it: transport, packages and the quantities
 * of each line (with the batch they come from). All shipments of an order together never carry
 * more than was ordered, nor weigh or take up more than its lines say. One transaction: a refused
 * shipment leaves nothing behind, and the quantities are taken with a guard that holds under
 * concurrency on both databases.
 */
export async function createShipment(ctx: ServiceContext, input: CreateShipmentInput): Promise<ShipmentRecord> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const data = validate(createShipmentSchema, input);
  return withTransaction(ctx, async (tx) => {
    const order = await shippableOrderRow(tx.db, data.orderId);
    if (!order || order.seller_organisation_id !== organisationId) throw problem("orderId", "SHIPMENT_ORDER_NOT_SHIPPABLE");
    const problems: FieldProblem[] = [];
    const ports: Partial<Record<"portOfLoading" | "portOfDischarge", Port>> = {};
    for (const field of ["portOfLoading", "portOfDischarge"] as const) {
      const locode = data[field];
      if (!locode) continue;
      try {
        ports[field] = await checkPort(tx, locode, field);
      } catch (error) {
        if (!(error instanceof UserInputProblems)) throw error;
        problems.push(...error.problems);
      }
    }
    if (data.carrierOrganisationId && !(await getOrganisation({ ...tx, viewer: { kind: "system" } }, data.carrierOrganisationId))) {
      problems.push({ field: "carrierOrganisationId", code: "CARRIER_ORGANISATION_UNKNOWN" });
    }
    if (data.trackingNumber && (await shipmentByTrackingNumber(tx.db, data.trackingNumber))) problems.push({ field: "trackingNumber", code: "TRACKING_NUMBER_TAKEN" });

    const orderLines = new Map((await shippableLineRows(tx.db, order.order_id)).map((l) => [l.id, l]));
    const batches = await batchesByIds(tx, data.lines.flatMap((l) => (l.batchId ? [l.batchId] : [])));
    const shipped: { line: ShippableLine; quantity: number; index: number; row: ShippableLinesTable }[] = [];
    data.lines.forEach((l, index) => {
      const row = orderLines.get(l.orderLineId);
      if (!row) problems.push({ field: `lines.${index}.orderLineId`, code: "SHIPMENT_LINE_NOT_IN_ORDER" });
      else shipped.push({ line: toShippable(row), quantity: l.quantity, index, row });
      const batch = l.batchId ? batches.get(l.batchId) : null;
      if (l.batchId && (!batch || batch.organisationId !== organisationId)) problems.push({ field: `lines.${index}.batchId`, code: "BATCH_UNKNOWN" });
    });
    problems.push(...quantityProblems(shipped));
    const size = packagesSize(data.packages);
    // Sizes are weighed against the lines only once every line is known to be the order's.
    if (shipped.length === data.lines.length) problems.push(...sizeProblems(size, allowedSize(shipped)));
    if (problems.length) throw new UserInputProblems(problems);

    for (const { row, quantity, index } of shipped) {
      // Another shipment of the same order may have taken the rest since we read it.
      if (!(await takeShippableQuantity(tx.db, row.id, quantity))) throw problem(`lines.${index}.quantity`, "SHIPMENT_MORE_THAN_ORDERED", { left: 0 });
    }

    const now = ctx.now();
    const at = nowIso(now);
    const bookedAt = data.bookedAt ? new Date(data.bookedAt).toISOString() : at;
    const id = newTimeOrderedId("shp", now);
    const eventId = newTimeOrderedId("trk", now);
    const round = (n: number, places: number) => Math.round(n * 10 ** places) / 10 ** places;
    await insertShipment(tx.db, {
      shipment: {
        id,
        order_id: order.order_id,
        seller_organisation_id: order.seller_organisation_id,
        buyer_organisation_id: order.buyer_organisation_id,
        status: "booked",
        mode: data.mode,
        carrier_name: data.carrierName,
        carrier_organisation_id: data.carrierOrganisationId,
        booking_number: data.bookingNumber,
        tracking_number: data.trackingNumber ?? caravanTrackingNumber(),
        trace_code: randomToken(16),
        vessel_name: data.vesselName,
        voyage_number: data.voyageNumber,
        flight_number: data.flightNumber,
        port_of_loading: data.portOfLoading,
        port_of_discharge: data.portOfDischarge,
        export_country: order.ship_from_country,
        import_country: order.destination_country,
        gross_weight_kg: round(size.grossWeightKg, 3),
        net_weight_kg: round(size.netWeightKg, 3),
        volume_m3: round(size.volumeM3, 4),
        shipped_on: bookedAt.slice(0, 10),
        departed_at: null,
        created_by_user_id: actorUserId(ctx.viewer),
        created_at: at,
        updated_at: at,
      },
      lines: data.lines.map((l, i) => ({ id: `${id}#${i + 1}`, shipment_id: id, order_line_id: l.orderLineId, quantity: l.quantity, batch_id: l.batchId })),
      packages: data.packages.map((p, i) => ({
        id: `${id}#p${i + 1}`,
        shipment_id: id,
        position: i + 1,
        count: p.count,
        package_type: p.packageType,
        gross_weight_kg: p.grossWeightKg,
        net_weight_kg: p.netWeightKg,
        length_cm: p.lengthCm,
        width_cm: p.widthCm,
        height_cm: p.heightCm,
        marks: p.marks,
      })),
      chapters: [...new Set(shipped.map((s) => s.row.hs_code.slice(0, 2)))].map((chapter) => ({
        shipment_id: id,
        hs_chapter: chapter,
        import_country: order.destination_country,
        export_country: order.ship_from_country,
        shipped_on: bookedAt.slice(0, 10),
      })),
      booked: {
        event: {
          id: eventId,
          shipment_id: id,
          code: "booked",
          occurred_at: bookedAt,
          time_zone: data.timeZone,
          place: ports.portOfLoading?.name ?? findCountry(order.ship_from_country)?.name ?? order.ship_from_country,
          locode: data.portOfLoading,
          note: data.bookingNumber,
          source: "seller",
          created_at: at,
        },
        history: { id: newTimeOrderedId("shh", now), shipment_id: id, from_status: null, to_status: "booked", tracking_event_id: eventId, actor_user_id: actorUserId(ctx.viewer), actor_token_id: ctx.viewer.kind === "token" ? ctx.viewer.tokenId : null, at: bookedAt },
      },
    });
    return (await shipmentRecord(tx, id))!;
  });
}
