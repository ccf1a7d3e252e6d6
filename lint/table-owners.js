// @ts-check
/**
 * Which module owns each table: only that module's files may name it (caravan/no-foreign-tables),
 * and its repository.ts is where the queries live. db/ (migrations, search index, seed data) is the
 * layer below and may name any table. A new table is added here with its migration.
 */
export const TABLE_OWNERS = {
  identity: ["organisations", "users", "memberships", "sessions", "api_tokens", "verification_events", "rate_limit_buckets", "email_tokens"],
  catalog: ["hs_codes", "ports"],
  fx: ["fx_rates"],
  listings: ["listings", "listing_price_tiers", "listing_incoterms", "listing_translations", "listing_certifications", "listing_photos", "listing_photo_variants", "listing_events"],
  sourcing: ["sourcing_requests", "sourcing_request_events", "quotes", "quote_events"],
  logistics: [
    "lanes",
    "warehouses",
    "warehouse_stock",
    "shippable_orders",
    "shippable_lines",
    "batches",
    "batch_inspections",
    "shipments",
    "shipment_chapters",
    "shipment_lines",
    "shipment_packages",
    "tracking_events",
    "shipment_status_history",
  ],
  compliance: ["embargoes"],
  inbox: ["notifications"],
  mail: ["outbox"],
  events: ["sale_events", "sale_event_prices"],
  customs: ["customs_clearances", "customs_decisions", "customs_access_log", "customs_access_log_head"],
};
