import { PostgresAdapter, type Kysely } from "kysely";

/**
 * Compliance: import duty rates by territory and HS prefix (built-in indicative chapters, imported
 * headings and subheadings), the denied-party list, and the screening reviews that hold an order
 * when a party resembles a listed one (with their hits and a history row per decision).
 */
export async function up(db: Kysely<any>): Promise<void> {
  const real = db.getExecutor().adapter instanceof PostgresAdapter ? "double precision" : "real";

  await db.schema
    .createTable("tariff_rates")
    // A customs territory: a country, or EU for the customs union's one tariff.
    .addColumn("territory", "text", (c) => c.notNull())
    // "" for every chapter not named, else 2, 4, 6 or more digits: the longest prefix of a code wins.
    .addColumn("hs_prefix", "text", (c) => c.notNull())
    // Ad valorem, in basis points (1 % = 100): integers, so duty is computed exactly.
    .addColumn("rate_bp", "integer", (c) => c.notNull())
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("as_of", "text", (c) => c.notNull())
    // 1 for the built-in chapter figures, 0 for a schedule an admin imported.
    .addColumn("indicative", "integer", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("tariff_rates_pk", ["territory", "hs_prefix"])
    .execute();

  await db.schema
    .createTable("denied_parties")
    .addColumn("id", "text", (c) => c.primaryKey())
    // Which list the entry comes from (an import replaces its source's entries, never another's).
    .addColumn("list_source", "text", (c) => c.notNull())
    .addColumn("name", "text", (c) => c.notNull())
    // Transliterated, folded and token-sorted: what fuzzy matching compares.
    .addColumn("name_key", "text", (c) => c.notNull())
    .addColumn("country", "text")
    .addColumn("programme", "text")
    .addColumn("listed_on", "text")
    .addColumn("imported_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("denied_parties_source_idx").on("denied_parties").column("list_source").execute();

  await db.schema
    .createTable("screening_reviews")
    .addColumn("id", "text", (c) => c.primaryKey())
    // What is held: an order (trade's id), so that the owner of it can follow the decision.
    .addColumn("subject_kind", "text", (c) => c.notNull())
    .addColumn("subject_id", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("decided_by_user_id", "text", (c) => c.references("users.id"))
    .addColumn("decided_at", "text")
    .addColumn("note", "text")
    .execute();
  await db.schema.createIndex("screening_reviews_subject_idx").on("screening_reviews").columns(["subject_kind", "subject_id"]).execute();
  await db.schema.createIndex("screening_reviews_status_idx").on("screening_reviews").columns(["status", "created_at"]).execute();

  await db.schema
    .createTable("screening_hits")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("review_id", "text", (c) => c.notNull().references("screening_reviews.id"))
    .addColumn("party_role", "text", (c) => c.notNull())
    .addColumn("party_name", "text", (c) => c.notNull())
    .addColumn("party_country", "text")
    .addColumn("listed_name", "text", (c) => c.notNull())
    .addColumn("listed_country", "text")
    .addColumn("list_source", "text", (c) => c.notNull())
    .addColumn("score", real, (c) => c.notNull())
    .execute();
  await db.schema.createIndex("screening_hits_review_idx").on("screening_hits").column("review_id").execute();

  await db.schema
    .createTable("screening_review_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("review_id", "text", (c) => c.notNull().references("screening_reviews.id"))
    .addColumn("from_status", "text")
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("by_user_id", "text", (c) => c.references("users.id"))
    .addColumn("note", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("screening_review_events_review_idx").on("screening_review_events").column("review_id").execute();
}
