/**
 * Lanes as the rules see them: the transit time between two countries by one mode, tabled by the
 * platform or estimated from the countries' regions when nobody tabled the pair. Pure functions.
 */
import { findCountry } from "../../db/reference/index.js";
import { demoTariff, TARIFF_CURRENCY } from "../../db/reference/lanes.js";

/**
 * The modes a lane is timed and priced for: the four carriage modes plus the two services sold per
 * parcel (postal and dedicated e-commerce lines, express couriers). Inland waterway and multimodal
 * legs are not tabled.
 */
export type LaneMode = FreightMode | "postal" | "express";
/** The modes Incoterms and transport documents speak of: what matching times deliveries by. */
export type FreightMode = "sea" | "air" | "road" | "rail";
export const LANE_MODES: readonly LaneMode[] = ["sea", "air", "road", "rail", "postal", "express"];

/** What a lane costs and when it leaves. */
export interface LaneTariff {
  /** Minor units of `currency` per chargeable tonne (1,000 chargeable kg). */
  ratePerTonneMinor: number;
  minimumChargeMinor: number;
  currency: string;
  /** ISO weekday (1 Monday … 7 Sunday) of the weekly cutoff; null when it leaves every working day. */
  cutoffWeekday: number | null;
  carrierLabel: string;
}

/** A lane with its tariff: what shipping options are priced from. */
export interface PricedLane extends Lane {
  tariff: LaneTariff;
}

export interface Lane {
  origin: string;
  destination: string;
  mode: LaneMode;
  transitDaysMin: number;
  transitDaysMax: number;
  source: string;
  /** True when no lane is tabled and the figures come from the two countries' regions. */
  estimated: boolean;
}

/** Countries without a sea coast: sea freight ends at a neighbour's port and goes on by road or rail. */
const LANDLOCKED = new Set([
  "AD", "AF", "AM", "AT", "AZ", "BF", "BI", "BO", "BT", "BW", "BY", "CF", "CH", "CZ", "ET", "HU", "KG", "KZ", "LA", "LI", "LS",
  "LU", "MD", "MK", "ML", "MN", "MW", "NE", "NP", "PY", "RS", "RW", "SK", "SM", "SS", "TD", "TJ", "TM", "UG", "UZ", "VA", "XK",
  "ZM", "ZW",
]);

type Zone = "EUR" | "NAF" | "SSA" | "WAS" | "CAS" | "SAS" | "SEA" | "EAS" | "NAM" | "LAM" | "OCE";

const ZONE_OF_SUBREGION: Record<string, Zone> = {
  "Northern Europe": "EUR",
  "Southern Europe": "EUR",
  "Eastern Europe": "EUR",
  "Western Europe": "EUR",
  "Northern Africa": "NAF",
  "Sub-Saharan Africa": "SSA",
  "Western Asia": "WAS",
  "Central Asia": "CAS",
  "Southern Asia": "SAS",
  "South-eastern Asia": "SEA",
  "Eastern Asia": "EAS",
  "Northern America": "NAM",
  "Latin America and the Caribbean": "LAM",
  "Australia and New Zealand": "OCE",
  Melanesia: "OCE",
  Micronesia: "OCE",
  Polynesia: "OCE",
};

/**
 * Port-to-port sea days between UN M49 regions, generous on purpose: an estimate should not promise
 * a date the tabled lanes would not. Read as [min, max]; the table is symmetric.
 */
const SEA_DAYS_BY_ZONE: Record<string, [number, number]> = {
  "EUR-EUR": [3, 10], "EUR-NAF": [4, 10], "EUR-SSA": [18, 35], "EUR-WAS": [10, 22], "EUR-CAS": [25, 40], "EUR-SAS": [18, 30],
  "EUR-SEA": [22, 35], "EUR-EAS": [28, 40], "EUR-NAM": [10, 20], "EUR-LAM": [14, 28], "EUR-OCE": [35, 50],
  "NAF-NAF": [3, 8], "NAF-SSA": [14, 30], "NAF-WAS": [5, 14], "NAF-CAS": [25, 40], "NAF-SAS": [14, 24], "NAF-SEA": [18, 30],
  "NAF-EAS": [24, 35], "NAF-NAM": [14, 24], "NAF-LAM": [18, 30], "NAF-OCE": [30, 45],
  "SSA-SSA": [7, 25], "SSA-WAS": [12, 25], "SSA-CAS": [30, 45], "SSA-SAS": [14, 25], "SSA-SEA": [18, 30], "SSA-EAS": [24, 38],
  "SSA-NAM": [20, 35], "SSA-LAM": [18, 32], "SSA-OCE": [20, 35],
  "WAS-WAS": [2, 10], "WAS-CAS": [15, 30], "WAS-SAS": [5, 12], "WAS-SEA": [10, 18], "WAS-EAS": [15, 25], "WAS-NAM": [22, 35],
  "WAS-LAM": [25, 38], "WAS-OCE": [20, 30],
  "CAS-CAS": [5, 15], "CAS-SAS": [20, 35], "CAS-SEA": [25, 40], "CAS-EAS": [20, 35], "CAS-NAM": [35, 50], "CAS-LAM": [40, 55],
  "CAS-OCE": [35, 50],
  "SAS-SAS": [3, 10], "SAS-SEA": [6, 12], "SAS-EAS": [12, 22], "SAS-NAM": [25, 38], "SAS-LAM": [30, 42], "SAS-OCE": [16, 26],
  "SEA-SEA": [3, 8], "SEA-EAS": [5, 12], "SEA-NAM": [20, 35], "SEA-LAM": [30, 42], "SEA-OCE": [8, 16],
  "EAS-EAS": [2, 6], "EAS-NAM": [14, 30], "EAS-LAM": [28, 40], "EAS-OCE": [12, 22],
  "NAM-NAM": [3, 10], "NAM-LAM": [6, 18], "NAM-OCE": [18, 28],
  "LAM-LAM": [5, 15], "LAM-OCE": [25, 38],
  "OCE-OCE": [3, 10],
};

