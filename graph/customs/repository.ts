import type { Executor } from "../../db/database.js";
import type { CustomsAccessLogTable, CustomsClearancesTable, CustomsDecisionsTable } from "../../db/types.js";
import { chainHash, type ChainedFields, type ChainHead } from "./access-chain.js";

/** The only file that names customs' tables. */

export type AccessLogRow = CustomsAccessLogTable;

export function toChained(row: AccessLogRow): ChainedFields & { hash: string } {
  return {
    seq: Number(row.seq),
    id: row.id,
    at: row.at,
    action: row.action,
    outcome: row.outcome,
    actorUserId: row.actor_user_id,
    actorOrganisationId: row.actor_organisation_id,
    actorName: row.actor_name,
    actorOrganisationName: row.actor_organisation_name,
    jurisdiction: row.jurisdiction,
    shipmentId: row.shipment_id,
    documentId: row.document_id,
    documentIssuerOrganisationId: row.document_issuer_organisation_id,
    detail: row.detail,
    ip: row.ip,
    userAgent: row.user_agent,
    prevHash: row.prev_hash,
    hash: row.hash,
  };
}

export type NewAccessLogRow = Omit<ChainedFields, "seq" | "prevHash">;

/**
 * Appends rows to the chain. The head row is updated first: that statement takes the write lock
 * (PostgreSQL locks the row until commit and re-reads it after a concurrent append; SQLite's
 * single writer does the same), so two appends never link to the same previous row. Must run
 * inside a transaction.
 */
export async function appendAccessLog(db: Executor, entries: readonly NewAccessLogRow[]): Promise<AccessLogRow[]> {
  if (!db.isTransaction) throw new Error("access log appends run inside a transaction");
  if (!entries.length) return [];
  const head = await db
    .updateTable("customs_access_log_head")
    .set((eb) => ({ seq: eb("seq", "+", entries.length) }))
    .where("id", "=", 1)
    .returning(["seq", "hash"])
    .executeTakeFirstOrThrow();
  let seq = Number(head.seq) - entries.length;
  let prevHash = head.hash;
  const rows: AccessLogRow[] = entries.map((entry) => {
    seq += 1;
    const fields: ChainedFields = { ...entry, seq, prevHash };
    const hash = chainHash(fields);
    prevHash = hash;
    return {
      seq,
      id: entry.id,
      at: entry.at,
      action: entry.action,
      outcome: entry.outcome,
      actor_user_id: entry.actorUserId,
      actor_organisation_id: entry.actorOrganisationId,
      actor_name: entry.actorName,
      actor_organisation_name: entry.actorOrganisationName,
      jurisdiction: entry.jurisdiction,
      shipment_id: entry.shipmentId,
      document_id: entry.documentId,
      document_issuer_organisation_id: entry.documentIssuerOrganisationId,
      detail: entry.detail,
      ip: entry.ip,
      user_agent: entry.userAgent,
      prev_hash: fields.prevHash,
      hash,
    };
  });
  await db.insertInto("customs_access_log").values(rows).execute();
  await db.updateTable("customs_access_log_head").set({ hash: prevHash }).where("id", "=", 1).execute();
  return rows;
}

export async function accessLogHead(db: Executor): Promise<ChainHead> {
  const head = await db.selectFrom("customs_access_log_head").select(["seq", "hash"]).where("id", "=", 1).executeTakeFirstOrThrow();
  return { seq: Number(head.seq), hash: head.hash };
}

/** One batch of the chain in order, after `afterSeq`: the audit walks it without loading it whole. */
export function accessLogBatch(db: Executor, afterSeq: number, limit: number): Promise<AccessLogRow[]> {
  return db.selectFrom("customs_access_log").selectAll().where("seq", ">", afterSeq).orderBy("seq").limit(limit).execute();
}

export interface AccessLogQuery {
  issuerOrganisationId?: string;
  shipmentId?: string;
  beforeSeq?: number | null;
  limit: number;
}

/** Newest first, by the document's issuer or by shipment. */
export async function accessLogRows(db: Executor, query: AccessLogQuery): Promise<{ rows: AccessLogRow[]; total: number }> {
  let filtered = db.selectFrom("customs_access_log");
  if (query.issuerOrganisationId) filtered = filtered.where("document_issuer_organisation_id", "=", query.issuerOrganisationId);
  if (query.shipmentId) filtered = filtered.where("shipment_id", "=", query.shipmentId);
  const total = await filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let select = filtered.selectAll();
  if (query.beforeSeq) select = select.where("seq", "<", query.beforeSeq);
  const rows = await select.orderBy("seq", "desc").limit(query.limit).execute();
  return { rows, total: Number(total.n) };
}

// ---------------------------------------------------------------------------- clearances

export async function clearanceRows(db: Executor, country: string, shipmentIds: readonly string[]): Promise<CustomsClearancesTable[]> {
  if (!shipmentIds.length) return [];
  return db.selectFrom("customs_clearances").selectAll().where("country", "=", country).where("shipment_id", "in", shipmentIds).execute();
}

export function clearanceRow(db: Executor, shipmentId: string, country: string): Promise<CustomsClearancesTable | undefined> {
  return db.selectFrom("customs_clearances").selectAll().where("shipment_id", "=", shipmentId).where("country", "=", country).executeTakeFirst();
}

/**
 * Shipments with this status at this border, newest shipment first, after the (shipped_on, id)
 * position given: one index range scan, fed in chunks to logistics' search.
 */
export async function shipmentIdsWithStatus(
  db: Executor,
  country: string,
  status: string,
  after: readonly [shippedOn: string, shipmentId: string] | null,
  limit: number,
): Promise<{ shipmentId: string; shippedOn: string }[]> {
  let select = db
    .selectFrom("customs_clearances")
    .select(["shipment_id", "shipped_on"])
    .where("country", "=", country)
    .where("status", "=", status);
  if (after) {
    const [shippedOn, id] = after;
    select = select.where((eb) => eb.or([eb("shipped_on", "<", shippedOn), eb.and([eb("shipped_on", "=", shippedOn), eb("shipment_id", "<", id)])]));
  }
  const rows = await select.orderBy("shipped_on", "desc").orderBy("shipment_id", "desc").limit(limit).execute();
  return rows.map((r) => ({ shipmentId: r.shipment_id, shippedOn: r.shipped_on }));
}

export async function saveClearance(db: Executor, row: CustomsClearancesTable, history: CustomsDecisionsTable): Promise<void> {
  await db
    .insertInto("customs_clearances")
    .values(row)
    .onConflict((oc) =>
      oc.columns(["shipment_id", "country"]).doUpdateSet({
        status: row.status,
        reason: row.reason,
        authority_organisation_id: row.authority_organisation_id,
        decided_by_user_id: row.decided_by_user_id,
        decided_at: row.decided_at,
      }),
    )
    .execute();
  await db.insertInto("customs_decisions").values(history).execute();
}

export function decisionRows(db: Executor, shipmentId: string, country: string): Promise<CustomsDecisionsTable[]> {
  return db
    .selectFrom("customs_decisions")
    .selectAll()
    .where("shipment_id", "=", shipmentId)
    .where("country", "=", country)
    .orderBy("decided_at")
    .orderBy("id")
    .execute();
}

export async function countWithStatus(db: Executor, country: string, status: string): Promise<number> {
  const row = await db
    .selectFrom("customs_clearances")
    .select((eb) => eb.fn.countAll<number>().as("n"))
    .where("country", "=", country)
    .where("status", "=", status)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
