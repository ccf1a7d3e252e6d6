import type { Selectable } from "kysely";
import { INCOTERMS } from "../../db/reference/index.js";
import type { ListingsTable } from "../../db/types.js";
import type { ServiceContext, Viewer } from "../context.js";
import { actsFor, isPlatformAdmin, requireOrganisation } from "../identity/guards.js";
import { byId, defineLoader } from "../loaders.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { isEditable, type ListingStatus } from "./lifecycle.js";
import type { Certification, OfferedIncoterm, PriceTier, Translation } from "./listing-rules.js";
import { photoSrcset, photoUrl } from "./photos.js";
import { listingRecords, type ListingRecord } from "./repository.js";

export interface ListingPhoto {
  id: string;
  listingId: string;
  contentType: string;
  byteSize: number;
  sha256: string;
  position: number;
  /** Where any app server serves the bytes: GET /media/photos/:id. */
  url: string;
  /** The WebP variants by width (GET /media/photos/:id?w=640), for `<img srcset>`. */
  srcset: string | null;
  width: number | null;
  height: number | null;
  createdAt: string;
}

/** An exporter's goods, with everything buyers, search and matching need, in the seller's own terms. */
export interface Listing {
  id: string;
  /** The key the full-text index and search hits use. */
  searchKey: number;
  organisationId: string;
  status: ListingStatus;
  /** The seller's own reference (SKU, ERP id): the key a CSV re-import updates by. */
  externalRef: string | null;
  title: string;
  description: string;
  /** The language title and description are written in. */
  locale: string;
  /** Digits only, national extension included. */
  hsCode: string;
  originCountry: string;
  /** UN/ECE Rec 20 code. */
  unit: string;
  currency: string;
  /** By increasing quantity break; the first break is the MOQ; prices per one `unit` in minor units. */
  priceTiers: PriceTier[];
  priceFromMinor: number;
  /** priceFromMinor in US cents at the latest rate when last saved; null on a draft saved before any rate. */
  priceFromUsdCents: number | null;
  moq: number;
  availableQuantity: number;
  /** moq and availableQuantity in the unit's base (kg, m³, piece, m, m²). */
  moqBase: number;
  availableBase: number;
  leadTimeDays: number;
  incoterms: OfferedIncoterm[];
  shipFromPort: string | null;
  netWeightKg: number | null;
  grossWeightKg: number | null;
  volumeM3: number | null;
  packaging: string | null;
  certifications: Certification[];
  translations: Translation[];
  photos: ListingPhoto[];
  /** The seller's verification as of the listing's last write (see refreshSellerVerification). */
  sellerVerified: boolean;
  publishedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface ListingStatusChange {
  fromStatus: ListingStatus | null;
  toStatus: ListingStatus;
  actorUserId: string | null;
  at: string;
}

const INCOTERM_ORDER = new Map(INCOTERMS.map((term, i) => [term.code, i]));

function toListing(
  row: Selectable<ListingsTable>,
  children: { tiers: PriceTier[]; incoterms: OfferedIncoterm[]; certifications: Certification[]; translations: Translation[]; photos: ListingPhoto[] },
): Listing {
  return {
    id: row.id,
    searchKey: Number(row.search_key),
    organisationId: row.organisation_id,
    status: row.status as ListingStatus,
    externalRef: row.external_ref,
    title: row.title,
    description: row.description,
    locale: row.locale,
    hsCode: row.hs_code,
    originCountry: row.origin_country,
    unit: row.unit,
    currency: row.currency,
    priceTiers: children.tiers,
    priceFromMinor: Number(row.price_from_minor),
    priceFromUsdCents: row.price_from_usd_cents === null ? null : Number(row.price_from_usd_cents),
    moq: row.moq,
    availableQuantity: row.available_quantity,
    moqBase: row.moq_base,
    availableBase: row.available_base,
    leadTimeDays: row.lead_time_days,
    incoterms: children.incoterms,
    shipFromPort: row.ship_from_port,
    netWeightKg: row.net_weight_kg,
    grossWeightKg: row.gross_weight_kg,
    volumeM3: row.volume_m3,
    packaging: row.packaging,
    certifications: children.certifications,
    translations: children.translations,
    photos: children.photos,
    sellerVerified: row.seller_verified === 1,
    publishedAt: row.published_at,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function fromRecord({ row, tiers, incoterms, certifications, translations, photos }: ListingRecord): Listing {
  return toListing(row, {
    tiers: tiers.map((t) => ({ minQuantity: Number(t.min_quantity), unitPriceMinor: Number(t.unit_price_minor) })),
    incoterms: incoterms
      .map((t) => ({ code: t.incoterm as OfferedIncoterm["code"], namedPlace: t.named_place }))
      .sort((a, b) => (INCOTERM_ORDER.get(a.code) ?? 0) - (INCOTERM_ORDER.get(b.code) ?? 0)),
    certifications: certifications.map((c) => ({ kind: c.kind as Certification["kind"], reference: c.reference })),
    translations: translations.map((t) => ({ locale: t.locale, title: t.title, description: t.description })),
    photos: photos.map((p) => ({
      id: p.id,
      listingId: row.id,
      contentType: p.content_type,
      byteSize: Number(p.byte_size),
      sha256: p.sha256,
      position: Number(p.position),
      url: photoUrl(p.id),
      srcset: photoSrcset(p.id, p.width === null ? null : Number(p.width)),
      width: p.width === null ? null : Number(p.width),
      height: p.height === null ? null : Number(p.height),
      createdAt: p.created_at,
    })),
  });
}

/** Listings with all their parts, by id: one statement per 500 ids, whatever the number of listings. */
export async function loadListings(ctx: Pick<ServiceContext, "db" | "dialect">, ids: readonly string[]): Promise<Map<string, Listing>> {
  const records = await listingRecords(ctx.db, ctx.dialect, "id", ids);
  return new Map(records.map((r) => [r.row.id, fromRecord(r)]));
}

/** A live listing is public; drafts, paused and archived ones are for their own organisation. */
export function canSee(viewer: Viewer, listing: Pick<Listing, "status" | "organisationId">): boolean {
  return listing.status === "active" || actsFor(viewer, listing.organisationId) || isPlatformAdmin(viewer);
}

/** Only the owning organisation (a member's session or its API token) changes a listing; the platform's own jobs too. */
export function canChange(viewer: Viewer, organisationId: string): boolean {
  return actsFor(viewer, organisationId) || viewer.kind === "system";
}

/** Whether the viewer may change this listing now (its organisation, and not archived). */
export function viewerCanEdit(viewer: Viewer, listing: Pick<Listing, "status" | "organisationId">): boolean {
  return canChange(viewer, listing.organisationId) && isEditable(listing.status);
}

/** The seller's own reference (an ERP key) is for the seller. */
function shownTo(viewer: Viewer, listing: Listing): Listing {
  return actsFor(viewer, listing.organisationId) || isPlatformAdmin(viewer) ? listing : { ...listing, externalRef: null };
}

// Quotes, matches and order lines each name their listing: the ones a response resolves together are one read.
const listingsById = defineLoader(byId(async (ctx, ids) => [...(await loadListings(ctx, ids)).values()], (l: Listing) => l.id));

export async function getListing(ctx: ServiceContext, id: string): Promise<Listing | null> {
  const listing = await listingsById(ctx, id);
  return listing && canSee(ctx.viewer, listing) ? shownTo(ctx.viewer, listing) : null;
}

/**
 * Hydrates search and matching results: the listings the viewer may see, in the order of `ids`,
 * in one query per table.
 */
export async function listingsByIds(ctx: ServiceContext, ids: readonly string[]): Promise<Listing[]> {
  const found = await loadListings(ctx, ids);
  return ids
    .map((id) => found.get(id))
    .filter((l): l is Listing => !!l && canSee(ctx.viewer, l))
    .map((l) => shownTo(ctx.viewer, l));
}

/** Hydrates search hits: the listings the viewer may see, in the order of `searchKeys`, in one statement. */
export async function listingsBySearchKeys(ctx: ServiceContext, searchKeys: readonly number[]): Promise<Listing[]> {
  const found = new Map((await listingRecords(ctx.db, ctx.dialect, "search_key", searchKeys)).map((r) => [Number(r.row.search_key), fromRecord(r)]));
  return searchKeys
    .map((key) => found.get(key))
    .filter((l): l is Listing => !!l && canSee(ctx.viewer, l))
    .map((l) => shownTo(ctx.viewer, l));
}

export interface MyListingsArgs extends PageArgs {
  status?: ListingStatus | null;
}

/** The viewer's organisation's listings, most recently changed first. */
export async function myListings(ctx: ServiceContext, args: MyListingsArgs): Promise<Page<Listing>> {
  const organisationId = requireOrganisation(ctx.viewer).organisationId;
  const size = pageSize(args.first);
  let filtered = ctx.db.selectFrom("listings").where("organisation_id", "=", organisationId);
  if (args.status) filtered = filtered.where("status", "=", args.status);
  const total = await filtered.select((eb) => eb.fn.countAll<number>().as("n")).executeTakeFirstOrThrow();
  let select = filtered.select(["id", "updated_at"]);
  if (args.after) {
    const [updatedAt, id] = decodeCursor(args.after, ["string", "string"]);
    select = select.where((eb) => eb.or([eb("updated_at", "<", updatedAt), eb.and([eb("updated_at", "=", updatedAt), eb("id", "<", id)])]));
  }
  const keys = await select.orderBy("updated_at", "desc").orderBy("id", "desc").limit(size + 1).execute();
  const found = await loadListings(ctx, keys.map((k) => k.id));
  const listings = keys.map((k) => found.get(k.id)).filter((l): l is Listing => !!l);
  return toPage(listings, size, Number(total.n), (l) => [l.updatedAt, l.id]);
}

/** Every status change of a listing, newest first; for its own organisation only. */
export async function listingStatusHistory(ctx: ServiceContext, listingId: string): Promise<ListingStatusChange[]> {
  const owner = await ctx.db.selectFrom("listings").select("organisation_id").where("id", "=", listingId).executeTakeFirst();
  if (!owner || !(actsFor(ctx.viewer, owner.organisation_id) || isPlatformAdmin(ctx.viewer))) return [];
  const rows = await ctx.db
    .selectFrom("listing_events")
    .selectAll()
    .where("listing_id", "=", listingId)
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .execute();
  return rows.map((r) => ({
    fromStatus: r.from_status as ListingStatus | null,
    toStatus: r.to_status as ListingStatus,
    actorUserId: r.actor_user_id,
    at: r.created_at,
  }));
}
