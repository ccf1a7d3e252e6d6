import { PostgresAdapter, sql, type Kysely } from "kysely";

/**
 * Customs: the officer's clearance decisions (the current state per shipment and border, and every
 * decision as history) and the access log, an append-only hash chain of every view, download,
 * verification and refused access. The head row holds the chain's last sequence number and hash:
 * appends update it first, which serialises them on both databases (a row lock on PostgreSQL, the
 * single writer on SQLite), and it lets the audit notice a deleted last row.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const bigint = postgres ? "bigint" : "integer";

  await db.schema
    .createTable("customs_clearances")
    .addColumn("shipment_id", "text", (c) => c.notNull())
    // The border decided on: an export decision by the origin's authority, an import one by the destination's.
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    // Copied from the shipment so that a status filter is one range scan in the order the desk lists.
    .addColumn("shipped_on", "text", (c) => c.notNull())
    .addColumn("authority_organisation_id", "text", (c) => c.notNull())
    .addColumn("decided_by_user_id", "text", (c) => c.notNull())
    .addColumn("decided_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("customs_clearances_pk", ["shipment_id", "country"])
    .execute();
  await db.schema
    .createIndex("customs_clearances_status_idx")
    .on("customs_clearances")
    .columns(["country", "status", "shipped_on", "shipment_id"])
    .execute();

  await db.schema
    .createTable("customs_decisions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("shipment_id", "text", (c) => c.notNull())
    .addColumn("country", "text", (c) => c.notNull())
    .addColumn("from_status", "text", (c) => c.notNull())
    .addColumn("to_status", "text", (c) => c.notNull())
    .addColumn("reason", "text")
    .addColumn("authority_organisation_id", "text", (c) => c.notNull())
    .addColumn("decided_by_user_id", "text", (c) => c.notNull())
    .addColumn("decided_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("customs_decisions_shipment_idx").on("customs_decisions").columns(["shipment_id", "decided_at"]).execute();

  await db.schema
    .createTable("customs_access_log")
    .addColumn("seq", bigint, (c) => c.primaryKey())
    .addColumn("id", "text", (c) => c.notNull().unique())
    .addColumn("at", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    // refused: the officer asked for something outside the jurisdiction (or that does not exist).
    .addColumn("outcome", "text", (c) => c.notNull())
    .addColumn("actor_user_id", "text")
    .addColumn("actor_organisation_id", "text")
    .addColumn("actor_name", "text", (c) => c.notNull())
    .addColumn("actor_organisation_name", "text")
    .addColumn("jurisdiction", "text")
    .addColumn("shipment_id", "text")
    .addColumn("document_id", "text")
    // The company whose document was read: its exporters see who accessed what.
    .addColumn("document_issuer_organisation_id", "text")
    // JSON of flat values (format, filters, verdict, decision): what else the row is about.
    .addColumn("detail", "text", (c) => c.notNull())
    .addColumn("ip", "text")
    .addColumn("user_agent", "text")
    .addColumn("prev_hash", "text", (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("customs_access_log_issuer_idx").on("customs_access_log").columns(["document_issuer_organisation_id", "seq"]).execute();
  await db.schema.createIndex("customs_access_log_shipment_idx").on("customs_access_log").columns(["shipment_id", "seq"]).execute();

  await db.schema
    .createTable("customs_access_log_head")
    .addColumn("id", "integer", (c) => c.primaryKey())
    .addColumn("seq", bigint, (c) => c.notNull())
    .addColumn("hash", "text", (c) => c.notNull())
    .execute();
  await db.insertInto("customs_access_log_head").values({ id: 1, seq: 0, hash: "0".repeat(64) }).execute();

  // The application never updates or deletes a row; the database refuses to as well. Someone with
  // the rights to drop these triggers can still edit rows, and then the hash chain shows it.
  if (postgres) {
    await sql`CREATE FUNCTION customs_access_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'customs_access_log is append-only'; END $$`.execute(db);
    await sql`CREATE TRIGGER customs_access_log_append_only BEFORE UPDATE OR DELETE ON customs_access_log
      FOR EACH ROW EXECUTE FUNCTION customs_access_log_append_only()`.execute(db);
  } else {
    await sql`CREATE TRIGGER customs_access_log_no_update BEFORE UPDATE ON customs_access_log
      BEGIN SELECT RAISE(ABORT, 'customs_access_log is append-only'); END`.execute(db);
    await sql`CREATE TRIGGER customs_access_log_no_delete BEFORE DELETE ON customs_access_log
      BEGIN SELECT RAISE(ABORT, 'customs_access_log is append-only'); END`.execute(db);
  }
}
