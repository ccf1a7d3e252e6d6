import { PostgresAdapter, sql, type Kysely } from "kysely";

/**
 * Listings, sourcing requests, quotes, matching reference data (lanes, embargoes), notifications
 * and sale events. Quantities are doubles in the listing's own unit plus `*_base` in the unit's base
 * (kg, m³, piece, m, m²) so requests in tonnes meet listings in kilograms. Money is integer minor units.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const blob = postgres ? "bytea" : "blob";
  const real = postgres ? "double precision" : "real";
  const bigint = postgres ? "bigint" : "integer";

  await db.schema
    .createTable("listings")
    // Integer key the full-text index refers to (FTS5 rowid / a compact join key on PostgreSQL). On
    // SQLite it is the rowid itself (INTEGER PRIMARY KEY), so the database numbers new rows and a
    // search hit reaches its listing by the table's own b-tree, with no extra index.
    .addColumn("id", "text", (c) => (postgres ? c.primaryKey() : c.notNull().unique()))
    .addColumn("search_key", postgres ? "bigserial" : "integer", (c) => (postgres ? c.notNull().unique() : c.primaryKey()))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("external_ref", "text")
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("hs_code", "text", (c) => c.notNull())
    .addColumn("origin_country", "text", (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("price_from_minor", bigint, (c) => c.notNull())
    // The lowest tier price in US cents at the latest rate: one column to sort and filter prices across currencies.
    // Null only on a draft saved before any rate for its currency existed; publishing requires it.
    .addColumn("price_from_usd_cents", bigint)
    .addColumn("moq", real, (c) => c.notNull())
    .addColumn("available_quantity", real, (c) => c.notNull())
    .addColumn("moq_base", real, (c) => c.notNull())
    .addColumn("available_base", real, (c) => c.notNull())
    .addColumn("lead_time_days", "integer", (c) => c.notNull())
    .addColumn("ship_from_port", "text")
    .addColumn("net_weight_kg", real)
    .addColumn("gross_weight_kg", real)
    .addColumn("volume_m3", real)
    .addColumn("packaging", "text")
    .addColumn("seller_verified", "integer", (c) => c.notNull().defaultTo(0))
    .addColumn("published_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("listings_org_external_ref_unique", ["organisation_id", "external_ref"])
    .execute();
  await db.schema.createIndex("listings_org_idx").on("listings").columns(["organisation_id", "status", "updated_at"]).execute();
  // search_key last: matching reads the newest candidates of an HS code in index order.
  await db.schema.createIndex("listings_active_hs_idx").on("listings").columns(["status", "hs_code", "search_key"]).execute();
  await db.schema.createIndex("listings_active_origin_idx").on("listings").columns(["status", "origin_country", "hs_code"]).execute();
  await db.schema.createIndex("listings_active_price_idx").on("listings").columns(["status", "price_from_usd_cents"]).execute();
  await db.schema.createIndex("listings_active_lead_idx").on("listings").columns(["status", "lead_time_days"]).execute();

  await db.schema
    .createTable("listing_price_tiers")
    .addColumn("listing_id", "text", (c) => c.notNull().references("listings.id").onDelete("cascade"))
    .addColumn("min_quantity", real, (c) => c.notNull())
    .addColumn("unit_price_minor", bigint, (c) => c.notNull())
    .addPrimaryKeyConstraint("listing_price_tiers_pk", ["listing_id", "min_quantity"])
    .execute();

  await db.schema
    .createTable("listing_incoterms")
    .addColumn("listing_id", "text", (c) => c.notNull().references("listings.id").onDelete("cascade"))
    .addColumn("incoterm", "text", (c) => c.notNull())
    .addColumn("named_place", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("listing_incoterms_pk", ["listing_id", "incoterm"])
    .execute();
  await db.schema.createIndex("listing_incoterms_term_idx").on("listing_incoterms").columns(["incoterm", "listing_id"]).execute();

  await db.schema
    .createTable("listing_translations")
    .addColumn("listing_id", "text", (c) => c.notNull().references("listings.id").onDelete("cascade"))
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("listing_translations_pk", ["listing_id", "locale"])
    .execute();

  await db.schema
    .createTable("listing_certifications")
    .addColumn("listing_id", "text", (c) => c.notNull().references("listings.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("reference", "text")
    .addPrimaryKeyConstraint("listing_certifications_pk", ["listing_id", "kind"])
    .execute();

  await db.schema
    .createTable("listing_photos")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("listing_id", "text", (c) => c.notNull().references("listings.id").onDelete("cascade"))
    .addColumn("content_type", "text", (c) => c.notNull())
    .addColumn("byte_size", "integer", (c) => c.notNull())
    .addColumn("sha256", "text", (c) => c.notNull())
    .addColumn("bytes", blob, (c) => c.notNull())
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("listing_photos_listing_idx").on("listing_photos").columns(["listing_id", "position"]).execute();

  await db.schema
    .createTable("listing_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("listing_id", "text", (c) => c.notNull().references("listings.id").onDelete("cascade"))
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("listing_events_listing_idx").on("listing_events").columns(["listing_id", "created_at"]).execute();

  if (postgres) {
    await sql`alter table listings add column search_vector tsvector`.execute(db);
    await sql`create index listings_search_idx on listings using gin (search_vector)`.execute(db);
  } else {
    // Contentless FTS5: the text lives in listings and listing_translations; the index holds only postings.
    // `facets` holds filter and sort keys as tokens (origin, HS prefixes, Incoterms, price and lead-time
    // buckets) so FTS5 intersects them with the words itself: see db/search.ts and docs/decisions.
    // Facet tokens start with "_" (a token character here), which no indexed word contains.
    await sql`create virtual table listing_search using fts5(title, body, facets, content='', contentless_delete=1, tokenize="unicode61 remove_diacritics 2 tokenchars '_'")`.execute(db);
  }
  // Every word and facet ever indexed, so a partial last word ("coff") becomes a few whole words rather
  // than a prefix query (which reads every posting of every word it covers, on each statement), with the
  // lowest and highest USD price seen with it, where a price sort's bucket walk may start and end.
  // Byte order ("C"), so a prefix is a range of the primary key on both databases.
  await (postgres
    ? sql`create table listing_search_words (word text collate "C" primary key, min_price bigint, max_price bigint)`
    : sql`create table listing_search_words (word text primary key, min_price integer, max_price integer) without rowid`
  ).execute(db);

  await db.schema
    .createTable("sourcing_requests")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("hs_code", "text")
    .addColumn("keywords", "text", (c) => c.notNull())
    .addColumn("quantity", real, (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("quantity_base", real, (c) => c.notNull())
    .addColumn("target_price_minor", bigint)
    .addColumn("target_currency", "text")
    .addColumn("destination_country", "text", (c) => c.notNull())
    .addColumn("destination_port", "text")
    .addColumn("incoterm", "text", (c) => c.notNull())
    .addColumn("needed_by", "text", (c) => c.notNull())
    .addColumn("visibility", "text", (c) => c.notNull())
    .addColumn("quote_cap", "integer", (c) => c.notNull())
    .addColumn("quote_deadline", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sourcing_requests_open_hs_idx").on("sourcing_requests").columns(["status", "hs_code"]).execute();
  await db.schema.createIndex("sourcing_requests_org_idx").on("sourcing_requests").columns(["organisation_id", "created_at"]).execute();
  await db.schema.createIndex("sourcing_requests_dest_idx").on("sourcing_requests").columns(["status", "destination_country", "created_at"]).execute();

  await db.schema
    .createTable("sourcing_request_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("request_id", "text", (c) => c.notNull().references("sourcing_requests.id").onDelete("cascade"))
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("quotes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("request_id", "text", (c) => c.notNull().references("sourcing_requests.id"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("listing_id", "text", (c) => c.references("listings.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("unit_price_minor", bigint, (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("quantity", real, (c) => c.notNull())
    .addColumn("unit", "text", (c) => c.notNull())
    .addColumn("moq", real)
    .addColumn("incoterm", "text", (c) => c.notNull())
    .addColumn("named_place", "text", (c) => c.notNull())
    .addColumn("lead_time_days", "integer", (c) => c.notNull())
    .addColumn("payment_terms", "text", (c) => c.notNull())
    .addColumn("valid_until", "text", (c) => c.notNull())
    .addColumn("message", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("quotes_request_seller_unique", ["request_id", "organisation_id"])
    .execute();
  await db.schema.createIndex("quotes_org_idx").on("quotes").columns(["organisation_id", "created_at"]).execute();

  await db.schema
    .createTable("quote_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("quote_id", "text", (c) => c.notNull().references("quotes.id").onDelete("cascade"))
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("lanes")
    .addColumn("origin_country", "text", (c) => c.notNull())
    .addColumn("destination_country", "text", (c) => c.notNull())
    .addColumn("mode", "text", (c) => c.notNull())
    .addColumn("transit_days_min", "integer", (c) => c.notNull())
    .addColumn("transit_days_max", "integer", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("lanes_pk", ["origin_country", "destination_country", "mode"])
    .execute();

  await db.schema
    .createTable("embargoes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("origin_country", "text", (c) => c.notNull())
    .addColumn("destination_country", "text", (c) => c.notNull())
    .addColumn("hs_prefix", "text")
    .addColumn("valid_from", "text", (c) => c.notNull())
    .addColumn("valid_to", "text")
    .addColumn("legal_basis", "text", (c) => c.notNull())
    // Who recorded it and who ended it: reference data that decides what may be traded is accountable.
    .addColumn("created_by_user_id", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("ended_by_user_id", "text", (c) => c.references("users.id"))
    .execute();
  await db.schema.createIndex("embargoes_lane_idx").on("embargoes").columns(["origin_country", "destination_country"]).execute();

  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("notifications_once_unique", ["organisation_id", "kind", "subject_id"])
    .execute();
  await db.schema.createIndex("notifications_inbox_idx").on("notifications").columns(["organisation_id", "created_at"]).execute();

  await db.schema
    .createTable("outbox")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("sent_at", "text")
    .execute();
  await db.schema.createIndex("outbox_unsent_idx").on("outbox").columns(["sent_at", "created_at"]).execute();

  await db.schema
    .createTable("sale_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    // utc_window, or local_day: `days` calendar days from local_date, in full in every zone of `countries`.
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("local_date", "text")
    .addColumn("days", "integer")
    // Comma-separated ISO alpha-2 codes and IANA zones (no JSON: the same text on both dialects).
    .addColumn("countries", "text")
    // The zones whose midnight opened and whose end of day closed the window, as computed at creation.
    .addColumn("opens_in", "text")
    .addColumn("closes_in", "text")
    // UTC instants; ends_at is exclusive.
    .addColumn("starts_at", "text", (c) => c.notNull())
    .addColumn("ends_at", "text", (c) => c.notNull())
    .addColumn("created_by_user_id", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sale_events_ends_idx").on("sale_events").columns(["ends_at", "starts_at"]).execute();

  await db.schema
    .createTable("sale_event_prices")
    .addColumn("event_id", "text", (c) => c.notNull().references("sale_events.id").onDelete("cascade"))
    .addColumn("listing_id", "text", (c) => c.notNull().references("listings.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("unit_price_minor", bigint, (c) => c.notNull())
    // The listing's currency when the price was set: a price never applies in another currency.
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("set_by_user_id", "text", (c) => c.references("users.id"))
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("sale_event_prices_pk", ["event_id", "listing_id"])
    .execute();
  await db.schema.createIndex("sale_event_prices_listing_idx").on("sale_event_prices").column("listing_id").execute();
}
