import { type Executor } from "../../db/database.js";
import { newTimeOrderedId, nowIso } from "../../db/ids.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { conflict, problem } from "../errors.js";
import { actorUserId } from "../identity/guards.js";
import { formatMinor } from "../shared/money.js";
import { isEditable } from "./lifecycle.js";
import { loadListings, type Listing } from "./listing.js";
import { checkListing, throwIfProblems } from "./listing-checks.js";
import type { ListingFields } from "./listing-rules.js";
import { storedState, writeListings, type ListingWrite } from "./listing-writes.js";
import { UsdPricer } from "./pricing.js";
import { ReferenceLookup } from "./references.js";
import { actingOrganisation, defaultLocaleOf, isVerified, ownedListing, requireExporter, sellerOf, type ActingOptions } from "./sellers.js";

/** Fields of an update: a field left out keeps its value, null clears an optional one. */
export type ListingPatch = { [K in keyof ListingFields]?: ListingFields[K] | null };

export interface NewListing extends Omit<ListingFields, "locale"> {
  /** Defaults to the organisation's preferred language. */
  locale?: string | null;
}

/** The parts of a stored listing, as the fields an update starts from. */
function fieldsOf(listing: Listing): ListingFields {
  return {
    externalRef: listing.externalRef,
    title: listing.title,
    description: listing.description,
    locale: listing.locale,
    hsCode: listing.hsCode,
    originCountry: listing.originCountry,
    unit: listing.unit,
    currency: listing.currency,
    priceTiers: listing.priceTiers.map((t) => ({ minQuantity: t.minQuantity, unitPrice: formatMinor(t.unitPriceMinor, listing.currency) })),
    moq: listing.moq,
    availableQuantity: listing.availableQuantity,
    leadTimeDays: listing.leadTimeDays,
    incoterms: listing.incoterms,
    shipFromPort: listing.shipFromPort,
    netWeightKg: listing.netWeightKg,
    grossWeightKg: listing.grossWeightKg,
    volumeM3: listing.volumeM3,
    packaging: listing.packaging,
    certifications: listing.certifications,
    translations: listing.translations,
  };
}

const LIST_FIELDS = new Set<keyof ListingFields>(["priceTiers", "incoterms", "certifications", "translations"]);

function applyPatch(fields: ListingFields, patch: ListingPatch): ListingFields {
  const merged: Record<string, unknown> = { ...fields };
  for (const [key, value] of Object.entries(patch)) {
    if (value === undefined) continue;
    merged[key] = value === null && LIST_FIELDS.has(key as keyof ListingFields) ? [] : value;
  }
  return merged as unknown as ListingFields;
}

async function externalRefTaken(db: Executor, organisationId: string, externalRef: string | null, exceptId: string | null): Promise<boolean> {
  if (!externalRef) return false;
  let query = db.selectFrom("listings").select("id").where("organisation_id", "=", organisationId).where("external_ref", "=", externalRef);
  if (exceptId) query = query.where("id", "!=", exceptId);
  return !!(await query.executeTakeFirst());
}

/** A new listing, saved as a draft: the seller checks it, adds photos, then publishes it. */
export async function createListing(ctx: ServiceContext, input: NewListing, options: ActingOptions = {}): Promise<Listing> {
  const organisationId = actingOrganisation(ctx.viewer, options.organisationId);
  const id = newTimeOrderedId("lst", ctx.now());
  await withTransaction(ctx, async (tx) => {
    const org = await sellerOf(tx, organisationId);
    requireExporter(org);
    const fields: ListingFields = { ...input, locale: input.locale?.trim() || defaultLocaleOf(org) };
    const checked = throwIfProblems(await checkListing(new ReferenceLookup(tx), new UsdPricer(tx), fields));
    if (await externalRefTaken(tx.db, organisationId, checked.data.externalRef, null)) throw problem("externalRef", "LISTING_EXTERNAL_REF_TAKEN");
    const write: ListingWrite = {
      id,
      existing: null,
      organisationId,
      data: checked.data,
      status: "draft",
      priceFromUsdCents: checked.priceFromUsdCents,
      sellerVerified: isVerified(org),
      keepTranslations: false,
    };
    await writeListings(tx.db, ctx.dialect, [write], actorUserId(ctx.viewer), nowIso(ctx.now()));
  });
  return (await loadListings(ctx, [id])).get(id)!;
}

/**
 * Changes what a listing offers; fields left out keep their value. A live listing stays live and its
 * search text and USD price follow the change; the seller's verification is read again.
 */
export async function updateListing(ctx: ServiceContext, id: string, patch: ListingPatch): Promise<Listing> {
  await withTransaction(ctx, async (tx) => {
    const listing = await ownedListing(tx, id);
    if (!isEditable(listing.status)) throw conflict("LISTING_ARCHIVED");
    const org = await sellerOf(tx, listing.organisationId);
    const pricer = new UsdPricer(tx);
    const checked = throwIfProblems(await checkListing(new ReferenceLookup(tx), pricer, applyPatch(fieldsOf(listing), patch)));
    if (await externalRefTaken(tx.db, listing.organisationId, checked.data.externalRef, id)) throw problem("externalRef", "LISTING_EXTERNAL_REF_TAKEN");
    if (listing.status === "active" && checked.priceFromUsdCents === null) throw conflict("FX_RATE_MISSING", pricer.missingRate(checked.data.currency));
    const write: ListingWrite = {
      id,
      existing: storedState(listing),
      organisationId: listing.organisationId,
      data: checked.data,
      status: listing.status,
      priceFromUsdCents: checked.priceFromUsdCents,
      sellerVerified: isVerified(org),
      keepTranslations: false,
    };
    await writeListings(tx.db, ctx.dialect, [write], actorUserId(ctx.viewer), nowIso(ctx.now()));
  });
  return (await loadListings(ctx, [id])).get(id)!;
}
