/** The logistics module's tables, read and written here only; other modules go through service.ts. */
import type { Executor } from "../../db/database.js";
import type { LanesTable, WarehousesTable, WarehouseStockTable } from "../../db/types.js";

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
  const { origin_country: _o, destination_country: _d, mode: _m, ...changes } = row;
  await db
    .insertInto("lanes")
    .values(row)
    .onConflict((oc) => oc.columns(["origin_country", "destination_country", "mode"]).doUpdateSet(changes))
    .execute();
}

export async function warehouseRows(db: Executor): Promise<WarehousesTable[]> {
  return db.selectFrom("warehouses").selectAll().orderBy("code").execute();
}

export async function warehouseRow(db: Executor, idOrCode: string): Promise<WarehousesTable | undefined> {
  return db
    .selectFrom("warehouses")
    .selectAll()
    .where((eb) => eb.or([eb("id", "=", idOrCode), eb("code", "=", idOrCode.toUpperCase())]))
    .executeTakeFirst();
}

export async function stockRows(db: Executor, listingId: string): Promise<(WarehouseStockTable & { code: string })[]> {
  return db
    .selectFrom("warehouse_stock")
    .innerJoin("warehouses", "warehouses.id", "warehouse_stock.warehouse_id")
    .selectAll("warehouse_stock")
    .select("warehouses.code")
    .where("warehouse_stock.listing_id", "=", listingId)
    .orderBy("warehouses.code")
    .execute();
}

/** The warehouses holding some of a listing's goods. */
export async function warehousesStocking(db: Executor, listingId: string): Promise<WarehousesTable[]> {
  return db
    .selectFrom("warehouses")
    .innerJoin("warehouse_stock", "warehouse_stock.warehouse_id", "warehouses.id")
    .selectAll("warehouses")
    .where("warehouse_stock.listing_id", "=", listingId)
    .where("warehouse_stock.quantity", ">", 0)
    .orderBy("warehouses.code")
    .execute();
}

export async function upsertStock(db: Executor, row: WarehouseStockTable): Promise<void> {
  await db
    .insertInto("warehouse_stock")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["warehouse_id", "listing_id"]).doUpdateSet({ quantity: row.quantity, unit: row.unit, updated_by_user_id: row.updated_by_user_id, updated_at: row.updated_at }),
    )
    .execute();
}
