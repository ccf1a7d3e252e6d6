import { PostgresAdapter, sql, type Kysely } from "kysely";

/**
 * Trade documents as issued: the frozen snapshot, the PDF bytes and UBL exactly as handed out, their
 * SHA-256 and the Ed25519 signature by a platform key; gap-free numbers per issuer, kind and year;
 * the platform's signing keys (private halves encrypted); and the history of every document.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const bytes = postgres ? "bytea" : "blob";

  await db.schema
    .createTable("document_signing_keys")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("algorithm", "text", (c) => c.notNull())
    // Raw 32-byte Ed25519 public key, base64url (the JWK "x").
    .addColumn("public_key", "text", (c) => c.notNull())
    // AES-256-GCM over the PKCS#8 private key with a key derived from CARAVAN_SIGNING_SECRET.
    .addColumn("private_key_encrypted", "text", (c) => c.notNull())
    // active (signs new documents), retired (verifies what it signed), revoked (vouches for nothing).
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("retired_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("revoked_reason", "text")
    .execute();
  // At most one key signs at a time: two processes creating the first key race on this index.
  await sql`create unique index document_signing_keys_active_uq on document_signing_keys (status) where status = 'active'`.execute(db);

  // The last number handed out per issuer, document prefix and year. Incremented inside the issuing
  // transaction, so a document that fails to be stored gives its number back.
  await db.schema
    .createTable("document_sequences")
    .addColumn("issuer_organisation_id", "text", (c) => c.notNull())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("year", "integer", (c) => c.notNull())
    .addColumn("last_value", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("document_sequences_pk", ["issuer_organisation_id", "prefix", "year"])
    .execute();

  await db.schema
    .createTable("documents")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("shipment_id", "text", (c) => c.notNull())
    .addColumn("order_id", "text", (c) => c.notNull())
    .addColumn("issuer_organisation_id", "text", (c) => c.notNull())
    .addColumn("number", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    // issued, superseded (by a correction) or revoked.
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("supersedes_id", "text", (c) => c.references("documents.id"))
    .addColumn("superseded_by_id", "text")
    .addColumn("snapshot", "text", (c) => c.notNull())
    .addColumn("pdf", bytes, (c) => c.notNull())
    .addColumn("ubl", "text", (c) => c.notNull())
    .addColumn("pdf_sha256", "text", (c) => c.notNull())
    .addColumn("ubl_sha256", "text", (c) => c.notNull())
    .addColumn("signature", "text", (c) => c.notNull())
    .addColumn("key_id", "text", (c) => c.notNull().references("document_signing_keys.id"))
    .addColumn("issued_at", "text", (c) => c.notNull())
    .addColumn("issued_by_user_id", "text")
    .addColumn("correction_reason", "text")
    .addColumn("endorsement", "text")
    .addColumn("revoked_at", "text")
    .addColumn("revoked_by_user_id", "text")
    .addColumn("revoked_by_name", "text")
    .addColumn("revoked_reason", "text")
    .execute();
  await db.schema.createIndex("documents_shipment_idx").on("documents").columns(["shipment_id", "kind", "version"]).execute();
  await db.schema.createIndex("documents_number_uq").on("documents").columns(["issuer_organisation_id", "number", "version"]).unique().execute();
  // One document in force per shipment and kind: issuing twice without a correction fails here too.
  await sql`create unique index documents_in_force_uq on documents (shipment_id, kind) where status = 'issued'`.execute(db);

  await db.schema
    .createTable("document_events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("document_id", "text", (c) => c.notNull().references("documents.id"))
    // issued, corrected, endorsed, superseded, revoked.
    .addColumn("event", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("by_user_id", "text")
    .addColumn("reason", "text")
    .execute();
  await db.schema.createIndex("document_events_document_idx").on("document_events").columns(["document_id", "at"]).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable("document_events").execute();
  await db.schema.dropTable("documents").execute();
  await db.schema.dropTable("document_sequences").execute();
  await db.schema.dropTable("document_signing_keys").execute();
}
