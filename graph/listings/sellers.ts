import { isLocale } from "../../locales/index.js";
import type { ServiceContext, Viewer } from "../context.js";
import { conflict, forbidden, notFound, unauthenticated } from "../errors.js";
import { requireOrganisation } from "../identity/guards.js";
import { getOrganisation, type Organisation } from "../identity/service.js";
import { canChange, canSee, loadListings, type Listing } from "./listing.js";

export interface ActingOptions {
  /** Which organisation a system context (seed, CLI, job) acts for; others act for their own. */
  organisationId?: string | null;
}

export function actingOrganisation(viewer: Viewer, requested: string | null | undefined): string {
  if (viewer.kind === "system") {
    if (!requested) throw forbidden("ORGANISATION_REQUIRED");
    return requested;
  }
  const acting = requireOrganisation(viewer).organisationId;
  if (requested && requested !== acting) throw forbidden();
  return acting;
}

export async function sellerOf(ctx: ServiceContext, organisationId: string): Promise<Organisation> {
  const org = await getOrganisation(ctx, organisationId);
  if (!org) throw notFound("ORGANISATION_NOT_FOUND");
  return org;
}

export function isExporter(org: Organisation): boolean {
  return org.kind === "exporter" || org.kind === "both";
}

export function requireExporter(org: Organisation): void {
  if (!isExporter(org)) throw forbidden("EXPORTER_REQUIRED");
}

export function isVerified(org: Organisation): boolean {
  return org.verificationStatus === "verified";
}

/**
 * The listing a write concerns, inside the write's transaction: NOT_FOUND when the viewer may not
 * even see it, FORBIDDEN when it is someone else's.
 */
export async function ownedListing(ctx: ServiceContext, id: string): Promise<Listing> {
  if (ctx.viewer.kind === "anonymous") throw unauthenticated();
  const listing = (await loadListings(ctx, [id])).get(id);
  if (!listing || !canSee(ctx.viewer, listing)) throw notFound("LISTING_NOT_FOUND");
  if (!canChange(ctx.viewer, listing.organisationId)) throw forbidden();
  // Touching the row where its status is still the one just read locks it on PostgreSQL until the
  // transaction ends: two changes at once cannot both pass the lifecycle check on the same status.
  const claimed = await ctx.db
    .updateTable("listings")
    .set({ updated_at: listing.updatedAt })
    .where("id", "=", id)
    .where("status", "=", listing.status)
    .executeTakeFirst();
  if (Number(claimed.numUpdatedRows) !== 1) throw conflict("LISTING_CHANGED_MEANWHILE");
  return listing;
}

export function defaultLocaleOf(org: Organisation): string {
  return isLocale(org.preferredLocale) ? org.preferredLocale : "en";
}
