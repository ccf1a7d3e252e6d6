/** The logistics module's tables, read and written here only; other modules go through service.ts. */
import type { Executor } from "../../db/database.js";
import type { LanesTable } from "../../db/types.js";

export interface LaneQuery {
  origin?: string | null;
  destination?: string | null;
  /** Lanes from any of these countries (an empty list matches none). */
  origins?: readonly string[];
  /** Lanes into any of these countries (an empty list matches none). */
  destinations?: readonly string[];
}

export async function laneRows(db: Executor, query: LaneQuery): Promise<LanesTable[]> {
  let select = db.selectFrom("lanes").selectAll();
  if (query.origin) select = select.where("origin_country", "=", query.origin);
  if (query.destination) select = select.where("destination_country", "=", query.destination);
  if (query.origins) select = select.where("origin_country", "in", query.origins.length ? [...query.origins] : [""]);
  if (query.destinations) select = select.where("destination_country", "in", query.destinations.length ? [...query.destinations] : [""]);
  return select.orderBy("origin_country").orderBy("destination_country").orderBy("mode").execute();
}

/** One row per origin, destination and mode: entering a lane again replaces it. */
export async function upsertLane(db: Executor, row: LanesTable): Promise<void> {
  await db
    .insertInto("lanes")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["origin_country", "destination_country", "mode"]).doUpdateSet({
        transit_days_min: row.transit_days_min,
        transit_days_max: row.transit_days_max,
        source: row.source,
        updated_at: row.updated_at,
      }),
    )
    .execute();
}
