import { z } from "zod";
import { nowIso } from "../../db/ids.js";
import type { LanesTable, WarehousesTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import { requirePlatformAdmin } from "../identity/guards.js";
import { countryCode, isoDate, requiredText, validate } from "../shared/validation.js";
import { LANE_MODES, priced, withEstimates, type LaneMode, type PricedLane } from "./lanes.js";
import { shippingOptionsFor, type ShippingOption, type WarehouseFacts } from "./options.js";
import { laneRows, upsertLane, warehouseRows, warehousesStocking } from "./repository.js";

export { LANE_MODES, type FreightMode, type Lane, type LaneMode, type LaneTariff, type PricedLane } from "./lanes.js";
export type { ShippingOption, WarehouseFacts as Warehouse } from "./options.js";

function toLane(row: LanesTable): PricedLane {
  const lane = {
    origin: row.origin_country,
    destination: row.destination_country,
    mode: row.mode as LaneMode,
    transitDaysMin: row.transit_days_min,
    transitDaysMax: row.transit_days_max,
    source: row.source,
    estimated: false,
  };
  if (row.rate_per_tonne_minor === null || !row.rate_currency) return priced(lane);
  return {
    ...lane,
    tariff: {
      ratePerTonneMinor: Number(row.rate_per_tonne_minor),
      minimumChargeMinor: Number(row.minimum_charge_minor ?? 0),
      currency: row.rate_currency,
      cutoffWeekday: row.cutoff_weekday,
      carrierLabel: row.carrier_label ?? priced(lane).tariff.carrierLabel,
    },
  };
}

function toWarehouse(row: WarehousesTable): WarehouseFacts {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    city: row.city,
    country: row.country,
    locode: row.locode,
    timeZone: row.time_zone,
    regionCountries: row.region_countries.split(","),
    regionalDaysMin: row.regional_days_min,
    regionalDaysMax: row.regional_days_max,
    regionalRatePerTonneMinor: Number(row.regional_rate_per_tonne_minor),
    regionalMinimumChargeMinor: Number(row.regional_minimum_charge_minor),
    currency: row.rate_currency,
  };
}

// ---------------------------------------------------------------------------- lanes (reference data)

export interface LaneFilter {
  origin?: string | null;
  destination?: string | null;
}

/**
 * Tabled lanes, by origin and destination. With both countries given, the estimates by region are
 * added for the modes the table lacks, marked `estimated`. Reference data: anyone may read it.
 */
export async function listLanes(ctx: ServiceContext, filter: LaneFilter): Promise<PricedLane[]> {
  const origin = filter.origin?.trim().toUpperCase() || null;
  const destination = filter.destination?.trim().toUpperCase() || null;
  const rows = (await laneRows(ctx.db, { origin, destination })).map(toLane);
  return origin && destination ? withEstimates(origin, destination, rows) : rows;
}

/** The lanes of many country pairs, read once: what a ranking that meets many pairs needs. */
export interface LaneBook {
  /** Tabled lanes for the pair plus estimates for the modes nobody tabled. */
  lanesFor(origin: string, destination: string): PricedLane[];
}

/**
 * Reads every lane from the origins or into the destinations named (both may be given) in one query;
 * the book answers each pair from memory, estimates included.
 */
export async function laneBook(ctx: ServiceContext, side: { origins?: readonly string[]; destinations?: readonly string[] }): Promise<LaneBook> {
  const tabled = new Map<string, PricedLane[]>();
  for (const row of await laneRows(ctx.db, side)) {
    const key = `${row.origin_country}>${row.destination_country}`;
    tabled.set(key, [...(tabled.get(key) ?? []), toLane(row)]);
  }
  const answered = new Map<string, PricedLane[]>();
  return {
    lanesFor(origin, destination) {
      const key = `${origin}>${destination}`;
      let found = answered.get(key);
      if (!found) {
        found = withEstimates(origin, destination, tabled.get(key) ?? []);
        answered.set(key, found);
      }
      return found;
    },
  };
}

const laneSchema = z
  .object({
    origin: countryCode,
    destination: countryCode,
    mode: z
      .string({ required_error: "REQUIRED" })
      .trim()
      .toLowerCase()
      .refine((mode): mode is LaneMode => (LANE_MODES as readonly string[]).includes(mode), "LANE_MODE_UNKNOWN")
      .transform((mode) => mode as LaneMode),
    transitDaysMin: z.number().int("TRANSIT_DAYS_INVALID").min(0, "TRANSIT_DAYS_INVALID").max(365, "TRANSIT_DAYS_INVALID"),
    transitDaysMax: z.number().int("TRANSIT_DAYS_INVALID").min(0, "TRANSIT_DAYS_INVALID").max(365, "TRANSIT_DAYS_INVALID"),
    source: requiredText(200),
  })
  .refine((l) => l.transitDaysMin <= l.transitDaysMax, { message: "TRANSIT_DAYS_ORDER", path: ["transitDaysMax"] });

export type SetLaneInput = z.input<typeof laneSchema>;

