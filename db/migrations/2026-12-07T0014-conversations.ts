import type { Kysely } from "kysely";

/**
 * A buyer writes to a seller about one of its listings, and they talk it over: one conversation
 * per listing and buyer company, shared by each company's members like the inbox. Buyers keep a
 * company shortlist of saved listings.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable("conversations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("listing_id", "text", (c) => c.notNull().references("listings.id"))
    .addColumn("buyer_organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("seller_organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("last_message_at", "text", (c) => c.notNull())
    .addUniqueConstraint("conversations_listing_buyer_unique", ["listing_id", "buyer_organisation_id"])
    .execute();
  await db.schema.createIndex("conversations_buyer_idx").on("conversations").columns(["buyer_organisation_id", "last_message_at"]).execute();
  await db.schema.createIndex("conversations_seller_idx").on("conversations").columns(["seller_organisation_id", "last_message_at"]).execute();
  await db.schema
    .createTable("conversation_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("conversation_id", "text", (c) => c.notNull().references("conversations.id"))
    .addColumn("author_user_id", "text", (c) => c.references("users.id"))
    .addColumn("author_organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("body", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("conversation_messages_conversation_idx").on("conversation_messages").columns(["conversation_id", "created_at"]).execute();
  await db.schema
    .createTable("saved_listings")
    .addColumn("organisation_id", "text", (c) => c.notNull().references("organisations.id"))
    .addColumn("listing_id", "text", (c) => c.notNull().references("listings.id"))
    .addColumn("saved_by_user_id", "text", (c) => c.references("users.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("saved_listings_pk", ["organisation_id", "listing_id"])
    .execute();
}
