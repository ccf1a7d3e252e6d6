import type { Executor } from "../database.js";
import lanesJson from "./lanes.json";

/** A tabled lane between two countries; transit takes as long either way, so one entry serves both directions. */
interface LaneEntry {
  a: string;
  b: string;
  mode: string;
  min: number;
  max: number;
  source: string;
}

export const LANE_ENTRIES: readonly LaneEntry[] = lanesJson as LaneEntry[];

// ---------------------------------------------------------------------------- loading

/** Both directions of every tabled lane, as rows of the `lanes` table. */
export function laneRows(updatedAt: string) {
  return LANE_ENTRIES.flatMap((entry) =>
    [
      [entry.a, entry.b],
      [entry.b, entry.a],
    ].map(([origin, destination]) => ({
      origin_country: origin!,
      destination_country: destination!,
      mode: entry.mode,
      transit_days_min: entry.min,
      transit_days_max: entry.max,
      source: entry.source,
      updated_at: updatedAt,
    })),
  );
}

/**
 * Inserts the built-in lanes. Rows already there are left alone, so an admin's corrections (a
 * lane's new transit days) survive every restart.
 */
export async function loadLanes(db: Executor, now: string): Promise<void> {
  const lanes = laneRows(now);
  for (let i = 0; i < lanes.length; i += 200) {
    await db
      .insertInto("lanes")
      .values(lanes.slice(i, i + 200))
      .onConflict((oc) => oc.columns(["origin_country", "destination_country", "mode"]).doNothing())
      .execute();
  }
}
