import type { Resolvers, ShipmentStatus, ShippingMode, TrackingCode, TrackingSource } from "../__generated__/resolvers.js";
import { PACKAGE_TYPES } from "../../db/reference/package-types.js";
import { findUnit } from "../../db/reference/index.js";
import { minorUnitOf, moneyOut } from "../shared/money.js";
import { withUserErrors } from "../shared/user-errors.js";
import * as logistics from "./service.js";

const modeOut = (mode: logistics.LaneMode) => mode.toUpperCase() as ShippingMode;
const statusOut = (status: logistics.ShipmentStatus) => status.toUpperCase() as ShipmentStatus;
const codeOut = (code: logistics.TrackingCode) => code.toUpperCase() as TrackingCode;
const lower = <T extends { code: string }>(input: T) => ({ ...input, code: input.code.toLowerCase() });

/** Minor units per tonne → exact decimal per kilogram: 11500 US cents a tonne is "0.115" USD a kg. */
function perKg(ratePerTonneMinor: number, currency: string): string {
  const exponent = minorUnitOf(currency) + 3;
  const digits = String(ratePerTonneMinor).padStart(exponent + 1, "0");
  const fraction = digits.slice(-exponent).replace(/0+$/, "");
  return digits.slice(0, -exponent) + (fraction ? `.${fraction}` : "");
}

export const resolvers: Resolvers = {
  Query: {
    lanes: (_, args, ctx) => logistics.listLanes(ctx, args),
    warehouses: (_, __, ctx) => logistics.listWarehouses(ctx),
    shippingOptions: (_, { input }, ctx) => logistics.shippingOptions(ctx, input),
    shipment: (_, { id }, ctx) => logistics.getShipment(ctx, id),
    shipmentsOfOrder: async (_, { orderId }, ctx) => {
      const shipments = await logistics.shipmentsOfOrder(ctx, orderId);
      return (await Promise.all(shipments.map((s) => logistics.shipmentRecord(ctx, s.id)))).filter((s) => s !== null);
    },
    shippableLines: (_, { orderId }, ctx) => logistics.shippableLines(ctx, orderId),
    packageTypes: () => [...PACKAGE_TYPES],
    trackShipment: (_, { trackingNumber }, ctx) => logistics.trackShipment(ctx, trackingNumber),
    trace: (_, { code }, ctx) => logistics.traceShipment(ctx, code),
    listingBatches: (_, { listingId }, ctx) => logistics.batchesOfListing(ctx, listingId),
  },
  Mutation: {
    createShipment: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ shipment: await logistics.createShipment(ctx, { ...input, mode: input.mode.toLowerCase() }) })),
    addTrackingEvent: (_, { shipmentId, input }, ctx) => withUserErrors(ctx.t, () => logistics.addTrackingEvent(ctx, shipmentId, lower(input))),
    postCarrierEvent: (_, { input }, ctx) => withUserErrors(ctx.t, () => logistics.postCarrierEvent(ctx, lower(input))),
    createBatch: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ batch: await logistics.createBatch(ctx, input) })),
    addBatchInspection: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ batch: await logistics.addBatchInspection(ctx, input) })),
    setLane: (_, { input }, ctx) => withUserErrors(ctx.t, async () => ({ lane: await logistics.setLane(ctx, { ...input, mode: input.mode.toLowerCase() }) })),
  },
  Lane: {
    mode: (lane) => modeOut(lane.mode),
    cutoffWeekday: (lane) => lane.tariff.cutoffWeekday,
    ratePerChargeableKg: (lane) => perKg(lane.tariff.ratePerTonneMinor, lane.tariff.currency),
    rateCurrency: (lane) => lane.tariff.currency,
    minimumCharge: (lane) => moneyOut({ amountMinor: lane.tariff.minimumChargeMinor, currency: lane.tariff.currency }),
    carrierLabel: (lane) => lane.tariff.carrierLabel,
  },
  ShippingOption: {
    mode: (option) => modeOut(option.mode),
    cost: (option) => moneyOut(option.cost),
  },
  Shipment: {
    status: (s) => statusOut(s.status),
    mode: (s) => modeOut(s.mode),
    nextCodes: (s) => logistics.nextTrackingCodes({ status: s.status, departed: s.departedAt !== null }).map(codeOut),
    history: (s) => s.history.map((h) => ({ fromStatus: h.fromStatus ? statusOut(h.fromStatus) : null, toStatus: statusOut(h.toStatus), at: h.at })),
  },
  ShipmentLine: {
    // Lines copy a unit the order line was checked against, so it is always a known code.
    unitOfMeasure: (line) => findUnit(line.unit)!,
  },
  TrackingEvent: {
    code: (e) => codeOut(e.code),
    source: (e) => e.source.toUpperCase() as TrackingSource,
  },
  PublicTrackingEvent: {
    code: (e) => codeOut(e.code),
  },
  PublicTracking: {
    status: (t) => statusOut(t.status),
    mode: (t) => modeOut(t.mode),
  },
};
