import { type Executor } from "../../db/database.js";
import type { QuotesTable, SourcingRequestsTable } from "../../db/types.js";
import type { ServiceContext } from "../context.js";
import { notFound } from "../errors.js";
import { isPlatformAdmin, requireOrganisation } from "../identity/guards.js";
import { getOrganisation, type OrganisationKind } from "../identity/service.js";

export interface Access {
  organisationId: string | null;
  kind: OrganisationKind | null;
  verified: boolean;
  /** Platform admins and the platform's own jobs see every request (never another company's quotes). */
  privileged: boolean;
}

export async function accessOf(ctx: ServiceContext): Promise<Access> {
  if (ctx.viewer.kind === "system") return { organisationId: null, kind: null, verified: false, privileged: true };
  const { organisationId } = requireOrganisation(ctx.viewer);
  const org = await getOrganisation(ctx, organisationId);
  if (!org) throw notFound("ORGANISATION_NOT_FOUND");
  return { organisationId, kind: org.kind, verified: org.verificationStatus === "verified", privileged: isPlatformAdmin(ctx.viewer) };
}

export const isBuyerKind = (kind: OrganisationKind | null) => kind === "buyer" || kind === "both";
export const isExporterKind = (kind: OrganisationKind | null) => kind === "exporter" || kind === "both";

/** A verified-only request is not there at all for an unverified exporter. */
export function visibilityAllows(access: Access, row: Pick<SourcingRequestsTable, "visibility">): boolean {
  return row.visibility === "all" || access.verified;
}

/**
 * The buyer always sees its request; an exporter sees an open one its verification allows, and
 * keeps seeing one it has quoted on after it closes.
 */
function canSeeRequest(access: Access, row: SourcingRequestsTable, quoted: boolean): boolean {
  if (access.privileged || row.organisation_id === access.organisationId || quoted) return true;
  return isExporterKind(access.kind) && row.status === "open" && visibilityAllows(access, row);
}

/** A quote is the business of the two companies only (and of the platform's own jobs). */
export function canSeeQuote(ctx: ServiceContext, access: Access, quote: QuotesTable, request: SourcingRequestsTable): boolean {
  if (ctx.viewer.kind === "system") return true;
  return access.organisationId === quote.organisation_id || access.organisationId === request.organisation_id;
}

export async function requestRow(db: Executor, id: string): Promise<SourcingRequestsTable | undefined> {
  return db.selectFrom("sourcing_requests").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function quoteRow(db: Executor, id: string): Promise<QuotesTable | undefined> {
  return db.selectFrom("quotes").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function ownQuoteRow(db: Executor, requestId: string, organisationId: string | null): Promise<QuotesTable | undefined> {
  if (!organisationId) return undefined;
  return db.selectFrom("quotes").selectAll().where("request_id", "=", requestId).where("organisation_id", "=", organisationId).executeTakeFirst();
}

/** The request if the viewer may see it; otherwise NOT_FOUND, so a hidden request and a missing one look the same. */
export async function visibleRequestRow(ctx: ServiceContext, access: Access, id: string): Promise<SourcingRequestsTable> {
  const row = await requestRow(ctx.db, id);
  if (!row) throw notFound("SOURCING_REQUEST_NOT_FOUND");
  if (canSeeRequest(access, row, false)) return row;
  if (await ownQuoteRow(ctx.db, id, access.organisationId)) return row;
  throw notFound("SOURCING_REQUEST_NOT_FOUND");
}

/**
 * Takes the request row's write lock for the rest of the transaction (an UPDATE that changes
 * nothing), so quotes, withdrawals and the award of one request happen one after another: the
 * cap cannot be overrun and a quote cannot be withdrawn while it is being accepted.
 */
export async function lockRequest(trx: Executor, id: string): Promise<void> {
  await trx
    .updateTable("sourcing_requests")
    .set((eb) => ({ updated_at: eb.ref("updated_at") }))
    .where("id", "=", id)
    .execute();
}
