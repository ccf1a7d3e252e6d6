import { PostgresAdapter, type Kysely } from "kysely";

/**
 * Orders (lines, parties, status history), payments, the double-entry ledger and the jobs table.
 * An order keeps its own copy of everything the commercial invoice, packing list, certificate of
 * origin and transport documents print (descriptions, HS codes, origins, weights, parties'
 * addresses): the listing or company may change later, the order must not.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const real = postgres ? "double precision" : "real";
  const bigint = postgres ? "bigint" : "integer";

  await db.schema
    .createTable("orders")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("buyer_organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("seller_organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("status", "text", (c) => c.notNull())
    // The client's key for this placement: a retry with the same key gets this order back.
    .addColumn("idempotency_key", "text", (c) => c.notNull())
    .addColumn("request_hash", "text", (c) => c.notNull())
    .addColumn("listing_id", "text")
    .addColumn("quote_id", "text")
    .addColumn("sale_event_id", "text")
    .addColumn("buyer_reference", "text")
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("goods_total_minor", bigint, (c) => c.notNull())
    .addColumn("freight_minor", bigint, (c) => c.notNull())
    .addColumn("insurance_minor", bigint, (c) => c.notNull())
    .addColumn("total_minor", bigint, (c) => c.notNull())
    .addColumn("incoterm", "text", (c) => c.notNull())
    .addColumn("named_place", "text", (c) => c.notNull())
    .addColumn("payment_terms", "text", (c) => c.notNull())
    .addColumn("payment_method", "text")
    .addColumn("credit_days", "integer")
    // The exchange rate locked when the order was placed: order currency → the buyer's currency.
    .addColumn("buyer_currency", "text", (c) => c.notNull())
    .addColumn("fx_rate", "text", (c) => c.notNull())
    .addColumn("fx_rate_date", "text", (c) => c.notNull())
    .addColumn("fx_source", "text", (c) => c.notNull())
    .addColumn("total_buyer_minor", bigint, (c) => c.notNull())
    .addColumn("ship_from_country", "text", (c) => c.notNull())
    .addColumn("ship_from_port", "text")
    .addColumn("destination_country", "text", (c) => c.notNull())
    .addColumn("destination_port", "text")
    .addColumn("shipping_option_id", "text")
    .addColumn("shipping_mode", "text")
    .addColumn("carrier_label", "text")
    .addColumn("transit_days_min", "integer")
    .addColumn("transit_days_max", "integer")
    .addColumn("estimated_delivery", "text")
    .addColumn("gross_weight_kg", real)
    .addColumn("net_weight_kg", real)
    .addColumn("volume_m3", real)
    // Set when denied-party screening found a possible match: the seller cannot confirm until an admin clears it.
    .addColumn("compliance_hold", "text")
    .addColumn("dispatched_at", "text")
    .addColumn("delivered_at", "text")
    .addColumn("created_by_user_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("orders_idempotency_unique", ["buyer_organisation_id", "idempotency_key"])
    .execute();
  await db.schema.createIndex("orders_buyer_idx").on("orders").columns(["buyer_organisation_id", "created_at"]).execute();
  await db.schema.createIndex("orders_seller_idx").on("orders").columns(["seller_organisation_id", "created_at"]).execute();
  await db.schema.createIndex("orders_quote_idx").on("orders").column("quote_id").execute();
  await db.schema.createIndex("orders_status_idx").on("orders").columns(["status", "created_at"]).execute();

  await db.schema
    .createTable("order_lines")
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id").onDelete("cascade"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("listing_id", "text")
    .addColumn("hs_code", "text", (c) => c.notNull())
    .addColumn("origin_country", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("quantity", real, (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    // The stock taken from the listing, in the listing's own unit (the line may be in another one).
    .addColumn("reserved_quantity", real)
    .addColumn("unit_price_minor", bigint, (c) => c.notNull())
    .addColumn("line_total_minor", bigint, (c) => c.notNull())
    .addColumn("net_weight_kg", real)
    .addColumn("gross_weight_kg", real)
    .addColumn("volume_m3", real)
    .addColumn("packaging", "text")
    .addPrimaryKeyConstraint("order_lines_pk", ["order_id", "position"])
    .execute();

  await db.schema
    .createTable("order_parties")
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("organisation_id", "text")
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("address_line1", "text")
    .addColumn("address_line2", "text")
    .addColumn("city", "text")
    .addColumn("postal_code", "text")
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("tax_id", "text")
    .addColumn("eori", "text")
    .addColumn("registration_number", "text")
    .addColumn("contact", "text")
    .addPrimaryKeyConstraint("order_parties_pk", ["order_id", "role"])
    .execute();

  await db.schema
    .createTable("order_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id").onDelete("cascade"))
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("actor_role", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("note", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("order_events_order_idx").on("order_events").columns(["order_id", "created_at"]).execute();

  await db.schema
    .createTable("payments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("provider", "text", (c) => c.notNull())
    .addColumn("terms", "text", (c) => c.notNull())
    .addColumn("method", "text")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("amount_minor", bigint, (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    // What the buyer quotes on its bank transfer, so an admin can match the statement line.
    .addColumn("reference", "text", (c) => c.notNull().unique())
    .addColumn("provider_reference", "text")
    .addColumn("lc_reference", "text")
    .addColumn("lc_issuing_bank", "text")
    .addColumn("escrow_release_days", "integer")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("funded_at", "text")
    .addColumn("settled_at", "text")
    .addColumn("reconciled_by_user_id", "text")
    .execute();
  await db.schema.createIndex("payments_order_idx").on("payments").column("order_id").execute();
  await db.schema.createIndex("payments_status_idx").on("payments").columns(["status", "created_at"]).execute();

  // Double entry: each money movement writes rows whose debits equal their credits. The unique key
  // makes a movement happen at most once per order (releasing escrow twice writes nothing the second time).
  await db.schema
    .createTable("ledger_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("order_id", "text", (c) => c.notNull().references("orders.id"))
    .addColumn("payment_id", "text")
    .addColumn("movement", "text", (c) => c.notNull())
    .addColumn("account", "text", (c) => c.notNull())
    .addColumn("debit_minor", bigint, (c) => c.notNull())
    .addColumn("credit_minor", bigint, (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("ledger_movement_unique", ["order_id", "movement", "account"])
    .execute();

  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    // At most one queued or running job per key (e.g. one escrow release per order).
    .addColumn("unique_key", "text", (c) => c.unique())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("run_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("locked_by", "text")
    .addColumn("locked_until", "text")
    .addColumn("last_error", "text")
    .addColumn("progress_done", bigint, (c) => c.notNull().defaultTo(0))
    .addColumn("progress_total", bigint)
    // Where a resumable job got to, so a restart continues instead of starting over.
    .addColumn("checkpoint", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  await db.schema.createIndex("jobs_due_idx").on("jobs").columns(["status", "run_at"]).execute();
  await db.schema.createIndex("jobs_kind_idx").on("jobs").columns(["kind", "created_at"]).execute();
}
