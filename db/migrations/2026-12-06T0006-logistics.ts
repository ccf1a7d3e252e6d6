import { PostgresAdapter, type Kysely } from "kysely";

/**
 * Logistics: lanes gain rates and cutoffs (the one lanes table matching already reads), overseas
 * warehouses with stock per listing, the logistics copy of confirmed orders' shippable lines,
 * shipments with packages, lines, tracking events and status history, and origin batches with
 * their inspections. Weights in kg and sizes in cm as doubles; money in integer minor units.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const real = postgres ? "double precision" : "real";
  const bigint = postgres ? "bigint" : "integer";

  // ISO weekday (1 Monday … 7 Sunday) of the last departure each week; null: departs every working day.
  await db.schema.alterTable("lanes").addColumn("cutoff_weekday", "integer").execute();
  // Minor units per chargeable tonne: sea rates of a few cents a kilogram stay exact in integers.
  await db.schema.alterTable("lanes").addColumn("rate_per_tonne_minor", bigint).execute();
  await db.schema.alterTable("lanes").addColumn("minimum_charge_minor", bigint).execute();
  await db.schema.alterTable("lanes").addColumn("rate_currency", "text").execute();
  await db.schema.alterTable("lanes").addColumn("carrier_label", "text").execute();

  await db.schema
    .createTable("warehouses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("code", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("city", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("locode", "text")
    .addColumn("time_zone", "text", (c) => c.notNull())
    // Comma-separated ISO codes of the countries its 72-hour service reaches.
    .addColumn("region_countries", "text", (c) => c.notNull())
    .addColumn("regional_days_min", "integer", (c) => c.notNull())
    .addColumn("regional_days_max", "integer", (c) => c.notNull())
    .addColumn("regional_rate_per_tonne_minor", bigint, (c) => c.notNull())
    .addColumn("regional_minimum_charge_minor", bigint, (c) => c.notNull())
    .addColumn("rate_currency", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("warehouse_stock")
    .addColumn("warehouse_id", "text", (c) => c.notNull().references("warehouses.id"))
    .addColumn("listing_id", "text", (c) => c.notNull())
    .addColumn("quantity", real, (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("updated_by_user_id", "text")
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("warehouse_stock_pk", ["warehouse_id", "listing_id"])
    .execute();
  await db.schema.createIndex("warehouse_stock_listing_idx").on("warehouse_stock").columns(["listing_id"]).execute();

  await db.schema
    .createTable("shippable_orders")
    .addColumn("order_id", "text", (c) => c.primaryKey())
    .addColumn("buyer_organisation_id", "text", (c) => c.notNull())
    .addColumn("seller_organisation_id", "text", (c) => c.notNull())
    .addColumn("incoterm", "text", (c) => c.notNull())
    .addColumn("named_place", "text", (c) => c.notNull())
    .addColumn("ship_from_country", "text", (c) => c.notNull())
    .addColumn("ship_from_port", "text")
    .addColumn("destination_country", "text", (c) => c.notNull())
    .addColumn("destination_port", "text")
    // The parties as the order named them (JSON): documents print them, the public pages never do.
    .addColumn("parties", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("shippable_orders_seller_idx").on("shippable_orders").columns(["seller_organisation_id", "confirmed_at"]).execute();

  await db.schema
    .createTable("shippable_lines")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("shippable_orders.order_id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("hs_code", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("quantity", real, (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("origin_country", "text", (c) => c.notNull())
    .addColumn("net_weight_kg", real)
    .addColumn("gross_weight_kg", real)
    .addColumn("volume_m3", real)
    .execute();
  await db.schema.createIndex("shippable_lines_order_idx").on("shippable_lines").columns(["order_id", "position"]).execute();

  await db.schema
    .createTable("batches")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull())
    .addColumn("listing_id", "text", (c) => c.notNull())
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("producer_name", "text", (c) => c.notNull())
    .addColumn("producer_place", "text")
    .addColumn("producer_country", "text", (c) => c.notNull())
    .addColumn("produced_on", "text", (c) => c.notNull())
    // harvest (crops, fish) or production (manufactured goods): the page says which.
    .addColumn("produced_kind", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("batches_code_uq", ["organisation_id", "code"])
    .execute();
  await db.schema.createIndex("batches_listing_idx").on("batches").columns(["listing_id", "produced_on"]).execute();

  await db.schema
    .createTable("batch_inspections")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("batch_id", "text", (c) => c.notNull().references("batches.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("result", "text", (c) => c.notNull())
    .addColumn("inspector", "text", (c) => c.notNull())
    .addColumn("place", "text")
    .addColumn("inspected_on", "text", (c) => c.notNull())
    .addColumn("certificate_ref", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("batch_inspections_batch_idx").on("batch_inspections").columns(["batch_id", "inspected_on"]).execute();

  await db.schema
    .createTable("shipments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("shippable_orders.order_id"))
    .addColumn("seller_organisation_id", "text", (c) => c.notNull())
    .addColumn("buyer_organisation_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("carrier_name", "text", (c) => c.notNull())
    // The carrier's organisation on Caravan, when it posts tracking events with its API token.
    .addColumn("carrier_organisation_id", "text")
    .addColumn("booking_number", "text")
    .addColumn("tracking_number", "text", (c) => c.notNull().unique())
    // Random and unguessable: the QR code on the packing list opens the trace page with it.
    .addColumn("trace_code", "text", (c) => c.notNull().unique())
    .addColumn("vessel_name", "text")
    .addColumn("voyage_number", "text")
    .addColumn("flight_number", "text")
    .addColumn("port_of_loading", "text")
    .addColumn("port_of_discharge", "text")
    .addColumn("export_country", "text", (c) => c.notNull())
    .addColumn("import_country", "text", (c) => c.notNull())
    .addColumn("gross_weight_kg", real, (c) => c.notNull())
    .addColumn("net_weight_kg", real, (c) => c.notNull())
    .addColumn("volume_m3", real, (c) => c.notNull())
    // The day the customs desk searches by: the departure once known, else the booking day.
    .addColumn("shipped_on", "text", (c) => c.notNull())
    .addColumn("created_by_user_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("shipments_order_idx").on("shipments").columns(["order_id"]).execute();
  await db.schema.createIndex("shipments_seller_idx").on("shipments").columns(["seller_organisation_id", "created_at"]).execute();
  await db.schema.createIndex("shipments_buyer_idx").on("shipments").columns(["buyer_organisation_id", "created_at"]).execute();
  await db.schema.createIndex("shipments_import_idx").on("shipments").columns(["import_country", "shipped_on"]).execute();
  await db.schema.createIndex("shipments_export_idx").on("shipments").columns(["export_country", "shipped_on"]).execute();

  // One row per HS chapter a shipment carries, with the search keys copied: the desk's chapter
  // filter is one range scan instead of a join over every line.
  await db.schema
    .createTable("shipment_chapters")
    .addColumn("shipment_id", "text", (c) => c.notNull().references("shipments.id"))
    .addColumn("hs_chapter", "text", (c) => c.notNull())
    .addColumn("import_country", "text", (c) => c.notNull())
    .addColumn("export_country", "text", (c) => c.notNull())
    .addColumn("shipped_on", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("shipment_chapters_pk", ["shipment_id", "hs_chapter"])
    .execute();
  await db.schema.createIndex("shipment_chapters_import_idx").on("shipment_chapters").columns(["hs_chapter", "import_country", "shipped_on"]).execute();
  await db.schema.createIndex("shipment_chapters_export_idx").on("shipment_chapters").columns(["hs_chapter", "export_country", "shipped_on"]).execute();

  await db.schema
    .createTable("shipment_lines")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shipment_id", "text", (c) => c.notNull().references("shipments.id"))
    .addColumn("order_line_id", "text", (c) => c.notNull().references("shippable_lines.id"))
    .addColumn("quantity", real, (c) => c.notNull())
    .addColumn("batch_id", "text", (c) => c.references("batches.id"))
    .execute();
  await db.schema.createIndex("shipment_lines_shipment_idx").on("shipment_lines").columns(["shipment_id"]).execute();
  await db.schema.createIndex("shipment_lines_order_line_idx").on("shipment_lines").columns(["order_line_id"]).execute();

  await db.schema
    .createTable("shipment_packages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shipment_id", "text", (c) => c.notNull().references("shipments.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("count", "integer", (c) => c.notNull())
    .addColumn("package_type", "text", (c) => c.notNull())
    .addColumn("gross_weight_kg", real, (c) => c.notNull())
    .addColumn("net_weight_kg", real, (c) => c.notNull())
    .addColumn("length_cm", real, (c) => c.notNull())
    .addColumn("width_cm", real, (c) => c.notNull())
    .addColumn("height_cm", real, (c) => c.notNull())
    .addColumn("marks", "text")
    .execute();
  await db.schema.createIndex("shipment_packages_shipment_idx").on("shipment_packages").columns(["shipment_id", "position"]).execute();

  await db.schema
    .createTable("tracking_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shipment_id", "text", (c) => c.notNull().references("shipments.id"))
    .addColumn("code", "text", (c) => c.notNull())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .addColumn("time_zone", "text", (c) => c.notNull())
    .addColumn("place", "text", (c) => c.notNull())
    .addColumn("locode", "text")
    .addColumn("note", "text")
    // seller, carrier or platform: who said so.
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("tracking_events_shipment_idx").on("tracking_events").columns(["shipment_id", "occurred_at"]).execute();

  await db.schema
    .createTable("shipment_status_history")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shipment_id", "text", (c) => c.notNull().references("shipments.id"))
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("tracking_event_id", "text")
    .addColumn("actor_user_id", "text")
    .addColumn("actor_token_id", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("shipment_status_history_idx").on("shipment_status_history").columns(["shipment_id", "at"]).execute();
}

