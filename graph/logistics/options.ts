/**
 * Shipping options: what a consignment of a given weight and volume costs and when it arrives, by
 * each lane and from each overseas warehouse holding the goods. Pure functions over the facts the
 * service reads.
 */
import type { Money } from "../shared/money.js";
import { departureDay, deliveryDay } from "./calendar.js";
import type { LaneMode, PricedLane } from "./lanes.js";

/**
 * Cubic centimetres that weigh one chargeable kilogram: IATA air cargo 6,000; express couriers and
 * most posts 5,000; road groupage 1 m³ = 333 kg (3,000); rail LCL China–Europe 1 m³ = 500 kg
 * (2,000); sea LCL weight or measure, 1 m³ = 1 t (1,000).
 */
export const VOLUMETRIC_DIVISOR_CM3_PER_KG: Readonly<Record<LaneMode, number>> = {
  air: 6_000,
  express: 5_000,
  postal: 5_000,
  road: 3_000,
  rail: 2_000,
  sea: 1_000,
};

/** Trucks and parcel services count transit in working days; ships, trains and planes run every day. */
const COUNTS_WORKING_DAYS: ReadonlySet<LaneMode> = new Set(["road", "postal", "express"]);

/** Air, express and postal round chargeable weight up to the next half kilogram; freight to the next kilogram. */
const ROUNDING_GRAMS: Readonly<Record<LaneMode, number>> = { air: 500, express: 500, postal: 500, road: 1_000, rail: 1_000, sea: 1_000 };

export interface Consignment {
  weightKg: number;
  volumeM3: number;
}

/** The greater of actual and volumetric weight, rounded up as the mode does, in grams. */
export function chargeableGrams(mode: LaneMode, size: Consignment): number {
  const actual = size.weightKg * 1_000;
  const volumetric = ((size.volumeM3 * 1_000_000) / VOLUMETRIC_DIVISOR_CM3_PER_KG[mode]) * 1_000;
  const step = ROUNDING_GRAMS[mode];
  // A micro-gram of float noise must not cost a whole extra step.
  return Math.ceil(Math.max(actual, volumetric) / step - 1e-9) * step;
}

/** Rate per chargeable tonne × chargeable weight, rounded up to the minor unit, never under the minimum charge. */
export function freightCost(grams: number, ratePerTonneMinor: number, minimumChargeMinor: number): number {
  const scale = 1_000_000n;
  const exact = BigInt(grams) * BigInt(ratePerTonneMinor);
  const cost = Number((exact + scale - 1n) / scale);
  return Math.max(cost, minimumChargeMinor);
}

export interface WarehouseFacts {
  id: string;
  code: string;
  name: string;
  city: string;
  country: string;
  locode: string | null;
  timeZone: string;
  regionCountries: string[];
  regionalDaysMin: number;
  regionalDaysMax: number;
  regionalRatePerTonneMinor: number;
  regionalMinimumChargeMinor: number;
  currency: string;
}

export interface ShippingOption {
  /** Stable: `lane:MY-PL:sea`, `whs:ES-MAD:regional`, `whs:BE-LGG:road`; trade keeps it on the order. */
  id: string;
  mode: LaneMode;
  carrierLabel: string;
  fromWarehouse: WarehouseFacts | null;
  cost: Money;
  chargeableWeightKg: number;
  transitDaysMin: number;
  transitDaysMax: number;
  departsOn: string;
  earliestDelivery: string;
  /** The latest day of the window: the date to promise. */
  estimatedDelivery: string;
  /** True when the lane's transit comes from the regions, not a table. */
  estimated: boolean;
  source: string;
}

export function laneOption(lane: PricedLane, size: Consignment, readyOn: string, from: WarehouseFacts | null = null): ShippingOption {
  const grams = chargeableGrams(lane.mode, size);
  const departsOn = departureDay(readyOn, lane.tariff.cutoffWeekday);
  const workingDays = COUNTS_WORKING_DAYS.has(lane.mode);
  return {
    id: from ? `whs:${from.code}:${lane.mode}` : `lane:${lane.origin}-${lane.destination}:${lane.mode}`,
    mode: lane.mode,
    carrierLabel: lane.tariff.carrierLabel,
    fromWarehouse: from,
    cost: { amountMinor: freightCost(grams, lane.tariff.ratePerTonneMinor, lane.tariff.minimumChargeMinor), currency: lane.tariff.currency },
    chargeableWeightKg: grams / 1_000,
    transitDaysMin: lane.transitDaysMin,
    transitDaysMax: lane.transitDaysMax,
    departsOn,
    earliestDelivery: deliveryDay(departsOn, lane.transitDaysMin, workingDays),
    estimatedDelivery: deliveryDay(departsOn, lane.transitDaysMax, workingDays),
    estimated: lane.estimated,
    source: lane.source,
  };
}

/** The warehouse's own delivery to its region: by road, leaving the next working day, in working days. */
export function regionalOption(warehouse: WarehouseFacts, destination: string, size: Consignment, readyOn: string): ShippingOption {
  const lane: PricedLane = {
    origin: warehouse.country,
    destination,
    mode: "road",
    transitDaysMin: warehouse.regionalDaysMin,
    transitDaysMax: warehouse.regionalDaysMax,
    source: `${warehouse.name}: 72-hour regional delivery`,
    estimated: false,
    tariff: {
      ratePerTonneMinor: warehouse.regionalRatePerTonneMinor,
      minimumChargeMinor: warehouse.regionalMinimumChargeMinor,
      currency: warehouse.currency,
      cutoffWeekday: null,
      carrierLabel: `72-hour delivery from ${warehouse.city}`,
    },
  };
  return { ...laneOption(lane, size, readyOn, warehouse), id: `whs:${warehouse.code}:regional` };
}

export interface OptionFacts {
  destination: string;
  size: Consignment;
  readyOn: string;
  /** Lanes from the origin to the destination, estimates included. */
  lanes: readonly PricedLane[];
  /** Warehouses holding the goods, each with its lanes to the destination. */
  warehouses: readonly { warehouse: WarehouseFacts; lanes: readonly PricedLane[] }[];
}

/**
 * Every way to ship, soonest first (then by mode, for a stable order). Stock in a warehouse whose
 * region takes in the destination ships in 72 hours; from one further away it takes the lanes
 * from the warehouse's country.
 */
export function shippingOptionsFor(facts: OptionFacts): ShippingOption[] {
  const options = facts.lanes.map((lane) => laneOption(lane, facts.size, facts.readyOn));
  for (const { warehouse, lanes } of facts.warehouses) {
    if (warehouse.regionCountries.includes(facts.destination)) options.push(regionalOption(warehouse, facts.destination, facts.size, facts.readyOn));
    else options.push(...lanes.map((lane) => laneOption(lane, facts.size, facts.readyOn, warehouse)));
  }
  return options.sort((a, b) => a.estimatedDelivery.localeCompare(b.estimatedDelivery) || a.earliestDelivery.localeCompare(b.earliestDelivery) || a.id.localeCompare(b.id));
}
