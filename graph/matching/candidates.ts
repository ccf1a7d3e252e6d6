/**
 * The reads matching needs from the listings and sourcing modules' tables that those modules do not
 * export, in one place so they can move behind their services. Every query here is indexed and
 * capped. Scoring hundreds of candidates needs a few columns of each, not the whole listing the listings
 * service hydrates (photos, certifications…): that is kept for the top matches shown.
 */
import { sql } from "kysely";
import type { Executor } from "../../db/database.js";

/** What scoring needs of a listing. */
export interface ListingRow {
  id: string;
  organisationId: string;
  status: string;
  title: string;
  description: string;
  hsCode: string;
  originCountry: string;
  shipFromPort: string | null;
  unit: string;
  currency: string;
  moq: number;
  availableQuantity: number;
  leadTimeDays: number;
  sellerVerified: boolean;
  priceTiers: { minQuantity: number; unitPriceMinor: number }[];
  incoterms: { code: string; namedPlace: string }[];
  /** Titles and descriptions in other languages. */
  translations: string[];
}

export interface RequestRow {
  id: string;
  organisationId: string;
  status: string;
  title: string;
  description: string;
  hsCode: string | null;
  keywords: string;
  quantity: number;
  unit: string;
  quantityBase: number;
  targetPriceMinor: number | null;
  targetCurrency: string | null;
  destinationCountry: string;
  destinationPort: string | null;
  incoterm: string;
  neededBy: string;
  visibility: string;
  createdAt: string;
}

/** The half-open range of codes that start with `prefix`: digits only, so it sorts the same under any collation. */
export function hsRange(prefix: string): { from: string; to: string | null } {
  const next = (BigInt(prefix) + 1n).toString().padStart(prefix.length, "0");
  return { from: prefix, to: next.length > prefix.length ? null : next };
}

/** The prefixes to search, narrowest first: 080119 → 080119, 0801, 08. */
export function hsLevels(code: string): string[] {
  return [6, 4, 2].filter((n) => code.length >= n).map((n) => code.slice(0, n));
}

// ---------------------------------------------------------------------------- listings

/**
 * Active listings under an HS code, nearest first: the same subheading, then the rest of the heading,
 * then the rest of the chapter, until `cap`. Each level is listings_active_hs_idx read backwards and
 * cut at the cap, with no sort however many listings share a code. Among equal codes both databases
 * keep index order, which ends with the row's position (SQLite's rowid, PostgreSQL's heap tuple), so
 * the newest listings come first; asking for that order by name would make PostgreSQL fetch and sort
 * every listing under the code. The ranking that follows is deterministic whatever the candidates.
 */
export async function activeListingIdsByHs(db: Executor, hsCode: string, cap: number, excludeOrganisationId: string | null): Promise<string[]> {
  const ids: string[] = [];
  let inner: { from: string; to: string | null } | null = null;
  for (const prefix of hsLevels(hsCode)) {
    if (ids.length >= cap) break;
    const range = hsRange(prefix);
    let query = db
      .selectFrom("listings")
      .select("id")
      .where("status", "=", "active")
      .where("hs_code", ">=", range.from);
    if (range.to) query = query.where("hs_code", "<", range.to);
    if (inner) {
      const skip = inner;
      query = query.where((eb) => eb.or([eb("hs_code", "<", skip.from), ...(skip.to ? [eb("hs_code", ">=", skip.to)] : [])]));
    }
    if (excludeOrganisationId) query = query.where("organisation_id", "<>", excludeOrganisationId);
    const rows = await query.orderBy("hs_code", "desc").limit(cap - ids.length).execute();
    ids.push(...rows.map((r) => r.id));
    inner = range;
  }
  return ids;
}

/** Listings with their tiers, Incoterms and translations, in the order of `ids`. */
export async function listingRows(db: Executor, ids: readonly string[]): Promise<ListingRow[]> {
  if (!ids.length) return [];
  const [rows, tiers, terms, translations] = await Promise.all([
    db
      .selectFrom("listings")
      .select([
        "id", "organisation_id", "status", "title", "description", "hs_code", "origin_country", "ship_from_port", "unit", "currency",
        "moq", "available_quantity", "lead_time_days", "seller_verified",
      ])
      .where("id", "in", ids)
      .execute(),
    db.selectFrom("listing_price_tiers").selectAll().where("listing_id", "in", ids).orderBy("min_quantity").execute(),
    db.selectFrom("listing_incoterms").selectAll().where("listing_id", "in", ids).orderBy("incoterm").execute(),
    db.selectFrom("listing_translations").select(["listing_id", "title", "description"]).where("listing_id", "in", ids).execute(),
  ]);
  const byId = new Map(
    rows.map((r): [string, ListingRow] => [
      r.id,
      {
        id: r.id,
        organisationId: r.organisation_id,
        status: r.status,
        title: r.title,
        description: r.description,
        hsCode: r.hs_code,
        originCountry: r.origin_country,
        shipFromPort: r.ship_from_port,
        unit: r.unit,
        currency: r.currency,
        moq: Number(r.moq),
        availableQuantity: Number(r.available_quantity),
        leadTimeDays: r.lead_time_days,
        sellerVerified: r.seller_verified === 1,
        priceTiers: [],
        incoterms: [],
        translations: [],
      },
    ]),
  );
  for (const t of tiers) byId.get(t.listing_id)?.priceTiers.push({ minQuantity: Number(t.min_quantity), unitPriceMinor: Number(t.unit_price_minor) });
  for (const t of terms) byId.get(t.listing_id)?.incoterms.push({ code: t.incoterm, namedPlace: t.named_place });
  for (const t of translations) byId.get(t.listing_id)?.translations.push(`${t.title} ${t.description}`);
  return ids.map((id) => byId.get(id)).filter((r): r is ListingRow => !!r);
}

