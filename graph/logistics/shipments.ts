import type { ShipmentPackagesTable, ShipmentsTable, TrackingEventsTable } from "../../db/types.js";
import type { ServiceContext, Viewer } from "../context.js";
import { actsFor, isPlatformAdmin } from "../identity/guards.js";
import { batchesByIds, type Batch } from "./batches.js";
import type { LaneMode } from "./lanes.js";
import { packageRows, shipmentLineRows, shipmentRow, shipmentRowsOfOrder, shippableLineRows, shippableLinesByIds, shippableOrderRow, statusHistoryRows, trackingEventRows } from "./repository.js";
import type { ShipmentStatus, TrackingCode, TrackingSource } from "./tracking-rules.js";

// ---------------------------------------------------------------------------- what logistics knows of an order

export interface ConfirmedOrderParty {
  role: "buyer" | "seller" | "consignee" | "notify";
  organisationId: string | null;
  name: string;
  addressLine1: string | null;
  addressLine2: string | null;
  city: string | null;
  postalCode: string | null;
  country: string;
}

/** The fields of trade's `order.confirmed` that logistics keeps; it never imports trade for them. */
export interface ConfirmedOrder {
  orderId: string;
  buyerOrganisationId: string;
  sellerOrganisationId: string;
  lines: { id: string; hsCode: string; description: string; quantity: number; unit: string; originCountry: string; netWeightKg: number | null; grossWeightKg: number | null; volumeM3: number | null }[];
  parties: ConfirmedOrderParty[];
  incoterm: string;
  namedPlace: string;
  shipFromCountry: string;
  shipFromPort: string | null;
  destinationCountry: string;
  destinationPort: string | null;
  at: string;
}

// ---------------------------------------------------------------------------- the records

