import { createHash } from "node:crypto";
import { type DialectName, type Executor } from "../../db/database.js";
import { newId, newTimeOrderedId, nowIso } from "../../db/ids.js";
import { INCOTERMS } from "../../db/reference/index.js";
import { indexListings, type IndexEntry } from "../../db/search.js";
import type { ListingsTable } from "../../db/types.js";
import type { Selectable } from "kysely";
import { isLocale } from "../../locales/index.js";
import { withTransaction, type ServiceContext, type Viewer } from "../context.js";
import { conflict, forbidden, notFound, problem, unauthenticated, UserInputProblems, type FieldProblem } from "../errors.js";
import { actorUserId, actsFor, hasConfirmedEmail, isPlatformAdmin, requireConfirmedEmail, requireOrganisation } from "../identity/guards.js";
import type { OrganisationVerificationChanged } from "../identity/events.js";
import { getOrganisation, type Organisation } from "../identity/service.js";
import { byId, defineLoader } from "../loaders.js";
import { formatMinor } from "../shared/money.js";
import { decodeCursor, pageSize, toPage, type Page, type PageArgs } from "../shared/pagination.js";
import { columnOfField, csvRecords, CsvFileRefused, decodedSource, parseRow, scanCsv, type CsvHeader, type CsvRecord, type CsvRowProblem, type CsvSource } from "./csv.js";
import { canTransition, isEditable, isSearchable, type ListingStatus } from "./lifecycle.js";
import {
  checkListingFields,
  referenceProblems,
  searchDocumentOf,
  type Certification,
  type ListingData,
  type ListingFields,
  type OfferedIncoterm,
  type PriceTier,
  type Translation,
} from "./listing-rules.js";
import { PHOTO_MAX_BYTES, photoRenditions, photoSrcset, photoUrl, PHOTOS_PER_LISTING, sniffImageType, type PhotoContentType } from "./photos.js";
import { UsdPricer } from "./pricing.js";

/** Bulk reads for modules that scan many listings (matching, insights). */
export { activeListingIdsByHs, activeListingIdsOf, listedHeadingsOf, listingRows, type ListingRow } from "./repository.js";
import { listingRecords, type ListingRecord } from "./repository.js";
import { ReferenceLookup } from "./references.js";

export type { CsvSource } from "./csv.js";
export { tierPrice } from "./pricing.js";
export { releaseStock, reserveStock, type StockRequest } from "./stock.js";
export type { ListingStatus } from "./lifecycle.js";
export type { Certification, CertificationKind, ListingFields, OfferedIncoterm, PriceTier, Translation } from "./listing-rules.js";

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

/** Fields of an update: a field left out keeps its value, null clears an optional one. */
export type ListingPatch = { [K in keyof ListingFields]?: ListingFields[K] | null };

export interface NewListing extends Omit<ListingFields, "locale"> {
  /** Defaults to the organisation's preferred language. */
  locale?: string | null;
}

export interface ActingOptions {
  /** Which organisation a system context (seed, CLI, job) acts for; others act for their own. */
  organisationId?: string | null;
}

// ---------------------------------------------------------------------------- reading

const INCOTERM_ORDER = new Map(INCOTERMS.map((term, i) => [term.code, i]));

function* chunks<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const list = groups.get(key(row));
    if (list) list.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}

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
async function loadListings(ctx: Pick<ServiceContext, "db" | "dialect">, ids: readonly string[]): Promise<Map<string, Listing>> {
  const records = await listingRecords(ctx.db, ctx.dialect, "id", ids);
  return new Map(records.map((r) => [r.row.id, fromRecord(r)]));
}

/** A live listing is public; drafts, paused and archived ones are for their own organisation. */
function canSee(viewer: Viewer, listing: Pick<Listing, "status" | "organisationId">): boolean {
  return listing.status === "active" || actsFor(viewer, listing.organisationId) || isPlatformAdmin(viewer);
}

