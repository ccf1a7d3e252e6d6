import { nowIso } from "../../db/ids.js";
import type { ServiceContext } from "../context.js";
import { problem } from "../errors.js";
import { requireOrganisation } from "../identity/guards.js";
import { getListing, listingsByIds, type Listing } from "../listings/service.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import * as repo from "./repository.js";

/**
 * A buyer's shortlist: listings its company saved to compare or order later, shared by its
 * members. A listing that is later paused or archived stays saved but is shown only while the
 * viewer may see it.
 */
export async function saveListing(ctx: ServiceContext, listingId: string): Promise<Listing> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const listing = await getListing(ctx, listingId.trim());
  if (!listing || listing.status !== "active") throw problem("listingId", "LISTING_NOT_FOUND");
  if (listing.organisationId === organisationId) throw problem("listingId", "SAVE_OWN_LISTING");
  await repo.insertSavedListing(ctx.db, {
    organisation_id: organisationId,
    listing_id: listing.id,
    saved_by_user_id: ctx.viewer.kind === "user" ? ctx.viewer.userId : null,
    created_at: nowIso(ctx.now()),
  });
  return listing;
}

/** Takes a listing off the shortlist; one that was not on it is no error (the user's second click). */
export async function unsaveListing(ctx: ServiceContext, listingId: string): Promise<void> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  await repo.deleteSavedListing(ctx.db, organisationId, listingId.trim());
}

export async function isListingSaved(ctx: ServiceContext, listingId: string): Promise<boolean> {
  if (ctx.viewer.kind !== "user" && ctx.viewer.kind !== "token") return false;
  if (ctx.viewer.kind === "user" && !ctx.viewer.organisationId) return false;
  const { organisationId } = requireOrganisation(ctx.viewer);
  return !!(await repo.savedListing(ctx.db, organisationId, listingId));
}

export async function savedListings(ctx: ServiceContext, args: PageArgs): Promise<Page<Listing>> {
  const { organisationId } = requireOrganisation(ctx.viewer);
  const size = pageSize(args.first);
  const after = args.after ? (decodeCursor(args.after, ["string", "string"]) as [string, string]) : null;
  const { rows, total } = await repo.savedListingsOf(ctx.db, organisationId, size + 1, after);
  const listings = new Map((await listingsByIds(ctx, rows.map((r) => r.listing_id))).map((l) => [l.id, l]));
  const savedAt = new Map(rows.map((r) => [r.listing_id, r.created_at]));
  const visible = rows.flatMap((r) => (listings.has(r.listing_id) ? [listings.get(r.listing_id)!] : []));
  return toPage(visible, size, total, (l) => [savedAt.get(l.id)!, l.id]);
}
