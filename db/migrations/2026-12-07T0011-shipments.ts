import type { Kysely } from "kysely";

/**
 * Shipments: how much of each order line has been shipped so far (the guard that keeps every
 * shipment of an order together within what was ordered, one conditional update per line on either
 * database), a version counter on each shipment so two tracking events posted at once cannot both
 * follow the same status, when it first departed (a customs release after it goes to import), and indexes that let the
 * customs desk page through 100,000 shipments without sorting them.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable("shippable_lines").addColumn("shipped_quantity", "real", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("shipments").addColumn("event_count", "integer", (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable("shipments").addColumn("departed_at", "text").execute();
  await db.schema.createIndex("shipments_carrier_idx").on("shipments").columns(["carrier_organisation_id"]).execute();
  // The customs desk pages by (shipped_on, id): with id in the index the walk stops after one page.
  await db.schema.createIndex("shipments_import_page_idx").on("shipments").columns(["import_country", "shipped_on", "id"]).execute();
  await db.schema.createIndex("shipments_export_page_idx").on("shipments").columns(["export_country", "shipped_on", "id"]).execute();
  await db.schema.createIndex("shipment_chapters_import_page_idx").on("shipment_chapters").columns(["hs_chapter", "import_country", "shipped_on", "shipment_id"]).execute();
  await db.schema.createIndex("shipment_chapters_export_page_idx").on("shipment_chapters").columns(["hs_chapter", "export_country", "shipped_on", "shipment_id"]).execute();
  await db.schema.createIndex("shipment_lines_batch_idx").on("shipment_lines").columns(["batch_id"]).execute();
}
