import type { ServiceContext } from "../context.js";
import { forbidden } from "../errors.js";
import { actsFor, isPlatformAdmin } from "../identity/guards.js";
import type { OrganisationVerificationChanged } from "../identity/events.js";
import { isVerified, sellerOf } from "./sellers.js";

/**
 * Listings mirror their seller's verification in `seller_verified`, read at every create, update and
 * status change; search filters on it. The identity module calls this when a verification is
 * decided (organisation.verificationChanged), so the change shows in search at once rather than at the listing's next update.
 * Returns how many listings changed.
 */
export async function refreshSellerVerification(ctx: ServiceContext, organisationId: string): Promise<number> {
  if (!(isPlatformAdmin(ctx.viewer) || actsFor(ctx.viewer, organisationId))) throw forbidden();
  const org = await sellerOf(ctx, organisationId);
  const verified = isVerified(org) ? 1 : 0;
  const result = await ctx.db
    .updateTable("listings")
    .set({ seller_verified: verified })
    .where("organisation_id", "=", organisationId)
    .where("seller_verified", "!=", verified)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Reacts to a decided or undone verification: only a move into or out of "verified" changes the badge. */
export async function sellerVerificationChanged(ctx: ServiceContext, change: OrganisationVerificationChanged): Promise<void> {
  if (change.from === "verified" || change.to === "verified") await refreshSellerVerification(ctx, change.organisationId);
}
