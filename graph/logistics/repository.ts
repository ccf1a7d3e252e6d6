/** The logistics module's tables, read and written here only; other modules go through service.ts. */
import type { SelectQueryBuilder } from "kysely";
import type { Executor } from "../../db/database.js";
import type {
  BatchesTable,
  BatchInspectionsTable,
  LanesTable,
  ShipmentChaptersTable,
  ShipmentLinesTable,
  ShipmentPackagesTable,
  ShipmentStatusHistoryTable,
  ShipmentsTable,
  ShippableLinesTable,
  ShippableOrdersTable,
  TrackingEventsTable,
  WarehousesTable,
  WarehouseStockTable,
  DB,
} from "../../db/types.js";

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

// ---------------------------------------------------------------------------- confirmed orders (logistics' copy)

export async function insertShippableOrder(db: Executor, order: ShippableOrdersTable, lines: ShippableLinesTable[]): Promise<void> {
  // A second delivery of the same order.confirmed (a replayed event) finds the copy already there.
  const inserted = await db.insertInto("shippable_orders").values(order).onConflict((oc) => oc.column("order_id").doNothing()).executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0 || !lines.length) return;
  await db.insertInto("shippable_lines").values(lines).execute();
}

export async function shippableOrderRow(db: Executor, orderId: string): Promise<ShippableOrdersTable | undefined> {
  return db.selectFrom("shippable_orders").selectAll().where("order_id", "=", orderId).executeTakeFirst();
}

export async function shippableLineRows(db: Executor, orderId: string): Promise<ShippableLinesTable[]> {
  return db.selectFrom("shippable_lines").selectAll().where("order_id", "=", orderId).orderBy("position").execute();
}

/**
 * Takes `quantity` of an order line for a shipment only if the line's shipments stay within what was
 * ordered: one conditional update, so two shipments created at once cannot both take the last of it
 * (PostgreSQL's row lock, SQLite's single writer). The epsilon absorbs float sums of decimals.
 */