/** Days added for each landlocked end of a sea lane: the road or rail leg to or from the nearest port. */
const INLAND_LEG_DAYS: [number, number] = [5, 12];
/** Within one country, goods go by road. */
const DOMESTIC_ROAD_DAYS: [number, number] = [1, 3];
const REMOTE_ZONES = new Set<Zone>(["SSA", "CAS", "OCE"]);

export const ESTIMATED_SOURCE = "estimated from the countries' regions";

function zoneOf(country: string): Zone | null {
  const subRegion = findCountry(country)?.subRegion;
  return subRegion ? (ZONE_OF_SUBREGION[subRegion] ?? null) : null;
}

function seaDays(a: Zone, b: Zone): [number, number] | undefined {
  return SEA_DAYS_BY_ZONE[`${a}-${b}`] ?? SEA_DAYS_BY_ZONE[`${b}-${a}`];
}

/**
 * Lanes for a country pair nobody has tabled: sea and air from the two regions (road within one
 * country). Road and rail across borders are never guessed, as they depend on roads and rails
 * that may not exist. Every lane it returns is marked `estimated`.
 */
export function estimateLanes(origin: string, destination: string): PricedLane[] {
  const base = { origin, destination, source: ESTIMATED_SOURCE, estimated: true };
  if (origin === destination) {
    return [priced({ ...base, mode: "road", transitDaysMin: DOMESTIC_ROAD_DAYS[0], transitDaysMax: DOMESTIC_ROAD_DAYS[1] })];
  }
  const from = zoneOf(origin);
  const to = zoneOf(destination);
  if (!from || !to) return [];
  const lanes: PricedLane[] = [];
  const sea = seaDays(from, to);
  if (sea) {
    const inland = [origin, destination].filter((c) => LANDLOCKED.has(c)).length;
    lanes.push(
      priced({
        ...base,
        mode: "sea",
        transitDaysMin: sea[0] + inland * INLAND_LEG_DAYS[0],
        transitDaysMax: sea[1] + inland * INLAND_LEG_DAYS[1],
      }),
    );
  }
  const air: [number, number] = from === to ? [1, 3] : REMOTE_ZONES.has(from) || REMOTE_ZONES.has(to) ? [3, 6] : [2, 5];
  lanes.push(priced({ ...base, mode: "air", transitDaysMin: air[0], transitDaysMax: air[1] }));
  return lanes;
}

/**
 * The lanes to use for a pair: the tabled ones, plus an estimate for each mode the table lacks
 * where one can be made (a tabled road lane does not hide an estimated sea lane).
 */
export function withEstimates<L extends Lane>(origin: string, destination: string, tabled: readonly L[]): (L | PricedLane)[] {
  const modes = new Set(tabled.map((lane) => lane.mode));
  return [...tabled, ...estimateLanes(origin, destination).filter((lane) => !modes.has(lane.mode))];
}


/** A lane nobody priced takes the demo tariff of its mode, by its longest transit. */
export function priced(lane: Lane): PricedLane {
  const tariff = demoTariff(lane.mode, lane.transitDaysMax);
  return {
    ...lane,
    tariff: {
      ratePerTonneMinor: tariff.ratePerTonneMinor,
      minimumChargeMinor: tariff.minimumChargeMinor,
      currency: TARIFF_CURRENCY,
      cutoffWeekday: tariff.cutoffWeekday,
      carrierLabel: tariff.carrier,
    },
  };
}
