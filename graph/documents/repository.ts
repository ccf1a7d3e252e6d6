/** The documents module's tables, read and written here only; other modules go through service.ts. */
import { sql, type Updateable } from "kysely";
import type { Executor } from "../../db/database.js";
import type { DocumentEventsTable, DocumentSigningKeysTable, DocumentsTable } from "../../db/types.js";

export async function activeKeyRow(db: Executor): Promise<DocumentSigningKeysTable | undefined> {
  return db.selectFrom("document_signing_keys").selectAll().where("status", "=", "active").executeTakeFirst();
}

export async function keyRow(db: Executor, id: string): Promise<DocumentSigningKeysTable | undefined> {
  return db.selectFrom("document_signing_keys").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function keyRows(db: Executor): Promise<DocumentSigningKeysTable[]> {
  return db.selectFrom("document_signing_keys").selectAll().orderBy("created_at", "desc").orderBy("id", "desc").execute();
}

export async function insertKey(db: Executor, row: DocumentSigningKeysTable): Promise<void> {
  await db.insertInto("document_signing_keys").values(row).execute();
}

export async function updateKey(db: Executor, id: string, changes: Updateable<DocumentSigningKeysTable>): Promise<void> {
  await db.updateTable("document_signing_keys").set(changes).where("id", "=", id).execute();
}

/**
 * The next number of an issuer's series. The upsert takes the row lock (PostgreSQL) or runs under
 * the database's single writer (SQLite), so concurrent issues queue here; the number is only used
 * once the issuing transaction commits, and a rolled-back issue gives it back: no gaps, no repeats.
 */
export async function nextSequence(db: Executor, issuerOrganisationId: string, prefix: string, year: number): Promise<number> {
  const row = await db
    .insertInto("document_sequences")
    .values({ issuer_organisation_id: issuerOrganisationId, prefix, year, last_value: 1 })
    .onConflict((oc) =>
      oc.columns(["issuer_organisation_id", "prefix", "year"]).doUpdateSet({ last_value: sql<number>`document_sequences.last_value + 1` }),
    )
    .returning("last_value")
    .executeTakeFirstOrThrow();
  return Number(row.last_value);
}

export async function insertDocument(db: Executor, row: DocumentsTable): Promise<void> {
  await db.insertInto("documents").values(row).execute();
}

export async function updateDocument(db: Executor, id: string, changes: Updateable<DocumentsTable>): Promise<void> {
  await db.updateTable("documents").set(changes).where("id", "=", id).execute();
}

export async function documentRow(db: Executor, id: string): Promise<DocumentsTable | undefined> {
  return db.selectFrom("documents").selectAll().where("id", "=", id).executeTakeFirst();
}

/** The columns a list shows, without the bytes. */
export type DocumentHead = Omit<DocumentsTable, "pdf" | "ubl" | "snapshot">;

const HEAD_COLUMNS = [
  "id", "kind", "shipment_id", "order_id", "issuer_organisation_id", "number", "version", "status", "supersedes_id", "superseded_by_id",
  "pdf_sha256", "ubl_sha256", "signature", "key_id", "issued_at", "issued_by_user_id", "correction_reason", "endorsement", "revoked_at",
  "revoked_by_user_id", "revoked_by_name", "revoked_reason",
] as const;

export async function documentHeadsOfShipment(db: Executor, shipmentId: string): Promise<DocumentHead[]> {
  return db.selectFrom("documents").select(HEAD_COLUMNS).where("shipment_id", "=", shipmentId).orderBy("kind").orderBy("version").orderBy("issued_at").execute();
}

export async function documentInForce(db: Executor, shipmentId: string, kind: string): Promise<DocumentHead | undefined> {
  return db.selectFrom("documents").select(HEAD_COLUMNS).where("shipment_id", "=", shipmentId).where("kind", "=", kind).where("status", "=", "issued").executeTakeFirst();
}

export async function insertDocumentEvent(db: Executor, row: DocumentEventsTable): Promise<void> {
  await db.insertInto("document_events").values(row).execute();
}

export async function documentEventRows(db: Executor, documentId: string): Promise<DocumentEventsTable[]> {
  return db.selectFrom("document_events").selectAll().where("document_id", "=", documentId).orderBy("at").orderBy("id").execute();
}