/** An organisation's active listings, most recently changed first (listings_org_idx). */
export async function activeListingIdsOf(db: Executor, organisationId: string, cap: number): Promise<string[]> {
  const rows = await db
    .selectFrom("listings")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .where("status", "=", "active")
    .orderBy("updated_at", "desc")
    .orderBy("id")
    .limit(cap)
    .execute();
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------------------- requests

function toRequestRow(r: {
  id: string; organisation_id: string; status: string; title: string; description: string; hs_code: string | null; keywords: string;
  quantity: number; unit: string; quantity_base: number; target_price_minor: number | null; target_currency: string | null;
  destination_country: string; destination_port: string | null; incoterm: string; needed_by: string; visibility: string; created_at: string;
}): RequestRow {
  return {
    id: r.id,
    organisationId: r.organisation_id,
    status: r.status,
    title: r.title,
    description: r.description,
    hsCode: r.hs_code,
    keywords: r.keywords,
    quantity: Number(r.quantity),
    unit: r.unit,
    quantityBase: Number(r.quantity_base),
    targetPriceMinor: r.target_price_minor === null ? null : Number(r.target_price_minor),
    targetCurrency: r.target_currency,
    destinationCountry: r.destination_country,
    destinationPort: r.destination_port,
    incoterm: r.incoterm,
    neededBy: r.needed_by,
    visibility: r.visibility,
    createdAt: r.created_at,
  };
}

const REQUEST_COLUMNS = [
  "id", "organisation_id", "status", "title", "description", "hs_code", "keywords", "quantity", "unit", "quantity_base",
  "target_price_minor", "target_currency", "destination_country", "destination_port", "incoterm", "needed_by", "visibility", "created_at",
] as const;

export async function requestRows(db: Executor, ids: readonly string[]): Promise<RequestRow[]> {
  if (!ids.length) return [];
  const rows = await db.selectFrom("sourcing_requests").select(REQUEST_COLUMNS).where("id", "in", ids).execute();
  const byId = new Map(rows.map((r) => [r.id, toRequestRow(r)]));
  return ids.map((id) => byId.get(id)).filter((r): r is RequestRow => !!r);
}

export interface Moment {
  /** YYYY-MM-DD */
  today: string;
  /** ISO instant */
  instant: string;
}

/** Open requests still taking quotes (before their deadline and needed-by day), not the seller's own. */
function openRequests(db: Executor, now: Moment, excludeOrganisationId: string) {
  return db
    .selectFrom("sourcing_requests")
    .select("id")
    .where("status", "=", "open")
    .where("needed_by", ">", now.today)
    .where((eb) => eb.or([eb("quote_deadline", "is", null), eb("quote_deadline", ">", now.instant)]))
    .where("organisation_id", "<>", excludeOrganisationId);
}

/** Open requests naming an HS code in a chapter, newest first (sourcing_requests_open_hs_idx). */
export async function openRequestIdsInChapter(db: Executor, chapter: string, now: Moment, cap: number, excludeOrganisationId: string): Promise<string[]> {
  const range = hsRange(chapter.slice(0, 2));
  let query = openRequests(db, now, excludeOrganisationId).where("hs_code", ">=", range.from);
  if (range.to) query = query.where("hs_code", "<", range.to);
  const rows = await query.orderBy("created_at", "desc").orderBy("id").limit(cap).execute();
  return rows.map((r) => r.id);
}

/** The newest open requests that name no HS code, for text relevance to decide. */
export async function openRequestIdsWithoutHs(db: Executor, now: Moment, cap: number, excludeOrganisationId: string): Promise<string[]> {
  const rows = await openRequests(db, now, excludeOrganisationId).where("hs_code", "is", null).orderBy("created_at", "desc").orderBy("id").limit(cap).execute();
  return rows.map((r) => r.id);
}

/** An organisation's latest requests, any status: what it has bought tells what it will buy. */
export async function latestRequestIdsOf(db: Executor, organisationId: string, cap: number): Promise<string[]> {
  const rows = await db
    .selectFrom("sourcing_requests")
    .select("id")
    .where("organisation_id", "=", organisationId)
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(cap)
    .execute();
  return rows.map((r) => r.id);
}

// ---------------------------------------------------------------------------- seller record

/** Requests each seller has answered with a quote (quotes_org_idx); sellers with none are absent. */
export async function quotesAnsweredBy(db: Executor, organisationIds: readonly string[]): Promise<Map<string, number>> {
  if (!organisationIds.length) return new Map();
  const rows = await db
    .selectFrom("quotes")
    .select(["organisation_id", (eb) => eb.fn.countAll<number>().as("n")])
    .where("organisation_id", "in", [...new Set(organisationIds)])
    .groupBy("organisation_id")
    .execute();
  return new Map(rows.map((r) => [r.organisation_id, Number(r.n)]));
}

/** The HS headings (4 digits) of an organisation's listings that are not archived, most listed first. */
export async function listedHeadingsOf(db: Executor, organisationId: string, cap: number): Promise<string[]> {
  const heading = sql<string>`substr(hs_code, 1, 4)`;
  const rows = await db
    .selectFrom("listings")
    .select([heading.as("heading"), (eb) => eb.fn.countAll<number>().as("n")])
    .where("organisation_id", "=", organisationId)
    .where("status", "<>", "archived")
    .groupBy(heading)
    .orderBy(sql`count(*)`, "desc")
    .orderBy(heading)
    .limit(cap)
    .execute();
  return rows.map((r) => r.heading);
}
