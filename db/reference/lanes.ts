import type { Executor } from "../database.js";
import type { LanesTable } from "../types.js";
import lanesJson from "./lanes.json";

/** A tabled lane between two countries; transit takes as long either way, so one entry serves both directions. */
interface LaneEntry {
  a: string;
  b: string;
  mode: string;
  min: number;
  max: number;
  source: string;
  /** Dedicated lines run one way only (China → Chile is not Chile → China). */
  oneWay?: boolean;
  carrier?: string;
  /** ISO weekday of the weekly cutoff; the mode's habit when absent. */
  cutoff?: number | null;
  /** Minor units of USD per chargeable tonne; the demo tariff when absent. */
  rate?: number;
  minimum?: number;
}

/** The currency the built-in rates are quoted in, as most freight is. */
export const TARIFF_CURRENCY = "USD";

interface ModeTariff {
  /** Minor units per chargeable tonne: a base plus so much per day of the longest transit. */
  base: number;
  perDay: number;
  minimum: number;
  /** Liner sailings and block trains leave once a week; trucks, planes, couriers and posts every working day. */
  cutoffWeekday: number | null;
  carrier: string;
}

/**
 * Demo tariff per mode, in USD minor units, rounded from typical 2025–2026 published rates: sea LCL
 * about 0.08–0.15 USD per chargeable kg, China–Europe rail 0.30–0.45, European road groupage
 * 0.15–0.25, air cargo 3–5, express 7–12, dedicated e-commerce lines 5–10. Indicative only.
 */
export const MODE_TARIFFS: Readonly<Record<string, ModeTariff>> = {
  sea: { base: 4_000, perDay: 200, minimum: 7_500, cutoffWeekday: 4, carrier: "Liner service, port to port" },
  rail: { base: 15_000, perDay: 800, minimum: 15_000, cutoffWeekday: 5, carrier: "Block train, terminal to terminal" },
  road: { base: 8_000, perDay: 1_500, minimum: 6_000, cutoffWeekday: null, carrier: "Road groupage" },
  air: { base: 180_000, perDay: 30_000, minimum: 8_000, cutoffWeekday: null, carrier: "Air cargo, airport to airport" },
  express: { base: 450_000, perDay: 60_000, minimum: 3_500, cutoffWeekday: null, carrier: "Express courier, door to door" },
  postal: { base: 300_000, perDay: 20_000, minimum: 500, cutoffWeekday: null, carrier: "Postal parcel service" },
};

/** The demo tariff of a mode for a lane whose longest transit is `transitDaysMax` days. */
export function demoTariff(mode: string, transitDaysMax: number): { ratePerTonneMinor: number; minimumChargeMinor: number; cutoffWeekday: number | null; carrier: string } {
  const tariff = MODE_TARIFFS[mode];
  if (!tariff) throw new RangeError(`no tariff for mode ${mode}`);
  return {
    ratePerTonneMinor: tariff.base + tariff.perDay * transitDaysMax,
    minimumChargeMinor: tariff.minimum,
    cutoffWeekday: tariff.cutoffWeekday,
    carrier: tariff.carrier,
  };
}

export const LANE_ENTRIES: readonly LaneEntry[] = lanesJson as LaneEntry[];

// ---------------------------------------------------------------------------- loading

/** Both directions of every tabled lane (one for a dedicated line), as rows of the `lanes` table. */
export function laneRows(updatedAt: string): LanesTable[] {
  return LANE_ENTRIES.flatMap((entry) => {
    const tariff = demoTariff(entry.mode, entry.max);
    const directions = entry.oneWay ? [[entry.a, entry.b]] : [[entry.a, entry.b], [entry.b, entry.a]];
    return directions.map(([origin, destination]) => ({
      origin_country: origin!,
      destination_country: destination!,
      mode: entry.mode,
      transit_days_min: entry.min,
      transit_days_max: entry.max,
      source: entry.source,
      updated_at: updatedAt,
      cutoff_weekday: entry.cutoff === undefined ? tariff.cutoffWeekday : entry.cutoff,
      rate_per_tonne_minor: entry.rate ?? tariff.ratePerTonneMinor,
      minimum_charge_minor: entry.minimum ?? tariff.minimumChargeMinor,
      rate_currency: TARIFF_CURRENCY,
      carrier_label: entry.carrier ?? tariff.carrier,
    }));
  });
}

/**
 * Inserts the built-in lanes. Rows already there keep their transit days, so an admin's corrections
 * survive every restart; a row tabled before lanes had rates gets the built-in rate and cutoff once.
 */
export async function loadLanes(db: Executor, now: string): Promise<void> {
  const lanes = laneRows(now);
  for (let i = 0; i < lanes.length; i += 200) {
    await db
      .insertInto("lanes")
      .values(lanes.slice(i, i + 200))
      .onConflict((oc) =>
        oc
          .columns(["origin_country", "destination_country", "mode"])
          .doUpdateSet((eb) => ({
            cutoff_weekday: eb.ref("excluded.cutoff_weekday"),
            rate_per_tonne_minor: eb.ref("excluded.rate_per_tonne_minor"),
            minimum_charge_minor: eb.ref("excluded.minimum_charge_minor"),
            rate_currency: eb.ref("excluded.rate_currency"),
            carrier_label: eb.ref("excluded.carrier_label"),
          }))
          .where("lanes.rate_currency", "is", null),
      )
      .execute();
  }
}
