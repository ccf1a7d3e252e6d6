import type { Kysely } from "kysely";

// Frozen in time: a migration never imports application types, so later changes cannot alter it.
// Timestamps are ISO-8601 UTC text on both dialects: they sort and compare identically everywhere.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("organisations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("legal_name", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("address_line1", "text")
    .addColumn("address_line2", "text")
    .addColumn("city", "text")
    .addColumn("postal_code", "text")
    .addColumn("registration_number", "text")
    .addColumn("tax_id", "text")
    .addColumn("eori", "text")
    .addColumn("export_licence", "text")
    .addColumn("preferred_locale", "text", (c) => c.notNull().defaultTo("en"))
    .addColumn("preferred_currency", "text", (c) => c.notNull().defaultTo("USD"))
    .addColumn("time_zone", "text", (c) => c.notNull().defaultTo("UTC"))
    .addColumn("verification_status", "text", (c) => c.notNull().defaultTo("unverified"))
    .addColumn("verified_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("organisations_verification_idx").on("organisations").columns(["verification_status", "updated_at"]).execute();

  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("email_normalized", "text", (c) => c.notNull().unique())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("display_name", "text", (c) => c.notNull())
    .addColumn("locale", "text", (c) => c.notNull().defaultTo("en"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("memberships")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("role", "text", (c) => c.notNull())
    .addColumn("jurisdiction_country", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("memberships_user_org_unique", ["user_id", "organisation_id"])
    .execute();
  await db.schema.createIndex("memberships_org_idx").on("memberships").column("organisation_id").execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id").onDelete("cascade"))
    .addColumn("organisation_id", "text", (c) => c.references("organisations.id").onDelete("set null"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("last_seen_at", "text", (c) => c.notNull())
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").column("user_id").execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("created_by_user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("token_prefix", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .execute();
  await db.schema.createIndex("api_tokens_org_idx").on("api_tokens").column("organisation_id").execute();

  await db.schema
    .createTable("verification_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id").onDelete("cascade"))
    .addColumn("from_status", "text", (c) => c.notNull())
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text", (c) => c.references("users.id"))
    .addColumn("reason", "text")
    .addColumn("identifiers", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("verification_events_org_idx").on("verification_events").columns(["organisation_id", "created_at"]).execute();

  await db.schema
    .createTable("rate_limit_buckets")
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("window_start", "text", (c) => c.notNull())
    .addColumn("hits", "integer", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("hs_codes")
    .addColumn("code", "text", (c) => c.primaryKey())
    .addColumn("level", "integer", (c) => c.notNull())
    .addColumn("parent_code", "text")
    .addColumn("section", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("edition", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("hs_codes_parent_idx").on("hs_codes").column("parent_code").execute();

  await db.schema
    .createTable("ports")
    .addColumn("locode", "text", (c) => c.primaryKey())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("name_ascii", "text", (c) => c.notNull())
    .addColumn("subdivision", "text")
    .addColumn("functions", "text", (c) => c.notNull())
    .addColumn("is_seaport", "integer", (c) => c.notNull())
    .addColumn("is_airport", "integer", (c) => c.notNull())
    .addColumn("iata", "text")
    .addColumn("latitude", "real")
    .addColumn("longitude", "real")
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("ports_country_idx").on("ports").columns(["country", "name_ascii"]).execute();

  await db.schema
    .createTable("fx_rates")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("base_currency", "text", (c) => c.notNull())
    .addColumn("quote_currency", "text", (c) => c.notNull())
    .addColumn("rate", "text", (c) => c.notNull())
    .addColumn("as_of", "text", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("created_by_user_id", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addUniqueConstraint("fx_rates_pair_day_unique", ["base_currency", "quote_currency", "as_of"])
    .execute();
}
