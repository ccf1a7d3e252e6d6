import { newId, nowIso } from "../../db/ids.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { requireOrganisation, requirePlatformAdmin } from "../identity/guards.js";
import { getOrganisation, getUser } from "../identity/service.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import type { Officer } from "./officer.js";
import { accessLogRows, appendAccessLog, type AccessLogRow } from "./repository.js";

/** What an officer did at the desk; every one of them is written to the log. */
export const ACCESS_ACTIONS = [
  "search",
  "view_shipment",
  "download_document",
  "download_zip",
  "verify_document",
  "verify_upload",
  "decide",
] as const;
export type AccessAction = (typeof ACCESS_ACTIONS)[number];

/** `refused`: the thing asked for is outside the officer's jurisdiction or does not exist. */
export type AccessOutcome = "granted" | "refused";

export interface AccessEntry {
  action: AccessAction;
  outcome: AccessOutcome;
  shipmentId?: string | null;
  documentId?: string | null;
  documentIssuerOrganisationId?: string | null;
  detail?: Record<string, string | number | boolean | null>;
}

export interface AccessLogEntry {
  seq: number;
  id: string;
  at: string;
  action: AccessAction;
  outcome: AccessOutcome;
  actorName: string;
  actorOrganisationName: string | null;
  jurisdiction: string | null;
  shipmentId: string | null;
  documentId: string | null;
  detail: Record<string, string | number | boolean | null>;
  ip: string | null;
  hash: string;
}

function toEntry(row: AccessLogRow): AccessLogEntry {
  return {
    seq: Number(row.seq),
    id: row.id,
    at: row.at,
    action: row.action as AccessAction,
    outcome: row.outcome as AccessOutcome,
    actorName: row.actor_name,
    actorOrganisationName: row.actor_organisation_name,
    jurisdiction: row.jurisdiction,
    shipmentId: row.shipment_id,
    documentId: row.document_id,
    detail: JSON.parse(row.detail) as AccessLogEntry["detail"],
    ip: row.ip,
    hash: row.hash,
  };
}

/**
 * Writes what an officer did, with who (user, authority), when and from where (the request's IP
 * and user agent). Joins the caller's transaction when there is one, so a decision and its log
 * row land together; a read is logged in a transaction of its own.
 */
export async function logAccess(ctx: ServiceContext, officer: Officer, entries: readonly AccessEntry[]): Promise<void> {
  const [user, authority] = await Promise.all([getUser(ctx, officer.userId), getOrganisation(ctx, officer.organisationId)]);
  const at = nowIso(ctx.now());
  await withTransaction(ctx, (tx) =>
    appendAccessLog(
      tx.db,
      entries.map((entry) => ({
        id: newId("acc"),
        at,
        action: entry.action,
        outcome: entry.outcome,
        actorUserId: officer.userId,
        actorOrganisationId: officer.organisationId,
        actorName: user?.displayName ?? officer.userId,
        actorOrganisationName: authority?.legalName ?? null,
        jurisdiction: officer.customsJurisdiction,
        shipmentId: entry.shipmentId ?? null,
        documentId: entry.documentId ?? null,
        documentIssuerOrganisationId: entry.documentIssuerOrganisationId ?? null,
        detail: JSON.stringify(entry.detail ?? {}),
        ip: ctx.request.ip,
        userAgent: ctx.request.userAgent,
      })),
    ),
  );
}

/**
 * Who read the viewer's company's papers, newest first: every officer's view of a shipment it
 * sent and every download and verification of a document it issued.
 */
export async function documentAccessLog(ctx: ServiceContext, args: PageArgs): Promise<Page<AccessLogEntry>> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  return accessPage(ctx, { issuerOrganisationId: organisationId }, args);
}

/** The whole log (or one shipment's part of it), for the platform's auditors. */
export async function customsAccessLog(ctx: ServiceContext, args: PageArgs & { shipmentId?: string | null }): Promise<Page<AccessLogEntry>> {
  requirePlatformAdmin(ctx.viewer);
  return accessPage(ctx, { shipmentId: args.shipmentId ?? undefined }, args);
}

async function accessPage(ctx: ServiceContext, where: { issuerOrganisationId?: string; shipmentId?: string }, args: PageArgs): Promise<Page<AccessLogEntry>> {
  const size = pageSize(args.first);
  const beforeSeq = args.after ? decodeCursor(args.after, ["number"])[0] : null;
  const { rows, total } = await accessLogRows(ctx.db, { ...where, beforeSeq, limit: size + 1 });
  return toPage(rows.map(toEntry), size, total, (entry) => [entry.seq]);
}
