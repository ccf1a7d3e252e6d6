import { createHash } from "node:crypto";
import { newId, nowIso } from "../../db/ids.js";
import { withTransaction, type ServiceContext } from "../context.js";
import { conflict, notFound, problem } from "../errors.js";
import { isEditable, type ListingStatus } from "./lifecycle.js";
import { canSee, loadListings, type Listing, type ListingPhoto } from "./listing.js";
import { nextStamp } from "./listing-writes.js";
import { PHOTO_MAX_BYTES, photoRenditions, PHOTOS_PER_LISTING, sniffImageType, type PhotoContentType } from "./photos.js";
import { ownedListing } from "./sellers.js";

export interface PhotoFile {
  contentType: string;
  bytes: Uint8Array;
  sha256: string;
  /** False for a photo of a listing that is not live: only its own organisation may fetch it. */
  isPublic: boolean;
}

/**
 * Stores a photo in the database, so every app server can serve it. Its type comes from its bytes
 * (JPEG, PNG or WebP); at most 5 MB each and 8 per listing.
 */
export async function addListingPhoto(ctx: ServiceContext, listingId: string, bytes: Uint8Array): Promise<ListingPhoto> {
  const id = newId("pho");
  // Whose listing it is comes first: a stranger's upload costs no decoding.
  const before = await ownedListing(ctx, listingId);
  if (!isEditable(before.status)) throw conflict("LISTING_ARCHIVED");
  if (!bytes.length) throw problem("photo", "PHOTO_EMPTY");
  if (bytes.length > PHOTO_MAX_BYTES) throw problem("photo", "PHOTO_TOO_LARGE", { limit: PHOTO_MAX_BYTES / 1024 / 1024 });
  const contentType: PhotoContentType | null = sniffImageType(bytes);
  if (!contentType) throw problem("photo", "PHOTO_TYPE");
  // Decoded and resized before the transaction: a few tens of milliseconds of CPU that hold no lock.
  const renditions = await photoRenditions(bytes);
  if (!renditions) throw problem("photo", "PHOTO_UNREADABLE");
  await withTransaction(ctx, async (tx) => {
    const listing = await ownedListing(tx, listingId);
    if (!isEditable(listing.status)) throw conflict("LISTING_ARCHIVED");
    if (listing.photos.length >= PHOTOS_PER_LISTING) throw conflict("PHOTO_LIMIT", { limit: PHOTOS_PER_LISTING });
    await tx.db
      .insertInto("listing_photos")
      .values({
        id,
        listing_id: listingId,
        content_type: contentType,
        byte_size: bytes.length,
        sha256: createHash("sha256").update(bytes).digest("hex"),
        bytes: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
        position: Math.max(0, ...listing.photos.map((p) => p.position + 1)),
        created_at: nowIso(ctx.now()),
        width: renditions.width,
        height: renditions.height,
      })
      .execute();
    await tx.db
      .insertInto("listing_photo_variants")
      .values(renditions.variants.map((v) => ({ photo_id: id, width: v.width, content_type: "image/webp", byte_size: v.bytes.length, bytes: v.bytes })))
      .execute();
    await tx.db.updateTable("listings").set({ updated_at: nextStamp(listing.updatedAt, nowIso(ctx.now())) }).where("id", "=", listingId).execute();
  });
  const listing = (await loadListings(ctx, [listingId])).get(listingId)!;
  return listing.photos.find((p) => p.id === id)!;
}

export async function deleteListingPhoto(ctx: ServiceContext, photoId: string): Promise<Listing> {
  const photo = await ctx.db.selectFrom("listing_photos").select("listing_id").where("id", "=", photoId).executeTakeFirst();
  if (!photo) throw notFound("PHOTO_NOT_FOUND");
  await withTransaction(ctx, async (tx) => {
    const listing = await ownedListing(tx, photo.listing_id);
    if (!isEditable(listing.status)) throw conflict("LISTING_ARCHIVED");
    await tx.db.deleteFrom("listing_photos").where("id", "=", photoId).execute();
    await tx.db.updateTable("listings").set({ updated_at: nextStamp(listing.updatedAt, nowIso(ctx.now())) }).where("id", "=", listing.id).execute();
  });
  return (await loadListings(ctx, [photo.listing_id])).get(photo.listing_id)!;
}

/** A photo's bytes, for whoever may see its listing; null otherwise (as if it did not exist). */
export async function getListingPhoto(ctx: ServiceContext, photoId: string, width?: number): Promise<PhotoFile | null> {
  const row = await ctx.db
    .selectFrom("listing_photos")
    .innerJoin("listings", "listings.id", "listing_photos.listing_id")
    .select(["listing_photos.content_type", "listing_photos.bytes", "listing_photos.sha256", "listings.status", "listings.organisation_id"])
    .where("listing_photos.id", "=", photoId)
    .executeTakeFirst();
  if (!row || !canSee(ctx.viewer, { status: row.status as ListingStatus, organisationId: row.organisation_id })) return null;
  const isPublic = row.status === "active";
  const variant = width
    ? await ctx.db.selectFrom("listing_photo_variants").select(["content_type", "bytes"]).where("photo_id", "=", photoId).where("width", "=", width).executeTakeFirst()
    : undefined;
  // A width the photo has no variant of (say one stored before variants) gets the original.
  if (variant) return { contentType: variant.content_type, bytes: variant.bytes, sha256: `${row.sha256}-w${width}`, isPublic };
  return { contentType: row.content_type, bytes: row.bytes, sha256: row.sha256, isPublic };
}