export interface Shipment {
  id: string;
  orderId: string;
  sellerOrganisationId: string;
  buyerOrganisationId: string;
  status: ShipmentStatus;
  mode: LaneMode;
  carrierName: string;
  carrierOrganisationId: string | null;
  bookingNumber: string | null;
  trackingNumber: string;
  /** Opens the public trace page: printed as a QR code on the packing list. */
  traceCode: string;
  vesselName: string | null;
  voyageNumber: string | null;
  flightNumber: string | null;
  portOfLoading: string | null;
  portOfDischarge: string | null;
  exportCountry: string;
  importCountry: string;
  grossWeightKg: number;
  netWeightKg: number;
  volumeM3: number;
  shippedOn: string;
  departedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ShipmentPackage {
  position: number;
  count: number;
  /** UN/ECE Recommendation 21 code, e.g. "BG" (bag), "PX" (pallet). */
  packageType: string;
  /** Per package. */
  grossWeightKg: number;
  netWeightKg: number;
  lengthCm: number;
  widthCm: number;
  heightCm: number;
  marks: string | null;
}

export interface ShipmentLine {
  id: string;
  /** `${orderId}#${position}`, as trade's order.confirmed named it. */
  orderLineId: string;
  position: number;
  hsCode: string;
  description: string;
  quantity: number;
  unit: string;
  originCountry: string;
  /** This shipment's share of the order line's weights and volume; null where the order did not say. */
  netWeightKg: number | null;
  grossWeightKg: number | null;
  volumeM3: number | null;
  batch: Batch | null;
}

export interface TrackingEvent {
  id: string;
  code: TrackingCode;
  /** ISO UTC. */
  occurredAt: string;
  /** IANA zone of the place: the timeline shows local time there. */
  timeZone: string;
  place: string;
  locode: string | null;
  note: string | null;
  source: TrackingSource;
}

export interface ShipmentStatusChange {
  fromStatus: ShipmentStatus | null;
  toStatus: ShipmentStatus;
  trackingEventId: string | null;
  at: string;
}

/** Everything documents and customs print or show about a shipment (HELPERS.md contract). */
export interface ShipmentRecord extends Shipment {
  incoterm: string;
  namedPlace: string;
  parties: ConfirmedOrderParty[];
  lines: ShipmentLine[];
  packages: ShipmentPackage[];
  /** Oldest first. */
  events: TrackingEvent[];
  history: ShipmentStatusChange[];
}

export function toShipment(row: ShipmentsTable): Shipment {
  return {
    id: row.id,
    orderId: row.order_id,
    sellerOrganisationId: row.seller_organisation_id,
    buyerOrganisationId: row.buyer_organisation_id,
    status: row.status as ShipmentStatus,
    mode: row.mode as LaneMode,
    carrierName: row.carrier_name,
    carrierOrganisationId: row.carrier_organisation_id,
    bookingNumber: row.booking_number,
    trackingNumber: row.tracking_number,
    traceCode: row.trace_code,
    vesselName: row.vessel_name,
    voyageNumber: row.voyage_number,
    flightNumber: row.flight_number,
    portOfLoading: row.port_of_loading,
    portOfDischarge: row.port_of_discharge,
    exportCountry: row.export_country,
    importCountry: row.import_country,
    grossWeightKg: row.gross_weight_kg,
    netWeightKg: row.net_weight_kg,
    volumeM3: row.volume_m3,
    shippedOn: row.shipped_on,
    departedAt: row.departed_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function toTrackingEvent(row: TrackingEventsTable): TrackingEvent {
  return {
    id: row.id,
    code: row.code as TrackingCode,
    occurredAt: row.occurred_at,
    timeZone: row.time_zone,
    place: row.place,
    locode: row.locode,
    note: row.note,
    source: row.source as TrackingSource,
  };
}

const toPackage = (row: ShipmentPackagesTable): ShipmentPackage => ({
  position: row.position,
  count: row.count,
  packageType: row.package_type,
  grossWeightKg: row.gross_weight_kg,
  netWeightKg: row.net_weight_kg,
  lengthCm: row.length_cm,
  widthCm: row.width_cm,
  heightCm: row.height_cm,
  marks: row.marks,
});

function share(whole: number | null, quantity: number, of: number): number | null {
  return whole === null ? null : Math.round(((whole * quantity) / of) * 1000) / 1000;
}

/**
 * The whole shipment for documents and customs. No viewer check here (the contract): the callers
 * check access themselves, and the GraphQL `shipment` query goes through getShipmentRecord.
 */
export async function shipmentRecord(ctx: ServiceContext, shipmentId: string): Promise<ShipmentRecord | null> {
  const row = await shipmentRow(ctx.db, shipmentId);
  if (!row) return null;
  const [order, lineRows, packages, events, history] = await Promise.all([
    shippableOrderRow(ctx.db, row.order_id),
    shipmentLineRows(ctx.db, row.id),
    packageRows(ctx.db, row.id),
    trackingEventRows(ctx.db, row.id),
    statusHistoryRows(ctx.db, row.id),
  ]);
  const [ordered, batches] = await Promise.all([
    shippableLinesByIds(ctx.db, [...new Set(lineRows.map((l) => l.order_line_id))]),
    batchesByIds(ctx, lineRows.flatMap((l) => (l.batch_id ? [l.batch_id] : []))),
  ]);
  const byId = new Map(ordered.map((l) => [l.id, l]));
  const lines = lineRows
    .map((l): ShipmentLine => {
      const line = byId.get(l.order_line_id)!;
      return {
        id: l.id,
        orderLineId: l.order_line_id,
        position: line.position,
        hsCode: line.hs_code,
        description: line.description,
        quantity: l.quantity,
        unit: line.unit,
        originCountry: line.origin_country,
        netWeightKg: share(line.net_weight_kg, l.quantity, line.quantity),
        grossWeightKg: share(line.gross_weight_kg, l.quantity, line.quantity),
        volumeM3: share(line.volume_m3, l.quantity, line.quantity),
        batch: l.batch_id ? (batches.get(l.batch_id) ?? null) : null,
      };
    })
    .sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
  return {
    ...toShipment(row),
    incoterm: order!.incoterm,
    namedPlace: order!.named_place,
    parties: JSON.parse(order!.parties) as ConfirmedOrderParty[],
    lines,
    packages: packages.map(toPackage),
    events: events.map(toTrackingEvent),
    history: history.map((h) => ({ fromStatus: h.from_status as ShipmentStatus | null, toStatus: h.to_status as ShipmentStatus, trackingEventId: h.tracking_event_id, at: h.at })),
  };
}

// ---------------------------------------------------------------------------- who may see and act

/** The viewer's part in a shipment: its seller, buyer or carrier (members and tokens), or an admin. */
export function shipmentRole(viewer: Viewer, shipment: Pick<Shipment, "sellerOrganisationId" | "buyerOrganisationId" | "carrierOrganisationId">): "seller" | "buyer" | "carrier" | "admin" | null {
  if (actsFor(viewer, shipment.sellerOrganisationId)) return "seller";
  if (actsFor(viewer, shipment.buyerOrganisationId)) return "buyer";
  if (shipment.carrierOrganisationId && actsFor(viewer, shipment.carrierOrganisationId)) return "carrier";
  if (isPlatformAdmin(viewer)) return "admin";
  return null;
}

/** True for the seller's and the buyer's members and tokens (HELPERS.md contract, for documents). */
export async function viewerMayShip(ctx: ServiceContext, shipmentId: string): Promise<boolean> {
  const row = await shipmentRow(ctx.db, shipmentId);
  return !!row && (actsFor(ctx.viewer, row.seller_organisation_id) || actsFor(ctx.viewer, row.buyer_organisation_id));
}

/** A shipment for its seller, buyer, carrier and admins; anyone else is told it does not exist. */
export async function getShipment(ctx: ServiceContext, id: string): Promise<ShipmentRecord | null> {
  const row = await shipmentRow(ctx.db, id);
  if (!row || !shipmentRole(ctx.viewer, toShipment(row))) return null;
  return shipmentRecord(ctx, id);
}

/** The shipments of an order, oldest first, for its two companies and admins. */
export async function shipmentsOfOrder(ctx: ServiceContext, orderId: string): Promise<Shipment[]> {
  const order = await shippableOrderRow(ctx.db, orderId);
  if (!order) return [];
  const mayLook = actsFor(ctx.viewer, order.seller_organisation_id) || actsFor(ctx.viewer, order.buyer_organisation_id) || isPlatformAdmin(ctx.viewer);
  return mayLook ? (await shipmentRowsOfOrder(ctx.db, orderId)).map(toShipment) : [];
}

export interface ShippableOrderLine {
  orderLineId: string;
  position: number;
  hsCode: string;
  description: string;
  unit: string;
  ordered: number;
  shipped: number;
  left: number;
}

/** What is left to ship of an order, line by line: the seller's "ship this order" form. Null for anyone but its seller. */
export async function shippableLines(ctx: ServiceContext, orderId: string): Promise<ShippableOrderLine[] | null> {
  const order = await shippableOrderRow(ctx.db, orderId);
  if (!order || !actsFor(ctx.viewer, order.seller_organisation_id)) return null;
  return (await shippableLineRows(ctx.db, orderId)).map((l) => ({
    orderLineId: l.id,
    position: l.position,
    hsCode: l.hs_code,
    description: l.description,
    unit: l.unit,
    ordered: l.quantity,
    shipped: l.shipped_quantity,
    left: Math.max(0, l.quantity - l.shipped_quantity),
  }));
}