/** Only the owning organisation (a member's session or its API token) changes a listing; the platform's own jobs too. */
function canChange(viewer: Viewer, organisationId: string): boolean {
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

// ---------------------------------------------------------------------------- who may do what

function actingOrganisation(viewer: Viewer, requested: string | null | undefined): string {
  if (viewer.kind === "system") {
    if (!requested) throw forbidden("ORGANISATION_REQUIRED");
    return requested;
  }
  const acting = requireOrganisation(viewer).organisationId;
  if (requested && requested !== acting) throw forbidden();
  return acting;
}

async function sellerOf(ctx: ServiceContext, organisationId: string): Promise<Organisation> {
  const org = await getOrganisation(ctx, organisationId);
  if (!org) throw notFound("ORGANISATION_NOT_FOUND");
  return org;
}

function isExporter(org: Organisation): boolean {
  return org.kind === "exporter" || org.kind === "both";
}

function requireExporter(org: Organisation): void {
  if (!isExporter(org)) throw forbidden("EXPORTER_REQUIRED");
}

function isVerified(org: Organisation): boolean {
  return org.verificationStatus === "verified";
}

/**
 * The listing a write concerns, inside the write's transaction: NOT_FOUND when the viewer may not
 * even see it, FORBIDDEN when it is someone else's.
 */
async function ownedListing(ctx: ServiceContext, id: string): Promise<Listing> {
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

// ---------------------------------------------------------------------------- validating

interface Checked {
  data: ListingData;
  priceFromUsdCents: number | null;
}

/**
 * Every rule of a listing: its own fields, then the HS code, port and Incoterms against the
 * reference data, all problems at once. HS code and port are looked up even when other fields are
 * wrong, so the seller learns everything in one round.
 */
async function checkListing(lookup: ReferenceLookup, pricer: UsdPricer, fields: ListingFields): Promise<Checked | FieldProblem[]> {
  const checked = checkListingFields(fields);
  const hsCode = fields.hsCode.trim();
  const port = fields.shipFromPort?.trim() || null;
  const facts = await lookup.facts(hsCode, port);
  const flagged = new Set(checked.problems.map((p) => p.field));
  const problems = [...checked.problems, ...referenceProblems(fields, facts).filter((p) => !flagged.has(p.field))];
  if (problems.length || !checked.data || "problem" in facts.hsCode) return problems;
  const data: ListingData = { ...checked.data, hsCode: facts.hsCode.digits, shipFromPort: facts.port && "locode" in facts.port ? facts.port.locode : null };
  return { data, priceFromUsdCents: await pricer.cents(data.priceFromMinor, data.currency) };
}

function throwIfProblems<T>(result: T | FieldProblem[]): T {
  if (Array.isArray(result)) throw new UserInputProblems(result);
  return result;
}

// ---------------------------------------------------------------------------- writing

/** What a write needs to know of a listing already stored. */
interface StoredState {
  status: ListingStatus;
  searchKey: number;
  publishedAt: string | null;
  updatedAt: string;
}

function storedState(listing: Pick<Listing, "status" | "searchKey" | "publishedAt" | "updatedAt">): StoredState {
  return { status: listing.status, searchKey: listing.searchKey, publishedAt: listing.publishedAt, updatedAt: listing.updatedAt };
}

interface ListingWrite {
  id: string;
  existing: StoredState | null;
  organisationId: string;
  data: ListingData;
  status: ListingStatus;
  priceFromUsdCents: number | null;
  sellerVerified: boolean;
  /** A CSV row has no translations: an update from one keeps those the listing has. */
  keepTranslations: boolean;
}

function listingColumns(write: ListingWrite, now: string) {
  const d = write.data;
  return {
    status: write.status,
    external_ref: d.externalRef,
    title: d.title,
    description: d.description,
    locale: d.locale,
    hs_code: d.hsCode,
    origin_country: d.originCountry,
    unit: d.unit,
    currency: d.currency,
    price_from_minor: d.priceFromMinor,
    price_from_usd_cents: write.priceFromUsdCents,
    moq: d.moq,
    available_quantity: d.availableQuantity,
    moq_base: d.moqBase,
    available_base: d.availableBase,
    lead_time_days: d.leadTimeDays,
    ship_from_port: d.shipFromPort,
    net_weight_kg: d.netWeightKg,
    gross_weight_kg: d.grossWeightKg,
    volume_m3: d.volumeM3,
    packaging: d.packaging,
    seller_verified: write.sellerVerified ? 1 : 0,
    published_at: write.existing?.publishedAt ?? (write.status === "active" ? now : null),
    updated_at: now,
  };
}

/**
 * When a write happens, as the listing records it: now, or a millisecond after its previous write
 * if that was no earlier, so a listing's history rows and updated_at always follow the order of
 * its writes, even two in the same millisecond.
 */
function nextStamp(previous: string | undefined, now: string): string {
  return previous && previous >= now ? new Date(Date.parse(previous) + 1).toISOString() : now;
}

function stampOf(write: ListingWrite, now: string): string {
  return nextStamp(write.existing?.updatedAt, now);
}

async function insertEvents(trx: Executor, events: { listingId: string; from: ListingStatus | null; to: ListingStatus; at: string }[], actor: string | null): Promise<void> {
  for (const part of chunks(events, 1000)) {
    await trx
      .insertInto("listing_events")
      .values(part.map((e) => ({ id: newTimeOrderedId("evt", new Date(e.at)), listing_id: e.listingId, from_status: e.from, to_status: e.to, actor_user_id: actor, created_at: e.at })))
      .execute();
  }
}

/**
 * Saves new and changed listings with all their parts, their history rows and their place in the
 * full-text index, inside the caller's transaction. Multi-row statements keep a 1,000-row import
 * batch to a few dozen statements, plus the index's own per listing.
 */
async function writeListings(trx: Executor, dialect: DialectName, writes: readonly ListingWrite[], actor: string | null, now: string): Promise<void> {
  // New and changed listings alike, 500 per statement: a re-run of a big file costs what its first run did.
  // Archived is final even against a concurrent import: such a row is not updated, and the batch fails.
  const stamps = new Map(writes.map((w) => [w.id, stampOf(w, now)]));
  const searchKeys = new Map<string, number>();
  for (const part of chunks(writes, 500)) {
    const rows = part.map((w) => ({ id: w.id, organisation_id: w.organisationId, created_at: now, ...listingColumns(w, stamps.get(w.id)!) }));
    const changing = Object.keys(rows[0]!).filter((c) => c !== "id" && c !== "organisation_id" && c !== "created_at");
    const saved = await trx
      .insertInto("listings")
      .values(rows)
      .onConflict((oc) =>
        oc
          .column("id")
          .doUpdateSet((eb) => Object.fromEntries(changing.map((c) => [c, eb.ref(`excluded.${c}` as never)])))
          .where("listings.status", "!=", "archived"),
      )
      .returning(["id", "search_key"])
      .execute();
    if (saved.length !== part.length) throw conflict("LISTING_CHANGED_MEANWHILE");
    for (const row of saved) searchKeys.set(row.id, Number(row.search_key));
  }

  const replaced = writes.filter((w) => w.existing).map((w) => w.id);
  const translationsReplaced = writes.filter((w) => w.existing && !w.keepTranslations).map((w) => w.id);
  for (const part of chunks(replaced, 500)) {
    await trx.deleteFrom("listing_price_tiers").where("listing_id", "in", part).execute();
    await trx.deleteFrom("listing_incoterms").where("listing_id", "in", part).execute();
    await trx.deleteFrom("listing_certifications").where("listing_id", "in", part).execute();
  }
  for (const part of chunks(translationsReplaced, 500)) await trx.deleteFrom("listing_translations").where("listing_id", "in", part).execute();

  const tiers = writes.flatMap((w) => w.data.priceTiers.map((t) => ({ listing_id: w.id, min_quantity: t.minQuantity, unit_price_minor: t.unitPriceMinor })));
  for (const part of chunks(tiers, 5000)) await trx.insertInto("listing_price_tiers").values(part).execute();
  const terms = writes.flatMap((w) => w.data.incoterms.map((t) => ({ listing_id: w.id, incoterm: t.code, named_place: t.namedPlace })));
  for (const part of chunks(terms, 5000)) await trx.insertInto("listing_incoterms").values(part).execute();
  const certs = writes.flatMap((w) => w.data.certifications.map((c) => ({ listing_id: w.id, kind: c.kind, reference: c.reference })));
  for (const part of chunks(certs, 5000)) await trx.insertInto("listing_certifications").values(part).execute();
  const translations = writes
    .filter((w) => !(w.existing && w.keepTranslations))
    .flatMap((w) => w.data.translations.map((t) => ({ listing_id: w.id, locale: t.locale, title: t.title, description: t.description })));
  for (const part of chunks(translations, 2500)) await trx.insertInto("listing_translations").values(part).execute();

  await insertEvents(
    trx,
    writes.filter((w) => w.existing?.status !== w.status).map((w) => ({ listingId: w.id, from: w.existing?.status ?? null, to: w.status, at: stamps.get(w.id)! })),
    actor,
  );

  // Kept translations still belong in the search text of a listing whose other text just changed.
  const kept = writes.filter((w) => w.existing && w.keepTranslations && isSearchable(w.status)).map((w) => w.id);
  const keptTranslations = new Map<string, Translation[]>();
  for (const part of chunks(kept, 500)) {
    const rows = await trx.selectFrom("listing_translations").selectAll().where("listing_id", "in", part).execute();
    for (const [id, list] of groupBy(rows, (r) => r.listing_id)) keptTranslations.set(id, list);
  }
  await indexListings(
    trx,
    dialect,
    writes.flatMap((write): IndexEntry[] => {
      const searchKey = searchKeys.get(write.id)!;
      if (isSearchable(write.status)) {
        const translationsNow = write.existing && write.keepTranslations ? (keptTranslations.get(write.id) ?? []) : write.data.translations;
        return [{ searchKey, doc: searchDocumentOf({ ...write.data, translations: translationsNow }) }];
      }
      return write.existing && isSearchable(write.existing.status) ? [{ searchKey, doc: null }] : [];
    }),
  );
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

function defaultLocaleOf(org: Organisation): string {
  return isLocale(org.preferredLocale) ? org.preferredLocale : "en";
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

// ---------------------------------------------------------------------------- photos

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

// ---------------------------------------------------------------------------- bulk import

export interface ImportProgress {
  rowsDone: number;
  /** Data rows in the file, known after the first pass. */
  rowsTotal: number | null;
}

export interface ListingImportError {
  /** As a spreadsheet numbers it: the header is row 1. */
  row: number;
  /** The CSV column, when the problem is in one. */
  column: string | null;
  code: string;
  /** In the viewer's language. */
  message: string;
}

export interface ListingImportResult {
  rowsRead: number;
  created: number;
  updated: number;
  failed: number;
  /** Row by row, in file order, up to `maxErrors`. */
  errors: ListingImportError[];
  /** Problems beyond `maxErrors`, counted but not listed. */
  errorsOmitted: number;
}

export interface ImportOptions extends ActingOptions {
  /** Rows saved per transaction. */
  batchSize?: number;
  maxErrors?: number;
}

export const IMPORT_BATCH_SIZE = 1000;
export const IMPORT_MAX_ERRORS = 1000;

interface ImportState {
  ctx: ServiceContext;
  org: Organisation;
  header: CsvHeader;
  lookup: ReferenceLookup;
  pricer: UsdPricer;
  /** external_ref → the row that first used it. */
  refs: Map<string, number>;
  /** Rows marked "active" publish only when the importer's email address is confirmed. */
  mayPublish: boolean;
  result: ListingImportResult;
  maxErrors: number;
}

function report(state: ImportState, row: number, problems: readonly CsvRowProblem[]): void {
  state.result.failed++;
  for (const p of problems) {
    if (state.result.errors.length >= state.maxErrors) {
      state.result.errorsOmitted++;
      continue;
    }
    state.result.errors.push({ row, column: p.column, code: p.code, message: state.ctx.t(`errors:${p.code}`, { ...p.params, defaultValue: state.ctx.t("errors:INVALID") }) });
  }
}

interface ReadyRow {
  record: CsvRecord;
  wantsActive: boolean;
  checked: Checked & { data: ListingData & { externalRef: string } };
}

/** Checks a row completely before any write, so a bad row never touches the database. */
async function checkRow(state: ImportState, record: CsvRecord): Promise<ReadyRow | null> {
  const parsed = parseRow(state.header, record.cells, defaultLocaleOf(state.org));
  const problems = [...parsed.problems];
  const ref = parsed.fields.externalRef?.trim() ?? "";
  const firstRow = state.refs.get(ref);
  if (ref && firstRow !== undefined) problems.push({ column: "external_ref", code: "CSV_EXTERNAL_REF_REPEATED", params: { row: firstRow } });
  else if (ref) state.refs.set(ref, record.row);

  const checked = await checkListing(state.lookup, state.pricer, parsed.fields);
  const badColumns = new Set(problems.map((p) => p.column));
  if (Array.isArray(checked)) {
    for (const p of checked) {
      const column = columnOfField(p.field);
      if (!badColumns.has(column)) problems.push({ column, code: p.code, params: p.params });
    }
  }
  const wantsActive = parsed.status === "active";
  if (wantsActive && !isVerified(state.org)) problems.push({ column: "status", code: "SELLER_NOT_VERIFIED" });
  if (wantsActive && !state.mayPublish) problems.push({ column: "status", code: "EMAIL_UNCONFIRMED" });
  if (wantsActive && !Array.isArray(checked) && checked.priceFromUsdCents === null) {
    problems.push({ column: "currency", code: "FX_RATE_MISSING", params: state.pricer.missingRate(checked.data.currency) });
  }
  if (problems.length || Array.isArray(checked)) {
    report(state, record.row, problems);
    return null;
  }
  return { record, wantsActive, checked: checked as ReadyRow["checked"] };
}

/** One transaction per batch: each valid row is saved whole, and a batch is one commit instead of a thousand. */
async function saveBatch(state: ImportState, ready: readonly ReadyRow[]): Promise<void> {
  if (!ready.length) return;
  const { ctx, org } = state;
  await withTransaction(ctx, async (tx) => {
    const existing = new Map<string, StoredState & { id: string }>();
    for (const part of chunks(ready.map((r) => r.checked.data.externalRef), 500)) {
      const rows = await tx.db
        .selectFrom("listings")
        .select(["id", "external_ref", "status", "search_key", "published_at", "updated_at"])
        .where("organisation_id", "=", org.id)
        .where("external_ref", "in", part)
        .execute();
      for (const r of rows) {
        existing.set(r.external_ref!, {
          id: r.id,
          ...storedState({ status: r.status as ListingStatus, searchKey: Number(r.search_key), publishedAt: r.published_at, updatedAt: r.updated_at }),
        });
      }
    }
    const writes: ListingWrite[] = [];
    let created = 0;
    for (const row of ready) {
      const before = existing.get(row.checked.data.externalRef);
      if (before && !isEditable(before.status)) {
        report(state, row.record.row, [{ column: "external_ref", code: "LISTING_ARCHIVED" }]);
        continue;
      }
      // "draft" in the file leaves a listing the seller already published as it is; "active" publishes it.
      const status: ListingStatus = row.wantsActive ? "active" : (before?.status ?? "draft");
      if (before && status !== before.status && !canTransition(before.status, status)) {
        report(state, row.record.row, [{ column: "status", code: "LISTING_TRANSITION_NOT_ALLOWED", params: { from: before.status, to: status } }]);
        continue;
      }
      if (!before) created++;
      writes.push({
        id: before?.id ?? newTimeOrderedId("lst", ctx.now()),
        existing: before ? storedState(before) : null,
        organisationId: org.id,
        data: row.checked.data,
        status,
        priceFromUsdCents: row.checked.priceFromUsdCents,
        sellerVerified: isVerified(org),
        keepTranslations: true,
      });
    }
    await writeListings(tx.db, ctx.dialect, writes, actorUserId(ctx.viewer), nowIso(ctx.now()));
    state.result.created += created;
    state.result.updated += writes.length - created;
  });
}

/**
 * Imports listings from CSV (columns in csv.ts): valid rows are created or, by external_ref,
 * updated; each bad row is reported with its row number, column and reason and nothing of it is
 * saved. A file with wrong columns, in neither UTF-8 nor Windows-1252, or not parseable as CSV is
 * refused whole before any row is saved. The file is read twice as a stream (check, then import),
 * so memory stays flat whatever its size; `onProgress` hears after each batch.
 */
export async function importListingsCsv(
  ctx: ServiceContext,
  source: CsvSource,
  onProgress?: (progress: ImportProgress) => void,
  options: ImportOptions = {},
): Promise<ListingImportResult> {
  const organisationId = actingOrganisation(ctx.viewer, options.organisationId);
  const org = await sellerOf(ctx, organisationId);
  requireExporter(org);
  const input = decodedSource(source);
  const refused = (error: unknown): never => {
    if (error instanceof CsvFileRefused) throw new UserInputProblems([error.problem]);
    throw error;
  };
  const scan = await scanCsv(input).catch(refused);
  const state: ImportState = {
    ctx,
    org,
    header: scan.header,
    lookup: new ReferenceLookup(ctx),
    pricer: new UsdPricer(ctx),
    refs: new Map(),
    mayPublish: await hasConfirmedEmail(ctx),
    result: { rowsRead: 0, created: 0, updated: 0, failed: 0, errors: [], errorsOmitted: 0 },
    maxErrors: options.maxErrors ?? IMPORT_MAX_ERRORS,
  };
  const batchSize = options.batchSize ?? IMPORT_BATCH_SIZE;
  onProgress?.({ rowsDone: 0, rowsTotal: scan.rows });

  let batch: ReadyRow[] = [];
  let inBatch = 0;
  const flush = async () => {
    await saveBatch(state, batch);
    batch = [];
    inBatch = 0;
    onProgress?.({ rowsDone: state.result.rowsRead, rowsTotal: scan.rows });
  };
  let header = true;
  try {
    for await (const record of csvRecords(input, scan.encoding)) {
      if (header) {
        header = false;
        continue;
      }
      state.result.rowsRead++;
      inBatch++;
      const ready = await checkRow(state, record);
      if (ready) batch.push(ready);
      if (inBatch >= batchSize) await flush();
    }
  } catch (error) {
    refused(error);
  }
  await flush();
  state.result.errors.sort((a, b) => a.row - b.row);
  return state.result;
}
