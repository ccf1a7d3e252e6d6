import type { Database } from "../../db/database.js";
import type { ServiceContext } from "../../graph/context.js";
import type { CreateShipmentInput, ShipmentRecord } from "../../graph/logistics/service.js";
import { createShipment } from "../../graph/logistics/service.js";
import { payOrder } from "../../graph/trade/payments.js";
import { moveOrder, type Order } from "../../graph/trade/service.js";
import { placed, tradeWorld, type TradeWorld } from "./trade.js";

export interface ShippingWorld extends TradeWorld {
  /** 40 t of coconuts, CIF Gdańsk, escrow funded: 41,200 kg gross, 96 m³ (40 pallets of 1,030 kg, 2.4 m³). */
  order: Order;
  /** The order line as logistics knows it. */
  lineId: string;
  /** The carrier's API token acting for its company. */
  carrier: ServiceContext & { organisationId: string };
}

/** The coconut story up to the point where Kelapa Nusantara can ship: confirmed and paid into escrow. */
export async function shippingWorld(database: Database): Promise<ShippingWorld> {
  const world = await tradeWorld(database);
  const order = await placed(world, { quantity: 40, incoterm: "CIF", paymentTerms: "escrow" });
  await moveOrder(world.seller.ctx, order.id, "confirm");
  await payOrder(world.buyer.ctx, { orderId: order.id, provider: "sandbox", method: "BLIK" });
  const carrier = { ...world.stranger.ctx, viewer: { kind: "token" as const, tokenId: "tok_carrier", organisationId: world.stranger.organisationId }, organisationId: world.stranger.organisationId };
  return { ...world, order, lineId: `${order.id}#1`, carrier };
}

/** Pallets of 25 kg mesh bags: 40 bags, 1,000 kg net, 1,030 kg gross, 120 × 100 × 200 cm. */
export const pallets = (count: number) => ({ count, packageType: "PX", grossWeightKg: 1030, netWeightKg: 1000, lengthCm: 120, widthCm: 100, heightCm: 200, marks: "KN/BF GDANSK 1-40" });

export function bySea(world: ShippingWorld, tonnes: number, overrides: Partial<CreateShipmentInput> = {}): CreateShipmentInput {
  return {
    orderId: world.order.id,
    mode: "sea",
    carrierName: "Straits Line",
    carrierOrganisationId: world.stranger.organisationId,
    bookingNumber: "SLB-88120",
    vesselName: "Straits Pioneer",
    voyageNumber: "042W",
    portOfLoading: "MYPKG",
    portOfDischarge: "PLGDN",
    bookedAt: "2026-12-01T02:00:00.000Z",
    timeZone: "Asia/Kuala_Lumpur",
    packages: [pallets(tonnes)],
    lines: [{ orderLineId: world.lineId, quantity: tonnes }],
    ...overrides,
  };
}

export async function shipped(world: ShippingWorld, tonnes: number, overrides: Partial<CreateShipmentInput> = {}): Promise<ShipmentRecord> {
  return createShipment(world.seller.ctx, bySea(world, tonnes, overrides));
}

type Counted = "shipments" | "shipment_lines" | "shipment_packages" | "shipment_chapters" | "tracking_events" | "shipment_status_history" | "batches" | "batch_inspections";

export async function shipmentCounts(database: Database): Promise<Record<Counted, number>> {
  const tables: Counted[] = ["shipments", "shipment_lines", "shipment_packages", "shipment_chapters", "tracking_events", "shipment_status_history", "batches", "batch_inspections"];
  const entries = await Promise.all(
    tables.map(async (t) => [t, Number((await database.db.selectFrom(t).select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()).n)] as const),
  );
  return Object.fromEntries(entries) as Record<Counted, number>;
}