export async function takeShippableQuantity(db: Executor, lineId: string, quantity: number): Promise<boolean> {
  const result = await db
    .updateTable("shippable_lines")
    .set((eb) => ({ shipped_quantity: eb("shipped_quantity", "+", quantity) }))
    .where("id", "=", lineId)
    .where((eb) => eb(eb("shipped_quantity", "+", quantity), "<=", eb("quantity", "+", 1e-9)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

// ---------------------------------------------------------------------------- shipments

export interface NewShipmentRows {
  shipment: Omit<ShipmentsTable, "event_count">;
  lines: ShipmentLinesTable[];
  packages: ShipmentPackagesTable[];
  chapters: ShipmentChaptersTable[];
  /** The booking: the first tracking event and status. */
  booked: { event: TrackingEventsTable; history: ShipmentStatusHistoryTable };
}

export async function insertShipment(db: Executor, rows: NewShipmentRows): Promise<void> {
  await db.insertInto("shipments").values({ ...rows.shipment, event_count: 1 }).execute();
  await db.insertInto("tracking_events").values(rows.booked.event).execute();
  await db.insertInto("shipment_status_history").values(rows.booked.history).execute();
  if (rows.lines.length) await db.insertInto("shipment_lines").values(rows.lines).execute();
  if (rows.packages.length) await db.insertInto("shipment_packages").values(rows.packages).execute();
  if (rows.chapters.length) await db.insertInto("shipment_chapters").values(rows.chapters).execute();
}

export async function shipmentRow(db: Executor, id: string): Promise<ShipmentsTable | undefined> {
  return db.selectFrom("shipments").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function shipmentByTrackingNumber(db: Executor, trackingNumber: string): Promise<ShipmentsTable | undefined> {
  return db.selectFrom("shipments").selectAll().where("tracking_number", "=", trackingNumber).executeTakeFirst();
}

export async function shipmentByTraceCode(db: Executor, traceCode: string): Promise<ShipmentsTable | undefined> {
  return db.selectFrom("shipments").selectAll().where("trace_code", "=", traceCode).executeTakeFirst();
}

export async function shipmentRowsOfOrder(db: Executor, orderId: string): Promise<ShipmentsTable[]> {
  return db.selectFrom("shipments").selectAll().where("order_id", "=", orderId).orderBy("created_at").orderBy("id").execute();
}

export async function shipmentLineRows(db: Executor, shipmentId: string): Promise<ShipmentLinesTable[]> {
  return db.selectFrom("shipment_lines").selectAll().where("shipment_id", "=", shipmentId).orderBy("id").execute();
}

export async function shippableLinesByIds(db: Executor, ids: readonly string[]): Promise<ShippableLinesTable[]> {
  if (!ids.length) return [];
  return db.selectFrom("shippable_lines").selectAll().where("id", "in", [...ids]).execute();
}

export async function packageRows(db: Executor, shipmentId: string): Promise<ShipmentPackagesTable[]> {
  return db.selectFrom("shipment_packages").selectAll().where("shipment_id", "=", shipmentId).orderBy("position").execute();
}

export async function trackingEventRows(db: Executor, shipmentId: string): Promise<TrackingEventsTable[]> {
  return db.selectFrom("tracking_events").selectAll().where("shipment_id", "=", shipmentId).orderBy("occurred_at").orderBy("id").execute();
}

export async function statusHistoryRows(db: Executor, shipmentId: string): Promise<ShipmentStatusHistoryTable[]> {
  return db.selectFrom("shipment_status_history").selectAll().where("shipment_id", "=", shipmentId).orderBy("at").orderBy("id").execute();
}

export async function chaptersOf(db: Executor, shipmentIds: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (!shipmentIds.length) return out;
  const rows = await db.selectFrom("shipment_chapters").select(["shipment_id", "hs_chapter"]).where("shipment_id", "in", [...shipmentIds]).orderBy("hs_chapter").execute();
  for (const row of rows) out.set(row.shipment_id, [...(out.get(row.shipment_id) ?? []), row.hs_chapter]);
  return out;
}

export interface TrackingWrite {
  event: TrackingEventsTable;
  history: ShipmentStatusHistoryTable | null;
  /** The shipment's event count when the event was checked: the write happens only if nobody wrote meanwhile. */
  seenEventCount: number;
  changes: Partial<Pick<ShipmentsTable, "status" | "departed_at" | "shipped_on">> & { updated_at: string };
}

/** Appends an event with its status move; false when another event landed first (nothing written then). */
export async function appendTrackingEvent(db: Executor, shipmentId: string, write: TrackingWrite): Promise<boolean> {
  const moved = await db
    .updateTable("shipments")
    .set((eb) => ({ ...write.changes, event_count: eb("event_count", "+", 1) }))
    .where("id", "=", shipmentId)
    .where("event_count", "=", write.seenEventCount)
    .executeTakeFirst();
  if (Number(moved.numUpdatedRows) !== 1) return false;
  await db.insertInto("tracking_events").values(write.event).execute();
  if (write.history) await db.insertInto("shipment_status_history").values(write.history).execute();
  if (write.changes.shipped_on) await db.updateTable("shipment_chapters").set({ shipped_on: write.changes.shipped_on }).where("shipment_id", "=", shipmentId).execute();
  return true;
}

// ---------------------------------------------------------------------------- batches (origin traceability)

export async function insertBatch(db: Executor, row: BatchesTable): Promise<void> {
  await db.insertInto("batches").values(row).execute();
}

export async function batchRowByCode(db: Executor, organisationId: string, code: string): Promise<BatchesTable | undefined> {
  return db.selectFrom("batches").selectAll().where("organisation_id", "=", organisationId).where("code", "=", code).executeTakeFirst();
}

export async function batchRows(db: Executor, ids: readonly string[]): Promise<BatchesTable[]> {
  if (!ids.length) return [];
  return db.selectFrom("batches").selectAll().where("id", "in", [...ids]).execute();
}

export async function batchRowsOfListing(db: Executor, listingId: string): Promise<BatchesTable[]> {
  return db.selectFrom("batches").selectAll().where("listing_id", "=", listingId).orderBy("produced_on", "desc").orderBy("id").execute();
}

export async function inspectionRows(db: Executor, batchIds: readonly string[]): Promise<BatchInspectionsTable[]> {
  if (!batchIds.length) return [];
  return db.selectFrom("batch_inspections").selectAll().where("batch_id", "in", [...batchIds]).orderBy("inspected_on").orderBy("id").execute();
}

export async function insertInspection(db: Executor, row: BatchInspectionsTable): Promise<void> {
  await db.insertInto("batch_inspections").values(row).execute();
}

// ---------------------------------------------------------------------------- the customs desk's search

export interface ShipmentSearchQuery {
  country: string;
  direction: "export" | "import" | "either";
  shippedFrom: string | null;
  shippedTo: string | null;
  exporterOrganisationId: string | null;
  importerOrganisationId: string | null;
  hsChapter: string | null;
  mode: string | null;
  shipmentIds: readonly string[] | null;
  /** The last row seen: shipped_on, then id, both descending. */
  after: readonly [string, string] | null;
  limit: number;
  /** False when the caller needs only the rows: the count is a second walk of each side. */
  counted: boolean;
}

/**
 * Newest shipments crossing a country's border. Each side is one walk down its index, (country,
 * shipped_on, id) on shipments or (hs_chapter, country, shipped_on, shipment_id) on
 * shipment_chapters, stopped after `limit` rows; "either" walks both and merges, so no side ever
 * sorts every shipment of a country. The count reads the same indexes without the rows.
 */
export async function searchShipmentRows(db: Executor, q: ShipmentSearchQuery): Promise<{ rows: ShipmentsTable[]; total: number | null }> {
  const sides = q.direction === "either" ? (["export", "import"] as const) : ([q.direction] as const);
  const side = (which: "export" | "import", paged: boolean) => {
    const column = which === "export" ? "export_country" : "import_country";
    const after = paged ? q.after : null;
    if (q.hsChapter) {
      let select = db
        .selectFrom("shipment_chapters")
        .innerJoin("shipments", "shipments.id", "shipment_chapters.shipment_id")
        .where("shipment_chapters.hs_chapter", "=", q.hsChapter)
        .where(`shipment_chapters.${column}`, "=", q.country);
      if (q.shippedFrom) select = select.where("shipment_chapters.shipped_on", ">=", q.shippedFrom);
      if (q.shippedTo) select = select.where("shipment_chapters.shipped_on", "<=", q.shippedTo);
      if (after) {
        select = select.where((eb) =>
          eb.or([eb("shipment_chapters.shipped_on", "<", after[0]), eb.and([eb("shipment_chapters.shipped_on", "=", after[0]), eb("shipment_chapters.shipment_id", "<", after[1])])]),
        );
      }
      return filters(select).orderBy("shipment_chapters.shipped_on", "desc").orderBy("shipment_chapters.shipment_id", "desc");
    }
    let select = db.selectFrom("shipments").where(column, "=", q.country);
    if (q.shippedFrom) select = select.where("shipped_on", ">=", q.shippedFrom);
    if (q.shippedTo) select = select.where("shipped_on", "<=", q.shippedTo);
    if (after) select = select.where((eb) => eb.or([eb("shipped_on", "<", after[0]), eb.and([eb("shipped_on", "=", after[0]), eb("id", "<", after[1])])]));
    return filters(select).orderBy("shipments.shipped_on", "desc").orderBy("shipments.id", "desc");
  };
  function filters<S extends SelectQueryBuilder<DB, "shipments" | "shipment_chapters", object> | SelectQueryBuilder<DB, "shipments", object>>(select: S): S {
    let out = select as SelectQueryBuilder<DB, "shipments", object>;
    if (q.exporterOrganisationId) out = out.where("shipments.seller_organisation_id", "=", q.exporterOrganisationId);
    if (q.importerOrganisationId) out = out.where("shipments.buyer_organisation_id", "=", q.importerOrganisationId);
    if (q.mode) out = out.where("shipments.mode", "=", q.mode);
    if (q.shipmentIds) out = out.where("shipments.id", "in", q.shipmentIds.length ? [...q.shipmentIds] : [""]);
    return out as S;
  }
  const pages = await Promise.all(sides.map((which) => side(which, true).selectAll("shipments").limit(q.limit).execute()));
  const counts = q.counted
    ? await Promise.all(sides.map((which) => side(which, false).clearOrderBy().select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow()))
    : null;
  const seen = new Set<string>();
  const rows = pages
    .flat()
    .sort((a, b) => (a.shipped_on === b.shipped_on ? (a.id < b.id ? 1 : -1) : a.shipped_on < b.shipped_on ? 1 : -1))
    .filter((row) => !seen.has(row.id) && !!seen.add(row.id))
    .slice(0, q.limit);
  // Goods leave one country and enter another: no shipment is counted on both sides.
  return { rows, total: counts && counts.reduce((sum, c) => sum + Number(c.n), 0) };
}
