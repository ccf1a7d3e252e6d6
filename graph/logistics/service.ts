import { z } from "zod";
import { nowIso } from "../../db/ids.js";
import type { LanesTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import { requirePlatformAdmin } from "../identity/guards.js";
import { countryCode, requiredText, validate } from "../shared/validation.js";
import { LANE_MODES, withEstimates, type Lane, type LaneMode } from "./lanes.js";
import { laneRows, upsertLane } from "./repository.js";

export { LANE_MODES, type Lane, type LaneMode } from "./lanes.js";

function toLane(row: LanesTable): Lane {
  return {
    origin: row.origin_country,
    destination: row.destination_country,
    mode: row.mode as LaneMode,
    transitDaysMin: row.transit_days_min,
    transitDaysMax: row.transit_days_max,
    source: row.source,
    estimated: false,
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
export async function listLanes(ctx: ServiceContext, filter: LaneFilter): Promise<Lane[]> {
  const origin = filter.origin?.trim().toUpperCase() || null;
  const destination = filter.destination?.trim().toUpperCase() || null;
  const rows = (await laneRows(ctx.db, { origin, destination })).map(toLane);
  return origin && destination ? withEstimates(origin, destination, rows) : rows;
}

/** The lanes of many country pairs, read once: what a ranking that meets many pairs needs. */
export interface LaneBook {
  /** Tabled lanes for the pair plus estimates for the modes nobody tabled. */
  lanesFor(origin: string, destination: string): Lane[];
}

/**
 * Reads every lane from the origins or into the destinations named (both may be given) in one query;
 * the book answers each pair from memory, estimates included.
 */
export async function laneBook(ctx: ServiceContext, side: { origins?: readonly string[]; destinations?: readonly string[] }): Promise<LaneBook> {
  const tabled = new Map<string, Lane[]>();
  for (const row of await laneRows(ctx.db, side)) {
    const key = `${row.origin_country}>${row.destination_country}`;
    tabled.set(key, [...(tabled.get(key) ?? []), toLane(row)]);
  }
  const answered = new Map<string, Lane[]>();
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

/** Platform admins keep transit times current: one row per origin, destination and mode, entered again to correct it. */
export async function setLane(ctx: ServiceContext, input: SetLaneInput): Promise<Lane> {
  requirePlatformAdmin(ctx.viewer);
  const data = validate(laneSchema, input);
  const row: LanesTable = {
    origin_country: data.origin,
    destination_country: data.destination,
    mode: data.mode,
    transit_days_min: data.transitDaysMin,
    transit_days_max: data.transitDaysMax,
    source: data.source,
    updated_at: nowIso(ctx.now()),
  };
  await upsertLane(ctx.db, row);
  return toLane(row);
}