/**
 * Platform admins keep transit times current: one row per origin, destination and mode, entered
 * again to correct it. The rate and cutoff stay as tabled (the mode's demo tariff for a new lane).
 */
export async function setLane(ctx: ServiceContext, input: SetLaneInput): Promise<PricedLane> {
  requirePlatformAdmin(ctx.viewer);
  const data = validate(laneSchema, input);
  const [existing] = await laneRows(ctx.db, { origin: data.origin, destination: data.destination }).then((rows) => rows.filter((r) => r.mode === data.mode));
  const lane = { origin: data.origin, destination: data.destination, mode: data.mode, transitDaysMin: data.transitDaysMin, transitDaysMax: data.transitDaysMax, source: data.source, estimated: false };
  const tariff = existing ? toLane(existing).tariff : priced(lane).tariff;
  const row: LanesTable = {
    origin_country: data.origin,
    destination_country: data.destination,
    mode: data.mode,
    transit_days_min: data.transitDaysMin,
    transit_days_max: data.transitDaysMax,
    source: data.source,
    updated_at: nowIso(ctx.now()),
    cutoff_weekday: tariff.cutoffWeekday,
    rate_per_tonne_minor: tariff.ratePerTonneMinor,
    minimum_charge_minor: tariff.minimumChargeMinor,
    rate_currency: tariff.currency,
    carrier_label: tariff.carrierLabel,
  };
  await upsertLane(ctx.db, row);
  return toLane(row);
}

// ---------------------------------------------------------------------------- warehouses and shipping options

/** The overseas warehouses, by code. Reference data: anyone may read it. */
export async function listWarehouses(ctx: ServiceContext): Promise<WarehouseFacts[]> {
  return (await warehouseRows(ctx.db)).map(toWarehouse);
}

const optionsSchema = z.object({
  origin: countryCode,
  destination: countryCode,
  weightKg: z.number({ required_error: "REQUIRED" }).positive("NOT_POSITIVE").max(1_000_000, "NUMBER_TOO_LARGE"),
  volumeM3: z.number({ required_error: "REQUIRED" }).min(0, "NOT_POSITIVE").max(10_000, "NUMBER_TOO_LARGE"),
  readyOn: isoDate.nullish(),
  listingId: z.string().trim().nullish(),
});

export type ShippingOptionsInput = z.input<typeof optionsSchema>;

/**
 * Every way to ship a consignment from `origin` to `destination` ready on `readyOn` (today by
 * default), priced and dated; with a listing, its stock in overseas warehouses ships from there
 * too. Reference data: anyone may ask. Trade stores the chosen option's cost as the order's freight.
 */
export async function shippingOptions(ctx: ServiceContext, input: ShippingOptionsInput): Promise<ShippingOption[]> {
  const data = validate(optionsSchema, input);
  const readyOn = data.readyOn ?? ctx.now().toISOString().slice(0, 10);
  const stocked = data.listingId ? (await warehousesStocking(ctx.db, data.listingId)).map(toWarehouse) : [];
  const book = await laneBook(ctx, { origins: [data.origin, ...stocked.map((w) => w.country)], destinations: [data.destination] });
  return shippingOptionsFor({
    destination: data.destination,
    size: { weightKg: data.weightKg, volumeM3: data.volumeM3 },
    readyOn,
    lanes: book.lanesFor(data.origin, data.destination),
    warehouses: stocked.map((warehouse) => ({ warehouse, lanes: book.lanesFor(warehouse.country, data.destination) })),
  });
}

// ---------------------------------------------------------------------------- shipments, tracking, batches

export { getShipment, shipmentRecord, shipmentsOfOrder, shippableLines, viewerMayShip } from "./shipments.js";
export { acceptConfirmedOrder, createShipment } from "./create-shipment.js";
export type { ConfirmedOrder, ConfirmedOrderParty, Shipment, ShipmentLine, ShipmentPackage, ShipmentRecord, ShipmentStatusChange, ShippableOrderLine, TrackingEvent } from "./shipments.js";
export type { CreateShipmentInput, TrackingEventInput } from "./shipment-rules.js";
export { addTrackingEvent, postCarrierEvent, recordCustomsEvent } from "./tracking.js";
export type { CarrierEventInput, CustomsEventInput, TrackingResult } from "./tracking.js";
export { searchShipments, shipmentsAmong } from "./search.js";
export type { ShipmentSearch, ShipmentSummary } from "./search.js";
export { addBatchInspection, batchesOfListing, createBatch } from "./batches.js";
export type { AddBatchInspectionInput, Batch, BatchInspection, CreateBatchInput } from "./batches.js";
export { trackShipment, traceShipment } from "./public.js";
export type { PublicTrace, PublicTracking, PublicTrackingEvent, TracedGoods } from "./public.js";
export { CUSTOMS_CODES, SHIPMENT_STATUSES, TRACKING_CODES, customsEventFits, nextTrackingCodes } from "./tracking-rules.js";
export type { CustomsCode, ShipmentStatus, TrackingCode, TrackingSource } from "./tracking-rules.js";
