import { nowIso } from "../../db/ids.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { conflict, forbidden } from "../errors.js";
import { actorUserId, requireConfirmedEmail } from "../identity/guards.js";
import { canTransition, type ListingStatus } from "./lifecycle.js";
import { loadListings, type Listing } from "./listing.js";
import type { ListingData } from "./listing-rules.js";
import { storedState, writeListings, type ListingWrite } from "./listing-writes.js";
import { UsdPricer } from "./pricing.js";
import { isExporter, isVerified, ownedListing, sellerOf } from "./sellers.js";

function dataOf(l: Listing): ListingData {
  return {
    externalRef: l.externalRef,
    title: l.title,
    description: l.description,
    locale: l.locale,
    hsCode: l.hsCode,
    originCountry: l.originCountry,
    unit: l.unit,
    currency: l.currency,
    priceTiers: l.priceTiers,
    priceFromMinor: l.priceFromMinor,
    moq: l.moq,
    availableQuantity: l.availableQuantity,
    moqBase: l.moqBase,
    availableBase: l.availableBase,
    leadTimeDays: l.leadTimeDays,
    incoterms: l.incoterms,
    shipFromPort: l.shipFromPort,
    netWeightKg: l.netWeightKg,
    grossWeightKg: l.grossWeightKg,
    volumeM3: l.volumeM3,
    packaging: l.packaging,
    certifications: l.certifications,
    translations: l.translations,
  };
}

/**
 * Moves a listing along its lifecycle, writing the history row. Going live needs a verified
 * exporter and a USD rate for its currency; leaving "active" takes it out of search at once.
 */
async function changeStatus(ctx: ServiceContext, id: string, to: ListingStatus): Promise<Listing> {
  await withTransaction(ctx, async (tx) => {
    const listing = await ownedListing(tx, id);
    if (!canTransition(listing.status, to)) throw conflict("LISTING_TRANSITION_NOT_ALLOWED", { from: listing.status, to });
    const org = await sellerOf(tx, listing.organisationId);
    let priceFromUsdCents = listing.priceFromUsdCents;
    if (to === "active") {
      await requireConfirmedEmail(tx);
      if (!isExporter(org)) throw forbidden("EXPORTER_REQUIRED");
      if (!isVerified(org)) throw conflict("SELLER_NOT_VERIFIED");
      const pricer = new UsdPricer(tx);
      priceFromUsdCents = await pricer.cents(listing.priceFromMinor, listing.currency);
      if (priceFromUsdCents === null) throw conflict("FX_RATE_MISSING", pricer.missingRate(listing.currency));
    }
    const write: ListingWrite = {
      id,
      existing: storedState(listing),
      organisationId: listing.organisationId,
      data: dataOf(listing),
      status: to,
      priceFromUsdCents,
      sellerVerified: isVerified(org),
      keepTranslations: false,
    };
    await writeListings(tx.db, ctx.dialect, [write], actorUserId(ctx.viewer), nowIso(ctx.now()));
  });
  return (await loadListings(ctx, [id])).get(id)!;
}

/** Puts a draft or paused listing on the market: only a verified exporter may. */
export function publishListing(ctx: ServiceContext, id: string): Promise<Listing> {
  return changeStatus(ctx, id, "active");
}

export function pauseListing(ctx: ServiceContext, id: string): Promise<Listing> {
  return changeStatus(ctx, id, "paused");
}

/** Final: an archived listing is kept for the record and never comes back. */
export function archiveListing(ctx: ServiceContext, id: string): Promise<Listing> {
  return changeStatus(ctx, id, "archived");
}
